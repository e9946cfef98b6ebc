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
 * src/quantize/calibration.ts), which runs `batch` samples per invoke: its one output holds, for tensor o,
 * `sizes[o]` partial maxima of the tensor (sizes[o] / batch per sample, sample after sample) then as many of its
 * negation. For sample s and tensor o, the minimum lands at [(s - start) * sizes.length * 2 + 2o] and the maximum
 * right after it (NaN values skipped; ±Infinity when a tensor holds no number). Batches start at `start`; a last
 * short one is filled up with copies of its last sample, whose results are dropped.
 */
export function rangeStats(
  interpreter: Interpreter, inputs: readonly SampleInput[], start: number, end: number, sizes: readonly number[], onProgress?: (done: number) => void, batch = 1,
): Float32Array {
  const count = sizes.length;
  const stats = new Float32Array((end - start) * count * 2);
  const buffer = new Float32Array(interpreter.outputs[0]?.size ?? 0);
  let reported = 0;
  for (let s = start; s < end; s += batch) {
    const n = Math.min(batch, end - s);
    inputs.forEach((input, i) => interpreter.setInput(i, n === batch ? input.data : padded(input, s, n, batch), n === batch ? s * input.sampleSize : 0));
    interpreter.invoke();
    const values = readAsFloat32(interpreter, 0, buffer, 0);
    for (let b = 0; b < n; b++) {
      const base = (s + b - start) * count * 2;
      let offset = 0;
      sizes.forEach((size, o) => {
        const per = size / batch;
        stats[base + 2 * o] = -maxOf(values, offset + size + b * per, offset + size + (b + 1) * per);
        stats[base + 2 * o + 1] = maxOf(values, offset + b * per, offset + (b + 1) * per);
        offset += 2 * size;
      });
    }
    const done = s + n - start;
    if (onProgress && Math.floor(done / PROGRESS_EVERY) > Math.floor(reported / PROGRESS_EVERY)) onProgress((reported = done));
  }
  return stats;
}

/** Samples [s, s + n) of `input` and copies of its last one up to `batch` samples. */
function padded(input: SampleInput, s: number, n: number, batch: number): ArrayBufferView {
  const size = input.sampleSize;
  const data = input.data as Float32Array;
  const out = new (data.constructor as Float32ArrayConstructor)(batch * size);
  out.set(data.subarray(s * size, (s + n) * size));
  for (let b = n; b < batch; b++) out.copyWithin(b * size, (n - 1) * size, n * size);
  return out;
}

/** The largest value of values[from, to), NaN skipped; -Infinity when there is none. */
function maxOf(values: Float32Array, from: number, to: number): number {
  let max = -Infinity;
  for (let i = from; i < to; i++) if (values[i]! > max) max = values[i]!;
  return max;
}
