import type { KerasLayer } from '../keras/types.js';
import { MODEL_CLASSES, handlerFor, unsupportedReason } from './registry.js';
import { reshape, shapeOf } from './ops.js';
import type { LayerContext, LayerHandler } from './types.js';

/**
 * TimeDistributed(layer): the inner layer runs on [batch * steps, ...] between two RESHAPEs; layers that
 * work on any rank (Dense, activations, dropout) run on [batch, steps, ...] directly, as the converter does.
 */
const ANY_RANK = new Set(['Dense', 'Activation', 'ReLU', 'LeakyReLU', 'ELU', 'Dropout', 'GaussianNoise', 'GaussianDropout', 'AlphaDropout']);

/** The wrapped layer as a layer of its own: its class and config, the wrapper's name, weights and calls. */
function innerLayer(layer: KerasLayer): KerasLayer | undefined {
  const inner = layer.config.layer as { class_name?: unknown; config?: unknown } | undefined;
  if (!inner || typeof inner.class_name !== 'string' || typeof inner.config !== 'object' || inner.config === null) return undefined;
  return { className: inner.class_name, name: layer.name, config: inner.config as Record<string, unknown>, inbound: layer.inbound, weights: layer.weights };
}

const timeDistributed: LayerHandler = {
  classNames: ['TimeDistributed'],
  check: (layer) => {
    const inner = innerLayer(layer);
    if (!inner) return 'the wrapped layer is missing from the config';
    if (MODEL_CLASSES.has(inner.className)) return 'a model wrapped in TimeDistributed is not supported';
    const reason = unsupportedReason(inner);
    return reason ? `wrapped ${inner.className}: ${reason}` : undefined;
  },
  emit: (ctx) => {
    const inner = innerLayer(ctx.layer)!;
    const handler = handlerFor(inner.className)!;
    const x = ctx.inputs[0]!;
    const innerCtx: LayerContext = { ...ctx, layer: inner };
    if (ANY_RANK.has(inner.className)) return handler.emit(innerCtx);
    const [batch, steps, ...rest] = shapeOf(ctx, x) as [number, number, ...number[]];
    const flat = reshape(ctx, x, [batch * steps, ...rest], 'Reshape');
    const y = handler.emit({ ...innerCtx, inputs: [flat] })[0]!;
    const [, ...out] = shapeOf(ctx, y);
    return [reshape(ctx, y, [batch, steps, ...out], 'Reshape_1')];
  },
};

export const wrapperLayers: LayerHandler[] = [timeDistributed];
