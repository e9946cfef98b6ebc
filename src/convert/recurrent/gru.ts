import { applyActivation } from '../activations.js';
import type { LayerContext } from '../types.js';
import type { CellPlan } from './cell.js';
import type { RnnConfig } from './config.js';
import { add, biasSlice, fcWeight, matmul, mul, recurrentConsts, splitGates, sub, gateActivation } from './steps.js';
import type { CellWeights } from './weights.js';

/**
 * GRU as builtin ops. Keras gate column order is z, r, h (kernel [F, 3U]).
 *   reset_after:   z, r = σ(x Wzr + bzr + h Rzr + rbzr);  h~ = act(x Wh + bh + r (h Rh + rbh))
 *   reset_before:  z, r = σ(x Wzr + bzr + h Rzr);         h~ = act(x Wh + bh + (r h) Rh)
 *   h' = z h + (1 - z) h~ = h~ + z (h - h~).  From the zero state the recurrent terms drop out.
 * The z and r gates share one FULLY_CONNECTED, one activation and one SPLIT per step.
 */
interface Recurrent {
  zr: [number, number];
  h: [number, number];
  /** reset_after: the recurrent candidate bias rbh, the candidate's recurrent term from the zero state. */
  rbh?: number;
}

export function gruPlan(config: RnnConfig, weights: CellWeights, kerasVersion: string | undefined): CellPlan {
  const u = config.units;
  const gate = gateActivation(config.recurrentActivation, kerasVersion);
  const gateScale = (col: number) => (col < 2 * u ? gate.scale : 1);
  const recOffset = weights.bias && weights.bias.data.length === 6 * u ? 3 * u : -1;
  const bzr = weights.bias || gate.shift ? biasSlice(weights.bias, 0, 2 * u, gateScale).map((v) => v + gate.shift) : undefined;
  if (bzr && config.resetAfter && recOffset > 0) biasSlice(weights.bias, 0, 2 * u, gateScale, recOffset).forEach((v, i) => (bzr[i] += v));
  const rbh = config.resetAfter && recOffset > 0 ? biasSlice(weights.bias, 2 * u, 3 * u, () => 1, recOffset) : undefined;
  const recZr = fcWeight(weights.recurrent, 0, 2 * u, gateScale);
  const recH = fcWeight(weights.recurrent, 2 * u, 3 * u);
  return {
    units: u,
    projections: [
      { weight: fcWeight(weights.kernel, 0, 2 * u, gateScale), bias: bzr, suffix: 'gru_zr' },
      { weight: fcWeight(weights.kernel, 2 * u, 3 * u), bias: weights.bias ? biasSlice(weights.bias, 2 * u, 3 * u) : undefined, suffix: 'gru_h' },
    ],
    stateCount: 1,
    stepper(ctx) {
      const rec: Recurrent = { zr: recurrentConsts(ctx, recZr, u, undefined, 'gru_zr'), h: recurrentConsts(ctx, recH, u, rbh, 'gru_h') };
      if (rbh) rec.rbh = rec.h[1];
      const act = (v: number) => applyActivation(ctx, v, config.activation);
      return ([xzr, xh], states, s) => {
        const h = states?.[0];
        const zrIn = h === undefined ? xzr! : add(ctx, xzr!, matmul(ctx, h, rec.zr, `${s}/recurrent_zr`), `${s}/zr_in`);
        const [z, r] = splitGates(ctx, gate.emit(ctx, zrIn, `${s}/zr`), 2, `${s}/split`) as [number, number];
        const term = candidateTerm(ctx, config, rec, h, r, s);
        const candidate = act(term === undefined ? xh! : add(ctx, xh!, term, `${s}/hh_in`));
        return [h === undefined ? sub(ctx, candidate, mul(ctx, z, candidate, `${s}/z_hh`), `${s}/h`)
          : add(ctx, candidate, mul(ctx, z, sub(ctx, h, candidate, `${s}/h_minus_hh`), `${s}/z_diff`), `${s}/h`)];
      };
    },
  };
}

/** The recurrent part added to x Wh + bh before the candidate activation; none from the zero state without bias. */
function candidateTerm(ctx: LayerContext, config: RnnConfig, rec: Recurrent, h: number | undefined, r: number, s: string): number | undefined {
  if (config.resetAfter) {
    const rh = h === undefined ? rec.rbh : matmul(ctx, h, rec.h, `${s}/recurrent_h`);
    return rh === undefined ? undefined : mul(ctx, r, rh, `${s}/r_rh`);
  }
  if (h === undefined) return undefined;
  return matmul(ctx, mul(ctx, r, h, `${s}/r_h`), rec.h, `${s}/recurrent_h`);
}
