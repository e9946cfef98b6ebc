import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);

// src/util/same-bytes.ts
var SAMPLED_WORDS = 64;
function sampleHash(bytes) {
  if (bytes.byteOffset % 4 !== 0 || bytes.length < 4 * SAMPLED_WORDS) return hashBytes(bytes);
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
  const stride = Math.floor(words.length / SAMPLED_WORDS);
  let h = 2166136261;
  for (let i = 0; i < words.length; i += stride) h = Math.imul(h ^ words[i], 16777619);
  return Math.imul(h ^ words[words.length - 1], 16777619) >>> 0;
}
function hashBytes(bytes) {
  let h = 2166136261;
  if (bytes.byteOffset % 4 === 0 && bytes.length % 4 === 0) {
    const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
    for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 16777619);
  } else {
    for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 16777619);
  }
  return h >>> 0;
}
function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function findSameBytes(candidates, entry) {
  if (!candidates || candidates.length === 0) return void 0;
  const sample = entry.sample ??= sampleHash(entry.bytes);
  return candidates.find((c) => (c.sample ??= sampleHash(c.bytes)) === sample && (c.hash ??= hashBytes(c.bytes)) === (entry.hash ??= hashBytes(entry.bytes)) && sameBytes(c.bytes, entry.bytes));
}

// src/graph/passes/cleanup.ts
function shareConstants(graph) {
  const seen = /* @__PURE__ */ new Map();
  const replace = /* @__PURE__ */ new Map();
  for (const t of graph.tensors) {
    if (!t.data) continue;
    const entry = { id: t.id, bytes: new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength) };
    const key = `${t.dtype}|${t.shape.join(",")}|${entry.bytes.length}`;
    const group = seen.get(key);
    const twin = findSameBytes(group, entry);
    if (twin) replace.set(t.id, twin.id);
    else if (group) group.push(entry);
    else seen.set(key, [entry]);
  }
  for (const op of graph.ops) op.inputs = op.inputs.map((id) => replace.get(id) ?? id);
}
function removeDeadOps(graph) {
  for (; ; ) {
    const used = new Set(graph.outputs.map((o) => o.tensor));
    for (const op of graph.ops) op.inputs.forEach((id) => used.add(id));
    const live = graph.ops.filter((op) => op.outputs.some((id) => used.has(id)));
    if (live.length === graph.ops.length) return;
    graph.ops = live;
  }
}
function compactTensors(graph) {
  const used = /* @__PURE__ */ new Set();
  graph.inputs.forEach((io) => used.add(io.tensor));
  graph.outputs.forEach((io) => used.add(io.tensor));
  for (const op of graph.ops) [...op.inputs, ...op.outputs].forEach((id) => id >= 0 && used.add(id));
  const remap = /* @__PURE__ */ new Map();
  const kept = [];
  for (const t of graph.tensors) {
    if (!used.has(t.id)) continue;
    remap.set(t.id, kept.length);
    kept.push({ ...t, id: kept.length });
  }
  const map = (id) => id < 0 ? id : remap.get(id);
  graph.tensors = kept;
  for (const op of graph.ops) {
    op.inputs = op.inputs.map(map);
    op.outputs = op.outputs.map(map);
  }
  graph.inputs = graph.inputs.map((io) => ({ ...io, tensor: map(io.tensor) }));
  graph.outputs = graph.outputs.map((io) => ({ ...io, tensor: map(io.tensor) }));
}

export {
  findSameBytes,
  shareConstants,
  removeDeadOps,
  compactTensors
};
