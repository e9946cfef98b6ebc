import type { Graph, Op, Tensor } from '../ir.js';

/** Lookups the passes share: who consumes a tensor, who produces it, whether it leaves the graph. */
export function consumers(graph: Graph): Map<number, Op[]> {
  const map = new Map<number, Op[]>();
  for (const op of graph.ops) {
    for (const id of op.inputs) {
      if (id < 0) continue;
      const list = map.get(id) ?? [];
      if (!list.includes(op)) list.push(op);
      map.set(id, list);
    }
  }
  return map;
}

export function producers(graph: Graph): Map<number, Op> {
  const map = new Map<number, Op>();
  for (const op of graph.ops) for (const id of op.outputs) map.set(id, op);
  return map;
}

export function isGraphOutput(graph: Graph, id: number): boolean {
  return graph.outputs.some((o) => o.tensor === id);
}

/** True when `id` feeds exactly one op (`op`) and is not a model output: it may be rewritten away. */
export function onlyFeeds(graph: Graph, uses: Map<number, Op[]>, id: number, op: Op): boolean {
  const list = uses.get(id) ?? [];
  return list.length === 1 && list[0] === op && !isGraphOutput(graph, id) && op.inputs.filter((i) => i === id).length === 1;
}

export function isConstFloat(t: Tensor | undefined): t is Tensor & { data: Float32Array } {
  return !!t && t.dtype === 'float32' && t.data instanceof Float32Array;
}

/** Add a constant tensor to the graph (passes create new weights instead of mutating shared ones). */
export function addConstant(graph: Graph, name: string, shape: number[], data: Float32Array): number {
  const id = graph.tensors.length;
  graph.tensors.push({ id, name, shape: [...shape], dtype: 'float32', data });
  return id;
}

export function removeOps(graph: Graph, dead: Set<Op>): void {
  if (dead.size > 0) graph.ops = graph.ops.filter((op) => !dead.has(op));
}

export const activationOf = (op: Op): string => String(op.options?.fused_activation_function ?? 'NONE');
