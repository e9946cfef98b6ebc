import { GateError } from '../errors.js';
import { sampleIndices } from '../util/random.js';
import type { Dataset, DatasetInput, DatasetPreparation } from './types.js';
import { fitShape, modelDtype, toFloat, toInteger, type ModelInput, type Preprocessing } from './fit.js';
import { toLabels } from './labels.js';
import { elementCount, shapeText, whereOf, type RawArray, type RawDataset } from './raw.js';

export interface PrepareOptions extends Preprocessing {
  /** Use at most this many samples: the first N, or a seeded random subset when `seed` is set. */
  samples?: number;
  /** Seed of the deterministic subsample (only used with `samples`). */
  seed?: number;
  /** The model's first output shape, to tell class ids from regression targets and range-check labels. */
  outputShape?: number[];
}

function bad(file: string, message: string, where?: string, hint?: string): never {
  throw new GateError('bad-dataset', message, { file, where }, hint);
}

function checkCounts(raw: RawDataset, modelInputs: ModelInput[]): number {
  const file = raw.source;
  if (raw.inputs.length !== modelInputs.length) {
    const names = (list: { name: string }[]) => list.map((x) => x.name).join(', ');
    bad(file, `the model has ${modelInputs.length} input(s) (${names(modelInputs)}) but the dataset gives ${raw.inputs.length} array(s) (${names(raw.inputs)})`,
      undefined, 'Name one key per model input, in order, with --x-key a,b.');
  }
  const arrays = [...raw.inputs, ...(raw.labels ? [raw.labels] : [])];
  const scalar = arrays.find((a) => a.shape.length === 0);
  if (scalar) bad(file, 'is a single value (shape []); datasets hold samples along the first axis', whereOf(scalar), 'Save the samples as one array with the sample axis first.');
  const count = raw.inputs[0].shape[0];
  for (const a of arrays) {
    if (a.shape[0] !== count) bad(file, `holds ${a.shape[0]} samples (shape ${shapeText(a.shape)}) but ${whereOf(raw.inputs[0])} holds ${count}`, whereOf(a), 'Give every array the same number of samples (first axis), or choose the right keys with --x-key/--y-key.');
  }
  if (count === 0) bad(file, 'the dataset holds no samples', whereOf(raw.inputs[0]), 'Pass a dataset with at least one sample.');
  return count;
}

/** Rows `indices` of an array (samples along axis 0). */
function takeRows(a: RawArray, indices: Int32Array | undefined): RawArray {
  if (!indices) return a;
  const per = elementCount(a.shape.slice(1));
  const data = new (a.data.constructor as new (n: number) => typeof a.data)(indices.length * per);
  indices.forEach((r, i) => data.set(a.data.subarray(r * per, (r + 1) * per), i * per));
  return { ...a, shape: [indices.length, ...a.shape.slice(1)], data };
}

function selection(count: number, options: PrepareOptions): Int32Array | undefined {
  const n = options.samples;
  if (n === undefined || n >= count) return undefined;
  if (options.seed !== undefined) return sampleIndices(count, n, options.seed);
  return Int32Array.from({ length: n }, (_, i) => i);
}

/** Why a given --seed draws nothing: it only picks the --samples subset (evaluation order does not matter). */
function seedUnused(count: number, options: PrepareOptions): string | undefined {
  if (options.seed === undefined) return undefined;
  if (options.samples === undefined) return '--seed has no effect without --samples (every sample is used)';
  if (options.samples >= count) return `--seed has no effect: --samples ${options.samples} is not below the dataset's ${count} samples (every sample is used)`;
  return undefined;
}

/** The record of what was used and how, with only the options that were given (in a fixed key order). */
function preparationOf(raw: RawDataset, count: number, indices: Int32Array | undefined, options: PrepareOptions): DatasetPreparation {
  const given = <K extends 'seed' | 'scale' | 'offset' | 'mean' | 'std'>(key: K) => (options[key] === undefined ? {} : { [key]: options[key] });
  return {
    samples: indices?.length ?? count,
    total: count,
    ...(indices ? given('seed') : {}),
    ...given('scale'), ...given('offset'), ...given('mean'), ...given('std'),
    inputs: raw.inputs.map(whereOf),
    ...(raw.labels ? { labels: whereOf(raw.labels) } : {}),
  };
}

function prepareInput(all: RawArray, input: ModelInput, indices: Int32Array | undefined, options: PrepareOptions, file: string, notes: string[]): DatasetInput {
  const { shape, reshaped } = fitShape(all, input, file);
  if (reshaped) notes.push(`${whereOf(all)}: samples ${shapeText(all.shape.slice(1))} reshaped to the model's ${shapeText(shape)}`);
  const dtype = modelDtype(input, file);
  const a = takeRows(all, indices);
  const values = toFloat(a, options, file);
  const data = dtype === 'float32' ? values : toInteger(values, dtype, a, input, file);
  return { name: a.name, shape: [a.shape[0], ...shape], dtype, data };
}

/**
 * Fit a decoded dataset to a model: check the inputs' shapes (batch dim free), subsample, preprocess, cast to
 * the model's dtypes, and turn labels into class ids or regression targets. Every error is a GateError
 * ('bad-dataset') naming the file, the key and what was expected.
 */
export function prepareDataset(raw: RawDataset, modelInputs: ModelInput[], options: PrepareOptions = {}): Dataset {
  const count = checkCounts(raw, modelInputs);
  const indices = selection(count, options);
  const notes = [...raw.notes];
  if (indices) notes.push(`${indices.length} of ${count} samples (${options.seed !== undefined ? `random subset, seed ${options.seed}` : 'the first ones'})`);
  const unusedSeed = seedUnused(count, options);
  if (unusedSeed) notes.push(unusedSeed);
  else if (options.samples !== undefined && options.samples > count) notes.push(`--samples ${options.samples} is more than the dataset's ${count} samples: all ${count} are used`);
  const inputs = raw.inputs.map((a, i) => prepareInput(a, modelInputs[i], indices, options, raw.source, notes));
  const dataset: Dataset = { source: raw.source, count: indices?.length ?? count, inputs, notes, preparation: preparationOf(raw, count, indices, options) };
  if (raw.labels) {
    dataset.labels = toLabels(takeRows(raw.labels, indices), { file: raw.source, outputShape: options.outputShape, classNames: raw.classNames });
  }
  return dataset;
}
