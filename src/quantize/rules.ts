/**
 * Which operators quantize, and how: declarative tables read by the dynamic-range pass (dynamic.ts) and the
 * full-integer pass (int8.ts). Sources: TF 2.21's output (fixtures/scripts/make_quantized_fixtures.py files),
 * tensorflow/lite/tools/optimize/operator_property.cc and the MLIR quantizer's op traits, collected in
 * ../shared/research/quantization.md.
 */

/** Dynamic-range quantization of one op's constant weight input. */
export interface DynamicRule {
  /** Input index of the weight. */
  weight: number;
  /** Per-channel axis of the weight; per tensor when absent. */
  axis?: number;
  /**
   * 'hybrid': the op reads the int8 weight itself (float activations, integer kernel);
   * 'output': the op runs on int8 (GATHER) and a DEQUANTIZE follows its output.
   */
  mode: 'hybrid' | 'output';
  /** Sets asymmetric_quantize_inputs (the kernel quantizes its float input per run, asymmetrically). */
  asymmetricInputs?: boolean;
}

/** Weights with fewer elements stay float (TF's minimum_elements_for_weights). */
export const MIN_WEIGHT_ELEMENTS = 1024;

export const DYNAMIC_RULES: Readonly<Record<string, DynamicRule>> = {
  CONV_2D: { weight: 1, axis: 0, mode: 'hybrid' },
  DEPTHWISE_CONV_2D: { weight: 1, axis: 3, mode: 'hybrid' },
  TRANSPOSE_CONV: { weight: 1, axis: 0, mode: 'hybrid' },
  FULLY_CONNECTED: { weight: 1, axis: 0, mode: 'hybrid', asymmetricInputs: true },
  GATHER: { weight: 0, mode: 'output' },
};

/** How a full-integer op's quantization parameters are set. */
export type Int8Kind =
  /** Weights per channel (or per tensor) and an int32 bias; output from calibration. */
  | { kind: 'affine'; weight: number; axis?: number; bias?: number }
  /** Output from calibration (ADD, MUL, MEAN, activations...). */
  | { kind: 'calibrated' }
  /** Inputs and output share one scale and zero point (pooling, reshapes, concatenation, padding...). */
  | { kind: 'same-scale' }
  /** A fixed output range, whatever the calibration says. */
  | { kind: 'fixed'; scale: number; zeroPoint: number };

const affine = (weight: number, axis?: number, bias?: number): Int8Kind => ({ kind: 'affine', weight, ...(axis === undefined ? {} : { axis }), ...(bias === undefined ? {} : { bias }) });
const calibrated: Int8Kind = { kind: 'calibrated' };
const same: Int8Kind = { kind: 'same-scale' };

/** Operators with int8 kernels in TFLite, and how each is quantized. An op not listed stays float. */
export const INT8_RULES: Readonly<Record<string, Int8Kind>> = {
  CONV_2D: affine(1, 0, 2),
  DEPTHWISE_CONV_2D: affine(1, 3, 2),
  FULLY_CONNECTED: affine(1, 0, 2),
  TRANSPOSE_CONV: affine(1, 0, 3),
  ADD: calibrated, SUB: calibrated, MUL: calibrated, MEAN: calibrated, SUM: calibrated,
  RELU: calibrated, RELU6: calibrated, RELU_N1_TO_1: calibrated, LEAKY_RELU: calibrated, PRELU: calibrated,
  HARD_SWISH: calibrated, ELU: calibrated, GELU: calibrated, SQUARED_DIFFERENCE: calibrated,
  EXP: calibrated, LOG: calibrated, ABS: calibrated, RSQRT: calibrated,
  AVERAGE_POOL_2D: same, MAX_POOL_2D: same, CONCATENATION: same, RESHAPE: same, SQUEEZE: same, EXPAND_DIMS: same,
  PAD: same, PADV2: same, MIRROR_PAD: same, TRANSPOSE: same, SLICE: same, STRIDED_SLICE: same, SPLIT: same, SPLIT_V: same,
  PACK: same, UNPACK: same, GATHER: same, RESIZE_BILINEAR: same, RESIZE_NEAREST_NEIGHBOR: same, SPACE_TO_DEPTH: same,
  DEPTH_TO_SPACE: same, BATCH_TO_SPACE_ND: same, SPACE_TO_BATCH_ND: same, TILE: same, MAXIMUM: same, MINIMUM: same,
  REDUCE_MAX: same, REDUCE_MIN: same,
  SOFTMAX: { kind: 'fixed', scale: 1 / 256, zeroPoint: -128 },
  LOGISTIC: { kind: 'fixed', scale: 1 / 256, zeroPoint: -128 },
  TANH: { kind: 'fixed', scale: 1 / 128, zeroPoint: 0 },
  L2_NORMALIZATION: { kind: 'fixed', scale: 1 / 128, zeroPoint: 0 },
  LOG_SOFTMAX: { kind: 'fixed', scale: 16 / 256, zeroPoint: 127 },
};

/** Ops whose every float input shares the output's parameters: quantizing it needs the inputs requantized when they differ. */
export const isSameScale = (type: string) => INT8_RULES[type]?.kind === 'same-scale';
