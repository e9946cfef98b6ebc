/**
 * Per-layer quantization error, the pure half: which int8 tensors have a float twin in the float model (the
 * quantizer keeps tensor names), and the signal-to-noise ratio of each from accumulated sums. The runtime half
 * (src/pipeline/layer-error.ts) runs both models with these tensors exposed.
 */
import type { Graph } from '../graph/ir.js';
import { describeOp, isFloatActivation } from './edit.js';

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

/** Running sums of one pair: Σ f² and Σ (f − q)². */
export class ErrorSums {
  readonly signal: Float64Array;
  readonly noise: Float64Array;
  constructor(count: number) {
    this.signal = new Float64Array(count);
    this.noise = new Float64Array(count);
  }

  /** Over f[from, to) and q[from, to); four values per iteration, summed in the same order as one at a time (the same sums, about 1.6x faster). */
  add(index: number, f: ArrayLike<number>, q: ArrayLike<number>, from = 0, to = f.length): void {
    let s = 0;
    let n = 0;
    const length = to;
    let i = from;
    for (; i + 4 <= length; i += 4) {
      const f0 = f[i]!, f1 = f[i + 1]!, f2 = f[i + 2]!, f3 = f[i + 3]!;
      const d0 = f0 - q[i]!, d1 = f1 - q[i + 1]!, d2 = f2 - q[i + 2]!, d3 = f3 - q[i + 3]!;
      s += f0 * f0; n += d0 * d0;
      s += f1 * f1; n += d1 * d1;
      s += f2 * f2; n += d2 * d2;
      s += f3 * f3; n += d3 * d3;
    }
    for (; i < length; i++) {
      const d = f[i]! - q[i]!;
      s += f[i]! * f[i]!;
      n += d * d;
    }
    this.signal[index] += s;
    this.noise[index] += n;
  }

  errors(pairs: TensorPair[], float: Graph): LayerError[] {
    return pairs.map((p, i) => {
      const [s, n] = [this.signal[i]!, this.noise[i]!];
      const snrDb = n === 0 ? Infinity : s === 0 ? -Infinity : 10 * Math.log10(s / n);
      return { tensor: float.tensors[p.float]!.name, op: p.op, snrDb, relError: s === 0 ? (n === 0 ? 0 : Infinity) : Math.sqrt(n / s) };
    });
  }
}

/** The `count` layers with the lowest SNR, worst first. */
export function worstLayers(errors: LayerError[], count: number): LayerError[] {
  return [...errors].sort((a, b) => a.snrDb - b.snrDb).slice(0, count);
}
