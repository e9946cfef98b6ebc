import type { KerasLayer } from '../../keras/types.js';
import type { LayerContext } from '../types.js';
import type { LayerRun, SequenceOrder } from './cell.js';
import { readRnnConfig } from './config.js';
import { runLoop } from './loop.js';
import { cellPlan } from './plans.js';
import { timeSteps } from './steps.js';
import { runUnrolled } from './unrolled.js';

/**
 * One recurrent layer (or one direction of a Bidirectional one) on input x: as a WHILE loop (loop.ts), or
 * unrolled (unrolled.ts) when the options ask for it, or for a single time step (no recurrence: the unrolled step from the zero state needs
 * neither the recurrent kernel nor a loop).
 */
export function runRecurrent(ctx: LayerContext, layer: KerasLayer, x: number, sequence?: SequenceOrder): LayerRun {
  const config = readRnnConfig(layer);
  const plan = cellPlan(layer, config, ctx.kerasVersion);
  const inner = { ...ctx, layer };
  const loop = recurrentForm(ctx) === 'loop' && timeSteps(inner, x) > 1;
  return loop ? runLoop(inner, x, config, plan, sequence) : runUnrolled(inner, x, config, plan, sequence);
}

function recurrentForm(ctx: LayerContext): 'loop' | 'unrolled' {
  return ctx.options.recurrentForm === 'unrolled' ? 'unrolled' : 'loop';
}
