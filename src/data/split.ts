/**
 * A calibration subset split off a test set: `size` seeded-random samples become the calibration data and
 * are removed from the evaluation data, so no figure is measured on a sample the quantizer calibrated on.
 * Pure.
 */
import { sampleIndices } from '../util/random.js';
import type { Dataset, DatasetInput, DatasetLabels, SampleArray } from './types.js';

function rows<T extends SampleArray | Float32Array>(data: T, per: number, indices: ArrayLike<number>): T {
  const out = new (data.constructor as new (n: number) => T)(indices.length * per);
  for (let i = 0; i < indices.length; i++) out.set(data.subarray(indices[i]! * per, (indices[i]! + 1) * per), i * per);
  return out;
}

function takeInput(input: DatasetInput, count: number, indices: ArrayLike<number>): DatasetInput {
  const per = input.data.length / count;
  return { ...input, shape: [indices.length, ...input.shape.slice(1)], data: rows(input.data, per, indices) };
}

function takeLabels(labels: DatasetLabels | undefined, count: number, indices: ArrayLike<number>): DatasetLabels | undefined {
  if (!labels) return undefined;
  if (labels.kind === 'class') return { ...labels, data: rows(labels.data, 1, indices) };
  return { ...labels, shape: [indices.length, ...labels.shape.slice(1)], data: rows(labels.data, labels.data.length / count, indices) };
}

function subset(dataset: Dataset, indices: ArrayLike<number>): Dataset {
  const labels = takeLabels(dataset.labels, dataset.count, indices);
  return { ...dataset, count: indices.length, inputs: dataset.inputs.map((input) => takeInput(input, dataset.count, indices)), ...(labels ? { labels } : {}) };
}

export interface CalibrationSplit {
  calibration: Dataset;
  /** The test set without the calibration samples. */
  evaluation: Dataset;
}

/** Split `size` seeded-random samples off (at most a fifth of the set, at least one sample stays for evaluation). */
export function splitCalibration(dataset: Dataset, size: number, seed: number): CalibrationSplit {
  const take = Math.max(1, Math.min(size, Math.floor(dataset.count / 5)));
  const chosen = sampleIndices(dataset.count, take, seed);
  const picked = new Set(chosen);
  const rest = Int32Array.from({ length: dataset.count }, (_, i) => i).filter((i) => !picked.has(i));
  return { calibration: subset(dataset, chosen), evaluation: subset(dataset, rest) };
}
