/**
 * Static statistics of a model graph, what Netron-like inspection and the size gate need:
 *  - params: elements of constant float tensors (weights, biases, also float16 ones) plus quantized integer
 *    constants; int32/int64 constants (shapes, axes, paddings) are not parameters.
 *  - constantBytesByDtype / weightBytes: bytes of every constant tensor, by dtype.
 *  - macs: multiply-accumulates of one inference (shapes as stored: batch 1 for a dynamic batch):
 *      CONV_2D            out_elems × kh × kw × cin        (filter [cout, kh, kw, cin])
 *      DEPTHWISE_CONV_2D  out_elems × kh × kw              (filter [1, kh, kw, cout])
 *      TRANSPOSE_CONV     in_elems × kh × kw × cout        (filter [cout, kh, kw, cin]; every input element
 *                                                           is scattered through the whole kernel)
 *      FULLY_CONNECTED    out_elems × in_features          (weights [units, in])
 *      BATCH_MATMUL       out_elems × K                    (K = contracted dim of the left operand)
 *      *_SEQUENCE_LSTM/RNN steps × batch × Σ(weight-matrix elements)  (input, recurrent and projection
 *                                                           matrices of each direction; gates' elementwise
 *                                                           work is not counted)
 *    Other ops count 0: they are elementwise or data movement.
 *  - arenaBytes: an estimate of TFLite's tensor arena for activations, planned like its ArenaPlanner with
 *    the greedy-by-size strategy: each non-constant tensor lives from the op that produces it (or the start,
 *    for inputs and state) to the last op that reads it (or the end, for outputs and state); tensors are
 *    placed largest first at the lowest 64-byte-aligned offset that overlaps no tensor alive at the same
 *    time; the arena is the highest end offset.
 */
import type { Graph, Op, Tensor } from '../graph/ir.js';
import { subgraphRuns } from './loop-trips.js';

export interface ModelStats {
  params: number;
  weightBytes: number;
  constantBytesByDtype: Record<string, number>;
  /** Number of tensors by dtype (constants and activations). */
  tensorsByDtype: Record<string, number>;
  /** Operator histogram, keys sorted. */
  ops: Record<string, number>;
  macs: number;
  macsByOp: Record<string, number>;
  arenaBytes: number;
}

const BYTES: Record<string, number> = { float32: 4, float16: 2, int32: 4, int64: 8, int8: 1, uint8: 1, bool: 1 };
const ARENA_ALIGNMENT = 64;

const elems = (t: Tensor | undefined): number => (t ? t.shape.reduce((a, d) => a * Math.max(d, 1), 1) : 0);
const dim = (t: Tensor | undefined, i: number): number => {
  if (!t) return 0;
  const d = t.shape[i < 0 ? t.shape.length + i : i];
  return d === undefined ? 0 : Math.max(d, 1);
};

type MacRule = (op: Op, t: (i: number) => Tensor | undefined, out: Tensor | undefined) => number;

function recurrentMacs(op: Op, t: (i: number) => Tensor | undefined, weightInputs: number[]): number {
  const input = t(op.inputs[0] ?? -1);
  const timeMajor = op.options?.time_major === true;
  const steps = dim(input, timeMajor ? 0 : 1);
  const batch = dim(input, timeMajor ? 1 : 0);
  const weights = weightInputs.reduce((s, i) => s + elems(t(op.inputs[i] ?? -1)), 0);
  return steps * batch * weights;
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

const MAC_RULES: Record<string, MacRule> = {
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
  UNIDIRECTIONAL_SEQUENCE_RNN: (op, t) => recurrentMacs(op, t, [1, 2]),
};

/** MACs of one op (0 for ops without a rule). */
function opMacs(op: Op, graph: Graph): number {
  const rule = MAC_RULES[op.type];
  if (!rule) return 0;
  const t = (i: number) => (i >= 0 ? graph.tensors[i] : undefined);
  return rule(op, t, t(op.outputs[0] ?? -1));
}

interface Lifetime { id: number; size: number; first: number; last: number }

function lifetimes(graph: Graph): Lifetime[] {
  const end = Math.max(graph.ops.length - 1, 0);
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  graph.ops.forEach((op, i) => {
    for (const id of op.outputs) if (!first.has(id)) first.set(id, i);
    for (const id of op.inputs) if (id >= 0) last.set(id, i);
  });
  const outputs = new Set(graph.outputs.map((o) => o.tensor));
  return graph.tensors
    .filter((t) => !t.data && (first.has(t.id) || last.has(t.id) || outputs.has(t.id)))
    .map((t) => {
      const start = first.get(t.id) ?? 0; // graph inputs and state tensors exist from the start
      const persistent = !first.has(t.id) && !graph.inputs.some((io) => io.tensor === t.id);
      const stop = outputs.has(t.id) || persistent ? end : Math.max(last.get(t.id) ?? start, start);
      return { id: t.id, size: elems(t) * (BYTES[t.dtype] ?? 4), first: start, last: stop };
    });
}

const align = (n: number) => Math.ceil(n / ARENA_ALIGNMENT) * ARENA_ALIGNMENT;

/** Peak arena bytes from a greedy-by-size placement of activation lifetimes (see the file comment). */
export function estimateArena(graph: Graph): number {
  const order = lifetimes(graph).sort((a, b) => b.size - a.size || a.first - b.first || a.id - b.id);
  const placed: (Lifetime & { offset: number })[] = [];
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

function sortedCounts(keys: string[], weight: (i: number) => number = () => 1): Record<string, number> {
  const out: Record<string, number> = {};
  keys.forEach((k, i) => { out[k] = (out[k] ?? 0) + weight(i); });
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const isParam = (t: Tensor) => Boolean(t.data) && (t.dtype === 'float32' || t.dtype === 'float16' || Boolean(t.quantization));

/**
 * Statistics of the whole model: tensors and ops of every subgraph (WHILE bodies too), MACs of a loop body
 * times its iterations (loop-trips.ts); the arena is the main subgraph's.
 */
export function modelStats(graph: Graph): ModelStats {
  const runs = subgraphRuns(graph);
  const parts = [{ graph, runs: 1 }, ...(graph.subgraphs ?? []).map((sg, k): { graph: Graph; runs: number } => ({
    graph: { ...graph, tensors: sg.tensors, ops: sg.ops, inputs: [], outputs: [], subgraphs: [] }, runs: runs[k] ?? 0,
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
    arenaBytes: estimateArena(graph),
  };
}
