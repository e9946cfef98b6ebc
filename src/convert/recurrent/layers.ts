import type { LayerHandler } from '../types.js';
import { checkRnn, readRnnConfig } from './config.js';
import { runRecurrent } from './run.js';

/** LSTM, GRU and SimpleRNN: the last output or the whole sequence (in processing order), then the final states. */
function recurrentHandler(classNames: string[]): LayerHandler {
  return {
    classNames,
    check: checkRnn,
    emit(ctx) {
      const config = readRnnConfig(ctx.layer);
      const run = runRecurrent(ctx, ctx.layer, ctx.inputs[0]!, config.returnSequences ? 'processing' : undefined);
      const output = run.sequence ?? run.last;
      return config.returnState ? [output, ...run.states] : [output];
    },
  };
}

export const lstmHandler = recurrentHandler(['LSTM', 'CuDNNLSTM']);
export const gruHandler = recurrentHandler(['GRU', 'CuDNNGRU']);
export const simpleRnnHandler = recurrentHandler(['SimpleRNN']);
