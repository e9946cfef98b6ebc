import { applyActivation, checkActivation, scaledElu } from './activations.js';
import { axes, cfg, num } from './args.js';
import { binary, constF, emitOp, scalar, shapeOf, transpose, unary } from './ops.js';
import type { LayerContext, LayerHandler } from './types.js';

/** Activation layers: Activation, ReLU, LeakyReLU, PReLU, ELU, Softmax, ThresholdedReLU. */
const activation: LayerHandler = {
  classNames: ['Activation'],
  check: (layer) => checkActivation(cfg(layer, 'activation') ?? 'linear'),
  emit: (ctx) => [applyActivation(ctx, ctx.inputs[0]!, cfg(ctx.layer, 'activation'))],
};

/** Keras relu(x, negative_slope, max_value, threshold), term by term as keras.activations.relu does. */
function relu(ctx: LayerContext, x: number, slope: number, max: number | undefined, threshold: number): number {
  if (slope !== 0 && max === undefined && threshold === 0) return unary(ctx, 'LEAKY_RELU', x, 'LeakyRelu', { alpha: slope });
  let positive: number;
  if (threshold !== 0) {
    const keep = emitOp(ctx, 'GREATER', [x, scalar(ctx, 'Greater/y', threshold)], shapeOf(ctx, x), 'Greater', undefined, 'bool');
    positive = emitOp(ctx, 'SELECT_V2', [keep, x, scalar(ctx, 'zeros', 0)], shapeOf(ctx, x), 'SelectV2');
  } else {
    positive = unary(ctx, max === 6 ? 'RELU6' : 'RELU', x, max === 6 ? 'Relu6' : 'Relu');
  }
  if (max !== undefined && !(max === 6 && threshold === 0)) {
    positive = binary(ctx, 'MINIMUM', positive, scalar(ctx, 'clip/y', max), 'clip_by_value/Minimum');
    if (threshold !== 0) positive = unary(ctx, 'RELU', positive, 'clip_by_value');
  }
  if (slope === 0) return positive;
  const below = unary(ctx, 'RELU', binary(ctx, 'SUB', scalar(ctx, 'threshold', threshold), x, 'sub'), 'Relu_1');
  return binary(ctx, 'SUB', positive, binary(ctx, 'MUL', below, scalar(ctx, 'mul/y', slope), 'mul'), 'sub_1');
}

const reluLayer: LayerHandler = {
  classNames: ['ReLU'],
  emit: (ctx) => {
    const max = cfg(ctx.layer, 'max_value');
    const slope = num(ctx.layer, 'negative_slope', 0);
    return [relu(ctx, ctx.inputs[0]!, slope, typeof max === 'number' ? max : undefined, num(ctx.layer, 'threshold', 0))];
  },
};

const leakyRelu: LayerHandler = {
  classNames: ['LeakyReLU'],
  emit: (ctx) => [unary(ctx, 'LEAKY_RELU', ctx.inputs[0]!, 'LeakyRelu', { alpha: num(ctx.layer, ['negative_slope', 'alpha'], 0.3) })],
};

const thresholdedRelu: LayerHandler = {
  classNames: ['ThresholdedReLU'],
  emit: (ctx) => [relu(ctx, ctx.inputs[0]!, 0, undefined, num(ctx.layer, 'theta', 1))],
};

const elu: LayerHandler = {
  classNames: ['ELU'],
  emit: (ctx) => [scaledElu(ctx, ctx.inputs[0]!, num(ctx.layer, 'alpha', 1))],
};

/** PReLU: alpha has the input's shape without batch, with 1 on shared axes; TFLite broadcasts it. */
const prelu: LayerHandler = {
  classNames: ['PReLU'],
  check: (layer) => (layer.weights.length === 1 ? undefined : 'PReLU without its alpha weight'),
  emit: (ctx) => {
    const x = ctx.inputs[0]!;
    const alpha = ctx.layer.weights[0]!;
    const alphaShape = alpha.shape.length === shapeOf(ctx, x).length - 1 ? alpha.shape : shapeOf(ctx, x).slice(1);
    const a = constF(ctx, 'alpha', alphaShape, alpha.data);
    return [emitOp(ctx, 'PRELU', [x, a], shapeOf(ctx, x), 'Prelu')];
  },
};

/** Softmax over any axis: TFLite's SOFTMAX works on the last axis, so other axes are transposed there and back. */
const softmax: LayerHandler = {
  classNames: ['Softmax'],
  check: (layer) => (axes(layer, 'axis', 8, [-1]).length > 1 ? 'Softmax over several axes' : undefined),
  emit: (ctx) => {
    const x = ctx.inputs[0]!;
    const rank = shapeOf(ctx, x).length;
    const axis = axes(ctx.layer, 'axis', rank, [-1])[0]!;
    if (axis === rank - 1) return [unary(ctx, 'SOFTMAX', x, 'Softmax', { beta: 1 })];
    const perm = [...Array(rank).keys()];
    perm[axis] = rank - 1;
    perm[rank - 1] = axis;
    const moved = transpose(ctx, x, perm, 'transpose');
    return [transpose(ctx, unary(ctx, 'SOFTMAX', moved, 'Softmax', { beta: 1 }), perm, 'transpose_1')];
  },
};

export const activationLayers: LayerHandler[] = [activation, reluLayer, leakyRelu, thresholdedRelu, elu, prelu, softmax];
