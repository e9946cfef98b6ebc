/**
 * Resize / Upsample on NHWC tensors: nearest (asymmetric coordinates, floor rounding: PyTorch's
 * interpolate(mode="nearest")) as RESIZE_NEAREST_NEIGHBOR, linear (half_pixel / pytorch_half_pixel,
 * align_corners, asymmetric) as RESIZE_BILINEAR. Output sizes come from the sizes or scales constants.
 */
import type { OnnxNode } from '../types.js';
import type { OnnxContext } from './context.js';
import type { OnnxHandler } from './types.js';

function check(node: OnnxNode): string | undefined {
  const mode = (node.attrs.mode as string | undefined) ?? 'nearest';
  const coords = (node.attrs.coordinate_transformation_mode as string | undefined) ?? 'half_pixel';
  if (mode === 'nearest') {
    const rounding = (node.attrs.nearest_mode as string | undefined) ?? 'round_prefer_floor';
    if (node.opType === 'Resize' && (coords !== 'asymmetric' || rounding !== 'floor')) return `nearest resize with ${coords} coordinates and ${rounding} rounding is not supported (asymmetric + floor, PyTorch's "nearest", is)`;
    return undefined;
  }
  if (mode !== 'linear' && mode !== 'bilinear') return `resize mode "${mode}" is not supported (nearest and linear are)`;
  if (!['half_pixel', 'pytorch_half_pixel', 'align_corners', 'asymmetric'].includes(coords)) return `linear resize with ${coords} coordinates is not supported`;
  return undefined;
}

function outputSize(ctx: OnnxContext): number[] {
  const input = ctx.shape(0);
  const sizesAt = ctx.node.opType === 'Upsample' ? -1 : 3;
  if (sizesAt > 0 && ctx.has(sizesAt)) return Array.from(ctx.requireConst(sizesAt, 'the sizes').data);
  const scales = ctx.node.opType === 'Upsample' ? ctx.requireConst(1, 'the scales') : ctx.requireConst(2, 'the scales');
  return input.map((d, i) => Math.floor(d * scales.data[i]!));
}

const resize: OnnxHandler = {
  ops: ['Resize', 'Upsample'],
  check,
  emit: (ctx) => {
    const input = ctx.shape(0);
    if (input.length !== 4) ctx.fail(`resizing a rank-${input.length} tensor is not supported (NCHW images are)`);
    const out = outputSize(ctx);
    if (out[0] !== input[0] || out[1] !== input[1]) ctx.fail('resizing the batch or channel axis is not supported');
    const nearest = ctx.attr('mode', 'nearest') === 'nearest';
    const coords = ctx.attr('coordinate_transformation_mode', ctx.node.opType === 'Upsample' ? 'asymmetric' : 'half_pixel');
    const options = { align_corners: coords === 'align_corners', half_pixel_centers: !nearest && (coords === 'half_pixel' || coords === 'pytorch_half_pixel') };
    const size = ctx.constInt('size', [out[2]!, out[3]!]);
    ctx.emit(nearest ? 'RESIZE_NEAREST_NEIGHBOR' : 'RESIZE_BILINEAR', [ctx.tensor(0, 'nhwc'), size], out, 'nhwc', options);
  },
};

export const resizeHandlers: OnnxHandler[] = [resize];
