import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);

// src/metrics/loop-trips.ts
function constantLimit(cond) {
  const less = cond?.ops.find((op) => op.type === "LESS");
  const limit = less ? cond.tensors[less.inputs[1] ?? -1] : void 0;
  const value = limit?.data && limit.data.length === 1 ? Number(limit.data[0]) : void 0;
  return value !== void 0 && value > 0 ? value : void 0;
}
function subgraphRuns(graph) {
  const subgraphs = graph.subgraphs ?? [];
  const runs = subgraphs.map(() => 0);
  const visit = (ops, times, depth) => {
    if (depth > subgraphs.length) return;
    for (const op of ops.filter((o) => o.type === "WHILE")) {
      const body = Number(op.options?.body_subgraph_index ?? 0) - 1;
      const cond = Number(op.options?.cond_subgraph_index ?? 0) - 1;
      const trips = constantLimit(subgraphs[cond]) ?? 1;
      if (subgraphs[body]) {
        runs[body] += times * trips;
        visit(subgraphs[body].ops, times * trips, depth + 1);
      }
    }
  };
  visit(graph.ops, 1, 0);
  return runs;
}

// src/metrics/model-stats.ts
var BYTES = { float32: 4, float16: 2, int32: 4, int64: 8, int8: 1, uint8: 1, bool: 1 };
var ARENA_ALIGNMENT = 64;
var elems = (t) => t ? t.shape.reduce((a, d) => a * Math.max(d, 1), 1) : 0;
var dim = (t, i) => {
  if (!t) return 0;
  const d = t.shape[i < 0 ? t.shape.length + i : i];
  return d === void 0 ? 0 : Math.max(d, 1);
};
function recurrentMacs(op, t, weightInputs) {
  const input = t(op.inputs[0] ?? -1);
  const timeMajor = op.options?.time_major === true;
  const steps = dim(input, timeMajor ? 0 : 1);
  const batch = dim(input, timeMajor ? 1 : 0);
  const weights = weightInputs.reduce((s, i) => s + elems(t(op.inputs[i] ?? -1)), 0);
  return steps * batch * weights;
}
var range = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
var MAC_RULES = {
  CONV_2D: (op, t, out) => elems(out) * dim(t(op.inputs[1] ?? -1), 1) * dim(t(op.inputs[1] ?? -1), 2) * dim(t(op.inputs[1] ?? -1), 3),
  DEPTHWISE_CONV_2D: (op, t, out) => elems(out) * dim(t(op.inputs[1] ?? -1), 1) * dim(t(op.inputs[1] ?? -1), 2),
  TRANSPOSE_CONV: (op, t) => {
    const w = t(op.inputs[1] ?? -1);
    return elems(t(op.inputs[2] ?? -1)) * dim(w, 0) * dim(w, 1) * dim(w, 2);
  },
  FULLY_CONNECTED: (op, t, out) => elems(out) * dim(t(op.inputs[1] ?? -1), -1),
  BATCH_MATMUL: (op, t, out) => elems(out) * dim(t(op.inputs[0] ?? -1), op.options?.adj_x === true ? -2 : -1),
  UNIDIRECTIONAL_SEQUENCE_LSTM: (op, t) => recurrentMacs(op, t, [...range(1, 8), 16]),
  BIDIRECTIONAL_SEQUENCE_LSTM: (op, t) => recurrentMacs(op, t, [...range(1, 8), 16, ...range(18, 25), 33]),
  UNIDIRECTIONAL_SEQUENCE_RNN: (op, t) => recurrentMacs(op, t, [1, 2])
};
function opMacs(op, graph) {
  const rule = MAC_RULES[op.type];
  if (!rule) return 0;
  const t = (i) => i >= 0 ? graph.tensors[i] : void 0;
  return rule(op, t, t(op.outputs[0] ?? -1));
}
function lifetimes(graph) {
  const end = Math.max(graph.ops.length - 1, 0);
  const first = /* @__PURE__ */ new Map();
  const last = /* @__PURE__ */ new Map();
  graph.ops.forEach((op, i) => {
    for (const id of op.outputs) if (!first.has(id)) first.set(id, i);
    for (const id of op.inputs) if (id >= 0) last.set(id, i);
  });
  const outputs = new Set(graph.outputs.map((o) => o.tensor));
  return graph.tensors.filter((t) => !t.data && (first.has(t.id) || last.has(t.id) || outputs.has(t.id))).map((t) => {
    const start = first.get(t.id) ?? 0;
    const persistent = !first.has(t.id) && !graph.inputs.some((io) => io.tensor === t.id);
    const stop = outputs.has(t.id) || persistent ? end : Math.max(last.get(t.id) ?? start, start);
    return { id: t.id, size: elems(t) * (BYTES[t.dtype] ?? 4), first: start, last: stop };
  });
}
var align = (n) => Math.ceil(n / ARENA_ALIGNMENT) * ARENA_ALIGNMENT;
function estimateArena(graph) {
  const order = lifetimes(graph).sort((a, b) => b.size - a.size || a.first - b.first || a.id - b.id);
  const placed = [];
  let arena = 0;
  for (const t of order) {
    const overlapping = placed.filter((p) => p.first <= t.last && t.first <= p.last).sort((a, b) => a.offset - b.offset);
    let offset = 0;
    for (const p of overlapping) {
      if (offset + t.size <= p.offset) break;
      offset = Math.max(offset, align(p.offset + p.size));
    }
    placed.push({ ...t, offset });
    arena = Math.max(arena, offset + t.size);
  }
  return align(arena);
}
function sortedCounts(keys, weight = () => 1) {
  const out = {};
  keys.forEach((k, i) => {
    out[k] = (out[k] ?? 0) + weight(i);
  });
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
var isParam = (t) => Boolean(t.data) && (t.dtype === "float32" || t.dtype === "float16" || Boolean(t.quantization));
function modelStats(graph) {
  const runs = subgraphRuns(graph);
  const parts = [{ graph, runs: 1 }, ...(graph.subgraphs ?? []).map((sg, k) => ({
    graph: { ...graph, tensors: sg.tensors, ops: sg.ops, inputs: [], outputs: [], subgraphs: [] },
    runs: runs[k] ?? 0
  }))];
  const tensors = parts.flatMap((p) => p.graph.tensors);
  const ops = parts.flatMap((p) => p.graph.ops);
  const constants = tensors.filter((t) => t.data);
  const constantBytesByDtype = sortedCounts(constants.map((t) => t.dtype), (i) => constants[i]?.data?.byteLength ?? 0);
  const macsPerOp = parts.flatMap((p) => p.graph.ops.map((op) => opMacs(op, p.graph) * p.runs));
  const macsByOp = Object.fromEntries(Object.entries(sortedCounts(ops.map((op) => op.type), (i) => macsPerOp[i] ?? 0)).filter(([, v]) => v > 0));
  return {
    params: tensors.filter(isParam).reduce((s, t) => s + (t.data?.length ?? 0), 0),
    weightBytes: Object.values(constantBytesByDtype).reduce((a, b) => a + b, 0),
    constantBytesByDtype,
    tensorsByDtype: sortedCounts(tensors.map((t) => t.dtype)),
    ops: sortedCounts(ops.map((op) => op.type)),
    macs: macsPerOp.reduce((a, b) => a + b, 0),
    macsByOp,
    arenaBytes: estimateArena(graph)
  };
}

export {
  estimateArena,
  modelStats
};
