import { applyActivation } from '../activations.js';
import type { CellPlan } from './cell.js';
import type { RnnConfig } from './config.js';
import { add, biasSlice, fcWeight, matmul, recurrentConsts } from './steps.js';
import type { CellWeights } from './weights.js';

/** SimpleRNN: h' = act(x W + b + h R); from the zero state act(x W + b). */
export function simpleRnnPlan(config: RnnConfig, weights: CellWeights): CellPlan {
  const u = config.units;
  const recurrent = fcWeight(weights.recurrent, 0, u);
  return {
    units: u,
    projections: [{ weight: fcWeight(weights.kernel, 0, u), bias: weights.bias ? biasSlice(weights.bias, 0, u) : undefined, suffix: 'rnn' }],
    stateCount: 1,
    stepper(ctx) {
      const rec = recurrentConsts(ctx, recurrent, u, undefined, 'rnn');
      return ([x], states, s) => {
        const pre = states ? add(ctx, x!, matmul(ctx, states[0]!, rec, `${s}/recurrent`), `${s}/pre`) : x!;
        return [applyActivation(ctx, pre, config.activation)];
      };
    },
  };
}
