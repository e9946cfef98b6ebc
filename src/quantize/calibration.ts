/**
 * Calibration, the pure half: a build of the float model that hands back, for every float activation, partial
 * maxima of the tensor and of its negation computed in the graph (we write the flatbuffer, so the runtime can
 * reduce every intermediate tensor where it is made), and the per-tensor ranges from the per-sample minima and
 * maxima the runtime measured on it (global min/max over the samples, as TF's calibrator keeps them), with a
 * stability check: ranges of two disjoint halves of the calibration set that differ by more than 20% of the
 * full range mean the set is too small or not representative. Also the exposed build the per-layer error
 * compares: chosen tensors whole, as one output.
 */
import type { Graph, Op, Tensor } from '../graph/ir.js';
import type { Range } from './numerics.js';

/** A build of a graph whose one output holds values of the listed tensors back to back. */
export interface ExposedBuild {
  graph: Graph;
  /** Tensor ids of the original graph, in the order they sit in the output. */
  tensors: number[];
  /** Values of each in the output, in the same order (exposeTensors: its elements; rangesGraph: its partial maxima, twice). */
  sizes: number[];
}

/** The name of the one output of an exposed build. */
export const EXPOSED_OUTPUT = 'exposed';

/**
 * `graph` with the tensors `ids` exposed as ONE output: each is flattened by a RESHAPE (a DEQUANTIZE first for
 * an int8/uint8 tensor: the runtime hands back real values) and the flat copies are concatenated. One output,
 * not one per tensor: LiteRT.js makes and binds a fresh buffer for every output on every run (~25 µs each,
 * measured), so 259 outputs made EfficientNetB0's calibration run 21 ms per sample against 8 ms for one.
 * The copies also matter: LiteRT.js's XNNPACK delegate leaves outputs that other ops also read unwritten.
 */
export function exposeTensors(graph: Graph, ids: number[]): ExposedBuild {
  const tensors: Tensor[] = [...graph.tensors];
  const ops: Op[] = [...graph.ops];
  const add = (t: Omit<Tensor, 'id'>) => tensors.push({ ...t, id: tensors.length }) - 1;
  const sizes = ids.map((id) => graph.tensors[id]!.shape.reduce((a, b) => a * b, 1));
  const flats = ids.map((id, i) => {
    const t = graph.tensors[id]!;
    let source = id;
    if (t.dtype !== 'float32') {
      source = add({ name: `exposed/${i}/real`, shape: [...t.shape], dtype: 'float32' });
      ops.push({ type: 'DEQUANTIZE', inputs: [id], outputs: [source] });
    }
    const shape = add({ name: `exposed/${i}/shape`, shape: [1], dtype: 'int32', data: Int32Array.from([sizes[i]!]) });
    const flat = add({ name: ids.length === 1 ? EXPOSED_OUTPUT : `exposed/${i}`, shape: [sizes[i]!], dtype: 'float32' });
    ops.push({ type: 'RESHAPE', inputs: [source, shape], outputs: [flat] });
    return flat;
  });
  let output = flats[0]!;
  if (ids.length > 1) {
    output = add({ name: EXPOSED_OUTPUT, shape: [sizes.reduce((a, b) => a + b, 0)], dtype: 'float32' });
    ops.push({ type: 'CONCATENATION', inputs: flats, outputs: [output], options: { axis: 0 } });
  }
  return { graph: { ...graph, tensors, ops, outputs: ids.length === 0 ? [] : [{ name: EXPOSED_OUTPUT, tensor: output }] }, tensors: [...ids], sizes };
}

/**
 * `graph` with, for each tensor of `ids` (float32), partial maxima of it and of its negation as ONE output: the
 * tensor viewed as [N, H, W, C] (rank 4 as it is, any other as [1, elements / C, 1, C] with C its last dimension)
 * goes through MAX_POOL_2D over H×W, and NEG then MAX_POOL_2D, so `sizes[i]` (N·C) maxima then as many maxima of
 * the negated values sit back to back for tensor i. The runtime finishes the reduction over a few values per
 * tensor (rangeStats): no intermediate tensor leaves the graph, and the pooling runs in XNNPACK. EfficientNetB0
 * at 96×96 (259 tensors, 4.1 M values a sample): 9.5 ms a sample, against 13 ms for the same tensors exposed
 * whole and scanned in JS, and 24 ms for one output per tensor.
 */
export function rangesGraph(graph: Graph, ids: number[]): ExposedBuild {
  if (ids.length === 0) return { graph: { ...graph, outputs: [] }, tensors: [], sizes: [] };
  const tensors: Tensor[] = [...graph.tensors];
  const add = (t: Omit<Tensor, 'id'>) => tensors.push({ ...t, id: tensors.length }) - 1;
  // each tensor's reduction runs right after the op that makes it, so the tensor dies there and the runtime
  // reuses its memory (reducing at the end kept every activation alive: 16 MB a sample for EfficientNetB0)
  const reductions = new Map<number, Op[]>();
  const parts: number[] = [];
  const sizes = ids.map((id, i) => {
    const t = graph.tensors[id]!;
    const ops: Op[] = [];
    reductions.set(id, ops);
    const elements = t.shape.reduce((a, b) => a * b, 1);
    const last = t.shape.length >= 2 ? t.shape[t.shape.length - 1]! : 1;
    const view = t.shape.length === 4 ? [...t.shape] : [1, elements / last, 1, last];
    let x = id;
    if (t.shape.length !== 4) {
      const shape = add({ name: `ranges/${i}/shape`, shape: [4], dtype: 'int32', data: Int32Array.from(view) });
      x = add({ name: `ranges/${i}/view`, shape: view, dtype: 'float32' });
      ops.push({ type: 'RESHAPE', inputs: [id, shape], outputs: [x] });
    }
    const negated = add({ name: `ranges/${i}/neg`, shape: view, dtype: 'float32' });
    ops.push({ type: 'NEG', inputs: [x], outputs: [negated] });
    const [n, h, w, c] = view as [number, number, number, number];
    for (const [source, kind] of [[x, 'max'], [negated, 'negmin']] as const) {
      const pooled = add({ name: `ranges/${i}/${kind}`, shape: [n, 1, 1, c], dtype: 'float32' });
      ops.push({ type: 'MAX_POOL_2D', inputs: [source], outputs: [pooled], options: { padding: 'VALID', stride_w: 1, stride_h: 1, filter_width: w, filter_height: h } });
      const shape = add({ name: `ranges/${i}/${kind}/shape`, shape: [1], dtype: 'int32', data: Int32Array.from([n * c]) });
      const flat = add({ name: `ranges/${i}/${kind}/flat`, shape: [n * c], dtype: 'float32' });
      ops.push({ type: 'RESHAPE', inputs: [pooled, shape], outputs: [flat] });
      parts.push(flat);
    }
    return n * c;
  });
  const produced = new Set(graph.ops.flatMap((op) => op.outputs));
  const ops: Op[] = ids.filter((id) => !produced.has(id)).flatMap((id) => reductions.get(id)!);
  for (const op of graph.ops) ops.push(op, ...op.outputs.flatMap((id) => reductions.get(id) ?? []));
  const output = add({ name: EXPOSED_OUTPUT, shape: [2 * sizes.reduce((a, b) => a + b, 0)], dtype: 'float32' });
  ops.push({ type: 'CONCATENATION', inputs: parts, outputs: [output], options: { axis: 0 } });
  return { graph: { ...graph, tensors, ops, outputs: [{ name: EXPOSED_OUTPUT, tensor: output }] }, tensors: [...ids], sizes };
}

/** The ranges build (see rangesGraph) of every float32 activation of the float graph (model inputs included), in tensor order. */
export function calibrationGraph(graph: Graph): ExposedBuild {
  const produced = new Set(graph.ops.flatMap((op) => op.outputs));
  const wanted = graph.tensors.filter((t) => t.dtype === 'float32' && !t.data && !t.shape.includes(0) && (produced.has(t.id) || graph.inputs.some((io) => io.tensor === t.id)));
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
