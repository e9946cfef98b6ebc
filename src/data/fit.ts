import { GateError } from '../errors.js';
import type { DatasetInput } from './types.js';
import { elementCount, shapeText, whereOf, type RawArray } from './raw.js';

/** A model input as the runtime reports it: shape with a batch dim first (-1 or any size; it is ignored). */
export interface ModelInput {
  name: string;
  shape: number[];
  dtype: string;
  /** An integer input's quantization (real = scale · (q − zeroPoint)): float data is quantized to it. */
  quantization?: { scale: number; zeroPoint: number };
}

/** Preprocessing of input values: v' = (v · scale + offset − mean[c]) / std[c], c the channel (last axis). */
export interface Preprocessing {
  scale?: number;
  offset?: number;
  mean?: number[];
  std?: number[];
}

type ModelDtype = DatasetInput['dtype'];

const INTEGER_RANGE: Record<Exclude<ModelDtype, 'float32'>, [number, number]> = {
  uint8: [0, 255],
  int8: [-128, 127],
  int32: [-2147483648, 2147483647],
};

function fail(a: RawArray, file: string, message: string, hint?: string): never {
  throw new GateError('bad-dataset', message, { file, where: whereOf(a) }, hint);
}

const squeeze = (s: number[]) => s.filter((d) => d !== 1);

/**
 * The model's per-sample shape for this array, or an error naming both shapes. Dims of -1 in the model match
 * any size; shapes that agree once size-1 dims are dropped ([28, 28] vs [28, 28, 1]) are reshaped.
 */
export function fitShape(a: RawArray, input: ModelInput, file: string): { shape: number[]; reshaped: boolean } {
  const mine = a.shape.slice(1);
  const theirs = input.shape.slice(1);
  const same = (x: number[], y: number[]) => x.length === y.length && x.every((d, i) => y[i] === -1 || d === y[i]);
  if (same(mine, theirs)) return { shape: mine.map((d, i) => (theirs[i] === -1 ? d : theirs[i])), reshaped: false };
  if (!theirs.includes(-1) && same(squeeze(mine), squeeze(theirs))) return { shape: theirs, reshaped: true };
  return fail(a, file, `samples are ${shapeText(mine)} but model input "${input.name}" takes ${shapeText(theirs)} (dataset shape ${shapeText(a.shape)}, model shape ${shapeText(input.shape)})`,
    'Give the dataset the shape the model expects (the first axis is the sample axis).');
}

function perChannel(values: number[] | undefined, channels: number, flag: string, a: RawArray, file: string): number[] | undefined {
  if (values === undefined || values.length === 1 || values.length === channels) return values;
  return fail(a, file, `--${flag} has ${values.length} values but the samples have ${channels} channels (last axis)`, `Give one value, or one per channel.`);
}

/** Apply preprocessing to one array, producing float32 values; refuses NaN and infinities. */
export function toFloat(a: RawArray, pre: Preprocessing, file: string): Float32Array {
  const channels = a.shape.length > 1 ? a.shape[a.shape.length - 1] : 1;
  const pick = (v: number[] | undefined, fallback: number) => Float64Array.from({ length: channels }, (_, c) => (v ? v[v.length === 1 ? 0 : c] : fallback));
  const mean = pick(perChannel(pre.mean, channels, 'mean', a, file), 0);
  const std = pick(perChannel(pre.std, channels, 'std', a, file), 1);
  const scale = pre.scale ?? 1;
  const offset = pre.offset ?? 0;
  const src = a.data;
  const out = new Float32Array(src.length);
  let bad = -1;
  if (src instanceof Float32Array && scale === 1 && offset === 0 && mean.every((m) => m === 0) && std.every((d) => d === 1)) {
    out.set(src); // float data fed as it is: a copy and a scan instead of arithmetic per value
    for (let i = 0; i < out.length; i++) {
      const v = out[i]!;
      if (v - v !== 0) {
        bad = i;
        break;
      }
    }
  } else if (mean.every((m) => m === mean[0]) && std.every((d) => d === std[0])) {
    const [m, d] = [mean[0], std[0]]; // one loop when every channel is treated alike (the common case)
    for (let i = 0; i < out.length; i++) {
      const v = (src[i] * scale + offset - m) / d;
      out[i] = v;
      if (v - v !== 0 && bad === -1) bad = i; // NaN or ±Infinity (cheaper than Number.isFinite in a hot loop)
    }
  } else {
    for (let i = 0; i < out.length; i += channels) {
      for (let c = 0; c < channels; c++) {
        const v = (src[i + c] * scale + offset - mean[c]) / std[c];
        out[i + c] = v;
        if (v - v !== 0 && bad === -1) bad = i + c;
      }
    }
  }
  if (bad !== -1) {
    const per = Math.max(1, elementCount(a.shape.slice(1)));
    fail(a, file, `value ${out[bad]} at sample ${Math.floor(bad / per)} (element ${bad % per}) is not a finite number`, 'Remove or fix the sample; datasets must not hold NaN or infinity.');
  }
  return out;
}

const ARRAYS = { uint8: Uint8Array, int8: Int8Array, int32: Int32Array } as const;

/** std::round (halves away from zero), as TFLite's reference quantization. */
const roundHalfAway = (v: number) => (v < 0 ? -Math.floor(-v + 0.5) : Math.floor(v + 0.5));

/**
 * Float data for a quantized integer input: q = clamp(round(x / scale) + zeroPoint). Data counts as float when
 * the file holds floats or the preprocessing changed a value; integers given as they are stay raw.
 */
function quantized(values: Float32Array, dtype: Exclude<ModelDtype, 'float32'>, a: RawArray, input: ModelInput): Int8Array | Uint8Array | Int32Array | undefined {
  const q = input.quantization;
  if (!q || !(q.scale !== 0) || !Number.isFinite(q.scale)) return undefined;
  const isFloat = a.data instanceof Float32Array || a.data instanceof Float64Array || values.some((v, i) => v !== Number(a.data[i]));
  if (!isFloat) return undefined;
  const [lo, hi] = INTEGER_RANGE[dtype];
  const out = new ARRAYS[dtype](values.length);
  for (let i = 0; i < values.length; i++) out[i] = Math.min(hi, Math.max(lo, roundHalfAway(values[i] / q.scale) + q.zeroPoint));
  return out;
}

/**
 * Cast float values to an integer model input, refusing fractions and values out of the dtype's range; float data
 * for a quantized input (scale ≠ 0) is quantized with its scale and zero point instead.
 */
export function toInteger(values: Float32Array, dtype: Exclude<ModelDtype, 'float32'>, a: RawArray, input: ModelInput, file: string) {
  const quantizedData = quantized(values, dtype, a, input);
  if (quantizedData) return quantizedData;
  const [lo, hi] = INTEGER_RANGE[dtype];
  const bad = values.findIndex((v) => (v | 0) !== v || v < lo || v > hi); // v | 0: integer test without a Math call
  if (bad !== -1) {
    fail(a, file, `model input "${input.name}" is ${dtype} but the ${a.dtype} data holds ${values[bad]} (element ${bad}), not an integer in ${lo}..${hi}`,
      input.quantization
        ? `The input is quantized (scale ${input.quantization.scale}, zero point ${input.quantization.zeroPoint}): give float data, or preprocess it with --scale/--offset/--mean/--std, and it is quantized; integer data as given is fed raw.`
        : 'Feed this model integer data in its range, or check --scale/--offset/--mean/--std.');
  }
  return ARRAYS[dtype].from(values);
}

/** Model dtype names as the runtime may spell them → the Dataset dtype. */
export function modelDtype(input: ModelInput, file: string): ModelDtype {
  const d = input.dtype.toLowerCase();
  if (d === 'float32' || d === 'uint8' || d === 'int8' || d === 'int32') return d;
  throw new GateError('unsupported', `model input "${input.name}" has dtype ${input.dtype}; datasets can feed float32, uint8, int8 and int32 inputs`, { file });
}
