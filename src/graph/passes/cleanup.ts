import type { Graph, Op, Tensor, TensorData } from '../ir.js';

/**
 * Final tidying: share identical constants, drop ops whose results nobody uses, drop tensors no op or
 * signature references, and renumber tensors densely in creation order (deterministic output).
 */
function constantKey(t: Tensor): string | undefined {
  if (!t.data) return undefined;
  const bytes = new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength);
  // A sampled hash (at most ~4096 bytes read): equal keys are confirmed byte by byte in sameData.
  const stride = Math.max(1, Math.floor(bytes.length / 4096));
  let hash = 2166136261;
  for (let i = 0; i < bytes.length; i += stride) hash = Math.imul(hash ^ bytes[i]!, 16777619);
  return `${t.dtype}|${t.shape.join(',')}|${bytes.length}|${hash >>> 0}`;
}

function sameData(a: TensorData, b: TensorData): boolean {
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

export function shareConstants(graph: Graph): void {
  const seen = new Map<string, Tensor[]>();
  const replace = new Map<number, number>();
  for (const t of graph.tensors) {
    const k = constantKey(t);
    if (!k) continue;
    const twin = (seen.get(k) ?? []).find((s) => sameData(s.data!, t.data!));
    if (twin) replace.set(t.id, twin.id);
    else seen.set(k, [...(seen.get(k) ?? []), t]);
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
