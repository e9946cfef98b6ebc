/**
 * Calibration, the pure half: a build of the float model that hands back, for every float activation, partial
 * maxima of the tensor and of its negation computed in the graph (we write the flatbuffer, so every intermediate
 * tensor can be reduced where it is made), and the per-tensor ranges from the per-sample minima and maxima the
 * runtime measured on it (global min/max over the samples, as TF's calibrator keeps them), with a stability
 * check: ranges of two disjoint halves of the calibration set that differ by more than 20% of the full range mean
 * the set is too small or not representative.
 */
import { withBatch } from '../graph/batch.js';
import type { Graph, Op } from '../graph/ir.js';
import type { Range } from './numerics.js';
import { ReductionBuild } from './reduce.js';

/**
 * A build whose one output holds, for tensor i, `sizes[i]` partial maxima of it, then as many of its negation;
 * it runs `batch` samples per invoke, and each tensor's maxima are sample after sample (sizes[i] / batch each).
 */
export interface RangesBuild {
  graph: Graph;
  /** Tensor ids of the original graph, in the order they sit in the output. */
  tensors: number[];
  sizes: number[];
  batch: number;
}

/**
 * `graph` with, for each float32 tensor of `ids`, MAX_POOL_2D over its H×W and NEG then MAX_POOL_2D (see
 * reduce.ts), each right after the op that makes the tensor, so the tensor dies there and the runtime reuses its
 * memory. The runtime finishes the reduction over a few values per tensor (rangeStats). EfficientNetB0 at 96×96
 * (259 tensors, 4.1 M values a sample): 9 ms a sample, against 13 ms for the tensors copied out whole and scanned
 * in JS, and 24 ms with one output per tensor. `batch`: the samples `graph` runs per invoke (graph/batch.ts).
 */
export function rangesGraph(graph: Graph, ids: number[], batch = 1): RangesBuild {
  if (ids.length === 0) return { graph: { ...graph, outputs: [] }, tensors: [], sizes: [], batch };
  const build = new ReductionBuild(graph);
  const reductions = new Map<number, Op[]>();
  const sizes = ids.map((id, i) => {
    const ops: Op[] = [];
    reductions.set(id, ops);
    const negated = build.floatLike(id, `ranges/${i}/neg`);
    ops.push({ type: 'NEG', inputs: [id], outputs: [negated] });
    const size = build.reduce(id, 'MAX_POOL_2D', `ranges/${i}/max`, ops, batch);
    build.reduce(negated, 'MAX_POOL_2D', `ranges/${i}/negmin`, ops, batch);
    return size;
  });
  const produced = new Set(graph.ops.flatMap((op) => op.outputs));
  const ops: Op[] = ids.filter((id) => !produced.has(id)).flatMap((id) => reductions.get(id)!);
  for (const op of graph.ops) ops.push(op, ...op.outputs.flatMap((id) => reductions.get(id) ?? []));
  return { graph: build.build(graph, ops), tensors: [...ids], sizes, batch };
}

/**
 * The most samples a calibration invoke runs (fewer when the set is smaller or a tensor would get large). Measured
 * per sample, batch 1 / 2 / 4 / 8: EfficientNetB0-96 9.4 / 8.7 / 8.6 / 9.0 ms, MobileNetV2-96 1.23 / 1.19 / 1.17 /
 * 1.15 ms (past 4, the larger activations cost what the weights read once save).
 */
export const CALIBRATION_BATCH = 4; // a power of two (halved down to 2)
/**
 * Values of the largest activation times the batch, at most (4 MB of float32): past it the larger activations cost
 * more than the weights read once save (MobileNetV2 at 224×224, 1.2 M values: 21.5 ms a sample at batch 1, 22.9 at 4).
 */
const BATCH_ELEMENTS = 1024 * 1024;

/**
 * The ranges build (see rangesGraph) of every float32 activation of the float graph (model inputs included), in
 * tensor order, at the largest batch up to `maxBatch` the graph runs at unchanged per sample (graph/batch.ts).
 */
export function calibrationGraph(graph: Graph, maxBatch = CALIBRATION_BATCH): RangesBuild {
  const produced = new Set(graph.ops.flatMap((op) => op.outputs));
  const wanted = graph.tensors.filter((t) => t.dtype === 'float32' && !t.data && !t.shape.includes(0) && (produced.has(t.id) || graph.inputs.some((io) => io.tensor === t.id)));
  const largest = graph.tensors.reduce((m, t) => (t.data ? m : Math.max(m, t.shape.reduce((a, b) => a * b, 1))), 1);
  for (let batch = CALIBRATION_BATCH; batch >= 2; batch /= 2) {
    const batched = batch <= maxBatch && largest * batch <= BATCH_ELEMENTS ? withBatch(graph, batch) : undefined;
    if (batched) return rangesGraph(batched, wanted.map((t) => t.id), batch);
  }
  return rangesGraph(graph, wanted.map((t) => t.id));
}

export interface CalibrationRanges {
  /** Calibrated range of each tensor id. */
  ranges: Map<number, Range>;
  samples: number;
  /** Tensors whose ranges over the two halves of the samples differ by more than `UNSTABLE_SHARE` of the full range. */
  unstable: { tensor: number; name: string; difference: number }[];
}

export const UNSTABLE_SHARE = 0.2;

function rangeOver(stats: Float32Array, outputs: number, o: number, from: number, to: number): Range {
  let min = Infinity;
  let max = -Infinity;
  for (let s = from; s < to; s++) {
    const at = (s * outputs + o) * 2;
    min = Math.min(min, stats[at]!);
    max = Math.max(max, stats[at + 1]!);
  }
  return { min, max };
}

/** Ranges of each tensor from per-sample [min, max] pairs (layout of rangeStats in src/runtime/predict.ts). */
export function collectRanges(stats: Float32Array, samples: number, tensors: number[], names: (id: number) => string = (id) => `tensor ${id}`): CalibrationRanges {
  const ranges = new Map<number, Range>();
  const unstable: CalibrationRanges['unstable'] = [];
  const half = Math.floor(samples / 2);
  tensors.forEach((tensor, o) => {
    const all = rangeOver(stats, tensors.length, o, 0, samples);
    if (!Number.isFinite(all.min) || !Number.isFinite(all.max)) return;
    ranges.set(tensor, all);
    if (half < 1) return;
    const a = rangeOver(stats, tensors.length, o, 0, half);
    const b = rangeOver(stats, tensors.length, o, half, samples);
    const width = Math.max(all.max, 0) - Math.min(all.min, 0);
    const difference = width > 0 ? Math.max(Math.abs(a.min - b.min), Math.abs(a.max - b.max)) / width : 0;
    if (difference > UNSTABLE_SHARE) unstable.push({ tensor, name: names(tensor), difference });
  });
  return { ranges, samples, unstable };
}
