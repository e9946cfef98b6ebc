/**
 * Per-layer quantization error, the runtime half: the layer-error build (the float and the int8 model side by
 * side, every pair reduced in the graph, see src/quantize/layer-error.ts) runs in LiteRT.js on the first samples,
 * on the worker pool when there is one; the sums are added in sample order, so the figures are the same either way.
 */
import type { Dataset } from '../data/types.js';
import type { Graph } from '../graph/ir.js';
import { layerErrorGraph, layerErrorsOf, layerPairs, type LayerError } from '../quantize/layer-error.js';
import { LazyPool, predictInProcess } from '../runtime/pool.js';
import { modelStats } from '../metrics/model-stats.js';
import { writeTflite } from '../tflite/index.js';
import { DEFAULT_WORKERS, sampleInputs } from './quantize.js';

/** Samples the comparison runs on at most (the first ones of the data it is given). */
export const LAYER_ERROR_SAMPLES = 32;
/** ... and at least, when the data has them, however heavy the model. */
const LAYER_ERROR_MIN_SAMPLES = 8;
/**
 * Multiply-accumulates the comparison spends at most (each sample runs the float and the int8 model): MobileNetV2 at
 * 224×224 (0.3 G a sample) gets 13 samples, 90 M values for each of its larger tensors, where 32 added ~0.6 s to its
 * conversion and nothing to what the SNR says; models up to 125 M multiply-accumulates keep all 32.
 */
const LAYER_ERROR_MACS = 4e9;

/** How many of `available` samples the per-layer error of `float` runs on. */
export function layerErrorSamples(float: Graph, available: number): number {
  const macs = modelStats(float).macs;
  const budget = macs > 0 ? Math.floor(LAYER_ERROR_MACS / macs) : LAYER_ERROR_SAMPLES;
  return Math.min(available, LAYER_ERROR_SAMPLES, Math.max(LAYER_ERROR_MIN_SAMPLES, budget));
}

/** SNR of every int8 activation vs the float model's, over the first samples of `data`; [] when the model has integer inputs. */
export async function layerErrors(
  float: Graph, int8: Graph, data: Dataset, file: string, workers = DEFAULT_WORKERS, shared?: LazyPool, onProgress?: (done: number, total: number) => void,
): Promise<LayerError[]> {
  const pairs = layerPairs(float, int8);
  if (pairs.length === 0 || int8.inputs.some((io) => int8.tensors[io.tensor]?.dtype !== float.tensors[float.inputs[0]!.tensor]?.dtype)) return [];
  const build = layerErrorGraph(float, int8, pairs);
  const request = { bytes: writeTflite(build.graph), file, inputs: sampleInputs(data), count: layerErrorSamples(float, data.count), ...(onProgress ? { onProgress } : {}) };
  const size = shared?.size ?? Math.min(workers, request.count);
  const own = size > 1 && !shared ? new LazyPool(size) : undefined;
  try {
    const [block] = size > 1 && request.count > 1 ? await (await (shared ?? own)!.get()).predict(request) : await predictInProcess(request);
    return layerErrorsOf(block!.data, request.count, build, pairs, float);
  } finally {
    await own?.close();
  }
}
