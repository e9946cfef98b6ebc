import { GraphBuilder } from '../../src/graph/builder.js';
import { calibrationGraph, exposeTensors } from '../../src/quantize/index.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { predictRange, rangeStats } from '../../src/runtime/predict.js';
import { writeTflite } from '../../src/tflite/index.js';

/** Tensors of rank 4, 3 and 2 (and sizes that are not multiples of 4): x [1,3,5,3] → relu → reshape [1,15,3] → mean [1,3]. */
function ranks() {
  const g = new GraphBuilder();
  const x = g.activation('x', [1, 3, 5, 3]);
  const r = g.activation('relu', [1, 3, 5, 3]);
  const flat = g.activation('flat', [1, 15, 3]);
  const m = g.activation('mean', [1, 3]);
  g.op('RELU', [x], [r]);
  g.op('RESHAPE', [r, g.constInt32('shape', [1, 15, 3])], [flat]);
  g.op('MEAN', [flat, g.constInt32('axis', [1])], [m], { keep_dims: false });
  g.inputs.push({ name: 'x', tensor: x });
  g.outputs.push({ name: 'mean', tensor: m });
  return g.build('t');
}

describe('rangeStats', () => {
  test('per-sample minimum and maximum of every tensor of a ranges build, as a plain scan of the tensors gives them', async () => {
    const graph = ranks();
    const build = calibrationGraph(graph);
    expect(build.tensors).toHaveLength(4);
    const plain = exposeTensors(graph, build.tensors);
    const [reduced, whole] = [await loadInterpreter(writeTflite(build.graph)), await loadInterpreter(writeTflite(plain.graph))];
    try {
      const sampleSize = 45;
      const data = Float32Array.from({ length: 6 * sampleSize }, (_, i) => Math.sin(i * 0.37) * 3 - 0.5);
      const inputs = [{ data, sampleSize }];
      const stats = rangeStats(reduced, inputs, 1, 6, build.sizes);
      const [values] = predictRange(whole, inputs, 1, 6);
      const total = plain.sizes.reduce((a, b) => a + b, 0);
      for (let s = 0; s < 5; s++) {
        let offset = s * total;
        plain.sizes.forEach((size, o) => {
          const v = Array.from(values!.subarray(offset, offset + size));
          offset += size;
          expect([stats[(s * 4 + o) * 2], stats[(s * 4 + o) * 2 + 1]]).toEqual([Math.fround(Math.min(...v)), Math.fround(Math.max(...v))]);
        });
      }
    } finally {
      reduced.dispose();
      whole.dispose();
    }
  });
});
