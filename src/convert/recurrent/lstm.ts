import type { KerasLayer } from '../../keras/types.js';
import { applyActivation } from '../activations.js';
import type { LayerContext, LayerHandler } from '../types.js';
import { checkRnn, readRnnConfig, type RnnConfig } from './config.js';
import { finishLayer } from './output.js';
import {
  add, biasSlice, type CellRun, fcWeight, gateActivation, matmul, mul, projectSteps, recurrentConsts, splitGates,
  stepOrder, timeSteps,
} from './steps.js';
import { cellWeights, type CellWeights } from './weights.js';

/**
 * LSTM, unrolled into builtin ops. Keras gate column order is i, f, c, o (kernel [F, 4U]):
 *   z = x W + h R + b;  i, f, o = σ(z_i), σ(z_f), σ(z_o);  g = act(z_c);  c' = f c + i g;  h' = o act(c').
 * Step 0 starts from h = c = 0, so it has no recurrent term and c' = i g.
 */
export function runLstm(ctx: LayerContext, x: number, config: RnnConfig, weights: CellWeights): CellRun {
  const units = config.units;
  const steps = timeSteps(ctx, x);
  const gate = gateActivation(config.recurrentActivation, ctx.kerasVersion);
  const scale = (col: number) => (Math.floor(col / units) === 2 ? 1 : gate.scale);
  const xs = projectSteps(ctx, x, fcWeight(weights.kernel, 0, 4 * units, scale), lstmBias(config, weights, scale, gate.shift), 'lstm');
  const rec = recurrentConsts(ctx, fcWeight(weights.recurrent, 0, 4 * units, scale), units, undefined, 'lstm');
  const act = (v: number) => applyActivation(ctx, v, config.activation);
  const outputs: number[] = [];
  let h = -1;
  let c = -1;
  for (const [k, t] of stepOrder(steps, config.goBackwards).entries()) {
    const s = `step${k}`;
    const z = k === 0 ? xs[t]! : add(ctx, xs[t]!, matmul(ctx, h, rec, `${s}/recurrent`), `${s}/z`);
    const [zi, zf, zc, zo] = splitGates(ctx, z, 4, `${s}/split`) as [number, number, number, number];
    const ig = mul(ctx, gate.emit(ctx, zi, `${s}/i`), act(zc), `${s}/ig`);
    c = k === 0 ? ig : add(ctx, mul(ctx, gate.emit(ctx, zf, `${s}/f`), c, `${s}/fc`), ig, `${s}/c`);
    h = mul(ctx, gate.emit(ctx, zo, `${s}/o`), act(c), `${s}/h`);
    outputs.push(h);
  }
  return { outputs, states: [h, c] };
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

export function lstmWeights(layer: KerasLayer): CellWeights {
  return cellWeights(layer.weights, layer.name);
}

export const lstmHandler: LayerHandler = {
  classNames: ['LSTM', 'CuDNNLSTM'],
  check: checkRnn,
  emit(ctx) {
    const config = readRnnConfig(ctx.layer);
    return finishLayer(ctx, config, runLstm(ctx, ctx.inputs[0]!, config, lstmWeights(ctx.layer)));
  },
};
