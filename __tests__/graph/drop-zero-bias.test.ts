import { GraphBuilder } from '../../src/graph/builder.js';
import type { Graph } from '../../src/graph/ir.js';
import { compactTensors } from '../../src/graph/passes/cleanup.js';
import { dropZeroBias } from '../../src/graph/passes/drop-zero-bias.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { toFloat16 } from '../../src/tflite/float16.js';
import { writeTflite } from '../../src/tflite/writer.js';

/** x [1, 4, 4, 2] -> CONV_2D 3x3 (zero bias) -> reshape -> FULLY_CONNECTED (zero bias) -> FULLY_CONNECTED (bias 0.5, 0). */
function graph(): Graph {
  const b = new GraphBuilder();
  const x = b.activation('x', [1, 4, 4, 2]);
  b.inputs.push({ name: 'x', tensor: x });
  const filter = b.constFloat('filter', [3, 3, 3, 2], Float32Array.from({ length: 54 }, (_, i) => Math.sin(i)));
  const conv = b.activation('conv', [1, 4, 4, 3]);
  b.op('CONV_2D', [x, filter, b.constFloat('conv_bias', [3], [0, -0, 0])], [conv], { padding: 'SAME', stride_w: 1, stride_h: 1 });
  const flat = b.activation('flat', [1, 48]);
  b.op('RESHAPE', [conv, b.constInt32('shape', [1, 48])], [flat]);
  const hidden = b.activation('hidden', [1, 5]);
  b.op('FULLY_CONNECTED', [flat, b.constFloat('w1', [5, 48], Float32Array.from({ length: 240 }, (_, i) => Math.cos(i))), b.constFloat('b1', [5], [0, 0, 0, 0, 0])], [hidden], {});
  const y = b.activation('y', [1, 2]);
  b.op('FULLY_CONNECTED', [hidden, b.constFloat('w2', [2, 5], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), b.constFloat('b2', [2], [0.5, 0])], [y], {});
  b.outputs.push({ name: 'y', tensor: y });
  return b.build('t');
}

async function run(g: Graph): Promise<number[]> {
  const interpreter = await loadInterpreter(writeTflite(g));
  try {
    return Array.from(interpreter.run([Float32Array.from({ length: 32 }, (_, i) => (i % 7) - 3)])[0] as Float32Array);
  } finally {
    interpreter.dispose();
  }
}

describe('drop-zero-bias', () => {
  it('drops an all-zero FULLY_CONNECTED bias (input -1) as the converter does, keeps CONV_2D\'s and non-zero ones; same results in LiteRT.js', async () => {
    const before = graph();
    const after = graph();
    dropZeroBias(after);
    expect(after.ops.map((op) => op.inputs[2])).toEqual([before.ops[0]!.inputs[2]!, undefined, -1, before.ops[3]!.inputs[2]!]);
    expect(await run(after)).toEqual(await run(before));
    const dequantize = (g: Graph) => toFloat16(g).ops.filter((op) => op.type === 'DEQUANTIZE').length;
    expect(dequantize(after)).toBe(dequantize(before) - 1);
    compactTensors(after);
    expect(writeTflite(after).length).toBeLessThan(writeTflite(before).length);
  });

  it('drops an all-zero TRANSPOSE_CONV bias (its optional 4th input), as the converter does', () => {
    const b = new GraphBuilder();
    const x = b.activation('x', [1, 2, 2, 1]);
    const y = b.activation('y', [1, 4, 4, 1]);
    const [shape, w] = [b.constInt32('shape', [1, 4, 4, 1]), b.constFloat('w', [1, 2, 2, 1], [1, 2, 3, 4])];
    b.op('TRANSPOSE_CONV', [shape, w, x, b.constFloat('bias', [1], [0])], [y], { padding: 'VALID', stride_w: 2, stride_h: 2 });
    const g = b.build('t');
    dropZeroBias(g);
    expect(g.ops[0]!.inputs).toEqual([shape, w, x]);
  });
});
