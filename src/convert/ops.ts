import type { DType, OptionValue } from '../graph/ir.js';
import type { LayerContext } from './types.js';

/**
 * Small emitters shared by the layer handlers: each adds one TFLite op with an output tensor named after
 * the Keras layer (scope/layer/suffix, like the TFLite converter's names) and returns the output id.
 */
export function shapeOf(ctx: LayerContext, id: number): number[] {
  return ctx.builder.tensor(id).shape;
}

export function tensorName(ctx: LayerContext, suffix: string): string {
  return [ctx.scope, ctx.layer.name, suffix].filter(Boolean).join('/');
}

export function emitOp(
  ctx: LayerContext,
  type: string,
  inputs: number[],
  outShape: number[],
  suffix: string,
  options?: Record<string, OptionValue>,
  dtype: DType = 'float32',
): number {
  const out = ctx.builder.activation(tensorName(ctx, suffix), outShape, dtype);
  ctx.builder.op(type, inputs, [out], options, ctx.layer.name);
  return out;
}

export function constF(ctx: LayerContext, suffix: string, shape: number[], data: Float32Array | number[]): number {
  return ctx.builder.constFloat(tensorName(ctx, suffix), shape, data);
}

export function constI(ctx: LayerContext, suffix: string, values: number[], shape: number[] = [values.length]): number {
  return ctx.builder.constInt32(tensorName(ctx, suffix), values, shape);
}

/** A float scalar constant (shape []), as the converter writes for x * 0.5 etc. */
export function scalar(ctx: LayerContext, suffix: string, value: number): number {
  return constF(ctx, suffix, [], [value]);
}

export function broadcastShape(a: number[], b: number[]): number[] {
  const rank = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    const x = a[a.length - rank + i] ?? 1;
    const y = b[b.length - rank + i] ?? 1;
    out.push(x === 1 ? y : x);
  }
  return out;
}

export function unary(ctx: LayerContext, type: string, x: number, suffix: string, options?: Record<string, OptionValue>): number {
  return emitOp(ctx, type, [x], shapeOf(ctx, x), suffix, options);
}

export function binary(ctx: LayerContext, type: string, a: number, b: number, suffix: string, options?: Record<string, OptionValue>): number {
  const shape = broadcastShape(shapeOf(ctx, a), shapeOf(ctx, b));
  return emitOp(ctx, type, [a, b], shape, suffix, options ?? {});
}

/** RESHAPE to `shape` (first dimension = batch, or batch * steps); with a dynamic batch the constant holds -1 there. */
export function reshape(ctx: LayerContext, x: number, shape: number[], suffix = 'Reshape'): number {
  const spec = ctx.options.dynamicBatch ? [-1, ...shape.slice(1)] : shape;
  return emitOp(ctx, 'RESHAPE', [x, constI(ctx, `${suffix}/shape`, spec)], shape, suffix);
}

export function expandDims(ctx: LayerContext, x: number, axis: number, suffix = 'ExpandDims'): number {
  const shape = [...shapeOf(ctx, x)];
  shape.splice(axis, 0, 1);
  return emitOp(ctx, 'EXPAND_DIMS', [x, constI(ctx, `${suffix}/dim`, [axis], [])], shape, suffix);
}

export function transpose(ctx: LayerContext, x: number, perm: number[], suffix = 'transpose'): number {
  const inShape = shapeOf(ctx, x);
  return emitOp(ctx, 'TRANSPOSE', [x, constI(ctx, `${suffix}/perm`, perm)], perm.map((p) => inShape[p]!), suffix);
}

/** Permute a float array holding a tensor of `shape` by `perm` (numpy transpose); O(n), source index kept incrementally. */
export function permuteData<T extends Float32Array | Float64Array>(data: T, shape: number[], perm: number[]): T {
  const rank = shape.length;
  const outShape = perm.map((p) => shape[p]!);
  const inStrides = stridesOf(shape);
  const step = perm.map((p) => inStrides[p]!);
  const out = (data instanceof Float32Array ? new Float32Array(data.length) : new Float64Array(data.length)) as T;
  const idx = new Array<number>(rank).fill(0);
  let src = 0;
  for (let o = 0; o < out.length; o++) {
    out[o] = data[src]!;
    for (let d = rank - 1; d >= 0; d--) {
      if (++idx[d]! < outShape[d]!) {
        src += step[d]!;
        break;
      }
      src -= (outShape[d]! - 1) * step[d]!;
      idx[d] = 0;
    }
  }
  return out;
}

export function stridesOf(shape: number[]): number[] {
  const strides = new Array<number>(shape.length).fill(1);
  for (let d = shape.length - 2; d >= 0; d--) strides[d] = strides[d + 1]! * shape[d + 1]!;
  return strides;
}

export const prod = (xs: number[]): number => xs.reduce((a, b) => a * b, 1);
