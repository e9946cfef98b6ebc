/**
 * Conv (groups, dilations, asymmetric pads) and ConvTranspose on NHWC tensors: weights permuted once at
 * conversion time (ONNX [O, I/g, kh, kw] → CONV_2D [O, kh, kw, I/g], depthwise [1, kh, kw, O]), biases
 * constant, padding as SAME / VALID or an explicit PAD.
 */
import type { OnnxConst } from '../types.js';
import type { OnnxContext } from './context.js';
import { physicalShape } from './layout.js';
import { makeConst, transposeConst } from './nd.js';
import { checkWindow, nhwcPaddings, windowOf, type Window } from './padding.js';
import { withLift1d } from './lift1d.js';
import type { OnnxHandler } from './types.js';

function checkRank(node: { inputs: string[] }, what: string): string | undefined {
  return node.inputs.length < 2 ? `${what} needs a weight input` : undefined;
}

/** The NHWC input, padded explicitly when the pads are neither SAME nor VALID. */
function paddedInput(ctx: OnnxContext, w: Window): number {
  const x = ctx.tensor(0, 'nhwc');
  if (w.padding !== 'EXPLICIT') return x;
  const s = physicalShape(ctx.shape(0), 'nhwc');
  const p = nhwcPaddings(w);
  const shape = s.map((d, i) => d + p[2 * i]! + p[2 * i + 1]!);
  return ctx.temp('PAD', [x, ctx.constInt('pads', p, [4, 2])], shape, 'Pad');
}

function bias(ctx: OnnxContext, index: number, channels: number): number {
  const b = ctx.has(index) ? ctx.requireConst(index, 'the bias') : makeConst([channels], 'float32', new Float32Array(channels));
  return ctx.constant(`${ctx.node.name}/bias`, b);
}

function emitConv(ctx: OnnxContext): void {
  const x = ctx.shape(0);
  if (x.length !== 4) ctx.fail(`Conv on a rank-${x.length} input is not supported (1-D and 2-D convolutions are)`);
  const weight = ctx.requireConst(1, 'the Conv weight');
  const [outC, perGroup, kh, kw] = weight.dims as [number, number, number, number];
  const group = ctx.attr('group', 1);
  const w = windowOf(ctx.node, x.slice(2), [kh, kw]);
  const input = paddedInput(ctx, w);
  const options = {
    padding: w.padding === 'SAME' ? 'SAME' : 'VALID', stride_h: w.strides[0]!, stride_w: w.strides[1]!,
    dilation_h_factor: w.dilations[0]!, dilation_w_factor: w.dilations[1]!, fused_activation_function: 'NONE',
  };
  const shape = [x[0]!, outC, w.out[0]!, w.out[1]!];
  if (group > 1 && perGroup === 1 && group === x[1]) {
    const filter = ctx.constant(`${ctx.node.name}/depthwise`, transposeConst(weight, [1, 2, 3, 0]));
    ctx.emit('DEPTHWISE_CONV_2D', [input, filter, bias(ctx, 2, outC)], shape, 'nhwc', { ...options, depth_multiplier: outC / group });
    return;
  }
  if (perGroup * group !== x[1]) ctx.fail(`weight [${weight.dims.join(', ')}] with group ${group} does not fit ${x[1]} input channels`);
  const filter = ctx.constant(`${ctx.node.name}/filter`, transposeConst(weight, [0, 2, 3, 1]));
  ctx.emit('CONV_2D', [input, filter, bias(ctx, 2, outC)], shape, 'nhwc', options);
}

const conv: OnnxHandler = {
  ops: ['Conv'],
  check: (node) => checkWindow(node) ?? checkRank(node, 'Conv'),
  emit: (ctx) => withLift1d(ctx, emitConv),
};

/** ConvTranspose as a VALID TRANSPOSE_CONV (full output) cropped by the pads with a SLICE. */
function emitConvTranspose(ctx: OnnxContext): void {
  const x = ctx.shape(0);
  if (x.length !== 4) ctx.fail(`ConvTranspose on a rank-${x.length} input is not supported (1-D and 2-D are)`);
  const weight: OnnxConst = ctx.requireConst(1, 'the ConvTranspose weight');
  const [, outC, kh, kw] = weight.dims as [number, number, number, number];
  const strides = ctx.attr('strides', [1, 1]);
  const pads = ctx.attr('pads', [0, 0, 0, 0]);
  const outPad = ctx.attr('output_padding', [0, 0]);
  const full = [0, 1].map((i) => (x[2 + i]! - 1) * strides[i]! + [kh, kw][i]!);
  const out = [0, 1].map((i) => full[i]! - pads[i]! - pads[2 + i]! + outPad[i]!);
  if ([0, 1].some((i) => pads[i]! + out[i]! > full[i]!)) ctx.fail('output_padding beyond the end pad is not supported');
  const filter = ctx.constant(`${ctx.node.name}/filter`, transposeConst(weight, [1, 2, 3, 0]));
  const fullShape = [x[0]!, full[0]!, full[1]!, outC];
  const options = { padding: 'VALID', stride_h: strides[0]!, stride_w: strides[1]!, fused_activation_function: 'NONE' };
  const shape = [x[0]!, outC, out[0]!, out[1]!];
  const inputs = [ctx.constInt('output_shape', fullShape), filter, ctx.tensor(0, 'nhwc'), bias(ctx, 2, outC)];
  if (out[0] === full[0] && out[1] === full[1]) return void ctx.emit('TRANSPOSE_CONV', inputs, shape, 'nhwc', options);
  const y = ctx.temp('TRANSPOSE_CONV', inputs, fullShape, 'full', options);
  ctx.emit('SLICE', [y, ctx.constInt('begin', [0, pads[0]!, pads[1]!, 0]), ctx.constInt('size', [-1, out[0]!, out[1]!, -1])], shape, 'nhwc');
}

const convTranspose: OnnxHandler = {
  ops: ['ConvTranspose'],
  check: (node) => {
    if ((node.attrs.group ?? 1) !== 1) return 'grouped ConvTranspose is not supported';
    if (((node.attrs.dilations as number[] | undefined) ?? []).some((d) => d !== 1)) return 'dilated ConvTranspose is not supported';
    if (node.attrs.output_shape !== undefined || ((node.attrs.auto_pad as string | undefined) ?? 'NOTSET') !== 'NOTSET') return 'ConvTranspose with output_shape or auto_pad is not supported (explicit pads are)';
    return checkRank(node, 'ConvTranspose');
  },
  emit: (ctx) => withLift1d(ctx, emitConvTranspose),
};

export const convHandlers: OnnxHandler[] = [conv, convTranspose];
