import { applyActivation } from '../activations.js';
import type { LayerContext, LayerHandler } from '../types.js';
import { checkRnn, readRnnConfig, type RnnConfig } from './config.js';
import { finishLayer } from './output.js';
import {
  add, biasSlice, type CellRun, fcWeight, gateActivation, type GateActivation, matmul, mul, projectSteps,
  recurrentConsts, splitGates, stepOrder, sub, timeSteps,
} from './steps.js';
import { cellWeights, type CellWeights } from './weights.js';

/**
 * GRU, unrolled into builtin ops. Keras gate column order is z, r, h (kernel [F, 3U]).
 *   reset_after:   z, r = σ(x Wzr + bzr + h Rzr + rbzr);  h~ = act(x Wh + bh + r (h Rh + rbh))
 *   reset_before:  z, r = σ(x Wzr + bzr + h Rzr);         h~ = act(x Wh + bh + (r h) Rh)
 *   h' = z h + (1 - z) h~ = h~ + z (h - h~).  With h = 0 at step 0 the recurrent terms drop out.
 * The z and r gates share one FULLY_CONNECTED, one activation and one SPLIT per step.
 */
interface GruParts {
  xzr: number[];
  xh: number[];
  recZr: [number, number];
  recH: [number, number];
  /** reset_after: the recurrent candidate bias rbh, the candidate's recurrent term at step 0. */
  rbh?: number;
}

export function runGru(ctx: LayerContext, x: number, config: RnnConfig, weights: CellWeights): CellRun {
  const steps = timeSteps(ctx, x);
  const gate = gateActivation(config.recurrentActivation, ctx.kerasVersion);
  const parts = gruParts(ctx, x, config, weights, gate);
  const act = (v: number) => applyActivation(ctx, v, config.activation);
  const outputs: number[] = [];
  let h = -1;
  for (const [k, t] of stepOrder(steps, config.goBackwards).entries()) {
    const s = `step${k}`;
    const zrIn = k === 0 ? parts.xzr[t]! : add(ctx, parts.xzr[t]!, matmul(ctx, h, parts.recZr, `${s}/recurrent_zr`), `${s}/zr_in`);
    const [z, r] = splitGates(ctx, gate.emit(ctx, zrIn, `${s}/zr`), 2, `${s}/split`) as [number, number];
    const term = candidateTerm(ctx, config, parts, h, r, s);
    const candidate = act(term === undefined ? parts.xh[t]! : add(ctx, parts.xh[t]!, term, `${s}/hh_in`));
    h = k === 0 ? sub(ctx, candidate, mul(ctx, z, candidate, `${s}/z_hh`), `${s}/h`)
      : add(ctx, candidate, mul(ctx, z, sub(ctx, h, candidate, `${s}/h_minus_hh`), `${s}/z_diff`), `${s}/h`);
    outputs.push(h);
  }
  return { outputs, states: [h] };
}

/** The recurrent part added to x Wh + bh before the candidate activation; none at step 0 without bias. */
function candidateTerm(ctx: LayerContext, config: RnnConfig, parts: GruParts, h: number, r: number, s: string): number | undefined {
  if (config.resetAfter) {
    const rh = h === -1 ? parts.rbh : matmul(ctx, h, parts.recH, `${s}/recurrent_h`);
    return rh === undefined ? undefined : mul(ctx, r, rh, `${s}/r_rh`);
  }
  if (h === -1) return undefined;
  return matmul(ctx, mul(ctx, r, h, `${s}/r_h`), parts.recH, `${s}/recurrent_h`);
}

function gruParts(ctx: LayerContext, x: number, config: RnnConfig, weights: CellWeights, gate: GateActivation): GruParts {
  const u = config.units;
  const gateScale = (col: number) => (col < 2 * u ? gate.scale : 1);
  const recOffset = weights.bias && weights.bias.data.length === 6 * u ? 3 * u : -1;
  const bzr = weights.bias || gate.shift ? biasSlice(weights.bias, 0, 2 * u, gateScale).map((v) => v + gate.shift) : undefined;
  if (bzr && config.resetAfter && recOffset > 0) biasSlice(weights.bias, 0, 2 * u, gateScale, recOffset).forEach((v, i) => (bzr[i] += v));
  const bh = weights.bias ? biasSlice(weights.bias, 2 * u, 3 * u) : undefined;
  const parts: GruParts = {
    xzr: projectSteps(ctx, x, fcWeight(weights.kernel, 0, 2 * u, gateScale), bzr, 'gru_zr'),
    xh: projectSteps(ctx, x, fcWeight(weights.kernel, 2 * u, 3 * u), bh, 'gru_h'),
    recZr: recurrentConsts(ctx, fcWeight(weights.recurrent, 0, 2 * u, gateScale), u, undefined, 'gru_zr'),
    recH: [-1, -1],
  };
  const rbh = config.resetAfter && recOffset > 0 ? biasSlice(weights.bias, 2 * u, 3 * u, () => 1, recOffset) : undefined;
  parts.recH = recurrentConsts(ctx, fcWeight(weights.recurrent, 2 * u, 3 * u), u, rbh, 'gru_h');
  if (rbh) parts.rbh = parts.recH[1];
  return parts;
}

export const gruHandler: LayerHandler = {
  classNames: ['GRU', 'CuDNNGRU'],
  check: checkRnn,
  emit(ctx) {
    const config = readRnnConfig(ctx.layer);
    return finishLayer(ctx, config, runGru(ctx, ctx.inputs[0]!, config, cellWeights(ctx.layer.weights, ctx.layer.name)));
  },
};
