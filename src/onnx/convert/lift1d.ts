/**
 * 1-D convolutions and pools (Conv1d, ConvTranspose1d, MaxPool1d, AvgPool1d on [N, C, L]) run as their 2-D
 * versions on [N, C, 1, L]: the nhwc forms [N, L, C] and [N, 1, L, C] share their memory order, so the
 * lift and the drop back are RESHAPEs; weights gain a size-1 axis, window attributes a leading 1 (pads 0).
 */
import type { AttrValue, OnnxConst } from '../types.js';
import type { OnnxContext } from './context.js';
import { reshapeConst } from './nd.js';

const WINDOW = ['kernel_shape', 'strides', 'dilations', 'output_padding'];

function liftAttrs(attrs: Record<string, AttrValue>): Record<string, AttrValue> {
  const out: Record<string, AttrValue> = { ...attrs };
  for (const key of WINDOW) if (Array.isArray(attrs[key])) out[key] = [1, ...(attrs[key] as number[])];
  if (Array.isArray(attrs.pads)) out.pads = [0, (attrs.pads as number[])[0]!, 0, (attrs.pads as number[])[1]!];
  return out;
}

/** Runs `emit2d` on the lifted node when input 0 has rank 3; otherwise runs it as it is. */
export function withLift1d(ctx: OnnxContext, emit2d: (ctx: OnnxContext) => void): void {
  const node = ctx.node;
  const v = ctx.value(0);
  if (v.shape.length !== 3) return emit2d(ctx);
  const [n, c, l] = v.shape as [number, number, number];
  const x = ctx.temp('RESHAPE', [ctx.tensor(0, 'nhwc'), ctx.constInt('as2d/shape', [n, 1, l, c])], [n, 1, l, c], 'as2d');
  const input = ctx.define(`${node.name}/as2d`, { shape: [n, c, 1, l], dtype: v.dtype, ids: { nhwc: x } });
  const weight: OnnxConst | undefined = ctx.constOf(1);
  const inputs = [input, ...node.inputs.slice(1)];
  if (weight && weight.dims.length === 3) inputs[1] = ctx.tempConst('weight2d', reshapeConst(weight, [weight.dims[0]!, weight.dims[1]!, 1, weight.dims[2]!]));
  const out2d = `${node.name}/out2d`;
  ctx.node = { ...node, inputs, outputs: [out2d], attrs: liftAttrs(node.attrs) };
  try {
    emit2d(ctx);
  } finally {
    ctx.node = node;
  }
  const y = ctx.values.get(out2d)!;
  const [, o, , l2] = y.shape as [number, number, number, number];
  ctx.emit('RESHAPE', [ctx.tensorOf(y, out2d, 'nhwc'), ctx.constInt('as1d/shape', [n, l2, o])], [n, o, l2], 'nhwc');
}
