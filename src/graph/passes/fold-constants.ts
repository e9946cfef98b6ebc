import type { Graph, Op, Tensor } from '../ir.js';
import { isConstFloat, removeOps } from './util.js';

/**
 * Constant folding: ops whose inputs are all constants are evaluated now and replaced by their result
 * (float32 elementwise arithmetic with scalar or same-shape operands, NEG, RESHAPE).
 */
const BINARY: Record<string, (a: number, b: number) => number> = {
  ADD: (a, b) => a + b,
  SUB: (a, b) => a - b,
  MUL: (a, b) => a * b,
  DIV: (a, b) => a / b,
  MAXIMUM: (a, b) => Math.max(a, b),
  MINIMUM: (a, b) => Math.min(a, b),
};

function evaluate(op: Op, args: Tensor[], out: Tensor): Float32Array | undefined {
  const [a, b] = args;
  if (op.type === 'RESHAPE' && isConstFloat(a)) return a.data.slice();
  if (op.type === 'NEG' && isConstFloat(a)) return a.data.map((v) => -v);
  const f = BINARY[op.type];
  if (!f || !isConstFloat(a) || !isConstFloat(b) || (op.options?.fused_activation_function ?? 'NONE') !== 'NONE') return undefined;
  const n = out.shape.reduce((x, y) => x * y, 1);
  if ((a.data.length !== n && a.data.length !== 1) || (b.data.length !== n && b.data.length !== 1)) return undefined;
  const result = new Float32Array(n);
  for (let i = 0; i < n; i++) result[i] = f(a.data[a.data.length === 1 ? 0 : i]!, b.data[b.data.length === 1 ? 0 : i]!);
  return result;
}

export function foldConstants(graph: Graph): void {
  const dead = new Set<Op>();
  for (const op of graph.ops) {
    if (op.outputs.length !== 1 || op.inputs.length === 0) continue;
    const args = op.inputs.map((id) => graph.tensors[id]);
    if (args.some((t) => !t || t.data === undefined)) continue;
    const out = graph.tensors[op.outputs[0]!]!;
    if (out.dtype !== 'float32' || graph.outputs.some((o) => o.tensor === out.id)) continue;
    const data = evaluate(op, args as Tensor[], out);
    if (!data) continue;
    out.data = data;
    dead.add(op);
  }
  removeOps(graph, dead);
}
