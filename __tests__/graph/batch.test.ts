import { withBatch } from '../../src/graph/batch.js';
import { GraphBuilder } from '../../src/graph/builder.js';
import type { Graph } from '../../src/graph/ir.js';

/** x [1,4,4,2] → CONV → MEAN(axes) → RESHAPE(shape) → FC → SOFTMAX; `tail` swaps in other ops on the [1,2] tensor. */
function model(options: { meanAxes?: number[]; reshape?: number[]; reshaped?: number[]; extra?: (g: GraphBuilder, t: number) => number } = {}): Graph {
  const g = new GraphBuilder();
  const x = g.activation('x', [1, 4, 4, 2]);
  const c = g.activation('conv', [1, 4, 4, 2]);
  g.op('CONV_2D', [x, g.constFloat('w', [2, 1, 1, 2], [1, 0, 0, 1]), g.constFloat('b', [2], [0, 0])], [c], { padding: 'SAME', stride_w: 1, stride_h: 1 });
  const m = g.activation('mean', [1, 2]);
  g.op('MEAN', [c, g.constInt32('axes', options.meanAxes ?? [1, 2])], [m], { keep_dims: false });
  const r = g.activation('r', options.reshaped ?? [1, 1, 2]);
  g.op('RESHAPE', [m, g.constInt32('shape', options.reshape ?? [1, 1, 2])], [r]);
  const last = options.extra ? options.extra(g, r) : r;
  g.inputs.push({ name: 'x', tensor: x });
  g.outputs.push({ name: 'y', tensor: last });
  return g.build('t');
}

describe('withBatch', () => {
  it('gives every activation the batch and a reshape\'s leading 1 with it, constants untouched otherwise', () => {
    const graph = model();
    const b = withBatch(graph, 4)!;
    expect(b).toBeDefined();
    for (const t of b.tensors.filter((t) => !t.data)) expect(t.shape[0]).toBe(4);
    const shape = b.tensors[b.ops[2]!.inputs[1]!]!;
    expect(Array.from(shape.data as Int32Array)).toEqual([4, 1, 2]);
    expect(Array.from(b.tensors[b.ops[1]!.inputs[1]!]!.data as Int32Array)).toEqual([1, 2]);
    expect(graph.tensors.filter((t) => !t.data).every((t) => t.shape[0] === 1)).toBe(true); // the input graph is not changed
    expect(withBatch(graph, 1)).toBe(graph);
  });

  it.each([
    ['a reduction over the batch axis', { meanAxes: [0, 1, 2], reshape: [1, 1, 2] }],
    ['a reshape across the batch axis', { reshape: [2, 1], reshaped: [2, 1] }],
    ['a concatenation along the batch axis', { extra: (g: GraphBuilder, t: number) => {
      const out = g.activation('cat', [2, 1, 2]);
      g.op('CONCATENATION', [t, t], [out], { axis: 0 });
      return out;
    } }],
    ['an operator not known to keep samples apart', { extra: (g: GraphBuilder, t: number) => {
      const out = g.activation('g', [1, 1, 2]);
      g.op('GATHER', [t, g.constInt32('i', [0])], [out], { axis: 1 });
      return out;
    } }],
    ['a constant operand spanning the batch axis', { extra: (g: GraphBuilder, t: number) => {
      const out = g.activation('add', [2, 1, 2]);
      g.op('ADD', [t, g.constFloat('k', [2, 1, 2], [1, 2, 3, 4])], [out]);
      return out;
    } }],
  ])('refuses %s', (_, options) => {
    expect(withBatch(model(options), 4)).toBeUndefined();
  });

  it('refuses graphs with loops or a leading dimension other than 1', () => {
    expect(withBatch({ ...model(), subgraphs: [{ name: 'body', tensors: [], ops: [], inputs: [], outputs: [] }] }, 4)).toBeUndefined();
    const wide = model();
    wide.tensors[0] = { ...wide.tensors[0]!, shape: [2, 4, 4, 2] };
    expect(withBatch(wide, 4)).toBeUndefined();
  });
});
