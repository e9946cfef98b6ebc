import { GateError } from '../errors.js';
import type { KerasGraph } from '../keras/types.js';
import { MASK_HINT, maskedConsumers } from './recurrent/masking.js';
import { unsupportedReason } from './registry.js';
import { refusedLayersError } from './unsupported-message.js';

/** One layer we cannot convert: where it sits (nested models as "outer/inner"), its class, and why. */
export interface UnsupportedLayer {
  path: string;
  className: string;
  reason: string;
  /** What to do about it, when it differs from the general advice (e.g. for masked sequences). */
  hint?: string;
}

/**
 * Every unsupported layer of a model, nested models included, found before any conversion work starts:
 * each layer's own check, plus layers that would use a sequence mask (Embedding mask_zero=True / Masking)
 * which the converted model cannot carry.
 */
export function findUnsupported(graph: KerasGraph): UnsupportedLayer[] {
  const found = layerProblems(graph);
  for (const mask of maskedConsumers(graph)) {
    const reason = `its input is masked by ${mask.source}`;
    const known = found.find((f) => f.path === mask.path);
    if (known) Object.assign(known, { reason: `${known.reason}; ${reason}`, hint: MASK_HINT });
    else found.push({ path: mask.path, className: mask.className, reason, hint: MASK_HINT });
  }
  return found;
}

function layerProblems(graph: KerasGraph, prefix = ''): UnsupportedLayer[] {
  const found: UnsupportedLayer[] = [];
  for (const layer of graph.layers) {
    const path = prefix ? `${prefix}/${layer.name}` : layer.name;
    if (layer.model) {
      found.push(...layerProblems(layer.model, path));
      continue;
    }
    const reason = unsupportedReason(layer);
    if (reason) found.push({ path, className: layer.className, reason });
  }
  return found;
}

/** One error listing every refused layer once, grouped by class and reason, with a hint that fits each reason. */
export function unsupportedError(found: UnsupportedLayer[]): GateError {
  return refusedLayersError(found);
}

export function assertSupported(graph: KerasGraph): void {
  const found = findUnsupported(graph);
  if (found.length > 0) throw unsupportedError(found);
}
