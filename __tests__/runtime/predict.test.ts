import { calibrationGraph } from '../../src/quantize/index.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { rangeStats } from '../../src/runtime/predict.js';
import { writeTflite } from '../../src/tflite/index.js';
import { ranks, tensorValues } from '../helpers/graph-runs.js';

describe('rangeStats', () => {
  const sampleSize = 45;
  const data = Float32Array.from({ length: 7 * sampleSize }, (_, i) => Math.sin(i * 0.37) * 3 - 0.5);
  const ranges = async (batch: number, start: number, end: number) => {
    const build = calibrationGraph(ranks(true), batch);
    const interpreter = await loadInterpreter(writeTflite(build.graph));
    try {
      return { build, stats: rangeStats(interpreter, [{ data, sampleSize }], start, end, build.sizes, undefined, build.batch) };
    } finally {
      interpreter.dispose();
    }
  };

  test('per-sample minimum and maximum of every tensor of a ranges build, as a plain scan of each tensor gives them', async () => {
    const graph = ranks(true);
    const { build, stats } = await ranges(1, 1, 6);
    expect(build.tensors).toHaveLength(5);
    const samples = [1, 2, 3, 4, 5].map((s) => data.slice(s * sampleSize, (s + 1) * sampleSize));
    for (const [o, id] of build.tensors.entries()) {
      const values = id === graph.inputs[0]!.tensor ? samples.map((x) => Array.from(x)) : await tensorValues(graph, id, samples);
      values.forEach((v, s) => expect([stats[(s * 5 + o) * 2], stats[(s * 5 + o) * 2 + 1]]).toEqual([Math.fround(Math.min(...v)), Math.fround(Math.max(...v))]));
    }
  });

  test('the same figures from a batched build, a short last batch included (7 samples, batches of 4)', async () => {
    const single = await ranges(1, 0, 7);
    const batched = await ranges(4, 0, 7);
    expect(batched.build.batch).toBe(4);
    expect(batched.build.graph.tensors[batched.build.graph.inputs[0]!.tensor]!.shape).toEqual([4, 3, 5, 3]);
    expect(Array.from(batched.stats)).toEqual(Array.from(single.stats));
    // batches start where the range does: samples 3..6 alone give the tail of the same figures
    expect(Array.from((await ranges(4, 3, 7)).stats)).toEqual(Array.from(single.stats.subarray(3 * 10)));
  });
});
