/**
 * Calibration, the pure half: a build of the float model that lists every float activation as an output
 * (we write the flatbuffer, so the runtime can hand back every intermediate tensor), and the per-tensor
 * ranges from the per-sample minima and maxima the runtime measured on it (global min/max over the samples,
 * as TF's calibrator keeps them), with a stability check: ranges of two disjoint halves of the calibration
 * set that differ by more than 20% of the full range mean the set is too small or not representative.
 */
import type { Graph, Op, SignatureIO, Tensor } from '../graph/ir.js';
import type { Range } from './numerics.js';

export interface CalibrationBuild {
  graph: Graph;
  /** Tensor id of each output of `graph`, in output order. */
  tensors: number[];
}

/**
 * `graph` with the tensors `ids` as its outputs, in that order (named t000, t001... so that the signature,
 * written sorted by name, keeps the order). Each is copied into a tensor only the signature reads: a RESHAPE
 * to its own shape for float32, a DEQUANTIZE for an int8/uint8 tensor (the runtime hands back real values).
 * LiteRT.js's XNNPACK delegate leaves outputs that other ops also read unwritten (measured: zeros).
 */
export function exposeTensors(graph: Graph, ids: number[]): Graph {
  const tensors: Tensor[] = [...graph.tensors];
  const ops: Op[] = [...graph.ops];
  const width = String(ids.length).length;
  const outputs: SignatureIO[] = ids.map((id, i) => {
    const t = graph.tensors[id]!;
    const name = `t${String(i).padStart(width, '0')}`;
    const copy = tensors.push({ id: tensors.length, name, shape: [...t.shape], dtype: 'float32' }) - 1;
    if (t.dtype === 'float32') {
      const shape = tensors.push({ id: tensors.length, name: `${name}/shape`, shape: [t.shape.length], dtype: 'int32', data: Int32Array.from(t.shape) }) - 1;
      ops.push({ type: 'RESHAPE', inputs: [id, shape], outputs: [copy] });
    } else {
      ops.push({ type: 'DEQUANTIZE', inputs: [id], outputs: [copy] });
    }
    return { name, tensor: copy };
  });
  return { ...graph, tensors, ops, outputs };
}

/** The float graph with every float32 activation (model inputs included) as an output, in tensor order. */
export function calibrationGraph(graph: Graph): CalibrationBuild {
  const produced = new Set(graph.ops.flatMap((op) => op.outputs));
  const wanted = graph.tensors.filter((t) => t.dtype === 'float32' && !t.data && (produced.has(t.id) || graph.inputs.some((io) => io.tensor === t.id)));
  const tensors = wanted.map((t) => t.id);
  return { graph: exposeTensors(graph, tensors), tensors };
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
