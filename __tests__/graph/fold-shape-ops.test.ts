import { GraphBuilder } from '../../src/graph/builder.js';
import type { Graph } from '../../src/graph/ir.js';
import { removeDeadOps } from '../../src/graph/passes/cleanup.js';
import { foldShapeOps } from '../../src/graph/passes/fold-shape-ops.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { writeTflite } from '../../src/tflite/writer.js';

/** x [1, 2, 3, 4] -> RESHAPE [-1, 1, 24] -> EXPAND_DIMS axis 1 -> RELU -> RESHAPE [-1, 24] -> FULLY_CONNECTED (3 units). */
function graph(): Graph {
  const b = new GraphBuilder();
  const x = b.activation('x', [1, 2, 3, 4]);
  b.inputs.push({ name: 'x', tensor: x });
  const r = b.activation('r', [1, 1, 24]);
  b.op('RESHAPE', [x, b.constInt32('r/shape', [-1, 1, 24])], [r]);
  const e = b.activation('e', [1, 1, 1, 24]);
  b.op('EXPAND_DIMS', [r, b.constInt32('e/axis', [1], [])], [e]);
  const relu = b.activation('relu', [1, 1, 1, 24]);
  b.op('RELU', [e], [relu]);
  const flat = b.activation('flat', [1, 24]);
  b.op('RESHAPE', [relu, b.constInt32('flat/shape', [-1, 24])], [flat]);
  const y = b.activation('y', [1, 3]);
  b.op('FULLY_CONNECTED', [flat, b.constFloat('w', [3, 24], Float32Array.from({ length: 72 }, (_, i) => Math.sin(i))), -1], [y], {});
  b.outputs.push({ name: 'y', tensor: y });
  return b.build('t');
}

async function run(g: Graph): Promise<number[]> {
  const interpreter = await loadInterpreter(writeTflite(g));
  try {
    return Array.from(interpreter.run([Float32Array.from({ length: 24 }, (_, i) => i - 10)])[0] as Float32Array);
  } finally {
    interpreter.dispose();
  }
}

describe('fold-shape-ops', () => {
  it('merges RESHAPE + EXPAND_DIMS into one RESHAPE (keeping -1) and lets FULLY_CONNECTED flatten its input; same results in LiteRT.js', async () => {
    const g = graph();
    foldShapeOps(g);
    removeDeadOps(g);
    expect(g.ops.map((op) => op.type)).toEqual(['RESHAPE', 'RELU', 'FULLY_CONNECTED']);
    expect(Array.from(g.tensors[g.ops[0]!.inputs[1]!]!.data as Int32Array)).toEqual([-1, 1, 1, 24]);
    expect(g.ops[2]!.inputs[0]).toBe(g.ops[1]!.outputs[0]);
    const [got, want] = [await run(g), await run(graph())];
    got.forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 5));
  });
});
