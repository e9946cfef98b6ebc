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

function readAsFloat32(interpreter: Interpreter, index: number, dst: Float32Array, offset: number): void {
  const dtype = interpreter.outputs[index]!.dtype;
  if (dtype === 'float32') {
    interpreter.readOutput(index, dst, offset);
    return;
  }
  const raw: TensorData = interpreter.readOutput(index);
  const convert = dtype === 'float16' ? (v: number | bigint) => halfToFloat(Number(v)) : Number;
  for (let i = 0; i < raw.length; i++) dst[offset + i] = convert(raw[i]!);
}

/** Contiguous chunks [start, end) covering 0..count, about `size` samples each. */
export function chunkRanges(count: number, size: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let start = 0; start < count; start += size) ranges.push([start, Math.min(count, start + size)]);
  return ranges;
}

/**
 * Per-sample ranges of every output over samples [start, end): for sample s and output o, the minimum at
 * [(s - start) * outputs * 2 + 2o] and the maximum right after it (NaN values skipped; ±Infinity when an
 * output holds no number). What calibration needs, without keeping every intermediate tensor.
 */
export function rangeStats(interpreter: Interpreter, inputs: readonly SampleInput[], start: number, end: number, onProgress?: (done: number) => void): Float32Array {
  const count = interpreter.outputs.length;
  const stats = new Float32Array((end - start) * count * 2);
  const buffers = interpreter.outputs.map((o) => new Float32Array(o.size));
  for (let s = start; s < end; s++) {
    for (let i = 0; i < inputs.length; i++) interpreter.setInput(i, inputs[i]!.data, s * inputs[i]!.sampleSize);
    interpreter.invoke();
    for (let o = 0; o < count; o++) {
      readAsFloat32(interpreter, o, buffers[o]!, 0);
      const [min, max] = minMax(buffers[o]!);
      const at = ((s - start) * count + o) * 2;
      stats[at] = min;
      stats[at + 1] = max;
    }
    if (onProgress && (s - start + 1) % PROGRESS_EVERY === 0) onProgress(s - start + 1);
  }
  return stats;
}

function minMax(values: Float32Array): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}
