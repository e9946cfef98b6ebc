/**
 * How often each subgraph of a model runs per inference, for statistics that add up work (MACs): a WHILE
 * body runs as often as its condition `i < N` lets it, N read from the condition's constant operand of LESS
 * (as tflite-gate and the TFLite converter write recurrent loops); 1 when that cannot be read (then MACs
 * count one iteration). A condition runs once more than its body; it holds no MACs, so that is not counted.
 */
import type { Graph, Subgraph } from '../graph/ir.js';

function constantLimit(cond: Subgraph | undefined): number | undefined {
  const less = cond?.ops.find((op) => op.type === 'LESS');
  const limit = less ? cond!.tensors[less.inputs[1] ?? -1] : undefined;
  const value = limit?.data && limit.data.length === 1 ? Number(limit.data[0]) : undefined;
  return value !== undefined && value > 0 ? value : undefined;
}

/** Runs per inference of graph.subgraphs[k] (file subgraph k + 1), the caller's count times the loop's trips. */
export function subgraphRuns(graph: Graph): number[] {
  const subgraphs = graph.subgraphs ?? [];
  const runs = subgraphs.map(() => 0);
  const visit = (ops: Graph['ops'], times: number, depth: number) => {
    if (depth > subgraphs.length) return; // a malformed file that loops back on itself
    for (const op of ops.filter((o) => o.type === 'WHILE')) {
      const body = Number(op.options?.body_subgraph_index ?? 0) - 1;
      const cond = Number(op.options?.cond_subgraph_index ?? 0) - 1;
      const trips = constantLimit(subgraphs[cond]) ?? 1;
      if (subgraphs[body]) {
        runs[body]! += times * trips;
        visit(subgraphs[body].ops, times * trips, depth + 1);
      }
    }
  };
  visit(graph.ops, 1, 0);
  return runs;
}
