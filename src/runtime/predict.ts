/**
 * Run a model over a range of samples, one sample per invoke (batch 1), collecting every output as
 * float32. The same loop runs in-process and inside each pool worker, so the results are identical
 * whichever way the samples are split.
 */
import type { Interpreter } from './interpreter.js';
import { halfToFloat, type TensorData } from './tensor-types.js';

/** One model input's samples, back to back: sample i is data[i*sampleSize, (i+1)*sampleSize). */
export interface SampleInput {
  data: ArrayBufferView;
  sampleSize: number;
}

/** Every output of a model over `count` samples; `sampleSize` values per sample. */
export interface OutputBlock {
  name: string;
  /** Per-run shape as the interpreter reports it (batch 1). */
  shape: number[];
  sampleSize: number;
  data: Float32Array;
}

/** Report progress about this often (samples). */
const PROGRESS_EVERY = 256;

/**
 * Outputs of samples [start, end): one Float32Array per model output, (end - start) * outputSize long.
 * `onProgress(done)` is called every few hundred samples with the number done so far in this range.
 */
export function predictRange(
  interpreter: Interpreter,
  inputs: readonly SampleInput[],
  start: number,
  end: number,
  onProgress?: (done: number) => void,
): Float32Array[] {
  const outputs = interpreter.outputs.map((o) => new Float32Array((end - start) * o.size));
  for (let s = start; s < end; s++) {
    for (let i = 0; i < inputs.length; i++) interpreter.setInput(i, inputs[i]!.data, s * inputs[i]!.sampleSize);
    interpreter.invoke();
    for (let o = 0; o < outputs.length; o++) readAsFloat32(interpreter, o, outputs[o]!, (s - start) * interpreter.outputs[o]!.size);
    if (onProgress && (s - start + 1) % PROGRESS_EVERY === 0) onProgress(s - start + 1);
  }
  return outputs;
}

function readAsFloat32(interpreter: Interpreter, index: number, dst: Float32Array, offset: number): Float32Array {
  const dtype = interpreter.outputs[index]!.dtype;
  if (dtype === 'float32') {
    interpreter.readOutput(index, dst, offset);
    return dst;
  }
  const raw: TensorData = interpreter.readOutput(index);
  const convert = dtype === 'float16' ? (v: number | bigint) => halfToFloat(Number(v)) : Number;
  for (let i = 0; i < raw.length; i++) dst[offset + i] = convert(raw[i]!);
  return dst;
}

/** Contiguous chunks [start, end) covering 0..count, about `size` samples each. */
export function chunkRanges(count: number, size: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let start = 0; start < count; start += size) ranges.push([start, Math.min(count, start + size)]);
  return ranges;
}

/**
 * Per-sample ranges over samples [start, end) of the tensors of a ranges build (see rangesGraph in
 * src/quantize/calibration.ts): its one output holds, for tensor o, `sizes[o]` partial maxima of the tensor then
 * as many of its negation. For sample s and tensor o, the minimum lands at [(s - start) * sizes.length * 2 + 2o]
 * and the maximum right after it (NaN values skipped; ±Infinity when a tensor holds no number).
 */
export function rangeStats(interpreter: Interpreter, inputs: readonly SampleInput[], start: number, end: number, sizes: readonly number[], onProgress?: (done: number) => void): Float32Array {
  const count = sizes.length;
  const stats = new Float32Array((end - start) * count * 2);
  const buffer = new Float32Array(interpreter.outputs[0]?.size ?? 0);
  for (let s = start; s < end; s++) {
    for (let i = 0; i < inputs.length; i++) interpreter.setInput(i, inputs[i]!.data, s * inputs[i]!.sampleSize);
    interpreter.invoke();
    const values = readAsFloat32(interpreter, 0, buffer, 0);
    const base = (s - start) * count * 2;
    let offset = 0;
    sizes.forEach((size, o) => {
      stats[base + 2 * o] = -maxOf(values, offset + size, offset + 2 * size);
      stats[base + 2 * o + 1] = maxOf(values, offset, offset + size);
      offset += 2 * size;
    });
    if (onProgress && (s - start + 1) % PROGRESS_EVERY === 0) onProgress(s - start + 1);
  }
  return stats;
}

/** The largest value of values[from, to), NaN skipped; -Infinity when there is none. */
function maxOf(values: Float32Array, from: number, to: number): number {
  let max = -Infinity;
  for (let i = from; i < to; i++) if (values[i]! > max) max = values[i]!;
  return max;
}
