/**
 * BatchNormalization (inference) as a per-channel MUL and ADD, which the graph passes fold into the
 * preceding convolution; LayerNormalization as MEAN / SQUARED_DIFFERENCE / RSQRT arithmetic over its axes.
 */
import { isFloatType, type OnnxConst } from '../types.js';
import { broadcastOperands } from './broadcast.js';
import type { OnnxContext } from './context.js';
import { physicalShape } from './layout.js';
import { makeConst } from './nd.js';
import type { OnnxHandler } from './types.js';

/** out = a (op) b by ONNX broadcasting, as a temporary value or output 0 (`last`). */
function step(ctx: OnnxContext, type: string, a: number | string, b: number | string, name: string, last: boolean): string {
  const { ids, shape, layout } = broadcastOperands(ctx, [a, b]);
  const opts = ['ADD', 'SUB', 'MUL', 'DIV'].includes(type) ? { fused_activation_function: 'NONE' } : undefined;
  const target = last ? 0 : `${ctx.node.name}/${name}`;
  ctx.emit(type, ids, shape, layout, opts, 'float32', target);
  return last ? ctx.node.outputs[0]! : (target as string);
}

function perChannel(ctx: OnnxContext, i: number, what: string): Float32Array {
  const c = ctx.requireConst(i, what);
  return c.data instanceof Float32Array ? c.data : Float32Array.from(c.data);
}

const batchNorm: OnnxHandler = {
  ops: ['BatchNormalization'],
  check: (node) => (node.attrs.training_mode === 1 || node.outputs.filter(Boolean).length > 1 ? 'BatchNormalization in training mode is not supported' : undefined),
  emit: (ctx) => {
    const [gamma, beta, mean, variance] = [1, 2, 3, 4].map((i) => perChannel(ctx, i, ['scale', 'bias', 'mean', 'var'][i - 1]!));
    const eps = ctx.attr('epsilon', 1e-5);
    const channels = gamma!.length;
    const scale = gamma!.map((g, c) => g / Math.sqrt(variance![c]! + eps));
    const shift = beta!.map((b, c) => b - mean![c]! * scale[c]!);
    const dims = [channels, ...Array(Math.max(0, ctx.shape(0).length - 2)).fill(1)] as number[];
    const scaled = step(ctx, 'MUL', 0, ctx.tempConst('scale', makeConst(dims, 'float32', scale)), 'mul', false);
    step(ctx, 'ADD', scaled, ctx.tempConst('shift', makeConst(dims, 'float32', shift)), 'add', true);
  },
};

const layerNorm: OnnxHandler = {
  ops: ['LayerNormalization'],
  check: (node) => (node.outputs.filter(Boolean).length > 1 ? 'LayerNormalization mean / inv_std_dev outputs are not supported' : undefined),
  emit: (ctx) => {
    const shape = ctx.shape(0);
    const rank = shape.length;
    const first = ctx.attr('axis', -1) < 0 ? ctx.attr('axis', -1) + rank : ctx.attr('axis', -1);
    const axes = Array.from({ length: rank - first }, (_, i) => first + i);
    const reduced = shape.map((d, i) => (i >= first ? 1 : d));
    const x = ctx.tensor(0, 'plain');
    const mean = ctx.temp('MEAN', [x, ctx.constInt('axes', axes)], reduced, 'mean', { keep_dims: true });
    const sq = ctx.temp('SQUARED_DIFFERENCE', [x, mean], shape, 'squared_difference');
    const variance = ctx.temp('MEAN', [sq, ctx.constInt('axes_1', axes)], reduced, 'variance', { keep_dims: true });
    const eps = ctx.temp('ADD', [variance, ctx.constFloat('epsilon', [], [ctx.attr('epsilon', 1e-5)])], reduced, 'add', { fused_activation_function: 'NONE' });
    const inv = ctx.temp('RSQRT', [eps], reduced, 'rsqrt');
    const centered = ctx.temp('SUB', [x, mean], shape, 'sub', { fused_activation_function: 'NONE' });
    const normed = ctx.define(`${ctx.node.name}/normed`, { shape, dtype: 'float32', ids: { plain: ctx.temp('MUL', [centered, inv], physicalShape(shape, 'plain'), 'normed', { fused_activation_function: 'NONE' }) } });
    const scale = ctx.requireConst(1, 'the scale');
    const bias: OnnxConst | undefined = ctx.has(2) ? ctx.requireConst(2, 'the bias') : undefined;
    if (!isFloatType(scale.dtype)) ctx.fail('a non-float scale is not supported');
    const scaled = step(ctx, 'MUL', normed, 1, 'scaled', !bias);
    if (bias) step(ctx, 'ADD', scaled, 2, 'shifted', true);
  },
};

export const normalizationHandlers: OnnxHandler[] = [batchNorm, layerNorm];
