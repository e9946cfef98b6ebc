import { applyActivation } from '../activations.js';
import type { LayerContext, LayerHandler } from '../types.js';
import { checkRnn, readRnnConfig, type RnnConfig } from './config.js';
import { finishLayer } from './output.js';
import { add, biasSlice, type CellRun, fcWeight, matmul, projectSteps, recurrentConsts, stepOrder, timeSteps } from './steps.js';
import { cellWeights, type CellWeights } from './weights.js';

/** SimpleRNN, unrolled: h' = act(x W + b + h R); step 0 (h = 0) is act(x W + b). */
export function runSimpleRnn(ctx: LayerContext, x: number, config: RnnConfig, weights: CellWeights): CellRun {
  const u = config.units;
  const steps = timeSteps(ctx, x);
  const bias = weights.bias ? biasSlice(weights.bias, 0, u) : undefined;
  const xs = projectSteps(ctx, x, fcWeight(weights.kernel, 0, u), bias, 'rnn');
  const rec = recurrentConsts(ctx, fcWeight(weights.recurrent, 0, u), u, undefined, 'rnn');
  const outputs: number[] = [];
  let h = -1;
  for (const [k, t] of stepOrder(steps, config.goBackwards).entries()) {
    const pre = k === 0 ? xs[t]! : add(ctx, xs[t]!, matmul(ctx, h, rec, `step${k}/recurrent`), `step${k}/pre`);
    h = applyActivation(ctx, pre, config.activation);
    outputs.push(h);
  }
  return { outputs, states: [h] };
}

export const simpleRnnHandler: LayerHandler = {
  classNames: ['SimpleRNN'],
  check: checkRnn,
  emit(ctx) {
    const config = readRnnConfig(ctx.layer);
    return finishLayer(ctx, config, runSimpleRnn(ctx, ctx.inputs[0]!, config, cellWeights(ctx.layer.weights, ctx.layer.name)));
  },
};
