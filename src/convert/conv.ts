import { applyActivation, checkActivation } from './activations.js';
import { cfg, channelsFirst, num, padding, tuple, weight } from './args.js';
import { constF, constI, emitOp, expandDims, permuteData, reshape, shapeOf } from './ops.js';
import type { LayerContext, LayerHandler } from './types.js';
import type { KerasLayer } from '../keras/types.js';

/**
 * Convolutions: Conv1D/2D, DepthwiseConv1D/2D, SeparableConv1D/2D, Conv2DTranspose. 1-D layers run as 2-D
 * ops on [N, 1, L, C] between EXPAND_DIMS and RESHAPE, as the TFLite converter emits them.
 */
export function outSize(size: number, kernel: number, stride: number, dilation: number, pad: string): number {
  const effective = (kernel - 1) * dilation + 1;
  return pad === 'same' ? Math.ceil(size / stride) : Math.floor((size - effective) / stride) + 1;
}

function checkConv(layer: KerasLayer): string | undefined {
  if (channelsFirst(layer)) return 'data_format "channels_first" is not supported';
  const groups = num(layer, 'groups', 1);
  if (groups !== 1 && !(Number.isInteger(groups) && groups > 1 && (layer.className.startsWith('Conv') || layer.className.startsWith('Convolution')))) {
    return `groups=${groups} is not supported`;
  }
  if (groups > 1 && layer.weights[0] && layer.weights[0].shape.at(-1)! % groups !== 0) return `groups=${groups} does not divide the ${layer.weights[0].shape.at(-1)} filters`;
  if (!['same', 'valid', 'causal'].includes(padding(layer))) return `padding "${padding(layer)}" is not supported`;
  if (padding(layer) === 'causal' && !layer.className.includes('1D')) return 'causal padding outside Conv1D';
  const needed = layer.className.startsWith('Separable') ? 2 : 1;
  if (layer.weights.length < needed) return `expected its kernel weights, found ${layer.weights.length} weight tensors`;
  return checkActivation(cfg(layer, 'activation'));
}

interface Geometry { stride: number[]; dilation: number[]; pad: string }

function geometry(layer: KerasLayer, rank: number): Geometry {
  return { stride: tuple(layer, ['strides', 'subsample'], rank, 1), dilation: tuple(layer, ['dilation_rate'], rank, 1), pad: padding(layer) };
}

function biasConst(ctx: LayerContext, n: number, index: number, suffix = 'BiasAdd'): number {
  const b = cfg(ctx.layer, 'use_bias') === false ? undefined : weight(ctx.layer, 'bias', index);
  return constF(ctx, suffix, [n], b ? b.data : new Float32Array(n));
}

/** CONV_2D on an NHWC tensor with a Keras [kh, kw, in, out] kernel. */
function conv2d(ctx: LayerContext, x: number, kernel: { data: Float32Array; shape: number[] }, bias: number, g: Geometry): number {
  const [kh, kw, cin, cout] = kernel.shape as [number, number, number, number];
  const inShape = shapeOf(ctx, x);
  const w = constF(ctx, 'convolution', [cout, kh, kw, cin], permuteData(kernel.data, kernel.shape, [3, 0, 1, 2]));
  const pad = g.pad === 'same' ? 'same' : 'valid';
  const outShape = [inShape[0]!, outSize(inShape[1]!, kh, g.stride[0]!, g.dilation[0]!, pad), outSize(inShape[2]!, kw, g.stride[1]!, g.dilation[1]!, pad), cout];
  return emitOp(ctx, 'CONV_2D', [x, w, bias], outShape, 'BiasAdd1', {
    padding: pad.toUpperCase(), stride_h: g.stride[0]!, stride_w: g.stride[1]!, dilation_h_factor: g.dilation[0]!, dilation_w_factor: g.dilation[1]!, fused_activation_function: 'NONE',
  });
}

/** DEPTHWISE_CONV_2D with a Keras [kh, kw, in, mult] kernel (TFLite [1, kh, kw, in*mult], same memory order). */
function depthwise(ctx: LayerContext, x: number, kernel: { data: Float32Array; shape: number[] }, bias: number, g: Geometry): number {
  const [kh, kw, cin, mult] = kernel.shape as [number, number, number, number];
  const inShape = shapeOf(ctx, x);
  const w = constF(ctx, 'depthwise', [1, kh, kw, cin * mult], kernel.data);
  const pad = g.pad === 'same' ? 'same' : 'valid';
  const outShape = [inShape[0]!, outSize(inShape[1]!, kh, g.stride[0]!, g.dilation[0]!, pad), outSize(inShape[2]!, kw, g.stride[1]!, g.dilation[1]!, pad), cin * mult];
  return emitOp(ctx, 'DEPTHWISE_CONV_2D', [x, w, bias], outShape, 'depthwise1', {
    padding: pad.toUpperCase(), stride_h: g.stride[0]!, stride_w: g.stride[1]!, depth_multiplier: mult,
    dilation_h_factor: g.dilation[0]!, dilation_w_factor: g.dilation[1]!, fused_activation_function: 'NONE',
  });
}

/** The layer's `activation`, applied on the 2-D result (before a 1-D squeeze) so it can fuse into the conv. */
const activate = (ctx: LayerContext, y: number): number => applyActivation(ctx, y, cfg(ctx.layer, 'activation'));

/** A 1-D kernel [k, in, out] as the 2-D kernel [1, k, in, out]. */
const lift = (k: { data: Float32Array; shape: number[] }) => ({ data: k.data, shape: [1, ...k.shape] });

/** Run a 2-D emitter on a 1-D input: EXPAND_DIMS(axis 1) → op → RESHAPE; causal padding becomes a left PAD. */
function as1d(ctx: LayerContext, g1: Geometry, kernelSize: number, body: (x: number, g: Geometry) => number): number {
  let x = ctx.inputs[0]!;
  const g: Geometry = { stride: [1, g1.stride[0]!], dilation: [1, g1.dilation[0]!], pad: g1.pad === 'causal' ? 'valid' : g1.pad };
  if (g1.pad === 'causal') {
    const left = (kernelSize - 1) * g1.dilation[0]!;
    const s = shapeOf(ctx, x);
    x = emitOp(ctx, 'PAD', [x, constI(ctx, 'Pad/paddings', [0, 0, left, 0, 0, 0], [3, 2])], [s[0]!, s[1]! + left, s[2]!], 'Pad');
  }
  const y = body(expandDims(ctx, x, 1, 'ExpandDims'), g);
  const s = shapeOf(ctx, y);
  return reshape(ctx, y, [s[0]!, s[2]!, s[3]!], 'Squeeze');
}

/**
 * Grouped Conv1D/2D (groups > 1): with one input channel per group (ConvNeXt's "depthwise" Conv2D) it is a
 * DEPTHWISE_CONV_2D (Keras [kh, kw, 1, groups * mult] has the memory order of [kh, kw, groups, mult]);
 * otherwise a CONV_2D whose filter [out, kh, kw, in / groups] holds fewer input channels than the input, as
 * the TFLite converter writes grouped convolutions.
 */
function convOrDepthwise(ctx: LayerContext, x: number, kernel: { data: Float32Array; shape: number[] }, bias: number, g: Geometry): number {
  const [kh, kw, perGroup, cout] = kernel.shape as [number, number, number, number];
  const groups = num(ctx.layer, 'groups', 1);
  if (groups > 1 && perGroup === 1) return depthwise(ctx, x, { data: kernel.data, shape: [kh, kw, groups, cout / groups] }, bias, g);
  return conv2d(ctx, x, kernel, bias, g);
}

const conv: LayerHandler = {
  classNames: ['Conv2D', 'Convolution2D', 'Conv1D', 'Convolution1D'],
  check: checkConv,
  emit: (ctx) => {
    const kernel = weight(ctx.layer, 'kernel', 0)!;
    const is1d = kernel.shape.length === 3;
    const cout = kernel.shape[kernel.shape.length - 1]!;
    const run = (x: number, g: Geometry) => activate(ctx, convOrDepthwise(ctx, x, is1d ? lift(kernel) : kernel, biasConst(ctx, cout, 1), g));
    return [is1d ? as1d(ctx, geometry(ctx.layer, 1), kernel.shape[0]!, run) : run(ctx.inputs[0]!, geometry(ctx.layer, 2))];
  },
};

const depthwiseConv: LayerHandler = {
  classNames: ['DepthwiseConv2D', 'DepthwiseConv1D'],
  check: checkConv,
  emit: (ctx) => {
    const kernel = weight(ctx.layer, 'depthwise_kernel', 0) ?? weight(ctx.layer, 'kernel', 0)!;
    const is1d = kernel.shape.length === 3;
    const channels = kernel.shape.at(-2)! * kernel.shape.at(-1)!;
    const run = (x: number, g: Geometry) => activate(ctx, depthwise(ctx, x, is1d ? lift(kernel) : kernel, biasConst(ctx, channels, 1), g));
    return [is1d ? as1d(ctx, geometry(ctx.layer, 1), kernel.shape[0]!, run) : run(ctx.inputs[0]!, geometry(ctx.layer, 2))];
  },
};

/** SeparableConv: depthwise (zero bias) then a 1x1 CONV_2D with the layer's bias. */
const separableConv: LayerHandler = {
  classNames: ['SeparableConv2D', 'SeparableConvolution2D', 'SeparableConv1D', 'SeparableConvolution1D'],
  check: checkConv,
  emit: (ctx) => {
    const dw = weight(ctx.layer, 'depthwise_kernel', 0)!;
    const pw = weight(ctx.layer, 'pointwise_kernel', 1)!;
    const is1d = dw.shape.length === 3;
    const mid = dw.shape.at(-2)! * dw.shape.at(-1)!;
    const cout = pw.shape.at(-1)!;
    const pointwise = { data: pw.data, shape: [1, 1, mid, cout] };
    const run = (x: number, g: Geometry) => {
      const d = depthwise(ctx, x, is1d ? lift(dw) : dw, constF(ctx, 'separable_conv2d/bias', [mid], new Float32Array(mid)), g);
      return activate(ctx, conv2d(ctx, d, pointwise, biasConst(ctx, cout, 2), { stride: [1, 1], dilation: [1, 1], pad: 'valid' }));
    };
    return [is1d ? as1d(ctx, geometry(ctx.layer, 1), dw.shape[0]!, run) : run(ctx.inputs[0]!, geometry(ctx.layer, 2))];
  },
};

/** TRANSPOSE_CONV(output_shape, filter [out, kh, kw, in], input, bias) with a Keras [kh, kw, out, in] kernel. */
function transposeConv(ctx: LayerContext, x: number, kernel: { data: Float32Array; shape: number[] }, g: Geometry): number {
  const [kh, kw, cout, cin] = kernel.shape as [number, number, number, number];
  const s = shapeOf(ctx, x);
  const size = (n: number, k: number, st: number) => (g.pad === 'same' ? n * st : (n - 1) * st + k);
  const outShape = [s[0]!, size(s[1]!, kh, g.stride[0]!), size(s[2]!, kw, g.stride[1]!), cout];
  const w = constF(ctx, 'conv_transpose', [cout, kh, kw, cin], permuteData(kernel.data, kernel.shape, [2, 0, 1, 3]));
  const shape = ctx.options.dynamicBatch ? dynamicOutputShape(ctx, x, outShape) : constI(ctx, 'conv_transpose/input_sizes', outShape);
  const y = emitOp(ctx, 'TRANSPOSE_CONV', [shape, w, x, biasConst(ctx, cout, 1)], outShape, 'BiasAdd1', {
    padding: g.pad.toUpperCase(), stride_h: g.stride[0]!, stride_w: g.stride[1]!, fused_activation_function: 'NONE',
  });
  return activate(ctx, y);
}

/** Conv1DTranspose / Conv2DTranspose (1-D as 2-D on [N, 1, L, C]). */
const convTranspose: LayerHandler = {
  classNames: ['Conv2DTranspose', 'Convolution2DTranspose', 'Deconvolution2D', 'Conv1DTranspose', 'Convolution1DTranspose'],
  check: (layer) => {
    const outputPadding = cfg(layer, 'output_padding');
    if (outputPadding !== undefined && tuple(layer, 'output_padding', 2, 0).some((v) => v !== 0)) return 'output_padding is not supported';
    if (tuple(layer, 'dilation_rate', 2, 1).some((d) => d !== 1)) return 'dilated transpose convolution is not supported';
    return checkConv(layer);
  },
  emit: (ctx) => {
    const kernel = weight(ctx.layer, 'kernel', 0)!;
    if (kernel.shape.length === 4) return [transposeConv(ctx, ctx.inputs[0]!, kernel, geometry(ctx.layer, 2))];
    return [as1d(ctx, geometry(ctx.layer, 1), kernel.shape[0]!, (x, g) => transposeConv(ctx, x, lift(kernel), g))];
  },
};

/** [batch of x at run time, h, w, c] as SHAPE → STRIDED_SLICE → PACK, as the converter emits for a dynamic batch. */
function dynamicOutputShape(ctx: LayerContext, x: number, outShape: number[]): number {
  const rank = shapeOf(ctx, x).length;
  const shape = emitOp(ctx, 'SHAPE', [x], [rank], 'Shape', { out_type: 'INT32' }, 'int32');
  const slice = [constI(ctx, 'strided_slice/stack', [0]), constI(ctx, 'strided_slice/stack_1', [1]), constI(ctx, 'strided_slice/stack_2', [1])];
  const batch = emitOp(ctx, 'STRIDED_SLICE', [shape, ...slice], [], 'strided_slice', { shrink_axis_mask: 1 }, 'int32');
  const dims = outShape.slice(1).map((d, i) => constI(ctx, `conv_transpose/input_sizes/${i + 1}`, [d], []));
  return emitOp(ctx, 'PACK', [batch, ...dims], [outShape.length], 'conv_transpose/input_sizes', { values_count: outShape.length, axis: 0 }, 'int32');
}

export const convLayers: LayerHandler[] = [conv, depthwiseConv, separableConv, convTranspose];
