/**
 * ReduceMean / ReduceMax / ReduceMin / ReduceSum / ReduceProd, axes from the attribute (or the input from
 * opset 13 for ReduceSum, 18 for the others), in the input's layout with the axes remapped.
 */
import type { OnnxContext } from './context.js';
import { physicalAxis, toNhwc, type Layout } from './layout.js';
import type { OnnxHandler } from './types.js';

const TYPES: Record<string, string> = { ReduceMean: 'MEAN', ReduceMax: 'REDUCE_MAX', ReduceMin: 'REDUCE_MIN', ReduceSum: 'SUM', ReduceProd: 'REDUCE_PROD' };

function axesOf(ctx: OnnxContext, rank: number): number[] | undefined {
  const fromInput = ctx.node.opType === 'ReduceSum' ? ctx.opset >= 13 : ctx.opset >= 18;
  const given = fromInput ? (ctx.has(1) ? Array.from(ctx.requireConst(1, 'the axes').data) : []) : ctx.attr('axes', [] as number[]);
  if (given.length === 0) return ctx.attr('noop_with_empty_axes', 0) === 1 ? undefined : [...Array(rank).keys()];
  return given.map((a) => (a < 0 ? a + rank : a)).sort((a, b) => a - b);
}

/** The layout to reduce in: the input's, unless dropping axes would leave an nhwc result out of ONNX order. */
function reduceLayout(ctx: OnnxContext, axes: number[], keep: boolean): Layout {
  const layout = ctx.layoutOf(0);
  if (layout === 'plain' || keep) return layout;
  const left = toNhwc(ctx.shape(0).length).filter((a) => !axes.includes(a));
  return left.every((a, i) => i === 0 || a > left[i - 1]!) ? 'nhwc' : 'plain';
}

const reduce: OnnxHandler = {
  ops: Object.keys(TYPES),
  emit: (ctx) => {
    const input = ctx.shape(0);
    const rank = input.length;
    const axes = axesOf(ctx, rank);
    if (!axes) return ctx.alias(0, 0);
    const keep = ctx.attr('keepdims', 1) === 1;
    const layout = reduceLayout(ctx, axes, keep);
    const shape = input.flatMap((d, i) => (axes.includes(i) ? (keep ? [1] : []) : [d]));
    const physAxes = axes.map((a) => physicalAxis(a, rank, layout)).sort((a, b) => a - b);
    // without keepdims the result keeps the remaining axes in the order they are stored: plain for its rank
    const outLayout: Layout = keep ? layout : 'plain';
    ctx.emit(TYPES[ctx.node.opType]!, [ctx.tensor(0, layout), ctx.constInt('axes', physAxes)], shape, outLayout, { keep_dims: keep }, ctx.value(0).dtype);
  },
};

export const reduceHandlers: OnnxHandler[] = [reduce];
