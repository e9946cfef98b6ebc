import type { LayerContext } from '../types.js';
import type { RnnConfig } from './config.js';
import { type CellRun, packSteps } from './steps.js';

/** The layer's Keras outputs: the last output or the whole sequence (processing order), then the states. */
export function finishLayer(ctx: LayerContext, config: RnnConfig, run: CellRun): number[] {
  const output = config.returnSequences ? packSteps(ctx, run.outputs, 'sequence') : run.outputs[run.outputs.length - 1]!;
  return config.returnState ? [output, ...run.states] : [output];
}
