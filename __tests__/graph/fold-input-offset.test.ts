import { GraphBuilder } from '../../src/graph/builder.js';
import type { Graph } from '../../src/graph/ir.js';
import { foldInputAffine } from '../../src/graph/passes/fold-input-offset.js';

const types = (g: Graph) => g.ops.map((op) => op.type);
const data = (g: Graph, id: number) => Array.from(g.tensors[id]!.data as Float32Array);

/** x [1, 3] → (x * 2 - 0.5) * 4 → FULLY_CONNECTED(w, bias); `pre` builds the arithmetic before it. */
function fcAfter(pre: (b: GraphBuilder, x: number) => number): Graph {
  const b = new GraphBuilder();
  const x = b.activation('x', [1, 3]);
  b.inputs.push({ name: 'x', tensor: x });
  const y = b.activation('y', [1, 2]);
  b.op('FULLY_CONNECTED', [pre(b, x), b.constFloat('w', [2, 3], [1, 2, 3, -1, 0, 2]), b.constFloat('b', [2], [0.5, -1])], [y], { fused_activation_function: 'NONE' });
  b.outputs.push({ name: 'y', tensor: y });
  return b.build('t');
}

function binaryOp(b: GraphBuilder, type: string, inputs: number[], name: string): number {
  const out = b.activation(name, [1, 3]);
  b.op(type, inputs, [out], { fused_activation_function: 'NONE' });
  return out;
}

describe('fold-input-offset', () => {
  it('moves (x * 2 - 0.5) * 4 into a fully-connected op: weights * 8, bias - 2 * row sums', () => {
    const g = fcAfter((b, x) => {
      const scaled = binaryOp(b, 'MUL', [x, b.constFloat('a', [], [2])], 'scaled');
      const shifted = binaryOp(b, 'SUB', [scaled, b.constFloat('c', [], [0.5])], 'shifted');
      return binaryOp(b, 'MUL', [shifted, b.constFloat('d', [], [4])], 'out');
    });
    foldInputAffine(g);
    expect(types(g)).toEqual(['FULLY_CONNECTED']);
    expect(g.ops[0]!.inputs[0]).toBe(g.inputs[0]!.tensor);
    expect(data(g, g.ops[0]!.inputs[1]!)).toEqual([8, 16, 24, -8, 0, 16]);
    // W(4(2x - 0.5)) + b = 8Wx + b - 2 * rowsum(W): rows sum to 6 and 1.
    expect(data(g, g.ops[0]!.inputs[2]!)).toEqual([0.5 - 12, -1 - 2]);
  });

  it('keeps an offset before a SAME-padded convolution (its zero padding is not offset) and 3 - x', () => {
    const b = new GraphBuilder();
    const x = b.activation('x', [1, 4, 4, 1]);
    b.inputs.push({ name: 'x', tensor: x });
    const shifted = b.activation('shifted', [1, 4, 4, 1]);
    b.op('ADD', [x, b.constFloat('c', [], [1])], [shifted], { fused_activation_function: 'NONE' });
    const y = b.activation('y', [1, 4, 4, 1]);
    b.op('CONV_2D', [shifted, b.constFloat('w', [1, 3, 3, 1], new Array(9).fill(1)), b.constFloat('b', [1], [0])], [y], { padding: 'SAME', fused_activation_function: 'NONE' });
    b.outputs.push({ name: 'y', tensor: y });
    const same = b.build('t');
    foldInputAffine(same);
    expect(types(same)).toEqual(['ADD', 'CONV_2D']);
    const reversed = fcAfter((bb, xx) => binaryOp(bb, 'SUB', [bb.constFloat('c', [], [3]), xx], 'reversed'));
    foldInputAffine(reversed);
    expect(types(reversed)).toEqual(['SUB', 'FULLY_CONNECTED']);
  });
});
