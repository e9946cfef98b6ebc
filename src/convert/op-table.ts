import { ACTIVATIONS } from './activations.js';
import { binary, broadcastShape, constF, constI, emitOp, prod, reshape, scalar, shapeOf, transpose, unary } from './ops.js';
import type { LayerContext } from './types.js';

/**
 * Tensor operations recorded as layers (Keras 3 `keras.src.ops.*` op layers, tf.keras 2 TFOpLambda), by a
 * canonical name. Operands are tensors or constants on either side (`3.0 - x` differs from `x - 3.0`);
 * parameters (axis, keepdims...) come through `param` under canonical names, whichever spelling the file used.
 */
export interface Constant {
  shape: number[];
  data: number[];
}

/** A tensor id, a constant, or a list of operands (the values of concatenate). */
export type Operand = number | Constant | Operand[];

export interface OpCall {
  ctx: LayerContext;
  operands: Operand[];
  param(name: 'axis' | 'keepdims' | 'shape' | 'perm' | 'min' | 'max' | 'approximate'): unknown;
}

export interface OpSpec {
  /** How many leading operands the op reads (the rest are ignored). */
  arity: number;
  /** A reason the op cannot be converted with these parameters (checked before conversion). */
  check?: (param: OpCall['param']) => string | undefined;
  emit: (call: OpCall) => number;
}

const isConstant = (o: Operand | undefined): o is Constant => typeof o === 'object' && o !== null && !Array.isArray(o);

/** A tensor operand as a tensor id (constants become float constants named after the layer). */
function tensorOf(call: OpCall, o: Operand | undefined, suffix: string): number {
  if (typeof o === 'number') return o;
  if (isConstant(o)) return o.shape.length === 0 ? scalar(call.ctx, suffix, o.data[0]!) : constF(call.ctx, suffix, o.shape, o.data);
  throw new Error(`operand ${JSON.stringify(o)} is not a tensor`);
}

const NONE = { fused_activation_function: 'NONE' };

function binaryOp(type: string, suffix: string, fused: boolean): OpSpec {
  return {
    arity: 2,
    emit: (call) => {
      const [a, b] = call.operands;
      if (type === 'DIV' && typeof a === 'number' && isConstant(b) && b.data.every((v) => v !== 0)) {
        // x / c as x * (1 / c), as the converter writes it (and so it can fold into a following conv).
        const reciprocal = { shape: b.shape, data: b.data.map((v) => 1 / v) };
        return binary(call.ctx, 'MUL', a, tensorOf(call, reciprocal, 'truediv/y'), 'truediv', NONE);
      }
      const x = tensorOf(call, a, `${suffix}/x`);
      const y = tensorOf(call, b, `${suffix}/y`);
      return binary(call.ctx, type, x, y, suffix, fused ? NONE : undefined);
    },
  };
}

function unaryOp(type: string, suffix: string, options?: Record<string, number | boolean>): OpSpec {
  return { arity: 1, emit: (call) => unary(call.ctx, type, tensorOf(call, call.operands[0], 'x'), suffix, options) };
}

function activation(name: string): OpSpec {
  return { arity: 1, emit: (call) => ACTIVATIONS[name]!(call.ctx, tensorOf(call, call.operands[0], 'x')) };
}

/** An axis parameter (int, list, or null = every axis) as sorted non-negative axes. */
function axesOf(value: unknown, rank: number): number[] {
  if (value === undefined || value === null) return [...Array(rank).keys()];
  const list = Array.isArray(value) ? (value as number[]) : [value as number];
  return list.map((a) => (a < 0 ? a + rank : a)).sort((a, b) => a - b);
}

const isAxisValue = (v: unknown) => v === undefined || v === null || Number.isInteger(v) || (Array.isArray(v) && v.every(Number.isInteger));

function reduction(type: string, suffix: string): OpSpec {
  return {
    arity: 1,
    check: (param) => (isAxisValue(param('axis')) ? undefined : `axis ${JSON.stringify(param('axis'))} is not supported`),
    emit: (call) => {
      const x = tensorOf(call, call.operands[0], 'x');
      const inShape = shapeOf(call.ctx, x);
      const axes = axesOf(call.param('axis'), inShape.length);
      const keep = call.param('keepdims') === true;
      const outShape = inShape.flatMap((d, i) => (axes.includes(i) ? (keep ? [1] : []) : [d]));
      return emitOp(call.ctx, type, [x, constI(call.ctx, `${suffix}/reduction_indices`, axes)], outShape, suffix, { keep_dims: keep });
    },
  };
}

const reshapeOp: OpSpec = {
  arity: 1,
  check: (param) => {
    const shape = param('shape');
    return Array.isArray(shape) && shape.every((d) => d === null || Number.isInteger(d)) ? undefined : `new shape ${JSON.stringify(shape)} is not supported`;
  },
  emit: (call) => {
    const x = tensorOf(call, call.operands[0], 'x');
    const inShape = shapeOf(call.ctx, x);
    const spec = (call.param('shape') as (number | null)[]).map((d, i) => (d === null ? (i === 0 ? inShape[0]! : -1) : d));
    const known = prod(spec.filter((d) => d !== -1));
    return reshape(call.ctx, x, spec.map((d) => (d === -1 ? prod(inShape) / known : d)));
  },
};

const transposeOp: OpSpec = {
  arity: 1,
  emit: (call) => {
    const x = tensorOf(call, call.operands[0], 'x');
    const rank = shapeOf(call.ctx, x).length;
    const perm = call.param('perm');
    return transpose(call.ctx, x, Array.isArray(perm) ? (perm as number[]).map((p) => (p < 0 ? p + rank : p)) : [...Array(rank).keys()].reverse());
  },
};

const expandDimsOp: OpSpec = {
  arity: 1,
  check: (param) => (Number.isInteger(param('axis')) ? undefined : `expand_dims axis ${JSON.stringify(param('axis'))} is not supported (one integer axis)`),
  emit: (call) => {
    const x = tensorOf(call, call.operands[0], 'x');
    const shape = [...shapeOf(call.ctx, x)];
    const axis = call.param('axis') as number;
    const at = axis < 0 ? axis + shape.length + 1 : axis;
    shape.splice(at, 0, 1);
    return reshape(call.ctx, x, shape, 'ExpandDims');
  },
};

const squeezeOp: OpSpec = {
  arity: 1,
  check: (param) => (isAxisValue(param('axis')) ? undefined : `axis ${JSON.stringify(param('axis'))} is not supported`),
  emit: (call) => {
    const x = tensorOf(call, call.operands[0], 'x');
    const inShape = shapeOf(call.ctx, x);
    const given = call.param('axis');
    const axes = given === undefined || given === null ? inShape.flatMap((d, i) => (d === 1 && i > 0 ? [i] : [])) : axesOf(given, inShape.length);
    return reshape(call.ctx, x, inShape.filter((_, i) => !axes.includes(i)), 'Squeeze');
  },
};

const concatenateOp: OpSpec = {
  arity: 1,
  check: (param) => (param('axis') === undefined || Number.isInteger(param('axis')) ? undefined : `concatenate axis ${JSON.stringify(param('axis'))} is not supported (one integer axis)`),
  emit: (call) => {
    const first = call.operands[0];
    const values = Array.isArray(first) ? first : call.operands;
    const ids = values.map((v, i) => tensorOf(call, v, `concat/values_${i}`));
    const shapes = ids.map((id) => shapeOf(call.ctx, id));
    const rank = shapes[0]!.length;
    const given = (call.param('axis') as number | undefined) ?? 0;
    const axis = given < 0 ? given + rank : given;
    const outShape = [...shapes[0]!];
    outShape[axis] = shapes.reduce((sum, s) => sum + s[axis]!, 0);
    return emitOp(call.ctx, 'CONCATENATION', ids, outShape, 'concat', { axis, fused_activation_function: 'NONE' });
  },
};

const clipOp: OpSpec = {
  arity: 1,
  check: (param) => (typeof param('min') === 'number' && typeof param('max') === 'number' ? undefined : 'clip bounds that are not numeric constants are not supported'),
  emit: (call) => {
    const x = tensorOf(call, call.operands[0], 'x');
    const low = binary(call.ctx, 'MAXIMUM', x, scalar(call.ctx, 'clip/Maximum/y', call.param('min') as number), 'clip/Maximum');
    return binary(call.ctx, 'MINIMUM', low, scalar(call.ctx, 'clip/Minimum/y', call.param('max') as number), 'clip');
  },
};

const softmaxOp: OpSpec = {
  arity: 1,
  check: (param) => (param('axis') === undefined || param('axis') === -1 ? undefined : `softmax over axis ${JSON.stringify(param('axis'))} is not supported (only the last axis)`),
  emit: (call) => unary(call.ctx, 'SOFTMAX', tensorOf(call, call.operands[0], 'x'), 'Softmax', { beta: 1 }),
};

const geluOp: OpSpec = {
  arity: 1,
  emit: (call) => unary(call.ctx, 'GELU', tensorOf(call, call.operands[0], 'x'), 'Gelu', { approximate: call.param('approximate') === true }),
};

/** A comparison (x > 0...): a bool tensor, for `where`. */
function comparison(type: string, suffix: string): OpSpec {
  return {
    arity: 2,
    emit: (call) => {
      const x = tensorOf(call, call.operands[0], `${suffix}/x`);
      const y = tensorOf(call, call.operands[1], `${suffix}/y`);
      return emitOp(call.ctx, type, [x, y], broadcastShape(shapeOf(call.ctx, x), shapeOf(call.ctx, y)), suffix, undefined, 'bool');
    },
  };
}

/** where(condition, x, y) as SELECT_V2 (broadcasting all three), the condition a comparison's bool tensor. */
const whereOp: OpSpec = {
  arity: 3,
  emit: (call) => {
    const [c, x, y] = [tensorOf(call, call.operands[0], 'cond'), tensorOf(call, call.operands[1], 'SelectV2/t'), tensorOf(call, call.operands[2], 'SelectV2/e')];
    const shape = broadcastShape(broadcastShape(shapeOf(call.ctx, c), shapeOf(call.ctx, x)), shapeOf(call.ctx, y));
    return emitOp(call.ctx, 'SELECT_V2', [c, x, y], shape, 'SelectV2');
  },
};

/** Every op by canonical name (numpy / keras.ops spelling). */
export const OP_TABLE: Record<string, OpSpec> = {
  add: binaryOp('ADD', 'add', true),
  subtract: binaryOp('SUB', 'sub', true),
  multiply: binaryOp('MUL', 'mul', true),
  divide: binaryOp('DIV', 'truediv', true),
  maximum: binaryOp('MAXIMUM', 'Maximum', false),
  minimum: binaryOp('MINIMUM', 'Minimum', false),
  power: binaryOp('POW', 'pow', false),
  sqrt: unaryOp('SQRT', 'Sqrt'),
  square: unaryOp('SQUARE', 'Square'),
  abs: unaryOp('ABS', 'Abs'),
  negative: unaryOp('NEG', 'Neg'),
  exp: unaryOp('EXP', 'Exp'),
  log: unaryOp('LOG', 'Log'),
  tanh: activation('tanh'),
  sigmoid: activation('sigmoid'),
  relu: activation('relu'),
  relu6: activation('relu6'),
  silu: activation('silu'),
  hard_sigmoid: activation('hard_sigmoid'),
  hard_silu: activation('hard_silu'),
  softmax: softmaxOp,
  gelu: geluOp,
  mean: reduction('MEAN', 'Mean'),
  sum: reduction('SUM', 'Sum'),
  max: reduction('REDUCE_MAX', 'Max'),
  min: reduction('REDUCE_MIN', 'Min'),
  reshape: reshapeOp,
  transpose: transposeOp,
  expand_dims: expandDimsOp,
  squeeze: squeezeOp,
  concatenate: concatenateOp,
  clip: clipOp,
  greater: comparison('GREATER', 'Greater'),
  greater_equal: comparison('GREATER_EQUAL', 'GreaterEqual'),
  less: comparison('LESS', 'Less'),
  less_equal: comparison('LESS_EQUAL', 'LessEqual'),
  equal: comparison('EQUAL', 'Equal'),
  not_equal: comparison('NOT_EQUAL', 'NotEqual'),
  where: whereOp,
};
