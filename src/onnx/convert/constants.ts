/**
 * Constant, ConstantOfShape, Range (conversion-time constants), Identity and Dropout (the same value), Cast
 * (CAST between types; a no-op between float types, which all compute in float32).
 */
import { GateError } from '../../errors.js';
import { isFloatType, type OnnxConst, type OnnxDType } from '../types.js';
import { onnxDType } from '../tensor.js';
import type { OnnxContext } from './context.js';
import { checkedSize, elementwise, makeConst } from './nd.js';
import type { OnnxHandler } from './types.js';

function constantValue(ctx: OnnxContext): OnnxConst {
  const a = ctx.node.attrs;
  if (typeof a.value === 'object' && !Array.isArray(a.value)) return a.value;
  if (typeof a.value_float === 'number') return makeConst([], 'float32', [a.value_float]);
  if (typeof a.value_int === 'number') return makeConst([], 'int64', [a.value_int]);
  if (Array.isArray(a.value_floats)) return makeConst([a.value_floats.length], 'float32', a.value_floats as number[]);
  if (Array.isArray(a.value_ints)) return makeConst([a.value_ints.length], 'int64', a.value_ints as number[]);
  throw new GateError('unsupported', 'a Constant without a tensor, float or int value is not supported', { where: ctx.where });
}

const constant: OnnxHandler = { ops: ['Constant'], fold: (ctx) => [constantValue(ctx)], emit: (ctx) => ctx.defineConst(0, constantValue(ctx)) };

function constantOfShape(ctx: OnnxContext): OnnxConst {
  const dims = Array.from(ctx.requireConst(0, 'the shape').data);
  const value = ctx.node.attrs.value as OnnxConst | undefined;
  return makeConst(dims, value?.dtype ?? 'float32', new Float64Array(checkedSize(dims)).fill(value?.data[0] ?? 0));
}

const constantOfShapeOp: OnnxHandler = { ops: ['ConstantOfShape'], fold: (ctx) => [constantOfShape(ctx)], emit: (ctx) => ctx.defineConst(0, constantOfShape(ctx)) };

function range(ctx: OnnxContext): OnnxConst {
  const [start, limit, delta] = [0, 1, 2].map((i) => ctx.requireConst(i, ['start', 'limit', 'delta'][i]!).data[0]!);
  const n = checkedSize([Math.max(Math.ceil((limit! - start!) / delta!), 0)]);
  return makeConst([n], ctx.value(0).dtype, Array.from({ length: n }, (_, i) => start! + i * delta!));
}

const rangeOp: OnnxHandler = { ops: ['Range'], fold: (ctx) => [range(ctx)], emit: (ctx) => ctx.defineConst(0, range(ctx)) };

const identity: OnnxHandler = {
  ops: ['Identity', 'Dropout'],
  check: (node) => (node.opType === 'Dropout' && node.outputs.filter(Boolean).length > 1 ? 'the Dropout mask output is not supported' : undefined),
  emit: (ctx) => ctx.alias(0, 0),
};

const cast: OnnxHandler = {
  ops: ['Cast'],
  fold: (ctx) => {
    const to: OnnxDType = onnxDType(ctx.attr('to', 1), ctx.where);
    const round = isFloatType(to) ? (x: number) => x : to === 'bool' ? (x: number) => (x ? 1 : 0) : Math.trunc;
    return [elementwise([ctx.constOf(0)!], round, to)];
  },
  emit: (ctx) => {
    const to: OnnxDType = onnxDType(ctx.attr('to', 1), ctx.where);
    const from = ctx.value(0).dtype;
    const same = (isFloatType(to) && isFloatType(from)) || (!isFloatType(to) && to !== 'bool' && !isFloatType(from) && from !== 'bool');
    if (same) {
      ctx.define(0, { ...ctx.value(0), dtype: to });
      return;
    }
    // floats compute as float32, integers as int32 (graphDType): CAST between those
    const layout = ctx.layoutOf(0);
    ctx.emit('CAST', [ctx.tensor(0, layout)], ctx.shape(0), layout, undefined, to);
  },
};

export const constantHandlers: OnnxHandler[] = [constant, constantOfShapeOp, rangeOp, identity, cast];
