/**
 * A copy of a Graph that the quantization passes edit: tensors are copied (the input graph is never
 * modified), new tensors get unique names, and the ops are rebuilt in order with inserted QUANTIZE /
 * DEQUANTIZE ops. Pure.
 */
import type { Graph, Op, Tensor } from '../graph/ir.js';

export class GraphEdit {
  readonly tensors: Tensor[];
  private readonly names: Set<string>;

  constructor(readonly source: Graph) {
    this.tensors = source.tensors.map((t) => ({ ...t, shape: [...t.shape] }));
    this.names = new Set(this.tensors.map((t) => t.name));
  }

  tensor(id: number): Tensor {
    const t = this.tensors[id];
    if (!t) throw new Error(`no tensor ${id}`);
    return t;
  }

  /** A new tensor like `like` (shape, signature), with its own unique name. */
  add(like: Tensor, suffix: string, changes: Partial<Omit<Tensor, 'id' | 'name'>>): number {
    const id = this.tensors.length;
    let name = `${like.name}${suffix}`;
    for (let i = 1; this.names.has(name); i++) name = `${like.name}${suffix}${i}`;
    this.names.add(name);
    const { data: _data, quantization: _q, ...rest } = like;
    this.tensors.push({ ...rest, shape: [...like.shape], ...changes, id, name });
    return id;
  }

  build(ops: Op[], io?: Pick<Graph, 'inputs' | 'outputs'>): Graph {
    return { ...this.source, tensors: this.tensors, ops, inputs: io?.inputs ?? this.source.inputs, outputs: io?.outputs ?? this.source.outputs };
  }
}

/** For each tensor id, the ops (index, input slot) that read it. */
export function consumers(graph: Graph): Map<number, { op: number; slot: number }[]> {
  const out = new Map<number, { op: number; slot: number }[]>();
  graph.ops.forEach((op, i) => op.inputs.forEach((id, slot) => {
    if (id < 0) return;
    const list = out.get(id) ?? [];
    list.push({ op: i, slot });
    out.set(id, list);
  }));
  return out;
}

/** The op index that writes each tensor. */
export function producers(graph: Graph): Map<number, number> {
  const out = new Map<number, number>();
  graph.ops.forEach((op, i) => op.outputs.forEach((id) => out.set(id, i)));
  return out;
}

/** A float32 activation: computed at run time (no data) and floating point. */
export const isFloatActivation = (t: Tensor | undefined): t is Tensor => t !== undefined && t.dtype === 'float32' && t.data === undefined;

/** A float32 constant. */
export const isFloatConstant = (t: Tensor | undefined): t is Tensor & { data: Float32Array } => t !== undefined && t.dtype === 'float32' && t.data instanceof Float32Array;

export const elementCount = (t: Tensor) => t.shape.reduce((a, b) => a * b, 1);

/** Where an op came from, for reports: "CONV_2D (conv1)". */
export const describeOp = (op: Op) => `${op.type}${op.origin ? ` (${op.origin})` : ''}`;
