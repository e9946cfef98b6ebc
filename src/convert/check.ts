import { GateError } from '../errors.js';
import type { KerasGraph } from '../keras/types.js';
import { unsupportedReason } from './registry.js';

/** One layer we cannot convert: where it sits (nested models as "outer/inner"), its class, and why. */
export interface UnsupportedLayer {
  path: string;
  className: string;
  reason: string;
}

/** Every unsupported layer of a model, nested models included, found before any conversion work starts. */
export function findUnsupported(graph: KerasGraph, prefix = ''): UnsupportedLayer[] {
  const found: UnsupportedLayer[] = [];
  for (const layer of graph.layers) {
    const path = prefix ? `${prefix}/${layer.name}` : layer.name;
    if (layer.model) {
      found.push(...findUnsupported(layer.model, path));
      continue;
    }
    const reason = unsupportedReason(layer);
    if (reason) found.push({ path, className: layer.className, reason });
  }
  return found;
}

export function unsupportedError(found: UnsupportedLayer[]): GateError {
  const list = found.map((f) => `"${f.path}" (${f.className}): ${f.reason}`).join('; ');
  const noun = found.length === 1 ? '1 layer' : `${found.length} layers`;
  return new GateError('unsupported', `${noun} cannot be converted: ${list}`, { where: found.map((f) => `layer ${f.path}`).join(', ') },
    'Replace these layers with built-in Keras layers (Lambda layers must be rewritten as layers without Python code), then re-save the model.');
}

export function assertSupported(graph: KerasGraph): void {
  const found = findUnsupported(graph);
  if (found.length > 0) throw unsupportedError(found);
}
