import type { LayerContext } from '../types.js';
import type { CellPlan, LayerRun, SequenceOrder } from './cell.js';
import type { RnnConfig } from './config.js';
import { packSteps, projectAll, timeSteps, unpackSteps } from './steps.js';

/**
 * The unrolled form: every projection is UNPACKed into time steps and the step is emitted once per time
 * step, the first one from the zero state (no recurrent terms, no state tensors). The graph grows with the
 * sequence length; it is the fallback to the WHILE loop of loop.ts.
 */
export function runUnrolled(ctx: LayerContext, x: number, config: RnnConfig, plan: CellPlan, sequence?: SequenceOrder): LayerRun {
  const steps = timeSteps(ctx, x);
  const xs = plan.projections.map((p) => unpackSteps(ctx, projectAll(ctx, x, p.weight, p.bias, p.suffix)));
  const step = plan.stepper(ctx);
  const outputs: number[] = [];
  let states: number[] | undefined;
  for (const [k, t] of stepOrder(steps, config.goBackwards).entries()) {
    states = step(xs.map((p) => p[t]!), states, `step${k}`);
    outputs.push(states[0]!);
  }
  const run: LayerRun = { last: states![0]!, states: states! };
  if (sequence) run.sequence = packSteps(ctx, sequence === 'reversed' ? [...outputs].reverse() : outputs, 'sequence');
  return run;
}

/** Step indices in processing order. */
function stepOrder(steps: number, backwards: boolean): number[] {
  const order = Array.from({ length: steps }, (_, t) => t);
  return backwards ? order.reverse() : order;
}
