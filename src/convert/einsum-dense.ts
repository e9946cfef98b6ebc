import { applyActivation, checkActivation } from './activations.js';
import { cfg, str, weight } from './args.js';
import { shapeError } from './core.js';
import { constF, emitOp, permuteData, prod, reshape, shapeOf } from './ops.js';
import type { LayerHandler } from './types.js';
import type { KerasLayer } from '../keras/types.js';

/**
 * EinsumDense whose equation is a dense layer in disguise: the input's trailing axes are contracted with the
 * kernel's leading axes, the other input axes are kept in order and the kernel's remaining axes appended
 * ("abc,cd->abd", "...b,bc->...c", "abc,cde->abde"). That is one FULLY_CONNECTED (plus a RESHAPE when the
 * kernel has several free axes). Other equations (transposing, batch-contracting) are refused by name.
 */
export interface DenseEinsum {
  contracted: number;
  free: string;
}

/** Parse `equation` into the dense pattern, or say why it is not one. */
export function denseEinsum(equation: string): DenseEinsum | string {
  const m = /^([a-z.]+),([a-z]+)->([a-z.]+)$/.exec(equation.replace(/\s+/g, ''));
  if (!m) return `equation "${equation}" is not of the form input,kernel->output`;
  const [, input, kernel, output] = m as unknown as [string, string, string, string];
  const inLetters = input.replace('...', '');
  const contracted = [...inLetters].filter((c) => kernel.includes(c) && !output.includes(c)).join('');
  const free = kernel.slice(contracted.length);
  const kept = input.slice(0, input.length - contracted.length);
  const ok = contracted.length > 0 && input.endsWith(contracted) && kernel.startsWith(contracted) && output === kept + free && ![...free].some((c) => input.includes(c));
  return ok ? { contracted: contracted.length, free } : `equation "${equation}" is not a dense projection (input's trailing axes contracted with the kernel's leading axes)`;
}

function biasReason(layer: KerasLayer, spec: DenseEinsum): string | undefined {
  const axes = str(layer, 'bias_axes', '');
  if (axes === '' || axes === spec.free) return undefined;
  return `bias_axes "${axes}" is not supported (only none or all of the kernel's output axes "${spec.free}")`;
}

export const einsumDense: LayerHandler = {
  classNames: ['EinsumDense'],
  check: (layer) => {
    const spec = denseEinsum(str(layer, 'equation', ''));
    if (typeof spec === 'string') return spec;
    if (!weight(layer, 'kernel', 0)) return 'EinsumDense without a kernel weight';
    return biasReason(layer, spec) ?? checkActivation(cfg(layer, 'activation'));
  },
  emit: (ctx) => {
    const spec = denseEinsum(str(ctx.layer, 'equation', '')) as DenseEinsum;
    const kernel = weight(ctx.layer, 'kernel', 0)!;
    const inDim = prod(kernel.shape.slice(0, spec.contracted));
    const freeShape = kernel.shape.slice(spec.contracted);
    const units = prod(freeShape);
    const x = ctx.inputs[0]!;
    const inShape = shapeOf(ctx, x);
    const kept = inShape.slice(0, inShape.length - spec.contracted);
    if (prod(inShape.slice(kept.length)) !== inDim) throw shapeError(ctx, `input [${inShape}] does not match kernel [${kernel.shape}] for "${str(ctx.layer, 'equation', '')}"`);
    const w = constF(ctx, 'kernel', [units, inDim], permuteData(kernel.data, [inDim, units], [1, 0]));
    const biasW = str(ctx.layer, 'bias_axes', '') === '' ? undefined : weight(ctx.layer, 'bias', 1);
    const b = biasW ? constF(ctx, 'bias', [units], biasW.data) : -1;
    const direct = spec.contracted === 1 && freeShape.length === 1 && kept.length >= 2;
    const options = { fused_activation_function: 'NONE', keep_num_dims: direct };
    const fcShape = direct ? [...kept, units] : [prod(kept), units];
    const fc = emitOp(ctx, 'FULLY_CONNECTED', [x, w, b], fcShape, 'einsum/Einsum', options);
    // Activation before the reshape (elementwise either way), so that a RELU fuses into the FULLY_CONNECTED.
    const y = applyActivation(ctx, fc, cfg(ctx.layer, 'activation'));
    const outShape = [...kept, ...freeShape];
    return [fcShape.join() === outShape.join() ? y : reshape(ctx, y, outShape, 'einsum/Reshape')];
  },
};
