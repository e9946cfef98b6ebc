/**
 * Helpers for comparing our quantized graphs with TF 2.21's files in fixtures/quantize: the fixture's
 * reference.json, our float graph of each model, ops matched to TF's by type and Keras layer name, TF's
 * calibrated ranges mapped onto our tensors, and the parameter differences between matched tensors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertKerasModel } from '../../src/convert/index.js';
import type { Graph, Op, Tensor } from '../../src/graph/ir.js';
import { readKerasModel } from '../../src/keras/index.js';
import type { Range } from '../../src/quantize/index.js';
import { readTflite } from '../../src/tflite/index.js';

export const DIR = join(process.cwd(), 'fixtures', 'quantize');

export interface FileRef { file: string; bytes: number; outputs?: number[][]; maxAbsErrVsKeras?: number; accuracy?: number; error?: string }
export interface ModelRef {
  h5: string; calibration: string; test: string; calibrationSamples: number;
  ranges: Record<string, [number, number]>; keras: number[][]; kerasAccuracy?: number;
  files: Record<string, FileRef>;
}

export const reference = JSON.parse(readFileSync(join(DIR, 'reference.json'), 'utf8')) as { models: Record<string, ModelRef> };

export async function floatGraph(name: string): Promise<Graph> {
  const path = join(DIR, reference.models[name]!.h5);
  return convertKerasModel(await readKerasModel(new Uint8Array(readFileSync(path)), path), {});
}

export const tfFile = (name: string, kind: string) => withoutFlattening(readTflite(new Uint8Array(readFileSync(join(DIR, reference.models[name]!.files[kind]!.file)))));

/**
 * TF's file less the RESHAPE that flattens a FULLY_CONNECTED's input: our graph passes (graph/passes/fold-shape-ops.ts)
 * drop it, since FULLY_CONNECTED flattens its input itself; TF keeps it. Everything else is compared as TF wrote it.
 */
function withoutFlattening(g: Graph): Graph {
  const readers = (t: number) => g.ops.filter((op) => op.inputs.includes(t));
  const flattening = g.ops.filter((op) => op.type === 'RESHAPE' && g.tensors[op.outputs[0]!]!.shape.length === 2
    && readers(op.outputs[0]!).every((r) => r.type === 'FULLY_CONNECTED' && r.inputs[0] === op.outputs[0]));
  for (const op of flattening) {
    for (const r of readers(op.outputs[0]!)) r.inputs[0] = op.inputs[0]!;
  }
  return { ...g, ops: g.ops.filter((op) => !flattening.includes(op)) };
}

/** Keras layer names in a TF tensor name ("m_1/c1_1/Relu;m_1/bn1_1/..." → c1, bn1). */
function layersOf(name: string): Set<string> {
  return new Set(name.split(';').map((part) => /^[^/]+\/([^/]+)\//.exec(part)?.[1]?.replace(/_\d+$/, '')).filter((x): x is string => !!x));
}

const SKIP = new Set(['QUANTIZE', 'DEQUANTIZE']);
/** Shape arithmetic (SHAPE, STRIDED_SLICE, PACK on int32): TF computes a Flatten's shape at run time, we fold it. */
const shapeOp = (g: Graph, op: Op) => op.outputs.every((t) => g.tensors[t]?.dtype === 'int32');
/** The ops that carry activations (what quantization is about). */
export const valueOps = (g: Graph) => g.ops.filter((op) => !SKIP.has(op.type) && !shapeOp(g, op));

/** Pairs [tf op, our op]: same type, our op's layer among those in TF's output name; then the rest by type in order. */
export function matchOps(tf: Graph, ours: Graph): [Op, Op][] {
  const free = valueOps(ours);
  const take = (pred: (op: Op) => boolean) => {
    const i = free.findIndex(pred);
    return i < 0 ? undefined : free.splice(i, 1)[0];
  };
  const pending: Op[] = [];
  const pairs: [Op, Op][] = [];
  for (const op of valueOps(tf)) {
    const layers = layersOf(tf.tensors[op.outputs[0]!]!.name);
    const mine = take((o) => o.type === op.type && !!o.origin && layers.has(o.origin));
    if (mine) pairs.push([op, mine]);
    else pending.push(op);
  }
  for (const op of pending) {
    const mine = take((o) => o.type === op.type);
    if (mine) pairs.push([op, mine]);
  }
  return pairs;
}

/** TF's calibrated ranges on our float graph's tensors (op outputs matched by layer, and the model input). */
export function tfRanges(name: string, float: Graph): Map<number, Range> {
  const ref = reference.models[name]!;
  const lookup = (n: string) => ref.ranges[n] ?? ref.ranges[n.replace(/1$/, '')];
  const ranges = new Map<number, Range>();
  const tf = tfFile(name, 'int8');
  for (const [a, b] of matchOps(tf, float)) {
    a.outputs.forEach((t, i) => {
      const r = lookup(tf.tensors[t]!.name);
      if (r && b.outputs[i] !== undefined) ranges.set(b.outputs[i]!, { min: r[0], max: r[1] });
    });
  }
  const input = ref.ranges['serving_default_image:0'];
  if (input) ranges.set(float.inputs[0]!.tensor, { min: input[0], max: input[1] });
  return ranges;
}

function differs(a: Tensor, b: Tensor, what: string): string[] {
  const qa = a.quantization;
  const qb = b.quantization;
  if (!qa || !qb) return qa || qb ? [`${what}: quantized in one file only`] : [];
  if (a.dtype !== b.dtype) return [`${what}: ${a.dtype} vs ${b.dtype}`];
  if (qa.scale.length !== qb.scale.length) return [`${what}: ${qa.scale.length} vs ${qb.scale.length} scales`];
  const bad = qa.scale.findIndex((s, i) => Math.abs(s - qb.scale[i]!) > 2e-6 * Math.abs(qb.scale[i]!) || qa.zeroPoint[i] !== qb.zeroPoint[i]);
  return bad < 0 ? [] : [`${what}[${bad}]: scale ${qa.scale[bad]} zp ${qa.zeroPoint[bad]} vs TF ${qb.scale[bad]} zp ${qb.zeroPoint[bad]}`];
}

/** Every difference in quantization parameters between matched ops' inputs and outputs (ours vs TF's). */
export function paramDifferences(ours: Graph, tf: Graph): string[] {
  const out: string[] = [];
  for (const [t, o] of matchOps(tf, ours)) {
    const where = `${o.type} (${o.origin ?? '?'})`;
    o.outputs.forEach((id, i) => out.push(...differs(ours.tensors[id]!, tf.tensors[t.outputs[i]!]!, `${where} output ${i}`)));
    o.inputs.forEach((id, i) => {
      const other = t.inputs[i] ?? -1;
      if (id >= 0 && other >= 0) out.push(...differs(ours.tensors[id]!, tf.tensors[other]!, `${where} input ${i}`));
    });
  }
  return out;
}

/** Op type counts (shape arithmetic left out), for comparing structures. */
export function histogram(graph: Graph): Record<string, number> {
  const out: Record<string, number> = {};
  for (const op of graph.ops.filter((o) => !shapeOp(graph, o))) out[op.type] = (out[op.type] ?? 0) + 1;
  return out;
}
