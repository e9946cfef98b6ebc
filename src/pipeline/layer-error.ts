/**
 * Per-layer quantization error, the runtime half: the float and the int8 model run side by side in LiteRT.js
 * on a few samples with every paired tensor exposed (int8 ones dequantized in the graph), and each pair's
 * SNR accumulated sample by sample (no intermediate tensor is kept). With more than one core the samples
 * are split over a pool of workers; the per-sample sums are added in sample order, so the figures are the
 * same either way.
 */
import type { Dataset } from '../data/types.js';
import type { Graph } from '../graph/ir.js';
import { exposeTensors } from '../quantize/calibration.js';
import { ErrorSums, layerPairs, type LayerError } from '../quantize/layer-error.js';
import { addPairSums, pairSums, withPair } from '../runtime/pair-sums.js';
import { LazyPool, type PairSumsRequest } from '../runtime/pool.js';
import { writeTflite } from '../tflite/index.js';
import { DEFAULT_WORKERS, sampleInputs } from './quantize.js';

/** Samples the comparison runs on (the first ones of the data it is given). */
export const LAYER_ERROR_SAMPLES = 32;

/** SNR of every int8 activation vs the float model's, over the first samples of `data`; [] when the model has integer inputs. */
export async function layerErrors(float: Graph, int8: Graph, data: Dataset, file: string, workers = DEFAULT_WORKERS, shared?: LazyPool): Promise<LayerError[]> {
  const pairs = layerPairs(float, int8);
  if (pairs.length === 0 || int8.inputs.some((io) => int8.tensors[io.tensor]?.dtype !== float.tensors[float.inputs[0]!.tensor]?.dtype)) return [];
  const a = exposeTensors(float, pairs.map((p) => p.float));
  const request: PairSumsRequest = {
    a: writeTflite(a.graph),
    b: writeTflite(exposeTensors(int8, pairs.map((p) => p.int8)).graph),
    file, inputs: sampleInputs(data), count: Math.min(LAYER_ERROR_SAMPLES, data.count), segments: a.sizes,
  };
  const sums = new ErrorSums(pairs.length);
  addPairSums(sums, await perSample(request, Math.min(workers, request.count), shared), request.count);
  return sums.errors(pairs, float);
}

async function perSample(request: PairSumsRequest, workers: number, shared?: LazyPool): Promise<Float64Array> {
  if ((shared?.size ?? workers) <= 1 || request.count < 2) return withPair(request.a, request.b, request.file, (a, b) => pairSums(a, b, request.inputs, 0, request.count, request.segments));
  const own = shared ? undefined : new LazyPool(workers);
  try {
    return await (await (shared ?? own)!.get()).pairSums(request);
  } finally {
    await own?.close();
  }
}
