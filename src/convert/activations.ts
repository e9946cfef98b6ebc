import { activationName, kerasMajor } from './args.js';
import { binary, scalar, unary } from './ops.js';
import type { LayerContext } from './types.js';

/**
 * Keras activation functions (the `activation=` argument and the Activation layer) as TFLite ops, in the
 * shapes the TFLite converter emits them. RELU/RELU6 are later fused into the producing op by a pass.
 */
type ActivationEmitter = (ctx: LayerContext, x: number) => number;

const simple = (type: string, suffix: string): ActivationEmitter => (ctx, x) => unary(ctx, type, x, suffix);

/** Keras 3: relu6(x + 3) / 6; Keras 2: clip(0.2 x + 0.5, 0, 1). */
function hardSigmoid(ctx: LayerContext, x: number): number {
  if (kerasMajor(ctx.kerasVersion ?? '') < 3) {
    const scaled = binary(ctx, 'MUL', x, scalar(ctx, 'mul/y', 0.2), 'mul');
    const shifted = binary(ctx, 'ADD', scaled, scalar(ctx, 'add/y', 0.5), 'add');
    const capped = binary(ctx, 'MINIMUM', shifted, scalar(ctx, 'clip/y', 1), 'clip_by_value/Minimum');
    return unary(ctx, 'RELU', capped, 'clip_by_value');
  }
  const shifted = binary(ctx, 'ADD', x, scalar(ctx, 'add/y', 3), 'add');
  const clipped = unary(ctx, 'RELU6', shifted, 'Relu6');
  return binary(ctx, 'MUL', clipped, scalar(ctx, 'mul/y', 1 / 6), 'mul');
}

function swish(ctx: LayerContext, x: number): number {
  return binary(ctx, 'MUL', x, unary(ctx, 'LOGISTIC', x, 'Sigmoid'), 'mul');
}

function softplus(ctx: LayerContext, x: number): number {
  const e = unary(ctx, 'EXP', x, 'Exp');
  return unary(ctx, 'LOG', binary(ctx, 'ADD', e, scalar(ctx, 'add/y', 1), 'add'), 'Softplus');
}

function softsign(ctx: LayerContext, x: number): number {
  const denominator = binary(ctx, 'ADD', unary(ctx, 'ABS', x, 'Abs'), scalar(ctx, 'add/y', 1), 'add');
  return binary(ctx, 'DIV', x, denominator, 'Softsign');
}

/**
 * elu(x, alpha). For alpha <= 1 it equals max(x, alpha * elu(x)) (exp(x) - 1 >= x), two ops fewer than the
 * converter's select; otherwise relu(x) + alpha * min(elu(x), 0).
 */
export function scaledElu(ctx: LayerContext, x: number, alpha: number): number {
  const e = unary(ctx, 'ELU', x, 'Elu');
  if (alpha === 1) return e;
  if (alpha >= 0 && alpha < 1) return binary(ctx, 'MAXIMUM', x, binary(ctx, 'MUL', e, scalar(ctx, 'mul/y', alpha), 'mul'), 'elu');
  const negative = binary(ctx, 'MINIMUM', e, scalar(ctx, 'Minimum/y', 0), 'Minimum');
  const scaledNegative = binary(ctx, 'MUL', negative, scalar(ctx, 'mul/y', alpha), 'mul');
  return binary(ctx, 'ADD', unary(ctx, 'RELU', x, 'Relu'), scaledNegative, 'elu');
}

function selu(ctx: LayerContext, x: number): number {
  const scale = 1.0507009873554805;
  const elu = scaledElu(ctx, x, 1.6732632423543772);
  return binary(ctx, 'MUL', elu, scalar(ctx, 'selu/scale', scale), 'selu');
}

export const ACTIVATIONS: Record<string, ActivationEmitter> = {
  linear: (_ctx, x) => x,
  relu: simple('RELU', 'Relu'),
  relu6: simple('RELU6', 'Relu6'),
  sigmoid: simple('LOGISTIC', 'Sigmoid'),
  tanh: simple('TANH', 'Tanh'),
  softmax: (ctx, x) => unary(ctx, 'SOFTMAX', x, 'Softmax', { beta: 1 }),
  log_softmax: (ctx, x) => unary(ctx, 'LOG_SOFTMAX', x, 'LogSoftmax'),
  elu: simple('ELU', 'Elu'),
  selu,
  swish,
  silu: swish,
  hard_swish: simple('HARD_SWISH', 'HardSwish'),
  hard_silu: simple('HARD_SWISH', 'HardSwish'),
  hard_sigmoid: hardSigmoid,
  gelu: (ctx, x) => unary(ctx, 'GELU', x, 'Gelu', { approximate: false }),
  leaky_relu: (ctx, x) => unary(ctx, 'LEAKY_RELU', x, 'LeakyRelu', { alpha: 0.2 }),
  softplus,
  softsign,
  exponential: simple('EXP', 'Exp'),
};

/** Whether an `activation` argument names a function we convert. */
export function isSupportedActivation(value: unknown): boolean {
  return activationName(value) in ACTIVATIONS;
}

/** Apply an `activation` argument (string or serialized function) to tensor x. */
export function applyActivation(ctx: LayerContext, x: number, value: unknown): number {
  const emit = ACTIVATIONS[activationName(value)];
  if (!emit) throw new Error(`activation ${activationName(value)} passed the check but has no emitter`);
  return emit(ctx, x);
}

/** The check shared by every layer with an `activation` argument. */
export function checkActivation(value: unknown): string | undefined {
  if (value === undefined || value === null || isSupportedActivation(value)) return undefined;
  return `activation "${activationName(value)}" is not supported`;
}
