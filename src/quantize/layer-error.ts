/**
 * Per-layer quantization error, the pure half: which int8 tensors have a float twin in the float model (the
 * quantizer keeps tensor names), one build that measures every pair, and the signal-to-noise ratio of each from
 * what it measured. The runtime half (src/pipeline/layer-error.ts) runs the build.
 */
import type { Graph, Op, OptionValue } from '../graph/ir.js';
import { describeOp, isFloatActivation } from './edit.js';
import { ReductionBuild } from './reduce.js';

export interface TensorPair {
  /** Tensor ids in the float and in the int8 graph. */
  float: number;
  int8: number;
  /** The int8 op that writes it: "CONV_2D (conv1)". */
  op: string;
}

export interface LayerError {
  tensor: string;
  op: string;
  /** 10·log10(Σ f² / Σ (f − q)²), dB; higher is better (Infinity: exact). */
  snrDb: number;
  /** √(Σ (f − q)² / Σ f²). */
  relError: number;
}

const SKIP = new Set(['QUANTIZE', 'DEQUANTIZE']);

/** Every int8 activation written by an int8 op, paired with the float tensor of the same name. */
export function layerPairs(float: Graph, int8: Graph): TensorPair[] {
  const byName = new Map(float.tensors.filter((t) => isFloatActivation(t)).map((t) => [t.name, t.id]));
  const pairs: TensorPair[] = [];
  for (const op of int8.ops) {
    if (SKIP.has(op.type)) continue;
    for (const id of op.outputs) {
      const t = int8.tensors[id];
      const twin = t ? byName.get(t.name) : undefined;
      if (t && twin !== undefined && t.dtype === 'int8' && t.quantization && sameShape(t.shape, float.tensors[twin]!.shape)) pairs.push({ float: twin, int8: id, op: describeOp(op) });
    }
  }
  return pairs;
}

const sameShape = (a: number[], b: number[]) => a.length === b.length && a.every((d, i) => d === b[i]);

export interface LayerErrorBuild {
  graph: Graph;
  /** Per pair i, in order: `sizes[i]` partial means of f², then as many of (f − q)², each over the same count of values (so their sums keep the ratio of Σ f² to Σ (f − q)²). */
  sizes: number[];
}

/**
 * One model that runs the float and the int8 graph side by side on the same input and, for every pair, reduces
 * f² and (f − DEQUANTIZE(q))² per channel in the graph (see reduce.ts): MUL, SQUARED_DIFFERENCE and MEAN over H×W,
 * right after the int8 op that makes q, the float ops it needs run just before (so both tensors die there). One
 * interpreter, one small output: EfficientNetB0 at 96×96 went from two models with every tensor copied out and
 * summed in JS to one run. The int8 graph's inputs are the float graph's (float I/O only; integer I/O has no
 * float twin to feed). Control-flow subgraphs of both are kept, the int8 graph's renumbered after the float one's.
 */
export function layerErrorGraph(float: Graph, int8: Graph, pairs: TensorPair[]): LayerErrorBuild {
  const shift = float.tensors.length;
  const shared = new Map(int8.inputs.map((io, i) => [io.tensor, float.inputs[i]!.tensor]));
  const id = (t: number) => (t < 0 ? t : shared.get(t) ?? t + shift);
  const build = new ReductionBuild(float, int8.tensors.map((t) => ({ ...t, id: t.id + shift, name: `int8/${t.name}` })));
  const subgraphs = float.subgraphs?.length ?? 0;
  const producer = new Map<number, number>();
  float.ops.forEach((op, i) => op.outputs.forEach((t) => producer.set(t, i)));
  const byInt8 = new Map<number, number[]>();
  pairs.forEach((p, i) => byInt8.set(p.int8, [...(byInt8.get(p.int8) ?? []), i]));
  const ops: Op[] = [];
  let nextFloat = 0;
  const sizes: number[] = [];
  for (const op of int8.ops) {
    ops.push({ ...op, inputs: op.inputs.map(id), outputs: op.outputs.map(id), ...(op.options ? { options: renumber(op.options, subgraphs) } : {}) });
    for (const i of op.outputs.flatMap((t) => byInt8.get(t) ?? [])) {
      const { float: f, int8: q } = pairs[i]!;
      const last = producer.get(f) ?? -1;
      while (nextFloat <= last) ops.push(float.ops[nextFloat++]!);
      const real = build.floatLike(f, `layer-error/${i}/real`);
      const signal = build.floatLike(f, `layer-error/${i}/signal`);
      const noise = build.floatLike(f, `layer-error/${i}/noise`);
      ops.push({ type: 'DEQUANTIZE', inputs: [id(q)], outputs: [real] });
      ops.push({ type: 'MUL', inputs: [f, f], outputs: [signal] });
      ops.push({ type: 'SQUARED_DIFFERENCE', inputs: [f, real], outputs: [noise] });
      const size = build.reduce(signal, 'MEAN', `layer-error/${i}/signal/mean`, ops);
      build.reduce(noise, 'MEAN', `layer-error/${i}/noise/mean`, ops);
      sizes.push(size);
    }
  }
  const graph = build.build(float, ops);
  const all = [...(float.subgraphs ?? []), ...(int8.subgraphs ?? []).map((g) => ({ ...g, ops: g.ops.map((op) => (op.options ? { ...op, options: renumber(op.options, subgraphs) } : op)) }))];
  return { graph: { ...graph, inputs: float.inputs, ...(all.length ? { subgraphs: all } : {}) }, sizes };
}

/** Subgraph indices (WHILE's cond/body...) moved past the float graph's subgraphs. */
function renumber(options: Record<string, OptionValue>, by: number): Record<string, OptionValue> {
  if (by === 0) return options;
  return Object.fromEntries(Object.entries(options).map(([k, v]) => [k, k.endsWith('_subgraph_index') && typeof v === 'number' ? v + by : v]));
}

/**
 * Each pair's SNR and relative error from the outputs of a layer-error build over `samples` samples (sample after
 * sample): the per-sample sums are added in sample order, so the figures do not depend on how the samples were split.
 */
export function layerErrorsOf(output: Float32Array, samples: number, build: LayerErrorBuild, pairs: TensorPair[], float: Graph): LayerError[] {
  const signal = new Float64Array(pairs.length);
  const noise = new Float64Array(pairs.length);
  const perSample = output.length / Math.max(1, samples);
  for (let s = 0; s < samples; s++) {
    let at = s * perSample;
    build.sizes.forEach((size, i) => {
      let f = 0;
      let d = 0;
      for (let k = 0; k < size; k++) f += output[at + k]!;
      for (let k = 0; k < size; k++) d += output[at + size + k]!;
      signal[i] += f;
      noise[i] += d;
      at += 2 * size;
    });
  }
  return pairs.map((p, i) => {
    const [s, n] = [signal[i]!, noise[i]!];
    const snrDb = n === 0 ? Infinity : s === 0 ? -Infinity : 10 * Math.log10(s / n);
    return { tensor: float.tensors[p.float]!.name, op: p.op, snrDb, relError: s === 0 ? (n === 0 ? 0 : Infinity) : Math.sqrt(n / s) };
  });
}

/** The `count` layers with the lowest SNR, worst first. */
export function worstLayers(errors: LayerError[], count: number): LayerError[] {
  return [...errors].sort((a, b) => a.snrDb - b.snrDb).slice(0, count);
}
