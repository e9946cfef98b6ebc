/**
 * Concat, Split, Slice, Gather and Pad. Concat, Split, Slice and Pad keep an nhwc input in nhwc with their
 * axes (or pads) remapped; Gather works in ONNX order. All of them fold when their inputs are constants.
 */
import type { OnnxContext } from './context.js';
import { physicalAxis, toNhwc, type Layout } from './layout.js';
import { concatConst, gatherConst, resolveSlice, sliceConst, sliceLength } from './nd.js';
import type { OnnxHandler } from './types.js';

const normAxis = (axis: number, rank: number) => (axis < 0 ? axis + rank : axis);

/** nhwc when any activation input lives only in nhwc (the others are converted), else plain. */
function commonLayout(ctx: OnnxContext, inputs: number[]): Layout {
  return inputs.some((i) => !ctx.value(i).const && ctx.layoutOf(i) === 'nhwc') ? 'nhwc' : 'plain';
}

const concat: OnnxHandler = {
  ops: ['Concat'],
  fold: (ctx) => [concatConst(ctx.node.inputs.map((_, i) => ctx.constOf(i)!), normAxis(ctx.attr('axis', 0), ctx.shape(0).length))],
  emit: (ctx) => {
    const inputs = ctx.node.inputs.map((_, i) => i);
    const rank = ctx.shape(0).length;
    const axis = normAxis(ctx.attr('axis', 0), rank);
    const layout = commonLayout(ctx, inputs);
    const shape = [...ctx.shape(0)];
    shape[axis] = inputs.reduce((s, i) => s + ctx.shape(i)[axis]!, 0);
    ctx.emit('CONCATENATION', inputs.map((i) => ctx.tensor(i, layout)), shape, layout, { axis: physicalAxis(axis, rank, layout), fused_activation_function: 'NONE' }, ctx.value(0).dtype);
  },
};

function splitSizes(ctx: OnnxContext, size: number): number[] {
  const given = ctx.opset >= 13 ? (ctx.has(1) ? Array.from(ctx.requireConst(1, 'the split sizes').data) : undefined) : (ctx.node.attrs.split as number[] | undefined);
  if (given) return given;
  const parts = ctx.attr('num_outputs', ctx.node.outputs.length);
  const each = Math.ceil(size / parts);
  return Array.from({ length: parts }, (_, i) => Math.min(each, size - i * each));
}

const split: OnnxHandler = {
  ops: ['Split'],
  emit: (ctx) => {
    const input = ctx.shape(0);
    const axis = normAxis(ctx.attr('axis', 0), input.length);
    const sizes = splitSizes(ctx, input[axis]!);
    const layout = ctx.layoutOf(0);
    const shapes = sizes.map((s) => input.map((d, i) => (i === axis ? s : d)));
    const options = { num_splits: sizes.length };
    const inputs = [ctx.tensor(0, layout), ctx.constInt('size_splits', sizes), ctx.constInt('axis', [physicalAxis(axis, input.length, layout)], [])];
    ctx.emitMulti('SPLIT_V', inputs, shapes, layout, options, ctx.value(0).dtype);
  },
};

function sliceSpec(ctx: OnnxContext) {
  const dims = ctx.shape(0);
  const list = (i: number, what: string) => Array.from(ctx.requireConst(i, what).data);
  const starts = list(1, 'the starts');
  const axes = ctx.has(3) ? list(3, 'the axes') : starts.map((_, i) => i);
  const steps = ctx.has(4) ? list(4, 'the steps') : starts.map(() => 1);
  return resolveSlice(dims, starts, list(2, 'the ends'), axes, steps);
}

const slice: OnnxHandler = {
  ops: ['Slice'],
  check: (_node, opset) => (opset < 10 ? 'Slice before opset 10 is not supported' : undefined),
  fold: (ctx) => [sliceConst(ctx.constOf(0)!, sliceSpec(ctx))],
  emit: (ctx) => {
    const s = sliceSpec(ctx);
    const rank = s.begin.length;
    const shape = s.begin.map((b, a) => sliceLength(b, s.end[a]!, s.step[a]!));
    const layout = ctx.layoutOf(0);
    const order = layout === 'nhwc' ? toNhwc(rank) : [...Array(rank).keys()];
    // a negative step running through index 0 ends at -1, which STRIDED_SLICE reads as "the last": use end_mask
    const endMask = order.reduce((m, a, p) => (s.step[a]! < 0 && s.end[a]! < 0 ? m | (1 << p) : m), 0);
    const inputs = [ctx.tensor(0, layout), ctx.constInt('begin', order.map((a) => s.begin[a]!)), ctx.constInt('end', order.map((a) => s.end[a]!)), ctx.constInt('strides', order.map((a) => s.step[a]!))];
    ctx.emit('STRIDED_SLICE', inputs, shape, layout, { end_mask: endMask }, ctx.value(0).dtype);
  },
};

const gather: OnnxHandler = {
  ops: ['Gather'],
  fold: (ctx) => [gatherConst(ctx.constOf(0)!, ctx.constOf(1)!, normAxis(ctx.attr('axis', 0), ctx.shape(0).length))],
  emit: (ctx) => {
    const data = ctx.shape(0);
    const axis = normAxis(ctx.attr('axis', 0), data.length);
    const indices = ctx.constOf(1);
    const idShape = ctx.shape(1);
    const shape = [...data.slice(0, axis), ...idShape, ...data.slice(axis + 1)];
    const index = indices ? ctx.constInt('indices', Array.from(indices.data, (i) => (i < 0 ? i + data[axis]! : i)), idShape) : ctx.tensor(1);
    ctx.emit('GATHER', [ctx.tensor(0), index], shape, 'plain', { axis, batch_dims: 0 }, ctx.value(0).dtype);
  },
};

const pad: OnnxHandler = {
  ops: ['Pad'],
  check: (node, opset) => {
    const mode = (node.attrs.mode as string | undefined) ?? 'constant';
    if (!['constant', 'reflect'].includes(mode)) return `Pad mode "${mode}" is not supported (constant and reflect are)`;
    return opset < 11 ? 'Pad before opset 11 is not supported' : undefined;
  },
  emit: (ctx) => {
    const input = ctx.shape(0);
    const rank = input.length;
    const given = Array.from(ctx.requireConst(1, 'the pads').data);
    const axes = ctx.has(3) ? Array.from(ctx.requireConst(3, 'the axes').data, (a) => normAxis(a, rank)) : [...Array(rank).keys()];
    const begin = Array(rank).fill(0) as number[];
    const end = Array(rank).fill(0) as number[];
    axes.forEach((a, k) => { begin[a] = given[k]!; end[a] = given[axes.length + k]!; });
    if ([...begin, ...end].some((p) => p < 0)) ctx.fail('negative pads (cropping) are not supported');
    const layout = ctx.layoutOf(0);
    const order = layout === 'nhwc' ? toNhwc(rank) : [...Array(rank).keys()];
    const paddings = ctx.constInt('paddings', order.flatMap((a) => [begin[a]!, end[a]!]), [rank, 2]);
    const shape = input.map((d, a) => d + begin[a]! + end[a]!);
    const x = ctx.tensor(0, layout);
    if (ctx.attr('mode', 'constant') === 'reflect') return void ctx.emit('MIRROR_PAD', [x, paddings], shape, layout, { mode: 'REFLECT' });
    const value = ctx.has(2) ? ctx.requireConst(2, 'the pad value').data[0]! : 0;
    if (value === 0) return void ctx.emit('PAD', [x, paddings], shape, layout);
    ctx.emit('PADV2', [x, paddings, ctx.constFloat('constant_value', [], [value])], shape, layout);
  },
};

export const slicingHandlers: OnnxHandler[] = [concat, split, slice, gather, pad];
