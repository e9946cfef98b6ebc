import { GateError } from '../errors.js';
import type { DatasetLabels } from './types.js';
import { elementCount, shapeText, whereOf, type RawArray } from './raw.js';

/**
 * Labels → class ids or regression targets. Class ids: one value per sample, all integers (any dtype), or
 * one-hot rows (every value 0 or 1, exactly one 1). Anything else is a regression target. The model's output
 * shape, when known, decides ambiguous cases: an output with C > 1 classes makes integer labels class ids
 * (range-checked against C); a single output makes them regression targets.
 */
export interface LabelContext {
  file: string;
  /** The model's output shape ([batch, ...]), when known. */
  outputShape?: number[];
  classNames?: string[];
}

function fail(a: RawArray, ctx: LabelContext, message: string, hint?: string): never {
  throw new GateError('bad-dataset', message, { file: ctx.file, where: whereOf(a) }, hint);
}

/** Classes the model outputs: the last dim of a [batch, ..., C] output with C > 1. */
export function modelClassCount(outputShape?: number[]): number | undefined {
  const c = outputShape && outputShape.length >= 2 ? outputShape[outputShape.length - 1] : undefined;
  return c !== undefined && c > 1 ? c : undefined;
}

function allIntegers(data: ArrayLike<number>): boolean {
  for (let i = 0; i < data.length; i++) if ((data[i] | 0) !== data[i]) return false; // int32 integers only: larger values are no class ids
  return true;
}

function oneHotToIds(data: ArrayLike<number>, width: number): Int32Array | undefined {
  const n = data.length / width;
  const ids = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    let ones = 0;
    for (let c = 0; c < width; c++) {
      const v = data[s * width + c];
      if (v === 1) { ones++; ids[s] = c; } else if (v !== 0) return undefined;
    }
    if (ones !== 1) return undefined;
  }
  return ids;
}

const LABELS_HINT = 'Check that the labels and the model belong together, or choose the right key with --y-key.';

function checkRange(ids: Int32Array, classes: number, a: RawArray, ctx: LabelContext): void {
  for (let s = 0; s < ids.length; s++) {
    if (ids[s] < 0 || ids[s] >= classes) {
      fail(a, ctx, `label ${ids[s]} of sample ${s} is outside the model's ${classes} classes (0..${classes - 1})`, LABELS_HINT);
    }
  }
}

function classIds(a: RawArray, width: number, classes: number | undefined, ctx: LabelContext): Int32Array | undefined {
  const single = width === 1 && allIntegers(a.data) && (classes !== undefined || ctx.outputShape === undefined);
  if (single) return Int32Array.from(a.data);
  if (width < 2) return undefined;
  const ids = oneHotToIds(a.data, width);
  if (ids && classes !== undefined && width !== classes) {
    fail(a, ctx, `one-hot labels have ${width} columns but the model outputs ${classes} classes`, LABELS_HINT);
  }
  return ids;
}

function regressionTargets(a: RawArray, width: number, ctx: LabelContext): DatasetLabels {
  const expected = ctx.outputShape ? elementCount(ctx.outputShape.slice(1)) : width;
  if (width !== expected) {
    const classes = modelClassCount(ctx.outputShape);
    if (width === 1 && classes !== undefined) {
      const at = Array.prototype.findIndex.call(a.data, (v: number) => (v | 0) !== v);
      fail(a, ctx, `label ${a.data[at]} of sample ${at} is not a class id (an integer 0..${classes - 1}) for the model's ${classes} classes`, LABELS_HINT);
    }
    fail(a, ctx, `targets are ${shapeText(a.shape.slice(1))} per sample but the model outputs ${shapeText(ctx.outputShape!.slice(1))}`, LABELS_HINT);
  }
  const data = Float32Array.from(a.data);
  const bad = data.findIndex((v) => v - v !== 0); // NaN or ±Infinity
  if (bad !== -1) fail(a, ctx, `target ${data[bad]} at sample ${Math.floor(bad / Math.max(width, 1))} is not a finite number`, 'Remove or fix the sample; datasets must not hold NaN or infinity.');
  return { kind: 'regression', shape: a.shape, data };
}

/** Decide and convert the labels (already subsampled: a.shape[0] samples). */
export function toLabels(a: RawArray, ctx: LabelContext): DatasetLabels {
  const width = elementCount(a.shape.slice(1));
  const classes = modelClassCount(ctx.outputShape);
  const ids = classIds(a, width, classes, ctx);
  if (!ids) return regressionTargets(a, width, ctx);
  if (classes !== undefined) checkRange(ids, classes, a, ctx);
  const numClasses = classes ?? ctx.classNames?.length ?? (width > 1 ? width : Math.max(-1, ...ids) + 1);
  const labels: DatasetLabels = { kind: 'class', data: ids, numClasses };
  if (ctx.classNames) labels.classNames = ctx.classNames;
  return labels;
}
