/**
 * What a .tflite file is, as data (`tflite-gate inspect`): inputs and outputs, operators with versions,
 * tensors by dtype, weights, parameters, MACs, arena, quantization parameters and the minimum runtime
 * version; and the differences between two such descriptions (`inspect A B`). Pure: bytes in, data out.
 */
import type { Tensor } from '../graph/ir.js';
import { readTfliteModel } from '../tflite/reader.js';
import { modelStats, type ModelStats } from './model-stats.js';

export interface QuantizedTensor {
  tensor: string; dtype: string; shape: number[]; scale: number[]; zeroPoint: number[];
  /** The channel axis of per-channel parameters (more than one scale). */
  axis?: number;
}

export interface TensorSummary {
  name: string;
  tensor: string;
  dtype: string;
  shape: number[];
  shapeSignature?: number[];
  quantization?: { scale: number[]; zeroPoint: number[] };
}

export interface ModelDescription {
  file: string;
  fileBytes: number;
  schemaVersion: number;
  description: string;
  minRuntimeVersion?: string;
  signatureKeys: string[];
  inputs: TensorSummary[];
  outputs: TensorSummary[];
  /** Subgraphs in the file; with more than one (control flow), operators and statistics count them all. */
  subgraphs: number;
  /** Op type → versions used. */
  opVersions: Record<string, number[]>;
  /** Tensors with quantization parameters (scale and zero point per channel), in tensor order. */
  quantized: QuantizedTensor[];
  stats: ModelStats;
}

const quantizationOf = (t: Tensor) => (t.quantization?.scale.length ? { scale: t.quantization.scale, zeroPoint: t.quantization.zeroPoint } : undefined);

function summary(name: string, t: Tensor): TensorSummary {
  const q = quantizationOf(t);
  return { name, tensor: t.name, dtype: t.dtype, shape: t.shape, ...(t.shapeSignature ? { shapeSignature: t.shapeSignature } : {}), ...(q ? { quantization: q } : {}) };
}

/** The inspection report of a .tflite file. */
export function describeModel(bytes: Uint8Array, file: string): ModelDescription {
  const { graph, info } = readTfliteModel(bytes, file);
  const opVersions: Record<string, number[]> = {};
  const parts = [{ ops: graph.ops, versions: info.opVersions }, ...(graph.subgraphs ?? []).map((sg, k) => ({ ops: sg.ops, versions: info.subgraphOpVersions[k] ?? [] }))];
  for (const { ops, versions } of parts) {
    ops.forEach((op, i) => {
      const v = versions[i] ?? 1;
      const list = (opVersions[op.type] ??= []);
      if (!list.includes(v)) list.push(v);
    });
  }
  for (const list of Object.values(opVersions)) list.sort((a, b) => a - b);
  return {
    file,
    fileBytes: info.fileSize,
    schemaVersion: info.schemaVersion,
    description: info.description,
    ...(info.minRuntimeVersion ? { minRuntimeVersion: info.minRuntimeVersion } : {}),
    signatureKeys: info.signatureKeys,
    subgraphs: info.subgraphCount,
    inputs: graph.inputs.map((io) => summary(io.name, graph.tensors[io.tensor] as Tensor)),
    outputs: graph.outputs.map((io) => summary(io.name, graph.tensors[io.tensor] as Tensor)),
    opVersions,
    quantized: graph.tensors.flatMap((t) => {
      const q = quantizationOf(t);
      const axis = q && q.scale.length > 1 ? { axis: t.quantization?.quantizedDimension ?? 0 } : {};
      return q ? [{ tensor: t.name, dtype: t.dtype, shape: t.shape, ...q, ...axis }] : [];
    }),
    stats: modelStats(graph),
  };
}

/** A number or text in A and in B. */
export interface Change<T> { a: T; b: T }

export interface ModelDiff {
  fileBytes: Change<number>;
  schemaVersion?: Change<number>;
  minRuntimeVersion?: Change<string | undefined>;
  /** Operator counts that differ, by type (0 where a side has none). */
  ops: ({ type: string } & Change<number>)[];
  /** Operator versions that differ, by type (present on both sides). */
  opVersions: ({ type: string } & Change<number[]>)[];
  tensorsByDtype: ({ dtype: string } & Change<number>)[];
  weightBytes: Change<number>;
  weightBytesByDtype: ({ dtype: string } & Change<number>)[];
  params: Change<number>;
  macs: Change<number>;
  arenaBytes: Change<number>;
  /** Inputs/outputs (by position) whose name, dtype, shape or quantization differ. */
  inputs: { index: number; a?: TensorSummary; b?: TensorSummary }[];
  outputs: { index: number; a?: TensorSummary; b?: TensorSummary }[];
  /** Tensors quantized on one side only, and the count of those on both with different parameters. */
  quantization: { onlyA: number; onlyB: number; changed: number; dtypesA: Record<string, number>; dtypesB: Record<string, number> };
}

/** Every key of two count tables whose values differ, sorted by key. */
function countChanges(a: Record<string, number>, b: Record<string, number>): { key: string; a: number; b: number }[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.flatMap((key) => ((a[key] ?? 0) === (b[key] ?? 0) ? [] : [{ key, a: a[key] ?? 0, b: b[key] ?? 0 }]));
}

const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

function ioChanges(a: TensorSummary[], b: TensorSummary[]): ModelDiff['inputs'] {
  const strip = (t?: TensorSummary) => t && { ...t, tensor: undefined };
  return Array.from({ length: Math.max(a.length, b.length) }, (_, index) => ({ index, a: a[index], b: b[index] }))
    .filter((c) => !same(strip(c.a), strip(c.b)))
    .map((c) => ({ index: c.index, ...(c.a ? { a: c.a } : {}), ...(c.b ? { b: c.b } : {}) }));
}

function quantizationChanges(a: QuantizedTensor[], b: QuantizedTensor[]): ModelDiff['quantization'] {
  const inB = new Map(b.map((t) => [t.tensor, t]));
  const inA = new Set(a.map((t) => t.tensor));
  const byDtype = (list: QuantizedTensor[]) => list.reduce<Record<string, number>>((acc, t) => ({ ...acc, [t.dtype]: (acc[t.dtype] ?? 0) + 1 }), {});
  return {
    onlyA: a.filter((t) => !inB.has(t.tensor)).length,
    onlyB: b.filter((t) => !inA.has(t.tensor)).length,
    changed: a.filter((t) => inB.has(t.tensor) && !same(t, inB.get(t.tensor))).length,
    dtypesA: byDtype(a),
    dtypesB: byDtype(b),
  };
}

export function diffDescriptions(a: ModelDescription, b: ModelDescription): ModelDiff {
  const change = <T>(x: T, y: T): Change<T> => ({ a: x, b: y });
  const versions = Object.keys(a.opVersions).filter((t) => b.opVersions[t] && !same(a.opVersions[t], b.opVersions[t])).sort();
  return {
    fileBytes: change(a.fileBytes, b.fileBytes),
    ...(a.schemaVersion !== b.schemaVersion ? { schemaVersion: change(a.schemaVersion, b.schemaVersion) } : {}),
    ...(a.minRuntimeVersion !== b.minRuntimeVersion ? { minRuntimeVersion: change(a.minRuntimeVersion, b.minRuntimeVersion) } : {}),
    ops: countChanges(a.stats.ops, b.stats.ops).map(({ key, ...c }) => ({ type: key, ...c })),
    opVersions: versions.map((type) => ({ type, a: a.opVersions[type]!, b: b.opVersions[type]! })),
    tensorsByDtype: countChanges(a.stats.tensorsByDtype, b.stats.tensorsByDtype).map(({ key, ...c }) => ({ dtype: key, ...c })),
    weightBytes: change(a.stats.weightBytes, b.stats.weightBytes),
    weightBytesByDtype: countChanges(a.stats.constantBytesByDtype, b.stats.constantBytesByDtype).map(({ key, ...c }) => ({ dtype: key, ...c })),
    params: change(a.stats.params, b.stats.params),
    macs: change(a.stats.macs, b.stats.macs),
    arenaBytes: change(a.stats.arenaBytes, b.stats.arenaBytes),
    inputs: ioChanges(a.inputs, b.inputs),
    outputs: ioChanges(a.outputs, b.outputs),
    quantization: quantizationChanges(a.quantized, b.quantized),
  };
}
