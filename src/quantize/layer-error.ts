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
      if (t && twin !== undefined && t.dtype === 'int8' && t.quantization) pairs.push({ float: twin, int8: id, op: describeOp(op) });
    }
  }
  return pairs;
}

/** Running sums of one pair: Σ f² and Σ (f − q)². */
export class ErrorSums {
  readonly signal: Float64Array;
  readonly noise: Float64Array;
  constructor(count: number) {
    this.signal = new Float64Array(count);
    this.noise = new Float64Array(count);
  }

  add(index: number, f: ArrayLike<number>, q: ArrayLike<number>): void {
    let s = 0;
    let n = 0;
    for (let i = 0; i < f.length; i++) {
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
