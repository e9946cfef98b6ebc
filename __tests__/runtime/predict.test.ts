import { calibrationGraph } from '../../src/quantize/index.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { rangeStats } from '../../src/runtime/predict.js';
import { writeTflite } from '../../src/tflite/index.js';
import { ranks, tensorValues } from '../helpers/graph-runs.js';

describe('rangeStats', () => {
  test('per-sample minimum and maximum of every tensor of a ranges build, as a plain scan of each tensor gives them', async () => {
    const graph = ranks();
    const build = calibrationGraph(graph);
    expect(build.tensors).toHaveLength(4);
    const interpreter = await loadInterpreter(writeTflite(build.graph));
    try {
      const sampleSize = 45;
      const data = Float32Array.from({ length: 6 * sampleSize }, (_, i) => Math.sin(i * 0.37) * 3 - 0.5);
      const stats = rangeStats(interpreter, [{ data, sampleSize }], 1, 6, build.sizes);
      const samples = [1, 2, 3, 4, 5].map((s) => data.slice(s * sampleSize, (s + 1) * sampleSize));
      for (const [o, id] of build.tensors.entries()) {
        const values = id === graph.inputs[0]!.tensor ? samples.map((x) => Array.from(x)) : await tensorValues(graph, id, samples);
        values.forEach((v, s) => expect([stats[(s * 4 + o) * 2], stats[(s * 4 + o) * 2 + 1]]).toEqual([Math.fround(Math.min(...v)), Math.fround(Math.max(...v))]));
      }
    } finally {
      interpreter.dispose();
    }
  });
});
