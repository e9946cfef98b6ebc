import { bool, channelsFirst, padding, tuple } from './args.js';
import { outSize } from './conv.js';
import { constI, emitOp, expandDims, reshape, shapeOf } from './ops.js';
import type { LayerContext, LayerHandler } from './types.js';
import type { KerasLayer } from '../keras/types.js';

/** Pooling: Max/AveragePooling1D/2D (1-D via EXPAND_DIMS → 2-D op → RESHAPE) and the global poolings (MEAN / REDUCE_MAX). */
function checkPool(layer: KerasLayer): string | undefined {
  if (channelsFirst(layer)) return 'data_format "channels_first" is not supported';
  if (!['same', 'valid'].includes(padding(layer))) return `padding "${padding(layer)}" is not supported`;
  return undefined;
}

function pool2d(ctx: LayerContext, type: string, x: number, size: number[], stride: number[]): number {
  const s = shapeOf(ctx, x);
  const pad = padding(ctx.layer);
  const outShape = [s[0]!, outSize(s[1]!, size[0]!, stride[0]!, 1, pad), outSize(s[2]!, size[1]!, stride[1]!, 1, pad), s[3]!];
  return emitOp(ctx, type, [x], outShape, type === 'MAX_POOL_2D' ? 'MaxPool' : 'AvgPool', {
    padding: pad.toUpperCase(), stride_w: stride[1]!, stride_h: stride[0]!, filter_width: size[1]!, filter_height: size[0]!, fused_activation_function: 'NONE',
  });
}

function pooling(type: string, classNames: string[], rank: 1 | 2): LayerHandler {
  return {
    classNames,
    check: checkPool,
    emit: (ctx) => {
      const size = tuple(ctx.layer, ['pool_size', 'pool_length'], rank, 2);
      const strideArg = ctx.layer.config.strides ?? ctx.layer.config.stride;
      const stride = strideArg === null || strideArg === undefined ? size : tuple(ctx.layer, ['strides', 'stride'], rank, 1);
      if (rank === 2) return [pool2d(ctx, type, ctx.inputs[0]!, size, stride)];
      const y = pool2d(ctx, type, expandDims(ctx, ctx.inputs[0]!, 1), [1, size[0]!], [1, stride[0]!]);
      const s = shapeOf(ctx, y);
      return [reshape(ctx, y, [s[0]!, s[2]!, s[3]!], 'Squeeze')];
    },
  };
}

function globalPooling(type: string, classNames: string[], rank: 1 | 2): LayerHandler {
  return {
    classNames,
    check: (layer) => (channelsFirst(layer) ? 'data_format "channels_first" is not supported' : undefined),
    emit: (ctx) => {
      const x = ctx.inputs[0]!;
      const s = shapeOf(ctx, x);
      const keep = bool(ctx.layer, ['keepdims', 'keep_dims'], false);
      const axes = rank === 2 ? [1, 2] : [1];
      const outShape = keep ? s.map((d, i) => (axes.includes(i) ? 1 : d)) : s.filter((_, i) => !axes.includes(i));
      const axisConst = rank === 2 ? constI(ctx, 'Mean/reduction_indices', axes) : constI(ctx, 'Mean/reduction_indices', axes, []);
      return [emitOp(ctx, type, [x, axisConst], outShape, type === 'MEAN' ? 'Mean' : 'Max', { keep_dims: keep })];
    },
  };
}

export const poolingLayers: LayerHandler[] = [
  pooling('MAX_POOL_2D', ['MaxPooling2D', 'MaxPool2D'], 2),
  pooling('AVERAGE_POOL_2D', ['AveragePooling2D', 'AvgPool2D'], 2),
  pooling('MAX_POOL_2D', ['MaxPooling1D', 'MaxPool1D'], 1),
  pooling('AVERAGE_POOL_2D', ['AveragePooling1D', 'AvgPool1D'], 1),
  globalPooling('MEAN', ['GlobalAveragePooling2D', 'GlobalAvgPool2D'], 2),
  globalPooling('REDUCE_MAX', ['GlobalMaxPooling2D', 'GlobalMaxPool2D'], 2),
  globalPooling('MEAN', ['GlobalAveragePooling1D', 'GlobalAvgPool1D'], 1),
  globalPooling('REDUCE_MAX', ['GlobalMaxPooling1D', 'GlobalMaxPool1D'], 1),
];
