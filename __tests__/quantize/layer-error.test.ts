import type { Graph } from '../../src/graph/ir.js';
import { quantizeInt8 } from '../../src/quantize/index.js';
import { layerErrorGraph, layerErrorsOf, layerPairs } from '../../src/quantize/layer-error.js';
import { predictInProcess } from '../../src/runtime/pool.js';
import { writeTflite } from '../../src/tflite/index.js';
import { ranks, tensorValues } from '../helpers/graph-runs.js';

const SAMPLES = 5;
const SIZE = 45;
const data = Float32Array.from({ length: SAMPLES * SIZE }, (_, i) => Math.sin(i * 0.37) * 3 - 0.5);
const samples = Array.from({ length: SAMPLES }, (_, s) => data.slice(s * SIZE, (s + 1) * SIZE));

/** The int8 model of ranks() from hand-set ranges: x [-3.5, 2.5], relu/flat [0, 2.5], mean [0, 2]. */
function int8Of(float: Graph): Graph {
  const [x, relu, flat, mean] = [0, 1, 2, 3].map((i) => float.inputs[0]!.tensor + i);
  const ranges = new Map([[x!, { min: -3.5, max: 2.5 }], [relu!, { min: 0, max: 2.5 }], [flat!, { min: 0, max: 2.5 }], [mean!, { min: 0, max: 2 }]]);
  return quantizeInt8(float, ranges).graph;
}

/** SNR of each pair from the two models run apart, each tensor read whole and dequantized here (float64 sums). */
async function reference(float: Graph, int8: Graph, pairs: ReturnType<typeof layerPairs>) {
  return Promise.all(pairs.map(async (p) => {
    const f = await tensorValues(float, p.float, samples);
    const q = await tensorValues(int8, p.int8, samples);
    const { scale: [scale], zeroPoint: [zero] } = int8.tensors[p.int8]!.quantization!;
    let signal = 0;
    let noise = 0;
    f.forEach((values, s) => values.forEach((v, k) => {
      signal += v * v;
      noise += (v - scale! * (q[s]![k]! - zero!)) ** 2;
    }));
    return 10 * Math.log10(signal / noise);
  }));
}

describe('layer-error build (float and int8 side by side, each pair reduced in the graph)', () => {
  test('gives each layer the SNR that running the two models apart and summing every value gives', async () => {
    const float = ranks();
    const int8 = int8Of(float);
    const pairs = layerPairs(float, int8);
    expect(pairs.map((p) => p.op)).toEqual(['RELU', 'RESHAPE', 'MEAN']);
    const build = layerErrorGraph(float, int8, pairs);
    expect(build.graph.outputs).toHaveLength(1);
    expect(build.graph.inputs).toEqual(float.inputs);
    const [block] = await predictInProcess({ bytes: writeTflite(build.graph), file: 't', inputs: [{ data, sampleSize: SIZE }], count: SAMPLES });
    const errors = layerErrorsOf(block!.data, SAMPLES, build, pairs, float);
    const expected = await reference(float, int8, pairs);
    errors.forEach((e, i) => {
      expect(Number.isFinite(e.snrDb)).toBe(true);
      expect(e.snrDb).toBeCloseTo(expected[i]!, 3);
    });
  });

  test('a wrong scale on one int8 tensor shows at that layer', async () => {
    const float = ranks();
    const int8 = structuredClone(int8Of(float));
    const pairs = layerPairs(float, int8);
    const build = layerErrorGraph(float, int8, pairs);
    const [before] = await predictInProcess({ bytes: writeTflite(build.graph), file: 't', inputs: [{ data, sampleSize: SIZE }], count: SAMPLES });
    const relu = int8.tensors[pairs[0]!.int8]!.quantization!;
    relu.scale[0] = relu.scale[0]! / 8; // clips seven eighths of its range
    const [after] = await predictInProcess({ bytes: writeTflite(layerErrorGraph(float, int8, pairs).graph), file: 't', inputs: [{ data, sampleSize: SIZE }], count: SAMPLES });
    const [a, b] = [layerErrorsOf(before!.data, SAMPLES, build, pairs, float), layerErrorsOf(after!.data, SAMPLES, build, pairs, float)];
    expect(a[0]!.snrDb).toBeGreaterThan(30);
    expect(b[0]!.snrDb).toBeLessThan(10);
  });
});
