import type { LayerContext } from '../types.js';
import type { RnnConfig } from './config.js';
import { runGru } from './gru.js';
import { runLstm } from './lstm.js';
import { runSimpleRnn } from './simple-rnn.js';
import type { CellRun } from './steps.js';
import type { CellWeights } from './weights.js';

export type CellRunner = (ctx: LayerContext, x: number, config: RnnConfig, weights: CellWeights) => CellRun;

/** The recurrent layers a Bidirectional wrapper can hold, by Keras class name. */
export const CELL_RUNNERS: Record<string, CellRunner> = {
  LSTM: runLstm,
  CuDNNLSTM: runLstm,
  GRU: runGru,
  CuDNNGRU: runGru,
  SimpleRNN: runSimpleRnn,
};
