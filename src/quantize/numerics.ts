/**
 * The arithmetic of TFLite's post-training quantization, as TF 2.21's MLIR quantizer does it
 * (tensorflow/compiler/mlir/lite/quantization/ir/FakeQuantSupport.cc, quantization_driver.cc):
 * activations asymmetric int8 from a calibrated range extended to include 0, the zero point taken from
 * the end of the range with the smaller floating error and nudged to an integer; weights symmetric
 * narrow-range int8 ([-127, 127], zero point 0), per channel or per tensor; biases int32 with
 * scale = input scale × weight scale. Scales are stored as float32. Rounding is C's round(): half away
 * from zero. Pure.
 */
import type { Quantization } from '../graph/ir.js';

export interface Range {
  min: number;
  max: number;
}

export const INT8_MIN = -128;
export const INT8_MAX = 127;
/** Largest |bias / scale| TF accepts before widening the weight scale (INT32_MAX / 2, quantization_driver.cc). */
export const BIAS_MAX = Math.floor(2147483647 / 2);

/** C's round(): half away from zero. */
export function roundHalfAway(v: number): number {
  return v < 0 ? -Math.floor(-v + 0.5) : Math.floor(v + 0.5);
}

/** Per-tensor affine params of an activation whose values span `range` (extended to include 0). */
export function activationParams(range: Range, qmin = INT8_MIN, qmax = INT8_MAX): { scale: number; zeroPoint: number } {
  const rmin = Math.min(Math.fround(range.min), 0);
  const rmax = Math.max(Math.fround(range.max), 0);
  if (Math.abs(rmax - rmin) < Number.EPSILON) return { scale: 1, zeroPoint: qmin };
  const scale = (rmax - rmin) / (qmax - qmin);
  const fromMin = qmin - rmin / scale;
  const fromMax = qmax - rmax / scale;
  const zp = Math.abs(qmin) + Math.abs(rmin / scale) < Math.abs(qmax) + Math.abs(rmax / scale) ? fromMin : fromMax;
  const zeroPoint = zp < qmin ? qmin : zp > qmax ? qmax : roundHalfAway(zp);
  return { scale: Math.fround(scale), zeroPoint };
}

export function quantization(scale: number, zeroPoint: number): Quantization {
  return { scale: [scale], zeroPoint: [zeroPoint], quantizedDimension: 0 };
}

/** Elements per slice of `axis` (the stride between channels) and the channel count. */
function channelLayout(shape: number[], axis: number): { channels: number; inner: number } {
  const channels = shape[axis] ?? 1;
  const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  return { channels, inner };
}

/**
 * `visit(channel, from, to)` over the runs of `inner` consecutive elements that share a channel (no per-element
 * division); a last-axis channel (inner 1, depthwise weights) is one run per channel with a stride instead.
 */
function channelRuns(length: number, channels: number, inner: number, visit: (channel: number, from: number, to: number, step: number) => void): void {
  if (inner === 1) {
    for (let c = 0; c < channels; c++) visit(c, c, length, channels);
    return;
  }
  for (let from = 0, c = 0; from < length; from += inner, c = c + 1 === channels ? 0 : c + 1) visit(c, from, Math.min(length, from + inner), 1);
}

export interface QuantizedWeights {
  data: Int8Array;
  quantization: Quantization;
}

/**
 * Symmetric narrow-range int8 weights: per channel along `axis`, or per tensor when `axis` is undefined.
 * scale = max|w| / 127 over the channel (1 for an all-zero channel), q = clamp(round(w / scale), -127, 127).
 */
export function quantizeWeights(values: Float32Array, shape: number[], axis?: number): QuantizedWeights {
  const { channels, inner } = axis === undefined ? { channels: 1, inner: values.length } : channelLayout(shape, axis);
  const maxAbs = new Float64Array(channels);
  channelRuns(values.length, channels, inner, (c, from, to, step) => {
    let m = maxAbs[c]!;
    for (let i = from; i < to; i += step) m = Math.max(m, Math.abs(values[i]!));
    maxAbs[c] = m;
  });
  const scales = Array.from(maxAbs, (m) => (m === 0 ? 1 : Math.fround(m / 127)));
  return { data: quantizeWith(values, scales, channels, inner), quantization: { scale: scales, zeroPoint: scales.map(() => 0), quantizedDimension: axis ?? 0 } };
}

/** Values quantized with given per-channel scales (zero point 0), clamped to [-127, 127]. */
export function quantizeWith(values: Float32Array, scales: number[], channels: number, inner: number): Int8Array {
  const out = new Int8Array(values.length);
  channelRuns(values.length, channels, inner, (c, from, to, step) => {
    const scale = scales[c]!;
    for (let i = from; i < to; i += step) out[i] = Math.max(-127, Math.min(127, roundHalfAway(values[i]! / scale)));
  });
  return out;
}

/** Affine-quantized values of a constant activation-like operand (e.g. a concatenated constant). */
export function quantizeAffine(values: Float32Array, scale: number, zeroPoint: number, qmin = INT8_MIN, qmax = INT8_MAX): Int8Array {
  const out = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = Math.max(qmin, Math.min(qmax, roundHalfAway(values[i]! / scale) + zeroPoint));
  return out;
}

/** int32 bias with scale[c] = inputScale × weightScale[c], zero point 0 (one scale when the weights have one). */
export function quantizeBias(values: Float32Array, inputScale: number, weightScales: number[]): { data: Int32Array; quantization: Quantization } {
  const scales = weightScales.map((s) => Math.fround(inputScale * s));
  const perChannel = scales.length === values.length && scales.length > 1;
  const data = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const q = roundHalfAway(values[i]! / scales[perChannel ? i : 0]!);
    data[i] = Math.max(-2147483647, Math.min(2147483647, q));
  }
  return { data, quantization: { scale: scales, zeroPoint: scales.map(() => 0), quantizedDimension: 0 } };
}

/**
 * Weight scales widened so that every bias fits an int32 with room for the accumulator, as TF's quantizer does
 * (quantization_driver.cc SetBiasParamsWithAdjustments): where |bias[c]| / (inputScale × scale[c]) exceeds
 * INT32_MAX / 2, scale[c] becomes |bias[c]| / (INT32_MAX / 2) / inputScale. Undefined when none needs it.
 */
export function widenForBias(scales: number[], bias: Float32Array, inputScale: number): number[] | undefined {
  let widened: number[] | undefined;
  for (let c = 0; c < bias.length; c++) {
    const k = scales.length === bias.length ? c : 0;
    const need = Math.abs(bias[c]!) / BIAS_MAX;
    if (need <= inputScale * (widened ?? scales)[k]!) continue;
    widened ??= [...scales];
    widened[k] = Math.fround(need / inputScale);
  }
  return widened;
}

/** Float value of a quantized element. */
export const dequantize = (q: number, scale: number, zeroPoint: number) => (q - zeroPoint) * scale;
