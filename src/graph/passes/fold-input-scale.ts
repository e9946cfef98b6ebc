import type { Graph, Op } from '../ir.js';
import { addConstant, consumers, isConstFloat, isGraphOutput, removeOps } from './util.js';

/**
 * x * c (c a scalar constant) feeding only convolutions / fully-connected ops: the scale moves into their
 * filters (they are linear in the input and zero padding stays zero), as the converter does for Rescaling.
 */
const LINEAR = new Set(['CONV_2D', 'DEPTHWISE_CONV_2D', 'FULLY_CONNECTED']);

function scalarOf(graph: Graph, op: Op): { x: number; c: number } | undefined {
  if (op.type !== 'MUL' || (op.options?.fused_activation_function ?? 'NONE') !== 'NONE') return undefined;
  for (const [xi, ci] of [[0, 1], [1, 0]] as const) {
    const c = graph.tensors[op.inputs[ci]!];
    const x = graph.tensors[op.inputs[xi]!];
    if (isConstFloat(c) && c.data.length === 1 && x && x.data === undefined) return { x: x.id, c: c.data[0]! };
  }
  return undefined;
}

export function foldInputScale(graph: Graph): void {
  const uses = consumers(graph);
  const dead = new Set<Op>();
  for (const op of graph.ops) {
    const s = scalarOf(graph, op);
    const y = op.outputs[0]!;
    const readers = uses.get(y) ?? [];
    if (!s || readers.length === 0 || isGraphOutput(graph, y)) continue;
    if (!readers.every((r) => LINEAR.has(r.type) && r.inputs[0] === y && r.inputs.indexOf(y, 1) === -1)) continue;
    if (!readers.every((r) => isConstFloat(graph.tensors[r.inputs[1]!]))) continue;
    for (const r of readers) {
      const w = graph.tensors[r.inputs[1]!] as { name: string; shape: number[]; data: Float32Array };
      r.inputs[1] = addConstant(graph, w.name, w.shape, w.data.map((v) => v * s.c));
      r.inputs[0] = s.x;
    }
    dead.add(op);
  }
  removeOps(graph, dead);
}
