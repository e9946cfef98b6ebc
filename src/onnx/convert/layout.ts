/**
 * Layouts. ONNX activations are NCHW (channels second); TFLite kernels want NHWC (channels last). A value of
 * rank ≥ 3 may live in the graph as `plain` (ONNX order) or `nhwc` (ONNX axis 1 moved last). Ops that do not
 * care keep the layout they get, axis attributes are remapped, so a CNN converts without TRANSPOSE between
 * its layers; a layout change is a RESHAPE when it keeps the memory order (only size-1 axes move).
 */
export type Layout = 'plain' | 'nhwc';

/** Physical axis i of an nhwc tensor holds ONNX axis toNhwc(rank)[i]: [0, 2, 3, ..., rank-1, 1]. */
export function toNhwc(rank: number): number[] {
  return rank < 3 ? [...Array(rank).keys()] : [0, ...Array.from({ length: rank - 2 }, (_, i) => i + 2), 1];
}

/** The inverse: physical nhwc → ONNX order, [0, rank-1, 1, ..., rank-2]. */
export function fromNhwc(rank: number): number[] {
  return rank < 3 ? [...Array(rank).keys()] : [0, rank - 1, ...Array.from({ length: rank - 2 }, (_, i) => i + 1)];
}

/** Where ONNX axis `axis` (may be negative) sits in a tensor of `rank` stored in `layout`. */
export function physicalAxis(axis: number, rank: number, layout: Layout): number {
  const a = axis < 0 ? axis + rank : axis;
  return layout === 'nhwc' ? toNhwc(rank).indexOf(a) : a;
}

/** The shape as stored in `layout`, from the ONNX shape. */
export function physicalShape(shape: number[], layout: Layout): number[] {
  return layout === 'nhwc' ? toNhwc(shape.length).map((a) => shape[a]!) : [...shape];
}

/** Whether permuting a tensor of `shape` by `perm` keeps its memory order (a RESHAPE does it). */
export function keepsMemoryOrder(shape: number[], perm: number[]): boolean {
  const moved = perm.filter((a) => shape[a] !== 1);
  return moved.every((a, i) => i === 0 || a > moved[i - 1]!);
}

export const isIdentity = (perm: number[]): boolean => perm.every((p, i) => p === i);
