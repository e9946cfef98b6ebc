import type { KerasLayer } from '../../keras/types.js';
import type { CellPlan } from './cell.js';
import type { RnnConfig } from './config.js';
import { gruPlan } from './gru.js';
import { lstmPlan } from './lstm.js';
import { simpleRnnPlan } from './simple-rnn.js';
import { cellWeights, type CellWeights } from './weights.js';

type PlanMaker = (config: RnnConfig, weights: CellWeights, kerasVersion: string | undefined) => CellPlan;

/** The recurrent layers converted (alone or inside Bidirectional), by Keras class name. */
export const CELL_PLANS: Readonly<Record<string, PlanMaker>> = {
  LSTM: lstmPlan,
  CuDNNLSTM: lstmPlan,
  GRU: gruPlan,
  CuDNNGRU: gruPlan,
  SimpleRNN: simpleRnnPlan,
};

export function cellPlan(layer: KerasLayer, config: RnnConfig, kerasVersion: string | undefined): CellPlan {
  const make = CELL_PLANS[layer.className];
  if (!make) throw new Error(`no recurrent cell for ${layer.className} (${layer.name})`);
  return make(config, cellWeights(layer.weights, layer.name), kerasVersion);
}
