/**
 * Per-layer quantization error, the runtime half: the float and the int8 model run side by side in LiteRT.js
 * on a few samples with every paired tensor exposed (int8 ones dequantized in the graph), and each pair's
 * SNR accumulated sample by sample (no intermediate tensor is kept).
 */
import type { Dataset } from '../data/types.js';
import type { Graph } from '../graph/ir.js';
import { exposeTensors } from '../quantize/calibration.js';
import { ErrorSums, layerPairs, type LayerError } from '../quantize/layer-error.js';
import { loadInterpreter, type Interpreter } from '../runtime/interpreter.js';
import { writeTflite } from '../tflite/index.js';
import { sampleInputs } from './quantize.js';

/** Samples the comparison runs on (the first ones of the data it is given). */
export const LAYER_ERROR_SAMPLES = 32;

function runSample(it: Interpreter, inputs: ReturnType<typeof sampleInputs>, s: number): void {
  inputs.forEach((input, i) => it.setInput(i, input.data, s * input.sampleSize));
  it.invoke();
}

/** SNR of every int8 activation vs the float model's, over the first samples of `data`; [] when the model has integer inputs. */
export async function layerErrors(float: Graph, int8: Graph, data: Dataset, file: string): Promise<LayerError[]> {
  const pairs = layerPairs(float, int8);
  if (pairs.length === 0 || int8.inputs.some((io) => int8.tensors[io.tensor]?.dtype !== float.tensors[float.inputs[0]!.tensor]?.dtype)) return [];
  const a = await loadInterpreter(writeTflite(exposeTensors(float, pairs.map((p) => p.float))), { file });
  const b = await loadInterpreter(writeTflite(exposeTensors(int8, pairs.map((p) => p.int8))), { file });
  try {
    const sums = new ErrorSums(pairs.length);
    const inputs = sampleInputs(data);
    const fa = a.outputs.map((o) => new Float32Array(o.size));
    const fb = b.outputs.map((o) => new Float32Array(o.size));
    for (let s = 0; s < Math.min(LAYER_ERROR_SAMPLES, data.count); s++) {
      runSample(a, inputs, s);
      runSample(b, inputs, s);
      pairs.forEach((_, i) => sums.add(i, a.readOutput(i, fa[i]!) as Float32Array, b.readOutput(i, fb[i]!) as Float32Array));
    }
    return sums.errors(pairs, float);
  } finally {
    a.dispose();
    b.dispose();
  }
}
