import type { Graph, Op, Tensor } from '../ir.js';
import { findSameBytes, type HashedBytes } from '../../util/same-bytes.js';

/**
 * Final tidying: share identical constants, drop ops whose results nobody uses, drop tensors no op or
 * signature references, and renumber tensors densely in creation order (deterministic output).
 */
interface Constant extends HashedBytes {
  id: number;
}

/**
 * Every constant whose data equals an earlier constant's (same dtype and shape) is replaced by that earlier one.
 * Constants are grouped by dtype and shape; contents are hashed only within a group of more than one.
 */
export function shareConstants(graph: Graph): void {
  const seen = new Map<string, Constant[]>();
  const replace = new Map<number, number>();
  for (const t of graph.tensors) {
    if (!t.data) continue;
    const entry: Constant = { id: t.id, bytes: new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength) };
    const key = `${t.dtype}|${t.shape.join(',')}|${entry.bytes.length}`;
    const group = seen.get(key);
    const twin = findSameBytes(group, entry);
    if (twin) replace.set(t.id, twin.id);
    else if (group) group.push(entry);
    else seen.set(key, [entry]);
  }
  for (const op of graph.ops) op.inputs = op.inputs.map((id) => replace.get(id) ?? id);
}

export function removeDeadOps(graph: Graph): void {
  for (;;) {
    const used = new Set<number>(graph.outputs.map((o) => o.tensor));
    for (const op of graph.ops) op.inputs.forEach((id) => used.add(id));
    const live = graph.ops.filter((op: Op) => op.outputs.some((id) => used.has(id)));
    if (live.length === graph.ops.length) return;
    graph.ops = live;
  }
}

export function compactTensors(graph: Graph): void {
  const used = new Set<number>();
  graph.inputs.forEach((io) => used.add(io.tensor));
  graph.outputs.forEach((io) => used.add(io.tensor));
  for (const op of graph.ops) [...op.inputs, ...op.outputs].forEach((id) => id >= 0 && used.add(id));
  const remap = new Map<number, number>();
  const kept: Tensor[] = [];
  for (const t of graph.tensors) {
    if (!used.has(t.id)) continue;
    remap.set(t.id, kept.length);
    kept.push({ ...t, id: kept.length });
  }
  const map = (id: number) => (id < 0 ? id : remap.get(id)!);
  graph.tensors = kept;
  for (const op of graph.ops) {
    op.inputs = op.inputs.map(map);
    op.outputs = op.outputs.map(map);
  }
  graph.inputs = graph.inputs.map((io) => ({ ...io, tensor: map(io.tensor) }));
  graph.outputs = graph.outputs.map((io) => ({ ...io, tensor: map(io.tensor) }));
}
