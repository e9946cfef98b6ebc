import { GateError } from '../errors.js';
import { isObject } from '../keras/json.js';
import type { KerasLayer } from '../keras/types.js';
import { KERAS_OP_MODULES } from './keras-ops.js';
import { constI, emitOp, reshape, shapeOf } from './ops.js';
import type { LayerContext, LayerHandler } from './types.js';

/**
 * Tensor slicing (`x[:, 0]`, `x[:, 1:, ::2]`, `x[..., ::-1]`, `x[:, None]`) as STRIDED_SLICE, followed by a
 * RESHAPE when the key adds axes (None). Two spellings of the key:
 *  - Keras 3 `GetItem` op layer: call args `[x, key]`, slices `{"class_name": "__slice__", "config": {start, stop,
 *    step}}`, Ellipsis `{"class_name": "__ellipsis__"}`, ints, null (new axis); a lone int or slice is a key of one.
 *  - tf.keras 2 `SlicingOpLambda` (function `__operators__.getitem`): call kwarg `slice_spec`, slices as plain
 *    `{start, stop, step}` dicts (or the `__slice__` form), the same Ellipsis, ints and null.
 * Only constant keys are converted; the batch axis must be taken whole. Shapes are static (but the batch), so
 * every index is normalised here and only the batch axis uses begin/end masks.
 */
export type KeyItem =
  | { kind: 'index'; index: number }
  | { kind: 'slice'; start: number | null; stop: number | null; step: number | null }
  | { kind: 'ellipsis' }
  | { kind: 'newaxis' };

const isIntOrNull = (v: unknown): v is number | null => v === null || v === undefined || Number.isInteger(v);

function sliceItem(fields: Record<string, unknown>): KeyItem | undefined {
  const { start, stop, step } = fields;
  if (![start, stop, step].every(isIntOrNull) || step === 0) return undefined;
  return { kind: 'slice', start: (start ?? null) as number | null, stop: (stop ?? null) as number | null, step: (step ?? null) as number | null };
}

/** One stored key element as a KeyItem, or undefined when it is not a constant index, slice, Ellipsis or None. */
function keyItem(value: unknown): KeyItem | undefined {
  if (value === null) return { kind: 'newaxis' };
  if (Number.isInteger(value)) return { kind: 'index', index: value as number };
  if (!isObject(value)) return undefined;
  if (value.class_name === '__ellipsis__') return { kind: 'ellipsis' };
  if (value.class_name === '__slice__' && isObject(value.config)) return sliceItem(value.config);
  if (!('class_name' in value) && 'start' in value && 'stop' in value) return sliceItem(value);
  return undefined;
}

const isTensorLike = (v: unknown): boolean =>
  (isObject(v) && (typeof v.tensorArg === 'number' || v.class_name === '__keras_tensor__')) || (Array.isArray(v) && typeof v[0] === 'string');

/** A key element as Python writes it (`:`, `1:-1:2`, `0`, `...`, `None`). */
export function itemText(item: KeyItem): string {
  if (item.kind === 'index') return String(item.index);
  if (item.kind === 'ellipsis') return '...';
  if (item.kind === 'newaxis') return 'None';
  return `${item.start ?? ''}:${item.stop ?? ''}${item.step === null ? '' : `:${item.step}`}`;
}

/** A stored element for a message: Python spelling, `<tensor "name">`, or its JSON. */
function elementText(value: unknown, tensorNames: string[]): string {
  if (isObject(value) && typeof value.tensorArg === 'number') return `<tensor "${tensorNames[value.tensorArg] ?? '?'}">`;
  if (Array.isArray(value) && typeof value[0] === 'string') return `<tensor "${value[0]}">`;
  const fields = isObject(value) ? (isObject(value.config) ? value.config : value) : {};
  if (isTensorLike(value) || Object.values(fields).some(isTensorLike)) return '<tensor>';
  const item = keyItem(value);
  return item ? itemText(item) : JSON.stringify(value);
}

/**
 * A stored key as KeyItems, or the reason it cannot be converted, quoting the key in Python spelling.
 * `tensorNames[k]` names the layer behind a Keras 3 TensorArg k, for that message.
 */
export function parseSliceKey(key: unknown, tensorNames: string[] = []): KeyItem[] | string {
  const list: unknown[] = Array.isArray(key) && !isTensorLike(key) ? key : [key];
  const text = `[${list.map((v) => elementText(v, tensorNames)).join(', ')}]`;
  const items: KeyItem[] = [];
  for (const value of list) {
    const shown = elementText(value, tensorNames);
    if (shown.startsWith('<tensor')) return `slicing key ${text} has a tensor-valued index, which is not supported (only constant ints, slices, Ellipsis and None)`;
    const item = keyItem(value);
    if (!item) return `slicing key ${text} has an element ${shown} that is not supported (only ints, slices, Ellipsis and None)`;
    items.push(item);
  }
  if (items.filter((i) => i.kind === 'ellipsis').length > 1) return `slicing key ${text} has more than one Ellipsis`;
  const first = items.find((i) => i.kind !== 'newaxis');
  if (items[0]?.kind === 'newaxis') return `slicing key ${text} adds an axis before the batch axis, which is not supported`;
  if (first && !takesWholeAxis(first)) return `slicing key ${text} indexes the batch axis, which is not supported (take it whole with ":")`;
  return items;
}

const takesWholeAxis = (i: KeyItem): boolean =>
  i.kind === 'ellipsis' || (i.kind === 'slice' && i.start === null && i.stop === null && (i.step === null || i.step === 1));

/** STRIDED_SLICE parameters and the shapes before and after new axes. */
export interface SlicePlan {
  begin: number[];
  end: number[];
  strides: number[];
  beginMask: number;
  endMask: number;
  shrinkMask: number;
  /** Shape out of STRIDED_SLICE (indexed axes removed). */
  sliceShape: number[];
  /** Final shape (new axes inserted); equals sliceShape when the key adds none. */
  outShape: number[];
}

/** Python's slice.indices(size): the start, stop and step actually walked. */
function sliceIndices(s: Extract<KeyItem, { kind: 'slice' }>, size: number): [number, number, number] {
  const step = s.step ?? 1;
  const clamp = (v: number | null, fallback: number, low: number, high: number) => (v === null ? fallback : Math.min(Math.max(v < 0 ? v + size : v, low), high));
  return step > 0 ? [clamp(s.start, 0, 0, size), clamp(s.stop, size, 0, size), step] : [clamp(s.start, size - 1, -1, size - 1), clamp(s.stop, -1, -1, size - 1), step];
}

/** The key expanded over every axis of `shape` (Ellipsis -> whole axes), new axes kept in place. */
function expandKey(items: KeyItem[], rank: number): KeyItem[] | string {
  const consumed = items.filter((i) => i.kind === 'index' || i.kind === 'slice').length;
  if (consumed > rank) return `the slicing key has ${consumed} indices for a tensor of rank ${rank}`;
  const withEllipsis = items.some((i) => i.kind === 'ellipsis') ? items : [...items, { kind: 'ellipsis' } as KeyItem];
  const whole: KeyItem = { kind: 'slice', start: null, stop: null, step: null };
  return withEllipsis.flatMap((i) => (i.kind === 'ellipsis' ? Array<KeyItem>(rank - consumed).fill(whole) : [i]));
}

/** One input axis of the plan; `length` undefined for an indexed (shrunk) axis. */
function addAxis(plan: SlicePlan, begin: number, end: number, stride: number, length: number | undefined): void {
  plan.begin.push(begin);
  plan.end.push(end);
  plan.strides.push(stride);
  if (length === undefined) return;
  plan.sliceShape.push(length);
  plan.outShape.push(length);
}

/** The STRIDED_SLICE of `items` on a tensor of `shape` (batch first), or the reason it cannot be done. */
export function planSlice(items: KeyItem[], shape: number[]): SlicePlan | string {
  const key = expandKey(items, shape.length);
  if (typeof key === 'string') return key;
  const plan: SlicePlan = { begin: [], end: [], strides: [], beginMask: 0, endMask: 0, shrinkMask: 0, sliceShape: [], outShape: [] };
  for (const item of key) {
    const axis = plan.begin.length;
    if (item.kind === 'newaxis') {
      plan.outShape.push(1);
      continue;
    }
    const size = shape[axis]!;
    if (axis === 0) {
      if (!takesWholeAxis(item)) return 'the slicing key indexes the batch axis, which is not supported (take it whole with ":")';
      Object.assign(plan, { beginMask: 1, endMask: 1 });
      addAxis(plan, 0, 0, 1, size);
    } else if (item.kind === 'index') {
      const index = item.index < 0 ? item.index + size : item.index;
      if (index < 0 || index >= size) return `index ${item.index} is out of range for axis ${axis} of size ${size}`;
      plan.shrinkMask |= 1 << axis;
      addAxis(plan, index, index + 1, 1, undefined);
    } else if (item.kind === 'slice') {
      const [start, stop, step] = sliceIndices(item, size);
      const length = Math.max(0, Math.ceil((stop - start) / step));
      if (length === 0) return `the slice ${itemText(item)} of axis ${axis} (size ${size}) is empty, which is not supported`;
      if (stop < 0) plan.endMask |= 1 << axis; // a negative step down to index 0 inclusive
      addAxis(plan, start, Math.max(stop, 0), step, length);
    }
  }
  if (plan.begin.length > 5) return `slicing a tensor of rank ${plan.begin.length} is not supported (at most 5)`;
  return plan;
}

/** Whether the plan takes every axis whole (only new axes, if any, change the tensor). */
const takesAll = (plan: SlicePlan, shape: number[]): boolean =>
  plan.shrinkMask === 0 && plan.strides.every((s) => s === 1) && plan.begin.every((b) => b === 0) && plan.sliceShape.join() === shape.join();

/** Emit the slice of `x` by `items`: STRIDED_SLICE, then RESHAPE when the key adds axes (RESHAPE alone for `x[:, None]`). */
export function emitSlice(ctx: LayerContext, x: number, items: KeyItem[]): number {
  const shape = shapeOf(ctx, x);
  const plan = planSlice(items, shape);
  const text = `slicing key [${items.map(itemText).join(', ')}]`;
  if (typeof plan === 'string') throw new GateError('unsupported', `${text}: ${plan}`, { where: `layer ${ctx.layer.name}` }, 'Rewrite the slice with constant indices that keep the batch axis whole, then re-save the model.');
  const addsAxes = plan.outShape.length !== plan.sliceShape.length;
  if (addsAxes && takesAll(plan, shape)) return reshape(ctx, x, plan.outShape, 'strided_slice/Reshape');
  const inputs = [x, constI(ctx, 'strided_slice/stack', plan.begin), constI(ctx, 'strided_slice/stack_1', plan.end), constI(ctx, 'strided_slice/stack_2', plan.strides)];
  const options = { begin_mask: plan.beginMask, end_mask: plan.endMask, ellipsis_mask: 0, new_axis_mask: 0, shrink_axis_mask: plan.shrinkMask, offset: false };
  const sliced = emitOp(ctx, 'STRIDED_SLICE', inputs, plan.sliceShape, 'strided_slice', options);
  return addsAxes ? reshape(ctx, sliced, plan.outShape, 'strided_slice/Reshape') : sliced;
}

// ---- the two front-ends ----

/** The stored key of one call: Keras 3 GetItem's second argument, tf.keras SlicingOpLambda's `slice_spec`. */
function storedKey(layer: KerasLayer, call: number): unknown {
  if (layer.className === 'GetItem') return layer.callArgs?.[call]?.[1];
  return layer.callKwargs?.[call]?.slice_spec;
}

function checkCalls(layer: KerasLayer): string | undefined {
  for (let call = 0; call < layer.inbound.length; call++) {
    const key = storedKey(layer, call);
    if (key === undefined) return `the call ${call} records no slicing key`;
    const items = parseSliceKey(key, layer.inbound[call]!.map((ref) => ref.layer));
    if (typeof items === 'string') return items;
  }
  return undefined;
}

const emitGetItem = (ctx: LayerContext): number[] => [emitSlice(ctx, ctx.inputs[0]!, parseSliceKey(storedKey(ctx.layer, ctx.callIndex ?? 0)) as KeyItem[])];

const getItem: LayerHandler = { classNames: ['GetItem'], modules: KERAS_OP_MODULES, check: checkCalls, emit: emitGetItem };

/** tf.keras 2 slicing lambdas: only `__operators__.getitem` (x[...]) is converted. */
const slicingOpLambda: LayerHandler = {
  classNames: ['SlicingOpLambda'],
  check: (layer) => {
    const fn = String(layer.config.function ?? '');
    if (fn !== '__operators__.getitem') return `TensorFlow slicing function "${fn}" is not supported (only __operators__.getitem, x[...])`;
    return checkCalls(layer);
  },
  emit: emitGetItem,
};

export const slicingLayers: LayerHandler[] = [getItem, slicingOpLambda];
