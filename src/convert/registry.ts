import { activationLayers } from './activation-layers.js';
import { attentionLayers } from './attention.js';
import { convLayers } from './conv.js';
import { coreLayers } from './core.js';
import { kerasOpLayers } from './keras-ops.js';
import { mergeLayers } from './merge.js';
import { normalizationLayers } from './normalization.js';
import { poolingLayers } from './pooling.js';
import { preprocessingLayers } from './preprocessing.js';
import { RECURRENT_HANDLERS } from './recurrent/index.js';
import { reshapingLayers } from './reshaping.js';
import { slicingLayers } from './slicing.js';
import { splitStackLayers } from './split-stack.js';
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
  kerasOpLayers,
  slicingLayers,
  splitStackLayers,
];

/** Layers we refuse on principle, with the reason shown to the user. */
const REFUSED: Record<string, string> = {
  Lambda: 'carries Python code, never executed',
};

const byClass = new Map<string, LayerHandler>();
/** Handlers bound to a Keras 3 module, by "module.ClassName". */
const byModuleClass = new Map<string, LayerHandler>();
for (const handler of FAMILIES.flat()) {
  for (const name of handler.classNames) {
    const keys = handler.modules ? handler.modules.map((m) => `${m}.${name}`) : [name];
    const map = handler.modules ? byModuleClass : byClass;
    for (const key of keys) {
      if (map.has(key)) throw new Error(`layer class ${key} registered twice`);
      map.set(key, handler);
    }
  }
}

/** Keras 3 modules of op layers (tensor arithmetic recorded as layers): never looked up by class name alone. */
const isOpModule = (module: string | undefined): boolean => !!module && /^keras(\.src)?\.ops(\.|$)/.test(module);

/** Class names that are models when used as a layer. */
export const MODEL_CLASSES = new Set(['Sequential', 'Functional', 'Model']);

/**
 * The handler of a class name: a layer handler, else an op-layer handler of that class under any op module (so a
 * refusal of a supported op such as GetItem reads as a setting, with its reason, not as a class never converted).
 */
export function handlerFor(className: string): LayerHandler | undefined {
  return byClass.get(className) ?? anyOpModule(className);
}

/** The handler of a layer by module + class when a module-bound handler exists, else by class name. */
export function handlerForLayer(layer: Pick<KerasLayer, 'className' | 'module'>): LayerHandler | undefined {
  if (!isOpModule(layer.module)) return (layer.module && byModuleClass.get(`${layer.module}.${layer.className}`)) || byClass.get(layer.className);
  return byModuleClass.get(`${layer.module}.${layer.className}`) ?? anyOpModule(layer.className);
}

/** An op class under any op module (the reader records the bare "keras.src.ops" for .h5 files, which drop the module). */
function anyOpModule(className: string): LayerHandler | undefined {
  for (const [key, handler] of byModuleClass) if (key.endsWith(`.${className}`) && isOpModule(key.slice(0, key.lastIndexOf('.')))) return handler;
  return undefined;
}

/** Why this one layer (not its nested layers) cannot be converted, or undefined when it can. */
export function unsupportedReason(layer: KerasLayer): string | undefined {
  if (layer.className === 'InputLayer' || layer.model) return undefined;
  const refused = REFUSED[layer.className];
  if (refused) return refused;
  const handler = handlerForLayer(layer);
  if (!handler && isOpModule(layer.module)) return `unknown Keras operation ${layer.module}.${layer.className}`;
  if (!handler) return MODEL_CLASSES.has(layer.className) ? 'a nested model without its layer graph' : 'unknown layer class';
  return handler.check?.(layer);
}

export function supportedClassNames(): string[] {
  return [...byClass.keys(), ...byModuleClass.keys()].sort();
}
