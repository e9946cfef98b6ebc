/**
 * Per-layer quantization error, the runtime half: the layer-error build (the float and the int8 model side by
 * side, every pair reduced in the graph, see src/quantize/layer-error.ts) runs in LiteRT.js on the first samples,
 * on the worker pool when there is one; the sums are added in sample order, so the figures are the same either way.
 */
import type { Dataset } from '../data/types.js';
import type { Graph } from '../graph/ir.js';
import { layerErrorGraph, layerErrorsOf, layerPairs, type LayerError } from '../quantize/layer-error.js';
import { LazyPool, predictInProcess } from '../runtime/pool.js';
import { writeTflite } from '../tflite/index.js';
import { DEFAULT_WORKERS, sampleInputs } from './quantize.js';

/** Samples the comparison runs on (the first ones of the data it is given). */
export const LAYER_ERROR_SAMPLES = 32;

/** SNR of every int8 activation vs the float model's, over the first samples of `data`; [] when the model has integer inputs. */
export async function layerErrors(
  float: Graph, int8: Graph, data: Dataset, file: string, workers = DEFAULT_WORKERS, shared?: LazyPool, onProgress?: (done: number, total: number) => void,
): Promise<LayerError[]> {
  const pairs = layerPairs(float, int8);
  if (pairs.length === 0 || int8.inputs.some((io) => int8.tensors[io.tensor]?.dtype !== float.tensors[float.inputs[0]!.tensor]?.dtype)) return [];
  const build = layerErrorGraph(float, int8, pairs);
  const request = { bytes: writeTflite(build.graph), file, inputs: sampleInputs(data), count: Math.min(LAYER_ERROR_SAMPLES, data.count), ...(onProgress ? { onProgress } : {}) };
  const size = shared?.size ?? Math.min(workers, request.count);
  const own = size > 1 && !shared ? new LazyPool(size) : undefined;
  try {
    const [block] = size > 1 && request.count > 1 ? await (await (shared ?? own)!.get()).predict(request) : await predictInProcess(request);
    return layerErrorsOf(block!.data, request.count, build, pairs, float);
  } finally {
    await own?.close();
  }
}
