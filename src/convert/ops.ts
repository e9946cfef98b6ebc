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

/**
 * Permute a float array holding a tensor of `shape` by `perm` (numpy transpose); O(n). The innermost output
 * dimension is a tight strided copy; the outer source index is kept incrementally (weight permutation is a
 * hot loop of every conversion: MobileNetV2 moves 3.5 M values).
 */
export function permuteData(data: Float32Array, shape: number[], perm: number[]): Float32Array {
  const rank = shape.length;
  if (rank >= 2 && perm.every((p, i) => p === (i === 0 ? rank - 1 : i - 1))) return lastAxisFirst(data, data.length / shape[rank - 1]!, shape[rank - 1]!);
  const out = new Float32Array(data.length);
  if (rank === 0 || data.length === 0) return out.length ? (out.set(data), out) : out;
  const outShape = Int32Array.from(perm, (p) => shape[p]!);
  const inStrides = stridesOf(shape);
  const step = Int32Array.from(perm, (p) => inStrides[p]!);
  const inner = outShape[rank - 1]!;
  const innerStep = step[rank - 1]!;
  const idx = new Int32Array(rank);
  let src = 0;
  for (let o = 0; o < out.length; o += inner) {
    for (let j = 0, s = src; j < inner; j++, s += innerStep) out[o + j] = data[s]!;
    for (let d = rank - 2; d >= 0; d--) {
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

const TILE = 32;

/**
 * The last axis moved to the front (Dense [in, out] → [out, in], Conv2D [kh, kw, in, out] → [out, kh, kw, in]):
 * a transpose of a rows × cols matrix, in tiles so both sides stay in cache (4-10x faster than element by element).
 */
function lastAxisFirst(data: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(data.length);
  for (let r0 = 0; r0 < rows; r0 += TILE) {
    const r1 = Math.min(rows, r0 + TILE);
    for (let c0 = 0; c0 < cols; c0 += TILE) {
      const c1 = Math.min(cols, c0 + TILE);
      for (let r = r0; r < r1; r++) for (let c = c0, s = r * cols + c0; c < c1; c++, s++) out[c * rows + r] = data[s]!;
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
