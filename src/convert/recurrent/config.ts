import type { KerasLayer } from '../../keras/types.js';
import { activationName, bool, cfg, num } from '../args.js';
import { isSupportedActivation } from '../activations.js';

/** The arguments of a Keras recurrent layer (LSTM, GRU, SimpleRNN, or the layer inside Bidirectional). */
export interface RnnConfig {
  units: number;
  /** Cell activation ("tanh" by default). */
  activation: string;
  /** Gate activation ("sigmoid" in Keras 3, "hard_sigmoid" in Keras 2 defaults). */
  recurrentActivation: string;
  useBias: boolean;
  returnSequences: boolean;
  returnState: boolean;
  goBackwards: boolean;
  /** GRU only: apply the reset gate after the recurrent matmul (Keras 3 and TF2 default true). */
  resetAfter: boolean;
}

export function readRnnConfig(layer: KerasLayer): RnnConfig {
  return {
    units: num(layer, ['units', 'output_dim'], 0),
    activation: activationName(cfg(layer, 'activation') ?? 'tanh'),
    recurrentActivation: activationName(cfg(layer, 'recurrent_activation', 'inner_activation') ?? 'sigmoid'),
    useBias: bool(layer, 'use_bias', true),
    returnSequences: bool(layer, 'return_sequences', false),
    returnState: bool(layer, 'return_state', false),
    goBackwards: bool(layer, 'go_backwards', false),
    resetAfter: bool(layer, 'reset_after', layer.className === 'CuDNNGRU'),
  };
}

/** Reasons a recurrent layer cannot be converted (all of them, so one error lists every problem). */
export function rnnProblems(layer: KerasLayer): string[] {
  const config = readRnnConfig(layer);
  const problems: string[] = [];
  if (!(config.units > 0)) problems.push('units is missing');
  if (!isSupportedActivation(config.activation)) problems.push(`activation "${config.activation}" is not supported`);
  if (!isSupportedActivation(config.recurrentActivation)) {
    problems.push(`recurrent_activation "${config.recurrentActivation}" is not supported`);
  }
  if (bool(layer, 'time_major', false)) problems.push('time_major=True is not supported');
  const state = initialStateProblem(layer);
  if (state) problems.push(state);
  if (layer.weights.length !== (config.useBias ? 3 : 2)) {
    problems.push(`expected kernel, recurrent_kernel${config.useBias ? ' and bias' : ''} weights, found ${layer.weights.length} (Keras 1 per-gate weights are not supported)`);
  }
  return problems;
}

/**
 * A call that passes initial_state (by keyword, or Keras 2's positional [x, h, c]) or constants: the unrolled
 * form starts every sequence from zero state, so converting it would silently give different results.
 */
export function initialStateProblem(layer: KerasLayer): string | undefined {
  const extraInputs = layer.inbound.some((call) => call.length > 1);
  const stateKwarg = (layer.callKwargs ?? []).some((kw) => kw && ['initial_state', 'constants'].some((k) => kw[k] !== undefined && kw[k] !== null));
  if (!extraInputs && !stateKwarg) return undefined;
  return 'a call passes initial_state (or constants), which is not supported: the converted layer would start from zero state';
}

export function checkRnn(layer: KerasLayer): string | undefined {
  const problems = rnnProblems(layer);
  return problems.length ? problems.join('; ') : undefined;
}
