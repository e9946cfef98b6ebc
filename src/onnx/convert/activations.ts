/**
 * Activations: Relu, Sigmoid, Tanh, LeakyRelu, PRelu, Elu, Clip, HardSigmoid, HardSwish, Gelu (and the
 * x * 0.5 * (1 + erf(x / sqrt 2)) pattern, fused into one GELU by fuse.ts), Softmax, LogSoftmax. Each keeps
 * the layout of its input; Softmax's axis picks the layout where it is the last axis.
 */
import { broadcastOperands } from './broadcast.js';
import type { OnnxContext } from './context.js';
import { emitUnary } from './elementwise.js';
import { physicalAxis, physicalShape, type Layout } from './layout.js';
import { elementwise } from './nd.js';
import type { OnnxHandler } from './types.js';

const SIMPLE: Record<string, string> = { Relu: 'RELU', Sigmoid: 'LOGISTIC', Tanh: 'TANH', HardSwish: 'HARD_SWISH' };
const SIMPLE_FOLD: Record<string, (x: number) => number> = {
  Relu: (x) => Math.max(0, x), Sigmoid: (x) => 1 / (1 + Math.exp(-x)), Tanh: Math.tanh, HardSwish: (x) => (x * Math.min(Math.max(x + 3, 0), 6)) / 6,
};

const simple: OnnxHandler = {
  ops: Object.keys(SIMPLE),
  fold: (ctx) => [elementwise([ctx.constOf(0)!], SIMPLE_FOLD[ctx.node.opType]!)],
  emit: (ctx) => void emitUnary(ctx, SIMPLE[ctx.node.opType]!),
};

/** An intermediate elementwise op on input 0's layout: x (op) scalar. */
function scalarOp(ctx: OnnxContext, type: string, x: number, value: number, suffix: string): number {
  const layout = ctx.layoutOf(0);
  const opts = type === 'MUL' || type === 'ADD' ? { fused_activation_function: 'NONE' } : undefined;
  return ctx.temp(type, [x, ctx.constFloat(`${suffix}/y`, [], [value])], physicalShape(ctx.shape(0), layout), suffix, opts);
}

function finish(ctx: OnnxContext, type: string, x: number, value: number): void {
  const layout = ctx.layoutOf(0);
  const opts = type === 'MUL' || type === 'ADD' ? { fused_activation_function: 'NONE' } : undefined;
  ctx.emit(type, [x, ctx.constFloat(`${type.toLowerCase()}/y`, [], [value])], ctx.shape(0), layout, opts);
}

const CLIP_OPS: [number, number, string][] = [[0, Infinity, 'RELU'], [0, 6, 'RELU6'], [-1, 1, 'RELU_N1_TO_1']];

function clipBounds(ctx: OnnxContext): [number, number] {
  if (ctx.opset < 11) return [ctx.attr('min', -Infinity), ctx.attr('max', Infinity)];
  const low = ctx.has(1) ? ctx.requireConst(1, 'the Clip minimum').data[0]! : -Infinity;
  const high = ctx.has(2) ? ctx.requireConst(2, 'the Clip maximum').data[0]! : Infinity;
  return [low, high];
}

const clip: OnnxHandler = {
  ops: ['Clip'],
  fold: (ctx) => {
    const [lo, hi] = clipBounds(ctx);
    return [elementwise([ctx.constOf(0)!], (x) => Math.min(Math.max(x, lo), hi))];
  },
  emit: (ctx) => {
    const [lo, hi] = clipBounds(ctx);
    const known = CLIP_OPS.find(([a, b]) => a === lo && b === hi);
    if (known) return void emitUnary(ctx, known[2]);
    const x = ctx.tensor(0, ctx.layoutOf(0));
    if (hi === Infinity) return finish(ctx, 'MAXIMUM', x, lo);
    if (lo === -Infinity) return finish(ctx, 'MINIMUM', x, hi);
    finish(ctx, 'MINIMUM', scalarOp(ctx, 'MAXIMUM', x, lo, 'Maximum'), hi);
  },
};

const leakyRelu: OnnxHandler = {
  ops: ['LeakyRelu'],
  emit: (ctx) => void emitUnary(ctx, 'LEAKY_RELU', { alpha: ctx.attr('alpha', 0.01) }),
};

const elu: OnnxHandler = {
  ops: ['Elu'],
  check: (node) => ((node.attrs.alpha ?? 1) !== 1 ? `Elu alpha ${String(node.attrs.alpha)} is not supported (1 is)` : undefined),
  emit: (ctx) => void emitUnary(ctx, 'ELU'),
};

const prelu: OnnxHandler = {
  ops: ['PRelu'],
  emit: (ctx) => {
    const { ids, layout } = broadcastOperands(ctx, [0, 1]);
    ctx.emit('PRELU', ids, ctx.shape(0), layout);
  },
};

/** HardSigmoid: clamp(alpha * x + beta, 0, 1). */
const hardSigmoid: OnnxHandler = {
  ops: ['HardSigmoid'],
  emit: (ctx) => {
    const x = ctx.tensor(0, ctx.layoutOf(0));
    const scaled = scalarOp(ctx, 'MUL', x, ctx.attr('alpha', 0.2), 'mul');
    const shifted = scalarOp(ctx, 'ADD', scaled, ctx.attr('beta', 0.5), 'add');
    finish(ctx, 'MINIMUM', scalarOp(ctx, 'MAXIMUM', shifted, 0, 'Maximum'), 1);
  },
};

const gelu: OnnxHandler = {
  ops: ['Gelu'],
  emit: (ctx) => void emitUnary(ctx, 'GELU', { approximate: ctx.attr('approximate', 'none') === 'tanh' }),
};

/** SOFTMAX / LOG_SOFTMAX work on the last axis: pick the layout where `axis` is last, else transpose around. */
function softmaxLike(type: string): OnnxHandler {
  return {
    ops: [type === 'SOFTMAX' ? 'Softmax' : 'LogSoftmax'],
    check: (node, opset) => (opset < 13 && node.attrs.axis !== undefined && node.attrs.axis !== -1 ? 'Softmax before opset 13 with an axis other than the last is not supported' : undefined),
    emit: (ctx) => {
      const shape = ctx.shape(0);
      const rank = shape.length;
      const axis = ctx.attr('axis', ctx.opset < 13 ? 1 : -1);
      const options = type === 'SOFTMAX' ? { beta: 1 } : undefined;
      const layouts: Layout[] = [ctx.layoutOf(0), ctx.layoutOf(0) === 'plain' ? 'nhwc' : 'plain'];
      const fits = layouts.find((l) => physicalAxis(axis, rank, l) === rank - 1);
      if (fits) return void ctx.emit(type, [ctx.tensor(0, fits)], shape, fits, options);
      const a = axis < 0 ? axis + rank : axis;
      const perm = [...Array(rank).keys()].filter((d) => d !== a).concat(a);
      const inverse = perm.map((_, i) => perm.indexOf(i));
      const moved = ctx.temp('TRANSPOSE', [ctx.tensor(0), ctx.constInt('perm', perm)], perm.map((p) => shape[p]!), 'transpose');
      const y = ctx.temp(type, [moved], perm.map((p) => shape[p]!), 'softmax', options);
      ctx.emit('TRANSPOSE', [y, ctx.constInt('perm_back', inverse)], shape, 'plain');
    },
  };
}

export const activationHandlers: OnnxHandler[] = [simple, clip, leakyRelu, elu, prelu, hardSigmoid, gelu, softmaxLike('SOFTMAX'), softmaxLike('LOG_SOFTMAX')];
