import type { KerasLayer, WeightTensor } from '../../keras/types.js';

/**
 * The three weights of a recurrent cell in Keras layout: kernel [F, G*U], recurrent_kernel [U, G*U] and the
 * bias ([G*U]; GRU reset_after: [2, G*U] input + recurrent rows; CuDNN layers: [2*G*U] input then recurrent).
 * Gate column blocks are in Keras order: LSTM i, f, c, o; GRU z, r, h.
 */
export interface CellWeights {
  kernel: WeightTensor;
  recurrent: WeightTensor;
  bias?: WeightTensor;
}

const ROLE: Record<keyof CellWeights, RegExp> = {
  kernel: /(^|\/)kernel(:\d+)?$/,
  recurrent: /(^|\/)recurrent_kernel(:\d+)?$/,
  bias: /(^|\/)bias(:\d+)?$/,
};

/** Pick kernel, recurrent_kernel and bias by stored name when names say it, else by Keras order. */
export function cellWeights(weights: WeightTensor[], layerName: string): CellWeights {
  const named = (role: keyof CellWeights) => weights.find((w) => ROLE[role].test(w.name));
  const kernel = named('kernel') ?? weights[0];
  const recurrent = named('recurrent') ?? weights[1];
  const bias = named('bias') ?? weights[2];
  if (!kernel || !recurrent) {
    throw new Error(`recurrent layer ${layerName}: expected kernel and recurrent_kernel weights, found ${weights.length}`);
  }
  return { kernel, recurrent, ...(bias ? { bias } : {}) };
}

/**
 * Split a Bidirectional layer's weights into its forward and backward halves. Keras names the forward layer
 * "forward_<name>" in every version; the backward one is "backward_<name>" or the user's own layer name.
 * Stored order is not trusted (HDF5 groups list alphabetically, where "backward" sorts first).
 */
export function splitBidirectional(layer: KerasLayer): [WeightTensor[], WeightTensor[]] {
  const isForward = (w: WeightTensor) => /(^|\/)forward_/.test(w.name);
  const forward = layer.weights.filter(isForward);
  if (forward.length > 0 && forward.length * 2 === layer.weights.length) {
    return [forward, layer.weights.filter((w) => !isForward(w))];
  }
  const half = layer.weights.length / 2;
  return [layer.weights.slice(0, half), layer.weights.slice(half)];
}
