/**
 * MaxPool, AveragePool (pads, ceil_mode, count_include_pad), GlobalAveragePool and GlobalMaxPool on NHWC
 * tensors. Padding that is neither SAME nor VALID becomes a PAD (with -FLT_MAX for max pooling, zeros for
 * average pooling that counts the pad) before a VALID pool.
 */
import type { OnnxContext } from './context.js';
import { physicalShape } from './layout.js';
import { checkWindow, nhwcPaddings, windowOf } from './padding.js';
import { withLift1d } from './lift1d.js';
import type { OnnxHandler } from './types.js';

function emitPool(ctx: OnnxContext): void {
  const x = ctx.shape(0);
  if (x.length !== 4) ctx.fail(`${ctx.node.opType} on a rank-${x.length} input is not supported (1-D and 2-D pooling are)`);
  const max = ctx.node.opType === 'MaxPool';
  const kernel = ctx.attr('kernel_shape', [1, 1]);
  const w = windowOf(ctx.node, x.slice(2), kernel);
  let input = ctx.tensor(0, 'nhwc');
  if (w.padding === 'EXPLICIT') {
    if (!max && ctx.attr('count_include_pad', 0) !== 1) ctx.fail('average pooling with pads that exclude the padding from the count and are not TensorFlow SAME pads is not supported');
    if (!max && ctx.attr('ceil_mode', 0) === 1) ctx.fail('average pooling with ceil_mode and explicit pads is not supported');
    const p = nhwcPaddings(w);
    const shape = physicalShape(x, 'nhwc').map((d, i) => d + p[2 * i]! + p[2 * i + 1]!);
    const pads = ctx.constInt('pads', p, [4, 2]);
    input = max
      ? ctx.temp('PADV2', [input, pads, ctx.constFloat('pad_value', [], [-3.4028234663852886e38])], shape, 'Pad')
      : ctx.temp('PAD', [input, pads], shape, 'Pad');
  } else if (!max && w.padding === 'SAME' && ctx.attr('count_include_pad', 0) === 1) {
    ctx.fail('average pooling that counts SAME padding is not supported');
  }
  ctx.emit(max ? 'MAX_POOL_2D' : 'AVERAGE_POOL_2D', [input], [x[0]!, x[1]!, w.out[0]!, w.out[1]!], 'nhwc', {
    padding: w.padding === 'SAME' ? 'SAME' : 'VALID', stride_h: w.strides[0]!, stride_w: w.strides[1]!,
    filter_height: kernel[0]!, filter_width: kernel[1]!, fused_activation_function: 'NONE',
  });
}

const pool: OnnxHandler = {
  ops: ['MaxPool', 'AveragePool'],
  check: (node) => {
    if (node.outputs.length > 1 && node.outputs[1]) return 'MaxPool indices output is not supported';
    if (((node.attrs.dilations as number[] | undefined) ?? []).some((d) => d !== 1)) return 'dilated pooling is not supported';
    return checkWindow(node);
  },
  emit: (ctx) => withLift1d(ctx, emitPool),
};

const globalPool: OnnxHandler = {
  ops: ['GlobalAveragePool', 'GlobalMaxPool'],
  emit: (ctx) => {
    const x = ctx.shape(0);
    const rank = x.length;
    if (rank < 3) ctx.fail(`${ctx.node.opType} needs a rank-3 or more input, got rank ${rank}`);
    const axes = Array.from({ length: rank - 2 }, (_, i) => i + 1);
    const shape = [x[0]!, x[1]!, ...axes.map(() => 1)];
    ctx.emit(ctx.node.opType === 'GlobalAveragePool' ? 'MEAN' : 'REDUCE_MAX', [ctx.tensor(0, 'nhwc'), ctx.constInt('axes', axes)], shape, 'nhwc', { keep_dims: true });
  },
};

export const poolingHandlers: OnnxHandler[] = [pool, globalPool];
