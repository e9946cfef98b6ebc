import { applyActivation } from '../activations.js';
import type { CellPlan } from './cell.js';
import type { RnnConfig } from './config.js';
import { add, biasSlice, fcWeight, gateActivation, matmul, mul, recurrentConsts, splitGates } from './steps.js';
import type { CellWeights } from './weights.js';

/**
 * LSTM as builtin ops. Keras gate column order is i, f, c, o (kernel [F, 4U]):
 *   z = x W + h R + b;  i, f, o = σ(z_i), σ(z_f), σ(z_o);  g = act(z_c);  c' = f c + i g;  h' = o act(c').
 * From the zero state (the unrolled form's step 0) there is no recurrent term and c' = i g.
 */
export function lstmPlan(config: RnnConfig, weights: CellWeights, kerasVersion: string | undefined): CellPlan {
  const units = config.units;
  const gate = gateActivation(config.recurrentActivation, kerasVersion);
  const scale = (col: number) => (Math.floor(col / units) === 2 ? 1 : gate.scale);
  const recurrent = fcWeight(weights.recurrent, 0, 4 * units, scale);
  return {
    units,
    projections: [{ weight: fcWeight(weights.kernel, 0, 4 * units, scale), bias: lstmBias(config, weights, scale, gate.shift), suffix: 'lstm' }],
    stateCount: 2,
    stepper(ctx) {
      const rec = recurrentConsts(ctx, recurrent, units, undefined, 'lstm');
      const act = (v: number) => applyActivation(ctx, v, config.activation);
      return ([x], states, s) => {
        const z = states ? add(ctx, x!, matmul(ctx, states[0]!, rec, `${s}/recurrent`), `${s}/z`) : x!;
        const [zi, zf, zc, zo] = splitGates(ctx, z, 4, `${s}/split`) as [number, number, number, number];
        const ig = mul(ctx, gate.emit(ctx, zi, `${s}/i`), act(zc), `${s}/ig`);
        const c = states ? add(ctx, mul(ctx, gate.emit(ctx, zf, `${s}/f`), states[1]!, `${s}/fc`), ig, `${s}/c`) : ig;
        return [mul(ctx, gate.emit(ctx, zo, `${s}/o`), act(c), `${s}/h`), c];
      };
    },
  };
}

/** The input bias with hard-sigmoid folding; CuDNNLSTM stores input and recurrent biases ([8U]): summed. */
function lstmBias(config: RnnConfig, weights: CellWeights, scale: (col: number) => number, shift: number): Float32Array | undefined {
  const width = 4 * config.units;
  if (!weights.bias && shift === 0) return undefined;
  const bias = biasSlice(weights.bias, 0, width, scale);
  if (weights.bias && weights.bias.data.length === 2 * width) {
    biasSlice(weights.bias, 0, width, scale, width).forEach((v, i) => (bias[i] += v));
  }
  for (let col = 0; col < width; col++) if (Math.floor(col / config.units) !== 2) bias[col] += shift;
  return bias;
}
