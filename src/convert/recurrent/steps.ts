import { GateError } from '../../errors.js';
import type { WeightTensor } from '../../keras/types.js';
import { kerasMajor } from '../args.js';
import { applyActivation } from '../activations.js';
import { constF, constI, emitOp, scalar, shapeOf } from '../ops.js';
import type { LayerContext } from '../types.js';

/**
 * Building blocks of the recurrent forms: one FULLY_CONNECTED projects every time step's input at once, and
 * each step adds the recurrent FULLY_CONNECTED of the previous state (cells.ts, unrolled.ts, loop.ts).
 */

/** A Keras matrix [rows, cols] as a FULLY_CONNECTED weight [to - from, rows] of columns from..to. */
export function fcWeight(w: WeightTensor, from: number, to: number, scale: (col: number) => number = () => 1): Float32Array {
  const [rows, cols] = matrixShape(w);
  const out = new Float32Array((to - from) * rows);
  for (let c = from; c < to; c++) {
    const s = scale(c);
    for (let r = 0; r < rows; r++) out[(c - from) * rows + r] = w.data[r * cols + c]! * s;
  }
  return out;
}

export function matrixShape(w: WeightTensor): [number, number] {
  const rows = w.shape.length === 2 ? w.shape[0]! : 1;
  return [rows, w.data.length / rows];
}

/** Entries from..to of a bias (flat index + offset: [2, N] biases and CuDNN [2N] biases keep row 1 at N), scaled; zeros when absent. */
export function biasSlice(bias: WeightTensor | undefined, from: number, to: number, scale: (col: number) => number = () => 1, offset = 0): Float32Array {
  const out = new Float32Array(to - from);
  if (!bias) return out;
  for (let c = from; c < to; c++) out[c - from] = (bias.data[offset + c] ?? 0) * scale(c);
  return out;
}

/** The recurrent (gate) activation. hard_sigmoid is folded into the weights: a*z + 0.5, then clipped. */
export interface GateActivation {
  /** Scale applied to the gate's weights and bias; 1 when nothing is folded. */
  scale: number;
  /** Added to the gate's bias. */
  shift: number;
  emit(ctx: LayerContext, x: number, suffix: string): number;
}

export function gateActivation(name: string, kerasVersion: string | undefined): GateActivation {
  if (name === 'sigmoid') return { scale: 1, shift: 0, emit: (ctx, x, s) => emitOp(ctx, 'LOGISTIC', [x], shapeOf(ctx, x), s) };
  if (name === 'hard_sigmoid') {
    // Keras 2: clip(0.2 z + 0.5, 0, 1); Keras 3: relu6(z + 3) / 6 = clip(z / 6 + 0.5, 0, 1).
    const slope = kerasMajor(kerasVersion ?? '') < 3 ? 0.2 : 1 / 6;
    return { scale: slope, shift: 0.5, emit: clipUnit };
  }
  return { scale: 1, shift: 0, emit: (ctx, x) => applyActivation(ctx, x, name) };
}

function clipUnit(ctx: LayerContext, x: number, suffix: string): number {
  const positive = emitOp(ctx, 'RELU', [x], shapeOf(ctx, x), `${suffix}/relu`);
  return emitOp(ctx, 'MINIMUM', [positive, scalar(ctx, `${suffix}/one`, 1)], shapeOf(ctx, x), suffix);
}

/** Number of time steps of a [batch, time, features] input; a GateError when it is not fixed. */
export function timeSteps(ctx: LayerContext, x: number): number {
  const shape = shapeOf(ctx, x);
  if (shape.length !== 3) {
    throw new GateError('unsupported', `recurrent layer input must be [batch, time, features], got [${shape}]`, { where: `layer ${ctx.layer.name}` });
  }
  const steps = shape[1]!;
  if (!(steps > 0)) {
    throw new GateError('usage', `recurrent layer ${ctx.layer.name} gets a sequence of variable length`, { where: `layer ${ctx.layer.name}` }, SEQUENCE_HINT);
  }
  return steps;
}

const SEQUENCE_HINT = 'convert at a fixed length with --sequence_length N (sequence-length in the config file)';

/** FULLY_CONNECTED of every time step at once: [B, T, F] -> [B, T, N]. */
export function projectAll(ctx: LayerContext, x: number, weight: Float32Array, bias: Float32Array | undefined, suffix: string): number {
  const [batch, steps, features] = shapeOf(ctx, x) as [number, number, number];
  const n = weight.length / features;
  const w = constF(ctx, `${suffix}/kernel`, [n, features], weight);
  const b = bias ? constF(ctx, `${suffix}/bias`, [n], bias) : -1;
  return emitOp(ctx, 'FULLY_CONNECTED', [x, w, b], [batch, steps, n], suffix, { keep_num_dims: true });
}

/** A [B, T, N] tensor split into T tensors [B, N]. */
export function unpackSteps(ctx: LayerContext, all: number): number[] {
  const [batch, steps, n] = shapeOf(ctx, all) as [number, number, number];
  const outs = Array.from({ length: steps }, (_, t) => ctx.builder.activation(`${ctx.builder.tensor(all).name}/${t}`, [batch, n]));
  ctx.builder.op('UNPACK', [all], outs, { num: steps, axis: 1 }, ctx.layer.name);
  return outs;
}

/** A constant FULLY_CONNECTED weight [N, U] (and optional bias) reused by every step. */
export function recurrentConsts(ctx: LayerContext, weight: Float32Array, units: number, bias: Float32Array | undefined, suffix: string): [number, number] {
  const n = weight.length / units;
  const w = constF(ctx, `${suffix}/recurrent_kernel`, [n, units], weight);
  return [w, bias ? constF(ctx, `${suffix}/recurrent_bias`, [n], bias) : -1];
}

export function matmul(ctx: LayerContext, h: number, consts: [number, number], suffix: string): number {
  const n = ctx.builder.tensor(consts[0]).shape[0]!;
  return emitOp(ctx, 'FULLY_CONNECTED', [h, consts[0], consts[1]], [shapeOf(ctx, h)[0]!, n], suffix, {});
}

export function add(ctx: LayerContext, a: number, b: number, suffix: string): number {
  return emitOp(ctx, 'ADD', [a, b], shapeOf(ctx, a), suffix, {});
}

export function mul(ctx: LayerContext, a: number, b: number, suffix: string): number {
  return emitOp(ctx, 'MUL', [a, b], shapeOf(ctx, a), suffix, {});
}

export function sub(ctx: LayerContext, a: number, b: number, suffix: string): number {
  return emitOp(ctx, 'SUB', [a, b], shapeOf(ctx, a), suffix, {});
}

/** SPLIT a [B, k*U] tensor into k tensors [B, U] along axis 1. */
export function splitGates(ctx: LayerContext, x: number, count: number, suffix: string): number[] {
  const [batch, width] = shapeOf(ctx, x) as [number, number];
  const outs = Array.from({ length: count }, (_, k) => ctx.builder.activation(`${ctx.builder.tensor(x).name}/split${k}`, [batch, width / count]));
  ctx.builder.op('SPLIT', [constI(ctx, `${suffix}/axis`, [1], []), x], outs, { num_splits: count }, ctx.layer.name);
  return outs;
}

/** PACK per-step outputs [B, U] into a sequence [B, T, U]. */
export function packSteps(ctx: LayerContext, steps: number[], suffix: string): number {
  const [batch, units] = shapeOf(ctx, steps[0]!) as [number, number];
  return emitOp(ctx, 'PACK', steps, [batch, steps.length, units], suffix, { values_count: steps.length, axis: 1 });
}
