import { activationLayers } from './activation-layers.js';
import { attentionLayers } from './attention.js';
import { convLayers } from './conv.js';
import { coreLayers } from './core.js';
import { mergeLayers } from './merge.js';
import { normalizationLayers } from './normalization.js';
import { poolingLayers } from './pooling.js';
import { preprocessingLayers } from './preprocessing.js';
import { RECURRENT_HANDLERS } from './recurrent/index.js';
import { reshapingLayers } from './reshaping.js';
import { wrapperLayers } from './wrappers.js';
import type { LayerHandler } from './types.js';
import type { KerasLayer } from '../keras/types.js';

/**
 * Every layer family, one file each. Adding a family = writing src/convert/<family>.ts exporting a
 * LayerHandler[] and adding it to this list.
 */
const FAMILIES: LayerHandler[][] = [
  coreLayers,
  activationLayers,
  convLayers,
  poolingLayers,
  normalizationLayers,
  mergeLayers,
  reshapingLayers,
  preprocessingLayers,
  wrapperLayers,
  RECURRENT_HANDLERS,
  attentionLayers,
];

/** Layers we refuse on principle, with the reason shown to the user. */
const REFUSED: Record<string, string> = {
  Lambda: 'carries Python code, never executed',
  TFOpLambda: 'a raw TensorFlow op recorded as Python code, never executed',
  SlicingOpLambda: 'a raw TensorFlow slicing op recorded as Python code, never executed',
};

const byClass = new Map<string, LayerHandler>();
for (const handler of FAMILIES.flat()) {
  for (const name of handler.classNames) {
    if (byClass.has(name)) throw new Error(`layer class ${name} registered twice`);
    byClass.set(name, handler);
  }
}

/** Class names that are models when used as a layer. */
export const MODEL_CLASSES = new Set(['Sequential', 'Functional', 'Model']);

export function handlerFor(className: string): LayerHandler | undefined {
  return byClass.get(className);
}

/** Why this one layer (not its nested layers) cannot be converted, or undefined when it can. */
export function unsupportedReason(layer: KerasLayer): string | undefined {
  if (layer.className === 'InputLayer' || layer.model) return undefined;
  const refused = REFUSED[layer.className];
  if (refused) return refused;
  const handler = byClass.get(layer.className);
  if (!handler) return MODEL_CLASSES.has(layer.className) ? 'a nested model without its layer graph' : 'unknown layer class';
  return handler.check?.(layer);
}

export function supportedClassNames(): string[] {
  return [...byClass.keys()].sort();
}
