import { GateError } from '../errors.js';
import { applyActivation, checkActivation } from './activations.js';
import { cfg, channelsFirst, weight } from './args.js';
import { binary, constF, emitOp, permuteData, prod, reshape, scalar, shapeOf, transpose } from './ops.js';
import type { LayerContext, LayerHandler } from './types.js';

/** Core layers: Dense, Flatten, Reshape, Permute, the dropout family, Rescaling, LayerScale, Identity. */
const identity = (ctx: LayerContext): number[] => [ctx.inputs[0]!];

const passThrough: LayerHandler = {
  classNames: [
    'Dropout', 'SpatialDropout1D', 'SpatialDropout2D', 'SpatialDropout3D', 'GaussianNoise', 'GaussianDropout',
    'AlphaDropout', 'ActivityRegularization', 'Identity',
  ],
  emit: identity,
};

/** FULLY_CONNECTED weights are [out, in]; Keras kernels are [in, out]. Inputs of rank > 2 keep their leading dims. */
const dense: LayerHandler = {
  classNames: ['Dense'],
  check: (layer) => checkActivation(cfg(layer, 'activation')) ?? (weight(layer, 'kernel', 0) ? undefined : 'Dense without a kernel weight'),
  emit: (ctx) => {
    const x = ctx.inputs[0]!;
    const kernel = weight(ctx.layer, 'kernel', 0)!;
    const [units, inDim] = [kernel.shape[1]!, kernel.shape[0]!];
    const inShape = shapeOf(ctx, x);
    if (inShape[inShape.length - 1] !== inDim) throw shapeError(ctx, `input last dimension ${inShape.at(-1)} but kernel expects ${inDim}`);
    const w = constF(ctx, 'MatMul', [units, inDim], permuteData(kernel.data, kernel.shape, [1, 0]));
    const biasWeight = cfg(ctx.layer, 'use_bias') === false ? undefined : weight(ctx.layer, 'bias', 1);
    const b = biasWeight ? constF(ctx, 'BiasAdd', [units], biasWeight.data) : -1;
    const outShape = [...inShape.slice(0, -1), units];
    const options = { fused_activation_function: 'NONE', keep_num_dims: inShape.length > 2 };
    const y = emitOp(ctx, 'FULLY_CONNECTED', [x, w, b], inShape.length > 2 ? outShape : [prod(inShape.slice(0, -1)), units], 'MatMul1', options);
    return [applyActivation(ctx, y, cfg(ctx.layer, 'activation'))];
  },
};

export function shapeError(ctx: LayerContext, message: string): GateError {
  return new GateError('unsupported', `layer "${ctx.layer.name}" (${ctx.layer.className}): ${message}`, { where: `layer ${ctx.layer.name}` },
    'The model file is inconsistent with its own layer config; re-save it from Keras.');
}

const flatten: LayerHandler = {
  classNames: ['Flatten'],
  check: (layer) => (channelsFirst(layer) ? 'data_format "channels_first" is not supported' : undefined),
  emit: (ctx) => {
    const x = ctx.inputs[0]!;
    const shape = shapeOf(ctx, x);
    if (shape.length === 2) return [x];
    return [reshape(ctx, x, [shape[0]!, prod(shape.slice(1))], 'Reshape')];
  },
};

const intList = (value: unknown): boolean => Array.isArray(value) && value.every((v) => v === null || Number.isInteger(v));

const reshapeLayer: LayerHandler = {
  classNames: ['Reshape'],
  check: (layer) => (intList(cfg(layer, 'target_shape', 'dims')) ? undefined : 'target_shape is missing or not a list of integers'),
  emit: (ctx) => {
    const x = ctx.inputs[0]!;
    const inShape = shapeOf(ctx, x);
    const target = (cfg(ctx.layer, 'target_shape', 'dims') as number[]).map((d) => (d === null ? -1 : d));
    const known = prod(target.filter((d) => d !== -1));
    const total = prod(inShape.slice(1));
    const resolved = target.map((d) => (d === -1 ? total / known : d));
    if (prod(resolved) !== total || !resolved.every(Number.isInteger)) throw shapeError(ctx, `cannot reshape [${inShape.slice(1)}] to [${target}]`);
    return [reshape(ctx, x, [inShape[0]!, ...resolved])];
  },
};

const permute: LayerHandler = {
  classNames: ['Permute'],
  check: (layer) => (intList(cfg(layer, 'dims')) ? undefined : 'dims is missing or not a list of integers'),
  emit: (ctx) => [transpose(ctx, ctx.inputs[0]!, [0, ...(cfg(ctx.layer, 'dims') as number[])])],
};

/** Rescaling: x * scale + offset (scalars or per-channel lists). */
const rescaling: LayerHandler = {
  classNames: ['Rescaling'],
  emit: (ctx) => {
    let x = ctx.inputs[0]!;
    const scale = cfg(ctx.layer, 'scale') ?? 1;
    const offset = cfg(ctx.layer, 'offset') ?? 0;
    if (scale !== 1) x = binary(ctx, 'MUL', x, valueConst(ctx, 'Cast', scale), 'mul');
    if (offset !== 0) x = binary(ctx, 'ADD', x, valueConst(ctx, 'Cast_1', offset), 'add');
    return [x];
  },
};

function valueConst(ctx: LayerContext, suffix: string, value: unknown): number {
  if (typeof value === 'number') return scalar(ctx, suffix, value);
  const list = (Array.isArray(value) ? value : [value]).flat(8).map(Number);
  return constF(ctx, suffix, [list.length], list);
}

/** LayerScale (Keras 3, e.g. ConvNeXt): x * gamma. */
const layerScale: LayerHandler = {
  classNames: ['LayerScale'],
  check: (layer) => (layer.weights.length === 1 ? undefined : `expected 1 weight (gamma), found ${layer.weights.length}`),
  emit: (ctx) => {
    const gamma = ctx.layer.weights[0]!;
    return [binary(ctx, 'MUL', ctx.inputs[0]!, constF(ctx, 'mul/y', gamma.shape, gamma.data), 'mul')];
  },
};

export const coreLayers: LayerHandler[] = [passThrough, dense, flatten, reshapeLayer, permute, rescaling, layerScale];
