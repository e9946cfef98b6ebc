/**
 * Keras 3 records an Embedding(mask_zero=True) mask as an explicit NotEqual(tokens, 0) op layer passed
 * to the next layer as its `mask` argument. tfjs re-derives that very mask from the Embedding and
 * propagates it itself, so the NotEqual layer can be dropped — but only when that is all it does:
 * it feeds nothing but `mask` arguments, of layers whose input is such an Embedding.
 */
import type { KerasGraph, KerasLayer } from '../keras/types.js';

const MASK_OPS = new Set(['NotEqual']);

function maskRefs(kwargs: Record<string, unknown> | undefined): string[] {
  const mask = kwargs?.mask as { config?: { keras_history?: unknown[] } } | undefined;
  const history = mask?.config?.keras_history;
  return Array.isArray(history) && typeof history[0] === 'string' ? [history[0]] : [];
}

function maskedByEmbedding(consumer: KerasLayer, byName: Map<string, KerasLayer>): boolean {
  const source = byName.get(consumer.inbound[0]?.[0]?.layer ?? '');
  return source?.className === 'Embedding' && source.config.mask_zero === true;
}

/** Why each mask op layer of this graph cannot simply be dropped (layer name → reason). */
export function maskOpProblems(graph: KerasGraph): Map<string, string> {
  const problems = new Map<string, string>();
  const byName = new Map(graph.layers.map((l) => [l.name, l]));
  for (const op of graph.layers.filter((l) => MASK_OPS.has(l.className))) {
    const asValue = graph.layers.some((l) => l.inbound.flat().some((r) => r.layer === op.name)) || graph.outputs.some((r) => r.layer === op.name);
    const consumers = graph.layers.filter((l) => (l.callKwargs ?? []).some((k) => maskRefs(k).includes(op.name)));
    if (asValue) problems.set(op.name, 'used as a value (tfjs-layers has no such op layer)');
    else if (!consumers.every((c) => maskedByEmbedding(c, byName))) problems.set(op.name, 'a mask not derived from an Embedding(mask_zero=True)');
  }
  return problems;
}
