import { axes, bool, cfg, num } from './args.js';
import { binary, constF, constI, emitOp, reshape, scalar, shapeOf, unary } from './ops.js';
import type { LayerContext, LayerHandler } from './types.js';
import type { KerasLayer, WeightTensor } from '../keras/types.js';

/**
 * BatchNormalization (as MUL + ADD, folded into the producing conv/dense by a pass), LayerNormalization
 * (the converter's MEAN / SQUARED_DIFFERENCE / RSQRT sequence) and Normalization ((x - mean) / std).
 */

/** The shape of a per-channel constant on `axesList` of a rank-`rank` tensor, without the batch dimension. */
function channelShape(inShape: number[], axesList: number[]): number[] {
  const shape = inShape.map((d, i) => (axesList.includes(i) ? d : 1));
  // Trailing-axis constants are written compactly ([C]), as the converter does.
  if (axesList.length === 1 && axesList[0] === inShape.length - 1) return [inShape.at(-1)!];
  return shape.slice(1);
}

function bnWeights(layer: KerasLayer): { gamma?: WeightTensor; beta?: WeightTensor; mean: WeightTensor; variance: WeightTensor } {
  const ws = [...layer.weights];
  const gamma = cfg(layer, 'scale') === false ? undefined : ws.shift();
  const beta = cfg(layer, 'center') === false ? undefined : ws.shift();
  return { gamma, beta, mean: ws[0]!, variance: ws[1]! };
}

const batchNorm: LayerHandler = {
  classNames: ['BatchNormalization', 'BatchNormalizationV1', 'BatchNormalizationV2', 'SyncBatchNormalization'],
  check: (layer) => {
    const expected = 2 + (cfg(layer, 'scale') === false ? 0 : 1) + (cfg(layer, 'center') === false ? 0 : 1);
    if (layer.weights.length !== expected) return `expected ${expected} weights, found ${layer.weights.length}`;
    if (bool(layer, 'renorm', false)) return 'batch renormalization is not supported';
    return undefined;
  },
  emit: (ctx) => {
    const x = ctx.inputs[0]!;
    const inShape = shapeOf(ctx, x);
    const axisList = axes(ctx.layer, 'axis', inShape.length, [-1]);
    const { gamma, beta, mean, variance } = bnWeights(ctx.layer);
    const eps = num(ctx.layer, 'epsilon', 1e-3);
    const n = mean.data.length;
    const scale = new Float32Array(n);
    const shift = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      scale[i] = (gamma ? gamma.data[i]! : 1) / Math.sqrt(variance.data[i]! + eps);
      shift[i] = (beta ? beta.data[i]! : 0) - mean.data[i]! * scale[i]!;
    }
    const shape = channelShape(inShape, axisList);
    const scaled = binary(ctx, 'MUL', x, constF(ctx, 'batchnorm/mul', shape, scale), 'batchnorm/mul_1');
    return [binary(ctx, 'ADD', scaled, constF(ctx, 'batchnorm/sub', shape, shift), 'batchnorm/add_1')];
  },
};

function layerNormParams(ctx: LayerContext) {
  const useScale = cfg(ctx.layer, 'scale') !== false;
  const useCenter = cfg(ctx.layer, 'center') !== false;
  const ws = [...ctx.layer.weights];
  return { gamma: useScale ? ws.shift() : undefined, beta: useCenter ? ws.shift() : undefined };
}

const layerNorm: LayerHandler = {
  classNames: ['LayerNormalization'],
  check: (layer) => {
    if (bool(layer, 'rms_scaling', false)) return 'rms_scaling is not supported';
    const expected = (cfg(layer, 'scale') === false ? 0 : 1) + (cfg(layer, 'center') === false ? 0 : 1);
    return layer.weights.length === expected ? undefined : `expected ${expected} weights, found ${layer.weights.length}`;
  },
  emit: (ctx) => {
    const x = ctx.inputs[0]!;
    const inShape = shapeOf(ctx, x);
    const axisList = axes(ctx.layer, 'axis', inShape.length, [-1]);
    const axisConst = constI(ctx, 'moments/axes', axisList);
    const keptShape = inShape.map((d, i) => (axisList.includes(i) ? 1 : d));
    const mean = emitOp(ctx, 'MEAN', [x, axisConst], keptShape, 'moments/mean', { keep_dims: true });
    const negMean = unary(ctx, 'NEG', mean, 'Neg');
    const sq = emitOp(ctx, 'SQUARED_DIFFERENCE', [x, mean], inShape, 'moments/SquaredDifference');
    const variance = emitOp(ctx, 'MEAN', [sq, axisConst], keptShape, 'moments/variance', { keep_dims: true });
    const inv = unary(ctx, 'RSQRT', binary(ctx, 'ADD', variance, scalar(ctx, 'add/y', num(ctx.layer, 'epsilon', 1e-3)), 'add'), 'Rsqrt');
    const { gamma, beta } = layerNormParams(ctx);
    const paramShape = inShape.map((d, i) => (axisList.includes(i) ? d : 1)).slice(1);
    const s = gamma ? binary(ctx, 'MUL', inv, constF(ctx, 'Reshape', paramShape, gamma.data), 'mul') : inv;
    let offset = binary(ctx, 'MUL', negMean, s, 'mul_1');
    if (beta) offset = binary(ctx, 'ADD', offset, constF(ctx, 'Reshape_1', paramShape, beta.data), 'add_1');
    return [binary(ctx, 'ADD', binary(ctx, 'MUL', x, s, 'mul_2'), offset, 'add_2')];
  },
};

/** Normalization: (x - mean) / max(sqrt(variance), 1e-7), or the inverse; statistics from weights or config. */
const normalization: LayerHandler = {
  classNames: ['Normalization'],
  check: (layer) => (normStats(layer) ? undefined : 'Normalization without mean/variance (never adapted)'),
  emit: (ctx) => {
    const x = ctx.inputs[0]!;
    const inShape = shapeOf(ctx, x);
    const stats = normStats(ctx.layer)!;
    const axisList = axes(ctx.layer, 'axis', inShape.length, [-1]);
    const shape = stats.mean.length === 1 ? [] : [1, ...inShape.slice(1).map((d, i) => (axisList.includes(i + 1) ? d : 1))];
    const std = stats.variance.map((v) => Math.max(Math.sqrt(v), 1e-7));
    if (bool(ctx.layer, 'invert', false)) {
      const scaled = binary(ctx, 'MUL', x, constF(ctx, 'Sqrt', shape, std), 'mul');
      return [binary(ctx, 'ADD', scaled, constF(ctx, 'Reshape', shape, stats.mean), 'add')];
    }
    const centred = binary(ctx, 'SUB', x, constF(ctx, 'Reshape', shape, stats.mean), 'sub');
    return [binary(ctx, 'MUL', centred, constF(ctx, 'truediv/recip', shape, std.map((v) => 1 / v)), 'truediv')];
  },
};

function normStats(layer: KerasLayer): { mean: number[]; variance: number[] } | undefined {
  const flat = (v: unknown): number[] | undefined =>
    typeof v === 'number' ? [v] : Array.isArray(v) ? (v as unknown[]).flat(8).map(Number) : undefined;
  const mean = flat(cfg(layer, 'mean'));
  const variance = flat(cfg(layer, 'variance'));
  if (mean && variance) return { mean, variance };
  const m = layer.weights.find((w) => /mean/.test(w.name)) ?? layer.weights[0];
  const v = layer.weights.find((w) => /variance/.test(w.name)) ?? layer.weights[1];
  if (!m || !v) return undefined;
  return { mean: Array.from(m.data), variance: Array.from(v.data) };
}

/** UnitNormalization: x * min(rsqrt(sum(x^2, axis)), 1e12), as keras.ops.normalize computes it. */
const unitNormalization: LayerHandler = {
  classNames: ['UnitNormalization'],
  emit: (ctx) => {
    const x = ctx.inputs[0]!;
    const inShape = shapeOf(ctx, x);
    const axisList = axes(ctx.layer, 'axis', inShape.length, [-1]);
    const squares = unary(ctx, 'SQUARE', x, 'Square');
    const keptShape = inShape.map((d, i) => (axisList.includes(i) ? 1 : d));
    const sum = emitOp(ctx, 'SUM', [squares, constI(ctx, 'Sum/reduction_indices', axisList)], keptShape, 'Sum', { keep_dims: true });
    const inv = binary(ctx, 'MINIMUM', unary(ctx, 'RSQRT', sum, 'Rsqrt'), scalar(ctx, 'Minimum/y', 1e12), 'Minimum');
    return [binary(ctx, 'MUL', x, inv, 'mul')];
  },
};

/** GroupNormalization (channels last): statistics per group of channels over all other non-batch axes. */
const groupNormalization: LayerHandler = {
  classNames: ['GroupNormalization'],
  check: (layer) => {
    if (num(layer, 'axis', -1) !== -1) return 'only axis=-1 (channels last) is supported';
    const expected = (cfg(layer, 'scale') === false ? 0 : 1) + (cfg(layer, 'center') === false ? 0 : 1);
    return layer.weights.length === expected ? undefined : `expected ${expected} weights, found ${layer.weights.length}`;
  },
  emit: (ctx) => {
    const x = ctx.inputs[0]!;
    const inShape = shapeOf(ctx, x);
    const channels = inShape.at(-1)!;
    const groups = num(ctx.layer, 'groups', 32);
    const grouped = reshape(ctx, x, [...inShape.slice(0, -1), groups, channels / groups], 'Reshape');
    const rank = inShape.length + 1;
    const axisList = [...Array(rank).keys()].filter((a) => a !== 0 && a !== rank - 2);
    const axisConst = constI(ctx, 'moments/axes', axisList);
    const gShape = shapeOf(ctx, grouped);
    const keptShape = gShape.map((d, i) => (axisList.includes(i) ? 1 : d));
    const mean = emitOp(ctx, 'MEAN', [grouped, axisConst], keptShape, 'moments/mean', { keep_dims: true });
    const sq = emitOp(ctx, 'SQUARED_DIFFERENCE', [grouped, mean], gShape, 'moments/SquaredDifference');
    const variance = emitOp(ctx, 'MEAN', [sq, axisConst], keptShape, 'moments/variance', { keep_dims: true });
    const inv = unary(ctx, 'RSQRT', binary(ctx, 'ADD', variance, scalar(ctx, 'add/y', num(ctx.layer, 'epsilon', 1e-3)), 'add'), 'Rsqrt');
    const normalized = binary(ctx, 'MUL', binary(ctx, 'SUB', grouped, mean, 'sub'), inv, 'mul');
    let y = reshape(ctx, normalized, inShape, 'Reshape_1');
    const { gamma, beta } = layerNormParams(ctx);
    if (gamma) y = binary(ctx, 'MUL', y, constF(ctx, 'gamma', [channels], gamma.data), 'mul_1');
    if (beta) y = binary(ctx, 'ADD', y, constF(ctx, 'beta', [channels], beta.data), 'add_1');
    return [y];
  },
};

export const normalizationLayers: LayerHandler[] = [batchNorm, layerNorm, normalization, unitNormalization, groupNormalization];
