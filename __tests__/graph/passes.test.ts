import { GraphBuilder } from '../../src/graph/builder.js';
import type { Graph } from '../../src/graph/ir.js';
import { compactTensors, removeDeadOps, shareConstants } from '../../src/graph/passes/cleanup.js';
import { eliminateCommonSubexpressions } from '../../src/graph/passes/cse.js';
import { foldAffineIntoConv } from '../../src/graph/passes/fold-affine.js';
import { foldConstants } from '../../src/graph/passes/fold-constants.js';
import { foldInputScale } from '../../src/graph/passes/fold-input-scale.js';
import { fuseActivations } from '../../src/graph/passes/fuse-activation.js';
import { optimizeGraph } from '../../src/graph/passes/index.js';

/** x [1, 4] → FULLY_CONNECTED (2 units) → y; returns the builder and ids. */
function fc() {
  const b = new GraphBuilder();
  const x = b.activation('x', [1, 4]);
  b.inputs.push({ name: 'x', tensor: x });
  const w = b.constFloat('w', [2, 4], [1, 2, 3, 4, 5, 6, 7, 8]);
  const bias = b.constFloat('b', [2], [0.5, -0.5]);
  const y = b.activation('y', [1, 2]);
  b.op('FULLY_CONNECTED', [x, w, bias], [y], { fused_activation_function: 'NONE' });
  return { b, x, y };
}

const types = (g: Graph) => g.ops.map((op) => op.type);
const data = (g: Graph, id: number) => Array.from(g.tensors[id]!.data as Float32Array);

describe('graph passes', () => {
  it('folds a per-channel MUL and ADD into the fully-connected weights and bias', () => {
    const { b, y } = fc();
    const m = b.activation('m', [1, 2]);
    b.op('MUL', [y, b.constFloat('s', [2], [2, 10])], [m], {});
    const a = b.activation('a', [1, 2]);
    b.op('ADD', [m, b.constFloat('t', [2], [1, 1])], [a], {});
    b.outputs.push({ name: 'out', tensor: a });
    const g = b.build('t');
    foldAffineIntoConv(g);
    expect(types(g)).toEqual(['FULLY_CONNECTED']);
    expect(g.ops[0]!.outputs).toEqual([a]);
    expect(data(g, g.ops[0]!.inputs[1]!)).toEqual([2, 4, 6, 8, 50, 60, 70, 80]);
    expect(data(g, g.ops[0]!.inputs[2]!)).toEqual([2, -4]);
  });

  it('does not fold when the intermediate result is used elsewhere or is a model output', () => {
    const { b, y } = fc();
    const m = b.activation('m', [1, 2]);
    b.op('MUL', [y, b.constFloat('s', [2], [2, 10])], [m], {});
    b.outputs.push({ name: 'm', tensor: m }, { name: 'y', tensor: y });
    const g = b.build('t');
    foldAffineIntoConv(g);
    expect(types(g)).toEqual(['FULLY_CONNECTED', 'MUL']);
  });

  it('fuses RELU6 into the producer only when it is the sole consumer', () => {
    const { b, y } = fc();
    const r = b.activation('r', [1, 2]);
    b.op('RELU6', [y], [r]);
    b.outputs.push({ name: 'r', tensor: r });
    const g = b.build('t');
    fuseActivations(g);
    expect(types(g)).toEqual(['FULLY_CONNECTED']);
    expect(g.ops[0]!.options?.fused_activation_function).toBe('RELU6');

    const second = fc();
    const r2 = second.b.activation('r', [1, 2]);
    second.b.op('RELU', [second.y], [r2]);
    const t2 = second.b.activation('t', [1, 2]);
    second.b.op('TANH', [second.y], [t2]);
    second.b.outputs.push({ name: 'r', tensor: r2 }, { name: 't', tensor: t2 });
    const g2 = second.b.build('t');
    fuseActivations(g2);
    expect(types(g2)).toEqual(['FULLY_CONNECTED', 'RELU', 'TANH']);
  });

  it('never fuses into CONCATENATION (the TFLite kernel refuses it; LiteRT.js computes garbage)', () => {
    const b = new GraphBuilder();
    const x = b.activation('x', [1, 2]);
    const y = b.activation('y', [1, 2]);
    b.inputs.push({ name: 'x', tensor: x }, { name: 'y', tensor: y });
    const c = b.activation('c', [1, 4]);
    b.op('CONCATENATION', [x, y], [c], { axis: 1, fused_activation_function: 'NONE' });
    const r = b.activation('r', [1, 4]);
    b.op('RELU', [c], [r]);
    b.outputs.push({ name: 'r', tensor: r });
    const g = b.build('t');
    fuseActivations(g);
    expect(types(g)).toEqual(['CONCATENATION', 'RELU']);
  });

  it('moves a scalar input scale into the weights', () => {
    const b = new GraphBuilder();
    const x = b.activation('x', [1, 4]);
    b.inputs.push({ name: 'x', tensor: x });
    const scaled = b.activation('scaled', [1, 4]);
    b.op('MUL', [x, b.constFloat('k', [], [0.5])], [scaled], {});
    const y = b.activation('y', [1, 1]);
    b.op('FULLY_CONNECTED', [scaled, b.constFloat('w', [1, 4], [2, 4, 6, 8]), -1], [y], {});
    b.outputs.push({ name: 'y', tensor: y });
    const g = b.build('t');
    foldInputScale(g);
    expect(types(g)).toEqual(['FULLY_CONNECTED']);
    expect(g.ops[0]!.inputs[0]).toBe(x);
    expect(data(g, g.ops[0]!.inputs[1]!)).toEqual([1, 2, 3, 4]);
  });

  it('evaluates constant-only arithmetic, shares equal constants and merges equal ops', () => {
    const b = new GraphBuilder();
    const x = b.activation('x', [1, 3]);
    b.inputs.push({ name: 'x', tensor: x });
    const c = b.activation('c', [3]);
    b.op('ADD', [b.constFloat('p', [3], [1, 2, 3]), b.constFloat('q', [], [1])], [c], {});
    const u = b.activation('u', [1, 3]);
    b.op('MUL', [x, c], [u], {});
    const v = b.activation('v', [1, 3]);
    b.op('MUL', [x, b.constFloat('c2', [3], [2, 3, 4])], [v], {});
    const s = b.activation('s', [1, 3]);
    b.op('SUB', [u, v], [s], {});
    b.outputs.push({ name: 's', tensor: s });
    const g = b.build('t');
    foldConstants(g);
    shareConstants(g);
    eliminateCommonSubexpressions(g);
    expect(types(g)).toEqual(['MUL', 'SUB']);
    expect(g.ops[1]!.inputs[0]).toBe(g.ops[1]!.inputs[1]);
  });

  it('removes dead ops and renumbers tensors densely, keeping signatures', () => {
    const { b, x, y } = fc();
    const unused = b.activation('unused', [1, 2]);
    b.op('TANH', [y], [unused]);
    b.constFloat('orphan', [1], [0]);
    b.outputs.push({ name: 'y', tensor: y });
    const g = b.build('t');
    removeDeadOps(g);
    compactTensors(g);
    expect(types(g)).toEqual(['FULLY_CONNECTED']);
    expect(g.tensors.map((t) => t.name)).toEqual(['x', 'w', 'b', 'y']);
    expect(g.tensors.every((t, i) => t.id === i)).toBe(true);
    expect(g.inputs[0]!.tensor).toBe(x);
    expect(g.outputs[0]!.tensor).toBe(3);
  });

  it('runs every pass in order and can skip named ones', () => {
    const { b, y } = fc();
    const r = b.activation('r', [1, 2]);
    b.op('RELU', [y], [r]);
    b.outputs.push({ name: 'r', tensor: r });
    expect(types(optimizeGraph(b.build('t'), ['fuse-activations']))).toEqual(['FULLY_CONNECTED', 'RELU']);
  });

  it('merges chained reshapes and drops reshapes that change nothing', () => {
    const b = new GraphBuilder();
    const x = b.activation('x', [1, 6]);
    b.inputs.push({ name: 'x', tensor: x });
    const a = b.activation('a', [1, 2, 3]);
    b.op('RESHAPE', [x, b.constInt32('s1', [1, 2, 3])], [a]);
    const c = b.activation('c', [1, 3, 2]);
    b.op('RESHAPE', [a, b.constInt32('s2', [1, 3, 2])], [c]);
    const d = b.activation('d', [1, 3, 2]);
    b.op('RESHAPE', [c, b.constInt32('s3', [1, 3, 2])], [d]);
    const e = b.activation('e', [1, 3, 2]);
    b.op('TANH', [d], [e]);
    b.outputs.push({ name: 'e', tensor: e });
    const g = optimizeGraph(b.build('t'));
    expect(types(g)).toEqual(['RESHAPE', 'TANH']);
    expect(g.ops[0]!.inputs[0]).toBe(g.inputs[0]!.tensor);
    expect(g.tensors[g.ops[0]!.outputs[0]!]!.shape).toEqual([1, 3, 2]);
  });

  it('drops a squeeze followed by an EXPAND_DIMS that restores the shape, unless it is an output', () => {
    const build = (exposeMiddle: boolean) => {
      const b = new GraphBuilder();
      const x = b.activation('x', [1, 1, 5, 3]);
      b.inputs.push({ name: 'x', tensor: x });
      const t = b.activation('t', [1, 1, 5, 3]);
      b.op('TANH', [x], [t]);
      const squeezed = b.activation('squeezed', [1, 5, 3]);
      b.op('RESHAPE', [t, b.constInt32('s', [1, 5, 3])], [squeezed]);
      const expanded = b.activation('expanded', [1, 1, 5, 3]);
      b.op('EXPAND_DIMS', [squeezed, b.constInt32('axis', [1], [])], [expanded]);
      const y = b.activation('y', [1, 1, 5, 3]);
      b.op('LOGISTIC', [expanded], [y]);
      b.outputs.push({ name: 'y', tensor: y });
      if (exposeMiddle) b.outputs.push({ name: 'squeezed', tensor: squeezed });
      return optimizeGraph(b.build('t'));
    };
    const g = build(false);
    expect(types(g)).toEqual(['TANH', 'LOGISTIC']);
    expect(g.ops[1]!.inputs[0]).toBe(g.ops[0]!.outputs[0]);
    expect(types(build(true))).toEqual(['TANH', 'RESHAPE', 'EXPAND_DIMS', 'LOGISTIC']);
  });
});
