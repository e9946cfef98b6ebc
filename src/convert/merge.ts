import { axes } from './args.js';
import { binary, emitOp, scalar, shapeOf } from './ops.js';
import type { LayerContext, LayerHandler } from './types.js';

/** Merge layers: Add, Subtract, Multiply, Average, Maximum, Minimum, Concatenate (chains of binary ops). */
function chain(ctx: LayerContext, type: string, suffix: string): number {
  let acc = ctx.inputs[0]!;
  ctx.inputs.slice(1).forEach((x, i) => {
    acc = binary(ctx, type, acc, x, i === 0 ? suffix : `${suffix}_${i}`, type === 'ADD' || type === 'SUB' || type === 'MUL' ? { fused_activation_function: 'NONE' } : {});
  });
  return acc;
}

const elementwise = (type: string, classNames: string[], suffix: string): LayerHandler => ({
  classNames,
  check: (layer) => (layer.inbound.every((call) => call.length >= 2) ? undefined : `${layer.className} needs at least two inputs`),
  emit: (ctx) => [chain(ctx, type, suffix)],
});

const average: LayerHandler = {
  classNames: ['Average'],
  emit: (ctx) => [binary(ctx, 'MUL', chain(ctx, 'ADD', 'add'), scalar(ctx, 'truediv/y', 1 / ctx.inputs.length), 'truediv', { fused_activation_function: 'NONE' })],
};

const subtract: LayerHandler = {
  classNames: ['Subtract'],
  check: (layer) => (layer.inbound.every((call) => call.length === 2) ? undefined : 'Subtract needs exactly two inputs'),
  emit: (ctx) => [chain(ctx, 'SUB', 'sub')],
};

const concatenate: LayerHandler = {
  classNames: ['Concatenate'],
  emit: (ctx) => {
    const shapes = ctx.inputs.map((x) => shapeOf(ctx, x));
    const rank = shapes[0]!.length;
    const axis = axes(ctx.layer, ['axis', 'concat_axis'], rank, [-1])[0]!;
    const outShape = [...shapes[0]!];
    outShape[axis] = shapes.reduce((sum, s) => sum + s[axis]!, 0);
    return [emitOp(ctx, 'CONCATENATION', [...ctx.inputs], outShape, 'concat', { axis, fused_activation_function: 'NONE' })];
  },
};

/**
 * CustomScaleLayer of keras.applications.InceptionResNetV2: inputs[0] + inputs[1] * scale (scale in the config),
 * the residual scaled before it joins the shortcut. The MUL folds into the residual branch's last conv.
 */
const customScale: LayerHandler = {
  classNames: ['CustomScaleLayer'],
  check: (layer) => {
    if (typeof layer.config.scale !== 'number') return `scale ${JSON.stringify(layer.config.scale)} is not a number`;
    return layer.inbound.every((call) => call.length === 2) ? undefined : 'CustomScaleLayer needs exactly two inputs';
  },
  emit: (ctx) => {
    const scaled = binary(ctx, 'MUL', ctx.inputs[1]!, scalar(ctx, 'mul/y', ctx.layer.config.scale as number), 'mul', { fused_activation_function: 'NONE' });
    return [binary(ctx, 'ADD', ctx.inputs[0]!, scaled, 'add', { fused_activation_function: 'NONE' })];
  },
};

export const mergeLayers: LayerHandler[] = [
  customScale,
  elementwise('ADD', ['Add'], 'add'),
  elementwise('MUL', ['Multiply'], 'mul'),
  elementwise('MAXIMUM', ['Maximum'], 'Maximum'),
  elementwise('MINIMUM', ['Minimum'], 'Minimum'),
  subtract,
  average,
  concatenate,
];
