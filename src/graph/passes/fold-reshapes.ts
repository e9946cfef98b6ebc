import type { Graph, Op } from '../ir.js';
import { consumers, isGraphOutput, onlyFeeds, producers, removeOps } from './util.js';

/**
 * Shape-only ops (RESHAPE, EXPAND_DIMS, SQUEEZE) in a row: a RESHAPE of a RESHAPE reads the first input
 * directly; a chain that ends in the shape it started from (a 1-D layer's squeeze followed by the next 1-D
 * layer's EXPAND_DIMS) disappears. Model outputs are never rewired.
 */
const SHAPE_ONLY = new Set(['RESHAPE', 'EXPAND_DIMS', 'SQUEEZE']);

const sameShape = (a: number[], b: number[]) => a.length === b.length && a.every((d, i) => d === b[i]);

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
    if (!SHAPE_ONLY.has(op.type) || isGraphOutput(graph, op.outputs[0]!)) continue;
    const source = chainSource(graph, uses, made, op);
    const out = graph.tensors[op.outputs[0]!]!;
    if (source !== undefined && sameShape(graph.tensors[source]!.shape, out.shape)) {
      replace.set(out.id, source);
      dead.add(op);
    }
  }
  removeOps(graph, dead);
}

/** The activation at the start of the chain of shape-only ops ending in `op` (each link used only by the next). */
function chainSource(graph: Graph, uses: Map<number, Op[]>, made: Map<number, Op>, op: Op): number | undefined {
  let current = op;
  let input = current.inputs[0]!;
  for (;;) {
    const before = made.get(input);
    if (!before || !SHAPE_ONLY.has(before.type) || !onlyFeeds(graph, uses, input, current)) break;
    current = before;
    input = current.inputs[0]!;
  }
  return graph.tensors[input]?.data === undefined ? input : undefined;
}
