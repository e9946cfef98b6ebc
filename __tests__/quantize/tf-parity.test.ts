/**
 * Our quantizer against TF 2.21's on the same models and the same calibration ranges (fixtures/quantize,
 * made by fixtures/scripts/make_quantize_fixtures.py): every scale and zero point of every matched tensor
 * (activations, per-channel weights, int32 biases, requantizations), op types and versions. And proof that
 * the comparison can fail: one perturbed scale, one dropped requantization.
 */
import { quantizeDynamic, quantizeInt8 } from '../../src/quantize/index.js';
import type { Graph } from '../../src/graph/ir.js';
import { opVersion, readTflite, readTfliteModel, writeTflite } from '../../src/tflite/index.js';
import { floatGraph, histogram, matchOps, paramDifferences, tfFile, tfRanges, valueOps } from './tf-files.js';

/** Op version per op type, shape arithmetic left out. */
const versions = (g: Graph) => Object.fromEntries(valueOps(g).map((op) => [op.type, opVersion(op, g)]));

async function int8WithTfRanges(name: string): Promise<Graph> {
  const float = await floatGraph(name);
  return quantizeInt8(float, tfRanges(name, float)).graph;
}

/** Our graph as written (origins kept for matching ops to TF's by Keras layer). */
const written = (g: Graph) => {
  const back = readTflite(writeTflite(g));
  back.ops.forEach((op, i) => (op.origin = g.ops[i]!.origin));
  return back;
};

describe.each(['mix', 'branches', 'mnist'])('full int8 of %s with TF\'s calibrated ranges', (name) => {
  it('gives every tensor TF\'s scale and zero point (activations, weights per channel, int32 biases)', async () => {
    const ours = written(await int8WithTfRanges(name));
    const tf = tfFile(name, 'int8');
    expect(matchOps(tf, ours).length).toBe(valueOps(tf).length);
    expect(paramDifferences(ours, tf)).toEqual([]);
  });

  it('has TF\'s operators (QUANTIZE/DEQUANTIZE and requantizations included) and op versions', async () => {
    const ours = await int8WithTfRanges(name);
    const tf = readTfliteModel(new Uint8Array(writeTflite(tfFile(name, 'int8'))));
    expect(histogram(ours)).toEqual(histogram(tfFile(name, 'int8')));
    expect(versions(ours)).toEqual(versions(tf.graph));
  });
});

describe('the parity check can fail', () => {
  it('catches one perturbed scale', async () => {
    const ours = written(await int8WithTfRanges('mix'));
    const concat = ours.ops.find((op) => op.type === 'CONCATENATION')!;
    const q = ours.tensors[concat.outputs[0]!]!.quantization!;
    q.scale[0] = q.scale[0]! * 1.01;
    expect(paramDifferences(ours, tfFile('mix', 'int8')).join('\n')).toMatch(/CONCATENATION \(cat\) output 0/);
  });

  it('catches a dropped requantization', async () => {
    const ours = written(await int8WithTfRanges('branches'));
    const requant = ours.ops.findIndex((op) => op.type === 'QUANTIZE' && ours.tensors[op.inputs[0]!]!.dtype === 'int8');
    expect(requant).toBeGreaterThanOrEqual(0);
    const [dropped] = ours.ops.splice(requant, 1);
    for (const op of ours.ops) op.inputs = op.inputs.map((t) => (t === dropped!.outputs[0] ? dropped!.inputs[0]! : t));
    expect(paramDifferences(ours, tfFile('branches', 'int8')).join('\n')).toMatch(/CONCATENATION \(cat_small\) input/);
    expect(histogram(ours)).not.toEqual(histogram(tfFile('branches', 'int8')));
  });
});

describe.each(['mix', 'branches', 'mnist'])('dynamic range of %s', (name) => {
  it('quantizes the same weights with TF\'s scales, hybrid ops at TF\'s versions', async () => {
    const ours = written(quantizeDynamic(await floatGraph(name)).graph);
    const tf = tfFile(name, 'dynamic');
    expect(paramDifferences(ours, tf)).toEqual([]);
    const int8Weights = (g: Graph) => g.tensors.filter((t) => t.dtype === 'int8').length;
    expect(int8Weights(ours)).toBe(int8Weights(tf));
    expect(versions(ours)).toEqual(versions(tf));
  });
});
