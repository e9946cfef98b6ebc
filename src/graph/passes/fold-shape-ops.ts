import type { Graph, Op } from '../ir.js';
import { consumers, onlyFeeds, producers } from './util.js';

/**
 * Two more shape-only folds the TFLite converter makes (fold-reshapes.ts has the chains):
 *  - RESHAPE then EXPAND_DIMS or SQUEEZE (a Conv1D after a Reshape or UpSampling1D): one RESHAPE, its shape
 *    the first one's with the axis added or removed (a -1 batch stays -1);
 *  - RESHAPE to [B, K] in front of a FULLY_CONNECTED with K inputs (Flatten or Reshape before a Dense):
 *    dropped, FULLY_CONNECTED flattens any input to [elements / K, K] itself.
 * The RESHAPE left without readers goes with remove-dead-ops.
 */
function newShape(graph: Graph, op: Op, shape: number[]): number[] | undefined {
  const rank = shape.length;
  if (op.type === 'EXPAND_DIMS') {
    const axis = Number(graph.tensors[op.inputs[1] ?? -1]?.data?.[0]);
    if (!Number.isInteger(axis)) return undefined;
    const at = axis < 0 ? axis + rank + 1 : axis;
    return [...shape.slice(0, at), 1, ...shape.slice(at)];
  }
  const listed = (op.options?.squeeze_dims as number[] | undefined) ?? [];
  const outShape = graph.tensors[op.outputs[0]!]!.shape;
  if (listed.length === 0) return outShape.length === rank ? shape : undefined;
  const drop = new Set(listed.map((d) => (d < 0 ? d + rank : d)));
  return shape.filter((_, i) => !drop.has(i));
}

function mergeIntoReshape(graph: Graph, op: Op, inner: Op): void {
  const spec = graph.tensors[inner.inputs[1] ?? -1]?.data;
  if (!(spec instanceof Int32Array)) return;
  const shape = newShape(graph, op, Array.from(spec));
  if (!shape || shape.length !== graph.tensors[op.outputs[0]!]!.shape.length) return;
  const id = graph.tensors.length;
  graph.tensors.push({ id, name: `${graph.tensors[op.outputs[0]!]!.name}/shape`, shape: [shape.length], dtype: 'int32', data: Int32Array.from(shape) });
  op.type = 'RESHAPE';
  op.inputs = [inner.inputs[0]!, id];
  delete op.options;
}

export function foldShapeOps(graph: Graph): void {
  const uses = consumers(graph);
  const made = producers(graph);
  for (const op of graph.ops) {
    const inner = made.get(op.inputs[0] ?? -1);
    if (inner?.type !== 'RESHAPE' || !onlyFeeds(graph, uses, op.inputs[0]!, op)) continue;
    if (op.type === 'EXPAND_DIMS' || op.type === 'SQUEEZE') mergeIntoReshape(graph, op, inner);
    else if (op.type === 'FULLY_CONNECTED' && op.options?.keep_num_dims !== true) {
      const flat = graph.tensors[op.inputs[0]!]!.shape;
      const weights = graph.tensors[op.inputs[1] ?? -1];
      if (flat.length === 2 && weights?.shape.length === 2 && weights.shape[1] === flat[1]) op.inputs = [inner.inputs[0]!, ...op.inputs.slice(1)];
    }
  }
}
