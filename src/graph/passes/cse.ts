import type { Graph, Op } from '../ir.js';
import { isGraphOutput, removeOps } from './util.js';

/**
 * Common-subexpression elimination: an op with the same type, inputs and options as an earlier op is
 * dropped and its consumers read the earlier result (e.g. hard_swish and hard_silu of one tensor).
 * Run after shareConstants so equal constants are the same tensor.
 */
function signature(op: Op): string {
  const options = op.options ? Object.keys(op.options).sort().map((k) => `${k}=${JSON.stringify(op.options![k])}`).join(',') : '';
  return `${op.type}(${op.inputs.join(',')})[${options}]#${op.outputs.length}`;
}

export function eliminateCommonSubexpressions(graph: Graph): void {
  for (;;) {
    const seen = new Map<string, Op>();
    const replace = new Map<number, number>();
    const dead = new Set<Op>();
    for (const op of graph.ops) {
      op.inputs = op.inputs.map((id) => replace.get(id) ?? id);
      const key = signature(op);
      const twin = seen.get(key);
      if (!twin || op.outputs.some((id) => isGraphOutput(graph, id))) {
        if (!twin) seen.set(key, op);
        continue;
      }
      op.outputs.forEach((id, i) => replace.set(id, twin.outputs[i]!));
      dead.add(op);
    }
    if (dead.size === 0) return;
    removeOps(graph, dead);
  }
}
