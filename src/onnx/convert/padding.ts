/**
 * ONNX explicit padding (pads = [x1_begin, x2_begin, ..., x1_end, x2_end], auto_pad) against TFLite's
 * SAME / VALID: SAME when the pads are exactly TensorFlow's SAME pads (extra padding at the end), VALID
 * when there are none, else an explicit PAD before a VALID op.
 */
import type { OnnxNode } from '../types.js';

export interface Window {
  kernel: number[];
  strides: number[];
  dilations: number[];
  /** [begin..., end...] per spatial axis, after auto_pad and ceil_mode. */
  pads: number[];
  /** Output spatial sizes. */
  out: number[];
  padding: 'SAME' | 'VALID' | 'EXPLICIT';
}

const effective = (k: number, d: number) => (k - 1) * d + 1;

function samePads(size: number, k: number, s: number, d: number, lower: boolean): [number, number] {
  const out = Math.ceil(size / s);
  const total = Math.max((out - 1) * s + effective(k, d) - size, 0);
  const small = Math.floor(total / 2);
  return lower ? [total - small, small] : [small, total - small];
}

export function windowOf(node: OnnxNode, spatial: number[], kernel: number[]): Window {
  const n = spatial.length;
  const strides = (node.attrs.strides as number[] | undefined) ?? Array(n).fill(1);
  const dilations = (node.attrs.dilations as number[] | undefined) ?? Array(n).fill(1);
  const autoPad = (node.attrs.auto_pad as string | undefined) ?? 'NOTSET';
  let pads = (node.attrs.pads as number[] | undefined) ?? Array(2 * n).fill(0);
  if (autoPad === 'SAME_UPPER' || autoPad === 'SAME_LOWER') {
    const each = spatial.map((s, i) => samePads(s, kernel[i]!, strides[i]!, dilations[i]!, autoPad === 'SAME_LOWER'));
    pads = [...each.map((p) => p[0]), ...each.map((p) => p[1])];
  } else if (autoPad === 'VALID') pads = Array(2 * n).fill(0);
  const ceil = node.attrs.ceil_mode === 1;
  const out = spatial.map((s, i) => {
    const span = s + pads[i]! + pads[n + i]! - effective(kernel[i]!, dilations[i]!);
    let o = (ceil ? Math.ceil(span / strides[i]!) : Math.floor(span / strides[i]!)) + 1;
    if (ceil && (o - 1) * strides[i]! >= s + pads[i]!) o--; // the last window must start inside the input or the begin pad
    return o;
  });
  // ceil_mode: the end pad the last window reaches into
  const ends = spatial.map((s, i) => Math.max(pads[n + i]!, (out[i]! - 1) * strides[i]! + effective(kernel[i]!, dilations[i]!) - s - pads[i]!));
  pads = [...pads.slice(0, n), ...ends];
  const same = spatial.every((s, i) => {
    const [b, e] = samePads(s, kernel[i]!, strides[i]!, dilations[i]!, false);
    return b === pads[i] && e === pads[n + i] && Math.ceil(s / strides[i]!) === out[i];
  });
  const padding = pads.every((p) => p === 0) ? 'VALID' : same ? 'SAME' : 'EXPLICIT';
  return { kernel, strides, dilations, pads, out, padding };
}

/** TFLite PAD paddings [[0,0],[top,bottom],[left,right],[0,0]] for an NHWC tensor. */
export function nhwcPaddings(w: Window): number[] {
  const n = w.kernel.length;
  return [0, 0, ...w.kernel.flatMap((_, i) => [w.pads[i]!, w.pads[n + i]!]), 0, 0];
}

export function checkWindow(node: OnnxNode): string | undefined {
  const autoPad = (node.attrs.auto_pad as string | undefined) ?? 'NOTSET';
  if (!['NOTSET', 'SAME_UPPER', 'SAME_LOWER', 'VALID'].includes(autoPad)) return `auto_pad "${autoPad}" is not supported`;
  return undefined;
}
