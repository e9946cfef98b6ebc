/**
 * Shape operators: Reshape, Flatten, Squeeze, Unsqueeze (RESHAPE in ONNX order), Transpose (composed with
 * the input's layout, so NCHW → NHWC transposes disappear), Expand (BROADCAST_TO), Tile, and Shape / Size,
 * which are constants once input shapes are pinned.
 */
import type { OnnxContext } from './context.js';
import { fromNhwc, isIdentity, keepsMemoryOrder, physicalShape, toNhwc } from './layout.js';
import { broadcastShape, broadcastTo, makeConst, prod, reshapeConst, transposeConst } from './nd.js';
import type { OnnxHandler } from './types.js';

function reshapeTarget(ctx: OnnxContext, spec: number[]): number[] {
  const input = ctx.shape(0);
  const allowZero = ctx.attr('allowzero', 0) === 1;
  const dims = spec.map((d, i) => (d === 0 && !allowZero ? input[i]! : d));
  const known = prod(dims.filter((d) => d !== -1));
  const out = dims.map((d) => (d === -1 ? prod(input) / known : d));
  if (prod(out) !== prod(input) || out.some((d) => !Number.isInteger(d) || d < 0)) ctx.fail(`cannot reshape [${input.join(', ')}] to [${spec.join(', ')}]`);
  return out;
}

/** The output shape of each shape-only op, in ONNX order. */
function targetShape(ctx: OnnxContext): number[] {
  const input = ctx.shape(0);
  const rank = input.length;
  const op = ctx.node.opType;
  if (op === 'Reshape') return reshapeTarget(ctx, Array.from(ctx.requireConst(1, 'the new shape').data));
  if (op === 'Flatten') {
    const axis = ctx.attr('axis', 1) < 0 ? ctx.attr('axis', 1) + rank : ctx.attr('axis', 1);
    return [prod(input.slice(0, axis)), prod(input.slice(axis))];
  }
  const given = ctx.opset >= 13 && ctx.has(1) ? Array.from(ctx.requireConst(1, 'the axes').data) : ctx.attr('axes', [] as number[]);
  if (op === 'Squeeze') {
    const axes = given.map((a) => (a < 0 ? a + rank : a));
    return input.filter((d, i) => (axes.length ? !axes.includes(i) : d !== 1));
  }
  const outRank = rank + given.length;
  const axes = given.map((a) => (a < 0 ? a + outRank : a));
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < outRank; i++) out.push(axes.includes(i) ? 1 : input[next++]!);
  return out;
}

/**
 * Flatten / Reshape of an nhwc [N, C, H, W] to [N, C*H*W] when a transpose back to NCHW would be needed:
 * the nhwc tensor is reshaped as it is, and the value records the feature order (see Value.flat).
 */
function flattenNhwc(ctx: OnnxContext, shape: number[]): boolean {
  const v = ctx.value(0);
  const [n, c, h, w] = v.shape as [number, number, number, number];
  if (v.ids.nhwc === undefined || v.ids.plain !== undefined || v.shape.length !== 4 || shape.length !== 2 || shape[0] !== n) return false;
  const source = ctx.node.inputs[0]!;
  const order: number[] = [];
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) for (let k = 0; k < c; k++) order.push(k * h * w + y * w + x);
  const node = ctx.node;
  const id = ctx.temp('RESHAPE', [v.ids.nhwc, ctx.constInt('shape', shape)], shape, 'flatten_nhwc');
  const materialize = () => {
    const saved = ctx.node;
    ctx.node = node;
    const plain = ctx.tensorOf(v, source, 'plain');
    const out = ctx.temp('RESHAPE', [plain, ctx.constInt('shape_nchw', shape)], shape, 'flatten');
    ctx.node = saved;
    return out;
  };
  ctx.define(0, { shape, dtype: v.dtype, ids: {}, flat: { id, order, materialize } });
  return true;
}

const reshapeLike: OnnxHandler = {
  ops: ['Reshape', 'Flatten', 'Squeeze', 'Unsqueeze'],
  fold: (ctx) => [reshapeConst(ctx.constOf(0)!, targetShape(ctx))],
  emit: (ctx) => {
    const shape = targetShape(ctx);
    const v = ctx.value(0);
    const src = v.ids.plain ?? v.ids.nhwc!;
    const layout = v.ids.plain !== undefined || v.const ? 'plain' : 'nhwc';
    // memory order of nhwc equals ONNX order when only size-1 axes move (e.g. [N, C, 1, 1] after global pooling)
    const direct = layout === 'plain' || keepsMemoryOrder(physicalShape(v.shape, 'nhwc'), fromNhwc(v.shape.length));
    if (!direct && flattenNhwc(ctx, shape)) return;
    const x = direct ? src : ctx.tensor(0, 'plain');
    ctx.emit('RESHAPE', [x, ctx.constInt('shape', shape)], shape, 'plain', undefined, v.dtype);
  },
};

const transpose: OnnxHandler = {
  ops: ['Transpose'],
  fold: (ctx) => {
    const c = ctx.constOf(0)!;
    return [transposeConst(c, ctx.attr('perm', [...c.dims.keys()].reverse()))];
  },
  emit: (ctx) => {
    const input = ctx.shape(0);
    const rank = input.length;
    const perm = ctx.attr('perm', [...Array(rank).keys()].reverse());
    const shape = perm.map((p) => input[p]!);
    const layout = ctx.layoutOf(0);
    // on an nhwc input the physical permutation is perm composed with the nhwc order
    const q = layout === 'nhwc' ? perm.map((p) => toNhwc(rank).indexOf(p)) : perm;
    const x = ctx.tensor(0, layout);
    if (isIdentity(q)) return void ctx.define(0, { shape, dtype: ctx.value(0).dtype, ids: { plain: x } });
    const physIn = physicalShape(input, layout);
    if (keepsMemoryOrder(physIn, q)) return void ctx.emit('RESHAPE', [x, ctx.constInt('shape', shape)], shape, 'plain', undefined, ctx.value(0).dtype);
    ctx.emit('TRANSPOSE', [x, ctx.constInt('perm', q)], shape, 'plain', undefined, ctx.value(0).dtype);
  },
};

const expand: OnnxHandler = {
  ops: ['Expand'],
  fold: (ctx) => [broadcastTo(ctx.constOf(0)!, broadcastShape(ctx.shape(0), Array.from(ctx.constOf(1)!.data)))],
  emit: (ctx) => {
    const shape = broadcastShape(ctx.shape(0), Array.from(ctx.requireConst(1, 'the shape').data));
    ctx.emit('BROADCAST_TO', [ctx.tensor(0), ctx.constInt('shape', shape)], shape, 'plain', undefined, ctx.value(0).dtype);
  },
};

const tile: OnnxHandler = {
  ops: ['Tile'],
  emit: (ctx) => {
    const repeats = Array.from(ctx.requireConst(1, 'the repeats').data);
    const shape = ctx.shape(0).map((d, i) => d * repeats[i]!);
    ctx.emit('TILE', [ctx.tensor(0), ctx.constInt('multiples', repeats)], shape, 'plain', undefined, ctx.value(0).dtype);
  },
};

function shapeConst(ctx: OnnxContext) {
  const dims = ctx.shape(0);
  if (ctx.node.opType === 'Size') return makeConst([], 'int64', [prod(dims)]);
  const norm = (v: number) => Math.min(Math.max(v < 0 ? v + dims.length : v, 0), dims.length);
  const picked = dims.slice(norm(ctx.attr('start', 0)), norm(ctx.attr('end', dims.length)));
  return makeConst([picked.length], 'int64', picked);
}

/** Shape / Size: always constants (every shape is fixed at conversion time). */
const shapeOf: OnnxHandler = {
  ops: ['Shape', 'Size'],
  fold: (ctx) => [shapeConst(ctx)],
  emit: (ctx) => ctx.defineConst(0, shapeConst(ctx)),
};

export const shapeHandlers: OnnxHandler[] = [reshapeLike, transpose, expand, tile, shapeOf];
