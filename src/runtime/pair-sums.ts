/**
 * Per-layer error sums, the runtime loop: two models with paired outputs (output i of `a` is the float
 * twin of output i of `b`) run on the same samples, and for each sample and pair Σ f² and Σ (f − q)²
 * are kept apart, so that whichever way the samples are split over threads the caller adds them up in
 * sample order and gets the same sums as one thread.
 */
import { ErrorSums } from '../quantize/layer-error.js';
import { loadInterpreter, type Interpreter } from './interpreter.js';
import type { SampleInput } from './predict.js';

/**
 * Samples [start, end): at [((s - start) * pairs + i) * 2] Σ f² of pair i on sample s, Σ (f − q)² right
 * after it. Each model is an exposed build (see exposeTensors) with the same `segments`: segment i of `a`'s
 * one output pairs with segment i of `b`'s (read in place, no copies).
 */
export function pairSums(a: Interpreter, b: Interpreter, inputs: readonly SampleInput[], start: number, end: number, segments: readonly number[]): Float64Array {
  const pairs = segments.length;
  const out = new Float64Array((end - start) * pairs * 2);
  for (let s = start; s < end; s++) {
    for (const it of [a, b]) {
      inputs.forEach((input, i) => it.setInput(i, input.data, s * input.sampleSize));
      it.invoke();
    }
    const sums = new ErrorSums(pairs);
    a.withOutput(0, (f) => b.withOutput(0, (q) => {
      let offset = 0;
      segments.forEach((size, i) => {
        sums.add(i, f as Float32Array, q as Float32Array, offset, offset + size);
        offset += size;
      });
    }));
    for (let i = 0; i < pairs; i++) {
      const at = ((s - start) * pairs + i) * 2;
      out[at] = sums.signal[i]!;
      out[at + 1] = sums.noise[i]!;
    }
  }
  return out;
}

/** `per` (the layout of pairSums over `samples` samples) added into `sums` in sample order. */
export function addPairSums(sums: ErrorSums, per: Float64Array, samples: number): void {
  const pairs = sums.signal.length;
  for (let s = 0; s < samples; s++) {
    for (let i = 0; i < pairs; i++) {
      sums.signal[i] += per[(s * pairs + i) * 2]!;
      sums.noise[i] += per[(s * pairs + i) * 2 + 1]!;
    }
  }
}

/** `use` on the two models loaded, both disposed afterwards. */
export async function withPair<T>(a: Uint8Array, b: Uint8Array, file: string, use: (a: Interpreter, b: Interpreter) => T): Promise<T> {
  const first = await loadInterpreter(a, { file });
  try {
    const second = await loadInterpreter(b, { file });
    try {
      return use(first, second);
    } finally {
      second.dispose();
    }
  } finally {
    first.dispose();
  }
}
