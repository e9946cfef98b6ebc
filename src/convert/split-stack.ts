import { isObject } from '../keras/json.js';
import type { KerasLayer } from '../keras/types.js';
import { KERAS_OP_MODULES } from './keras-ops.js';
import { constI, emitOp, shapeOf, tensorName } from './ops.js';
import type { LayerContext, LayerHandler } from './types.js';

/**
 * Keras 3 op layers that cut a tensor into pieces or put pieces together, none of them along the batch axis:
 * `ops.split(x, 2 | [1, 4], axis)` (SPLIT / SPLIT_V, one output per piece), `ops.unstack(x, axis)` (UNPACK),
 * `ops.stack([a, b], axis)` (PACK) and `ops.take(x, constant indices, axis)` (GATHER).
 */
const axisOf = (layer: KerasLayer): unknown => layer.config.axis;

/** A non-batch axis of a tensor of rank `rank` (stack: rank + 1), or undefined. */
function realAxis(axis: unknown, rank: number): number | undefined {
  if (!Number.isInteger(axis)) return undefined;
  const a = (axis as number) < 0 ? (axis as number) + rank : (axis as number);
  return a > 0 && a < rank ? a : undefined;
}

const checkAxis = (layer: KerasLayer): string | undefined =>
  Number.isInteger(axisOf(layer)) && axisOf(layer) !== 0 ? undefined : `axis ${JSON.stringify(axisOf(layer))} is not supported (one integer axis other than the batch axis)`;

function axisOrThrow(ctx: LayerContext, rank: number): number {
  const axis = realAxis(axisOf(ctx.layer), rank);
  if (axis === undefined) throw new Error(`axis ${JSON.stringify(axisOf(ctx.layer))} is the batch axis or out of range for rank ${rank}`);
  return axis;
}

/** Piece sizes of numpy's split: `sections` equal parts, or cut at the given indices. */
function splitSizes(spec: unknown, size: number): number[] | undefined {
  if (Number.isInteger(spec)) return size % (spec as number) === 0 ? Array<number>(spec as number).fill(size / (spec as number)) : undefined;
  if (!Array.isArray(spec) || !spec.every(Number.isInteger)) return undefined;
  const cuts = [0, ...(spec as number[]).map((i) => Math.min(Math.max(i < 0 ? i + size : i, 0), size)), size];
  const sizes = cuts.slice(1).map((c, k) => c - cuts[k]!);
  return sizes.every((s) => s > 0) ? sizes : undefined;
}

/** Several outputs of one op, each named after the layer (`split`, `split:1`...). */
function multiOutput(ctx: LayerContext, type: string, inputs: number[], shapes: number[][], options: Record<string, number>): number[] {
  const outs = shapes.map((shape, k) => ctx.builder.activation(tensorName(ctx, k ? `${type.toLowerCase()}:${k}` : type.toLowerCase()), shape));
  ctx.builder.op(type, inputs, outs, options, ctx.layer.name);
  return outs;
}

const split: LayerHandler = {
  classNames: ['Split'],
  modules: KERAS_OP_MODULES,
  check: (layer) => {
    const spec = layer.config.indices_or_sections;
    const ok = (Number.isInteger(spec) && (spec as number) > 0) || (Array.isArray(spec) && spec.every(Number.isInteger));
    return checkAxis(layer) ?? (ok ? undefined : `indices_or_sections ${JSON.stringify(spec)} is not supported (a count or a list of integer indices)`);
  },
  emit: (ctx) => {
    const x = ctx.inputs[0]!;
    const shape = shapeOf(ctx, x);
    const axis = axisOrThrow(ctx, shape.length);
    const sizes = splitSizes(ctx.layer.config.indices_or_sections, shape[axis]!);
    if (!sizes) throw new Error(`indices_or_sections ${JSON.stringify(ctx.layer.config.indices_or_sections)} do not cut axis ${axis} of size ${shape[axis]} into non-empty pieces`);
    const shapes = sizes.map((s) => shape.map((d, i) => (i === axis ? s : d)));
    if (sizes.every((s) => s === sizes[0])) return multiOutput(ctx, 'SPLIT', [constI(ctx, 'split/split_dim', [axis], []), x], shapes, { num_splits: sizes.length });
    const inputs = [x, constI(ctx, 'split/size_splits', sizes), constI(ctx, 'split/split_dim', [axis], [])];
    return multiOutput(ctx, 'SPLIT_V', inputs, shapes, { num_splits: sizes.length });
  },
};

const unstack: LayerHandler = {
  classNames: ['Unstack'],
  modules: KERAS_OP_MODULES,
  check: checkAxis,
  emit: (ctx) => {
    const x = ctx.inputs[0]!;
    const shape = shapeOf(ctx, x);
    const axis = axisOrThrow(ctx, shape.length);
    const rest = shape.filter((_, i) => i !== axis);
    return multiOutput(ctx, 'UNPACK', [x], Array.from({ length: shape[axis]! }, () => rest), { num: shape[axis]!, axis });
  },
};

/** Stack's values: every positional argument must be a tensor (then callArgs is not kept). */
const stack: LayerHandler = {
  classNames: ['Stack'],
  modules: KERAS_OP_MODULES,
  check: (layer) => (layer.callArgs ? 'stacking constants is not supported (only tensors)' : checkAxis(layer)),
  emit: (ctx) => {
    const shape = shapeOf(ctx, ctx.inputs[0]!);
    const axis = axisOrThrow(ctx, shape.length + 1);
    const outShape = [...shape.slice(0, axis), ctx.inputs.length, ...shape.slice(axis)];
    return [emitOp(ctx, 'PACK', ctx.inputs, outShape, 'stack', { values_count: ctx.inputs.length, axis })];
  },
};

/** A constant index list (int or nested int lists) with its shape, or undefined. */
function indexConstant(value: unknown): { shape: number[]; data: number[] } | undefined {
  if (Number.isInteger(value)) return { shape: [], data: [value as number] };
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const items = value.map(indexConstant);
  if (items.some((c) => !c || c.shape.join() !== items[0]!.shape.join())) return undefined;
  return { shape: [value.length, ...items[0]!.shape], data: items.flatMap((c) => c!.data) };
}

const takeIndices = (layer: KerasLayer, call: number): unknown => layer.callArgs?.[call]?.[1];

const take: LayerHandler = {
  classNames: ['Take'],
  modules: KERAS_OP_MODULES,
  check: (layer) => {
    for (let call = 0; call < layer.inbound.length; call++) {
      const indices = takeIndices(layer, call);
      const tensor = indices === undefined || (isObject(indices) && 'tensorArg' in indices);
      if (!indexConstant(indices)) return `take with ${tensor ? 'tensor-valued indices' : `indices ${JSON.stringify(indices)}`} is not supported (only constant integer indices)`;
    }
    return checkAxis(layer);
  },
  emit: (ctx) => {
    const x = ctx.inputs[0]!;
    const shape = shapeOf(ctx, x);
    const axis = axisOrThrow(ctx, shape.length);
    const indices = indexConstant(takeIndices(ctx.layer, ctx.callIndex ?? 0))!;
    const size = shape[axis]!;
    if (indices.data.some((i) => i < -size || i >= size)) throw new Error(`take indices ${JSON.stringify(indices.data)} are out of range for axis ${axis} of size ${size}`);
    const ids = constI(ctx, 'GatherV2/indices', indices.data.map((i) => (i < 0 ? i + size : i)), indices.shape);
    const outShape = [...shape.slice(0, axis), ...indices.shape, ...shape.slice(axis + 1)];
    return [emitOp(ctx, 'GATHER', [x, ids], outShape, 'GatherV2', { axis, batch_dims: 0 })];
  },
};

export const splitStackLayers: LayerHandler[] = [split, unstack, stack, take];
