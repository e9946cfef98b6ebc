import type { KerasGraph, KerasLayer } from '../../keras/types.js';
import type { LayerHandler } from '../types.js';

/**
 * Masked sequences (a Masking layer, or Embedding(mask_zero=True)) make Keras skip time steps whose input is
 * the mask value: the state is carried over and the output repeated. The unrolled form does not model
 * that, so such models are refused, naming the mask source and the recurrent layers it reaches.
 */
const RECURRENT = new Set(['LSTM', 'GRU', 'SimpleRNN', 'CuDNNLSTM', 'CuDNNGRU', 'Bidirectional', 'RNN']);

function makesMask(layer: KerasLayer): boolean {
  return layer.className === 'Masking' || (layer.className === 'Embedding' && layer.config.mask_zero === true);
}

/** One message per mask source whose mask reaches a recurrent layer, e.g. 'embed (Embedding mask_zero=True) -> lstm'. */
export function maskedRecurrentLayers(graph: KerasGraph): string[] {
  const consumers = new Map<string, KerasLayer[]>();
  for (const layer of graph.layers) {
    for (const ref of layer.inbound.flat()) consumers.set(ref.layer, [...(consumers.get(ref.layer) ?? []), layer]);
  }
  const messages: string[] = [];
  for (const source of graph.layers.filter(makesMask)) {
    const reached = new Set<string>();
    const queue = [...(consumers.get(source.name) ?? [])];
    for (let layer = queue.shift(); layer; layer = queue.shift()) {
      if (RECURRENT.has(layer.className)) reached.add(layer.name);
      else if (!reached.has(layer.name)) queue.push(...(consumers.get(layer.name) ?? []));
      reached.add(layer.name);
    }
    const rnns = graph.layers.filter((l) => RECURRENT.has(l.className) && reached.has(l.name)).map((l) => l.name);
    const kind = source.className === 'Masking' ? 'Masking' : 'Embedding mask_zero=True';
    if (rnns.length) messages.push(`${source.name} (${kind}) masks the input of ${rnns.join(', ')}`);
  }
  return messages;
}

export const MASK_HINT = 'masked time steps are not supported: remove the Masking layer / mask_zero=True, or pad sequences to the full length';

/** A Masking layer is refused outright: its only purpose is to make downstream recurrent layers skip steps. */
export const maskingHandler: LayerHandler = {
  classNames: ['Masking'],
  check: () => `Masking is not supported (${MASK_HINT})`,
  emit(ctx) {
    throw new Error(`Masking layer ${ctx.layer.name} passed the check`);
  },
};
