import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);

// src/convert/ops.ts
function shapeOf(ctx, id) {
  return ctx.builder.tensor(id).shape;
}
function tensorName(ctx, suffix) {
  return [ctx.scope, ctx.layer.name, suffix].filter(Boolean).join("/");
}
function emitOp(ctx, type, inputs, outShape, suffix, options, dtype = "float32") {
  const out = ctx.builder.activation(tensorName(ctx, suffix), outShape, dtype);
  ctx.builder.op(type, inputs, [out], options, ctx.layer.name);
  return out;
}
function constF(ctx, suffix, shape, data) {
  return ctx.builder.constFloat(tensorName(ctx, suffix), shape, data);
}
function constI(ctx, suffix, values, shape = [values.length]) {
  return ctx.builder.constInt32(tensorName(ctx, suffix), values, shape);
}
function scalar(ctx, suffix, value) {
  return constF(ctx, suffix, [], [value]);
}
function broadcastShape(a, b) {
  const rank = Math.max(a.length, b.length);
  const out = [];
  for (let i = 0; i < rank; i++) {
    const x = a[a.length - rank + i] ?? 1;
    const y = b[b.length - rank + i] ?? 1;
    out.push(x === 1 ? y : x);
  }
  return out;
}
function unary(ctx, type, x, suffix, options) {
  return emitOp(ctx, type, [x], shapeOf(ctx, x), suffix, options);
}
function binary(ctx, type, a, b, suffix, options) {
  const shape = broadcastShape(shapeOf(ctx, a), shapeOf(ctx, b));
  return emitOp(ctx, type, [a, b], shape, suffix, options ?? {});
}
function reshape(ctx, x, shape, suffix = "Reshape") {
  const spec = ctx.options.dynamicBatch ? [-1, ...shape.slice(1)] : shape;
  return emitOp(ctx, "RESHAPE", [x, constI(ctx, `${suffix}/shape`, spec)], shape, suffix);
}
function expandDims(ctx, x, axis, suffix = "ExpandDims") {
  const shape = [...shapeOf(ctx, x)];
  shape.splice(axis, 0, 1);
  return emitOp(ctx, "EXPAND_DIMS", [x, constI(ctx, `${suffix}/dim`, [axis], [])], shape, suffix);
}
function transpose(ctx, x, perm, suffix = "transpose") {
  const inShape = shapeOf(ctx, x);
  return emitOp(ctx, "TRANSPOSE", [x, constI(ctx, `${suffix}/perm`, perm)], perm.map((p) => inShape[p]), suffix);
}
function permuteData(data, shape, perm) {
  const rank = shape.length;
  if (rank >= 2 && perm.every((p, i) => p === (i === 0 ? rank - 1 : i - 1))) return lastAxisFirst(data, data.length / shape[rank - 1], shape[rank - 1]);
  const out = new Float32Array(data.length);
  if (rank === 0 || data.length === 0) return out.length ? (out.set(data), out) : out;
  const outShape = Int32Array.from(perm, (p) => shape[p]);
  const inStrides = stridesOf(shape);
  const step = Int32Array.from(perm, (p) => inStrides[p]);
  const inner = outShape[rank - 1];
  const innerStep = step[rank - 1];
  const idx = new Int32Array(rank);
  let src = 0;
  for (let o = 0; o < out.length; o += inner) {
    for (let j = 0, s = src; j < inner; j++, s += innerStep) out[o + j] = data[s];
    for (let d = rank - 2; d >= 0; d--) {
      if (++idx[d] < outShape[d]) {
        src += step[d];
        break;
      }
      src -= (outShape[d] - 1) * step[d];
      idx[d] = 0;
    }
  }
  return out;
}
var TILE = 32;
function lastAxisFirst(data, rows, cols) {
  const out = new Float32Array(data.length);
  for (let r0 = 0; r0 < rows; r0 += TILE) {
    const r1 = Math.min(rows, r0 + TILE);
    for (let c0 = 0; c0 < cols; c0 += TILE) {
      const c1 = Math.min(cols, c0 + TILE);
      for (let r = r0; r < r1; r++) for (let c = c0, s = r * cols + c0; c < c1; c++, s++) out[c * rows + r] = data[s];
    }
  }
  return out;
}
function stridesOf(shape) {
  const strides = new Array(shape.length).fill(1);
  for (let d = shape.length - 2; d >= 0; d--) strides[d] = strides[d + 1] * shape[d + 1];
  return strides;
}
var prod = (xs) => xs.reduce((a, b) => a * b, 1);

export {
  shapeOf,
  tensorName,
  emitOp,
  constF,
  constI,
  scalar,
  broadcastShape,
  unary,
  binary,
  reshape,
  expandDims,
  transpose,
  permuteData,
  stridesOf,
  prod
};
