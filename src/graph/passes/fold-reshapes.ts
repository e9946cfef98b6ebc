import type { Graph, Op } from '../ir.js';
import { consumers, onlyFeeds, producers, removeOps } from './util.js';

/**
 * RESHAPE of a RESHAPE is one RESHAPE (the last one's shape wins); a RESHAPE to the shape its input already
 * has is dropped when its output is not a model output.
 */
export function foldReshapes(graph: Graph): void {
  const uses = consumers(graph);
  const made = producers(graph);
  for (const op of graph.ops) {
    if (op.type !== 'RESHAPE') continue;
    const inner = made.get(op.inputs[0]!);
    if (inner?.type === 'RESHAPE' && onlyFeeds(graph, uses, op.inputs[0]!, op)) op.inputs[0] = inner.inputs[0]!;
  }
  const dead = new Set<Op>();
  const replace = new Map<number, number>();
  for (const op of graph.ops) {
    op.inputs = op.inputs.map((id) => replace.get(id) ?? id);
    if (op.type !== 'RESHAPE') continue;
    const [x, y] = [graph.tensors[op.inputs[0]!]!, graph.tensors[op.outputs[0]!]!];
    const same = x.shape.length === y.shape.length && x.shape.every((d, i) => d === y.shape[i]);
    if (same && !graph.outputs.some((o) => o.tensor === y.id) && x.data === undefined) {
      replace.set(y.id, x.id);
      dead.add(op);
    }
  }
  removeOps(graph, dead);
}
