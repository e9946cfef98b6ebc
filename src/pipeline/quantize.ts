/**
 * The quantized variants of a converted model: dynamic range (no data needed) and full int8, calibrated by
 * running the float model in LiteRT.js with every activation reduced to its range inside the graph (on the worker
 * pool when the work is big enough). The pure passes live in src/quantize; this file loads calibration data and runs the runtime.
 */
import { availableParallelism } from 'node:os';
import { loadDataset, type LoadOptions } from '../data/load.js';
import type { Dataset } from '../data/types.js';
import { GateError } from '../errors.js';
import type { Graph } from '../graph/ir.js';
import type { KerasGraph } from '../keras/types.js';
import {
  calibrationGraph, collectRanges, quantizeDynamic, quantizeInt8, type CalibrationRanges, type InferenceType, type KeepFloat,
  type QuantizeReport,
} from '../quantize/index.js';
import { LazyPool, predictInProcess } from '../runtime/pool.js';
import type { SampleInput } from '../runtime/predict.js';
import { writeTflite } from '../tflite/index.js';

/** Calibration samples when the user does not say (a seeded random subset), as TF's docs advise (100-500). */
export const DEFAULT_CALIBRATION_SAMPLES = 200;
export const DEFAULT_CALIBRATION_SEED = 0;

export interface QuantizedModel {
  graph: Graph;
  report: QuantizeReport;
  calibration?: CalibrationRanges;
}

const RECURRENT = new Set(['LSTM', 'GRU', 'SimpleRNN', 'Bidirectional', 'CuDNNLSTM', 'CuDNNGRU', 'RNN']);

/** Ops made by recurrent Keras layers stay float in full int8 (their unrolled state would need int16 and extra calibration). */
export function recurrentLayers(graph: KerasGraph): KeepFloat {
  const names = new Set<string>();
  const walk = (g: KerasGraph) => g.layers.forEach((l) => {
    if (RECURRENT.has(l.className)) names.add(l.name);
    if (l.model) walk(l.model);
  });
  walk(graph);
  return (op) => (op.origin && (names.has(op.origin) || names.has(op.origin.split('/').pop() ?? '')) ? 'recurrent layer (kept float; its weights stay float32)' : undefined);
}

/** The model inputs a dataset must fit, read from the float graph. */
export function graphInputs(graph: Graph) {
  return graph.inputs.map((io) => {
    const t = graph.tensors[io.tensor]!;
    return { name: io.name, shape: t.shape, dtype: t.dtype };
  });
}

/** A representative dataset: `samples` (default 200) seeded-random samples of the file, preprocessed like evaluation data. */
export async function loadCalibrationData(path: string, graph: Graph, options: LoadOptions = {}): Promise<Dataset> {
  const settings: LoadOptions = { ...options, samples: options.samples ?? DEFAULT_CALIBRATION_SAMPLES, seed: options.seed ?? DEFAULT_CALIBRATION_SEED };
  const dataset = await loadDataset(path, graphInputs(graph), settings);
  const bad = dataset.inputs.find((input) => input.dtype !== 'float32' && graph.tensors[graph.inputs[dataset.inputs.indexOf(input)]!.tensor]?.dtype === 'float32');
  if (bad) throw new GateError('bad-dataset', `calibration data for input ${bad.name} is ${bad.dtype}, the model takes float32`, { file: path }, 'Pass the float data the model is fed (with --scale/--offset/--mean/--std as in evaluate).');
  return dataset;
}

export const sampleInputs = (dataset: Dataset): SampleInput[] => dataset.inputs.map((input) => ({ data: input.data, sampleSize: input.data.length / dataset.count }));

/** Default calibration workers: the cores, at most 4 (whether a pool is used at all: POOL_MIN_MACS in convert.ts). */
export const DEFAULT_WORKERS = Math.min(4, availableParallelism());

/**
 * Per-tensor ranges of the float graph over the dataset, computed in LiteRT.js. `shared`: a pool to use (and leave
 * open) instead of starting one; its size is the worker count.
 */
export async function calibrate(graph: Graph, dataset: Dataset, file: string, workers = DEFAULT_WORKERS, shared?: LazyPool, onProgress?: (done: number, total: number) => void): Promise<CalibrationRanges> {
  const build = calibrationGraph(graph, dataset.count);
  const request = {
    bytes: writeTflite(build.graph), file, inputs: sampleInputs(dataset), count: dataset.count, segments: build.sizes, batch: build.batch, ...(onProgress ? { onProgress } : {}),
  };
  // a pool the caller shares is used (it judged the work worth it); an own one only for 128 samples or more
  const pooled = shared ? shared.size > 1 : workers > 1 && dataset.count >= 128;
  const own = pooled && !shared ? new LazyPool(Math.min(workers, availableParallelism())) : undefined;
  try {
    const [block] = pooled ? await (await (shared ?? own)!.get()).predict(request) : await predictInProcess(request);
    return collectRanges(block!.data, dataset.count, build.tensors, (id) => graph.tensors[id]?.name ?? `tensor ${id}`);
  } finally {
    await own?.close();
  }
}

export interface QuantizeOptions {
  mode: 'dynamic' | 'int8';
  /** Required for int8. */
  calibration?: Dataset;
  inferenceType?: InferenceType;
  keepFloat?: KeepFloat;
  file: string;
  workers?: number;
  /** A pool shared with the caller's later steps (left open). */
  pool?: LazyPool;
  /** Calibration samples run so far. */
  onProgress?: (done: number, total: number) => void;
}

export async function quantizeModel(graph: Graph, options: QuantizeOptions): Promise<QuantizedModel> {
  if (options.mode === 'dynamic') return quantizeDynamic(graph);
  if (!options.calibration) throw new GateError('usage', 'full-integer quantization needs calibration data', { file: options.file }, 'Pass --representative_dataset=FILE (any dataset format evaluate reads).');
  const calibration = await calibrate(graph, options.calibration, options.file, options.workers, options.pool, options.onProgress);
  const result = quantizeInt8(graph, calibration.ranges, { inferenceType: options.inferenceType, keepFloat: options.keepFloat });
  return { ...result, calibration };
}
