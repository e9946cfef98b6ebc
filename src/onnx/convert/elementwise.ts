/**
 * Elementwise operators: arithmetic (Add, Sub, Mul, Div, Pow, Max, Min, Mod), comparisons (Equal, Greater,
 * Less...), Where, Not, and unary math (Sqrt, Exp, Log, Abs, Neg, Reciprocal, Floor, Ceil). They keep the
 * layout of their operands; with every operand constant they are computed at conversion time.
 */
import { isFloatType, type OnnxDType } from '../types.js';
import { broadcastOperands } from './broadcast.js';
import type { OnnxContext } from './context.js';
import { elementwise } from './nd.js';
import type { OnnxHandler } from './types.js';

const ARITH: Record<string, [string, (a: number, b: number) => number]> = {
  Add: ['ADD', (a, b) => a + b],
  Sum: ['ADD', (a, b) => a + b],
  Sub: ['SUB', (a, b) => a - b],
  Mul: ['MUL', (a, b) => a * b],
  Div: ['DIV', (a, b) => a / b],
  Pow: ['POW', (a, b) => a ** b],
  Max: ['MAXIMUM', Math.max],
  Min: ['MINIMUM', Math.min],
  Mod: ['FLOOR_MOD', (a, b) => a - Math.floor(a / b) * b],
};
const COMPARE: Record<string, [string, (a: number, b: number) => boolean]> = {
  Equal: ['EQUAL', (a, b) => a === b],
  Greater: ['GREATER', (a, b) => a > b],
  GreaterOrEqual: ['GREATER_EQUAL', (a, b) => a >= b],
  Less: ['LESS', (a, b) => a < b],
  LessOrEqual: ['LESS_EQUAL', (a, b) => a <= b],
  And: ['LOGICAL_AND', (a, b) => !!a && !!b],
  Or: ['LOGICAL_OR', (a, b) => !!a || !!b],
};
const FUSED = new Set(['ADD', 'SUB', 'MUL', 'DIV']);

/** Integer division truncates in ONNX; ints are folded exactly. */
function foldArith(ctx: OnnxContext) {
  const [, f] = ARITH[ctx.node.opType]!;
  const args = ctx.node.inputs.map((_, i) => ctx.constOf(i)!);
  const integer = !isFloatType(args[0]!.dtype);
  const g = ctx.node.opType === 'Div' && integer ? (a: number, b: number) => Math.trunc(a / b) : f;
  const fmod = ctx.node.opType === 'Mod' && ctx.attr('fmod', 0) === 1 ? (a: number, b: number) => a % b : g;
  return [args.reduce((a, b) => elementwise([a, b], fmod))];
}

/** x / c as x * (1 / c) when c is a float constant without zeros (it can then fold into a conv). */
function divisorAsFactor(ctx: OnnxContext): boolean {
  const c = ctx.constOf(1);
  if (ctx.node.opType !== 'Div' || !c || !isFloatType(c.dtype) || c.data.some((v) => v === 0)) return false;
  const name = `${ctx.node.name}/reciprocal`;
  ctx.values.set(name, { shape: c.dims, dtype: c.dtype, const: { ...c, data: Float32Array.from(c.data, (v) => 1 / v) }, ids: {} });
  ctx.node = { ...ctx.node, inputs: [ctx.node.inputs[0]!, name] };
  return true;
}

function emitArith(ctx: OnnxContext): void {
  const type = divisorAsFactor(ctx) ? 'MUL' : ARITH[ctx.node.opType]![0];
  const all = ctx.node.inputs;
  if (all.length === 1) ctx.alias(0, 0);
  for (let i = 1; i < all.length; i++) {
    // variadic Max / Min / Sum: folded left, the running result is output 0
    if (i > 1) ctx.node = { ...ctx.node, inputs: [ctx.node.outputs[0]!, all[i]!] };
    const { ids, shape, layout } = broadcastOperands(ctx, [0, 1]);
    ctx.emit(type, ids, shape, layout, FUSED.has(type) ? { fused_activation_function: 'NONE' } : undefined, ctx.value(0).dtype);
  }
}

const arithmetic: OnnxHandler = {
  ops: Object.keys(ARITH),
  check: (node) => (node.inputs.length < 2 && node.opType !== 'Sum' ? `${node.opType} needs two operands` : undefined),
  fold: foldArith,
  emit: emitArith,
};

const comparison: OnnxHandler = {
  ops: Object.keys(COMPARE),
  fold: (ctx) => {
    const [, f] = COMPARE[ctx.node.opType]!;
    return [elementwise([ctx.constOf(0)!, ctx.constOf(1)!], (a, b) => (f(a, b) ? 1 : 0), 'bool')];
  },
  emit: (ctx) => {
    const { ids, shape, layout } = broadcastOperands(ctx, [0, 1]);
    ctx.emit(COMPARE[ctx.node.opType]![0], ids, shape, layout, undefined, 'bool');
  },
};

const where: OnnxHandler = {
  ops: ['Where'],
  fold: (ctx) => [elementwise([ctx.constOf(0)!, ctx.constOf(1)!, ctx.constOf(2)!], (c, x, y) => (c ? x : y), ctx.value(1).dtype)],
  emit: (ctx) => {
    const { ids, shape, layout } = broadcastOperands(ctx, [0, 1, 2]);
    ctx.emit('SELECT_V2', ids, shape, layout, undefined, ctx.value(1).dtype);
  },
};

const UNARY: Record<string, [string, (a: number) => number]> = {
  Sqrt: ['SQRT', Math.sqrt], Exp: ['EXP', Math.exp], Log: ['LOG', Math.log], Abs: ['ABS', Math.abs],
  Neg: ['NEG', (a) => -a], Floor: ['FLOOR', Math.floor], Ceil: ['CEIL', Math.ceil], Sin: ['SIN', Math.sin], Cos: ['COS', Math.cos],
  Not: ['LOGICAL_NOT', (a) => (a ? 0 : 1)], Sign: ['SIGN', Math.sign], Round: ['ROUND', (a) => a - Math.floor(a) === 0.5 ? 2 * Math.round(a / 2) : Math.round(a)],
};

/** A unary op keeping the operand's layout. */
export function emitUnary(ctx: OnnxContext, type: string, options?: Record<string, number | boolean | string>, dtype?: OnnxDType): number {
  const layout = ctx.layoutOf(0);
  return ctx.emit(type, [ctx.tensor(0, layout)], ctx.shape(0), layout, options, dtype ?? ctx.value(0).dtype);
}

const unary: OnnxHandler = {
  ops: [...Object.keys(UNARY), 'Reciprocal'],
  fold: (ctx) => {
    const f = ctx.node.opType === 'Reciprocal' ? (a: number) => 1 / a : UNARY[ctx.node.opType]![1];
    return [elementwise([ctx.constOf(0)!], f)];
  },
  emit: (ctx) => {
    if (ctx.node.opType !== 'Reciprocal') {
      emitUnary(ctx, UNARY[ctx.node.opType]![0]);
      return;
    }
    const layout = ctx.layoutOf(0);
    ctx.emit('DIV', [ctx.constFloat('one', [], [1]), ctx.tensor(0, layout)], ctx.shape(0), layout, { fused_activation_function: 'NONE' });
  },
};

export const elementwiseHandlers: OnnxHandler[] = [arithmetic, comparison, where, unary];
