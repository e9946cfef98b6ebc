import type { LayerContext } from '../types.js';

/**
 * One recurrent cell (LSTM, GRU, SimpleRNN), apart from how its recurrence is laid out: unrolled into one copy
 * of the step per time step (unrolled.ts), or one copy inside a WHILE loop (loop.ts).
 */
export interface CellPlan {
  units: number;
  /** FULLY_CONNECTED weights [N, F] (and biases) applied to every time step's input at once, before the recurrence. */
  projections: { weight: Float32Array; bias?: Float32Array; suffix: string }[];
  /** Number of states, h first (LSTM: h, c). */
  stateCount: number;
  /** Adds the recurrent constants to ctx's builder and returns the step that uses them. */
  stepper(ctx: LayerContext): Step;
}

/**
 * One step: each projection's value at this step [B, N] and the previous states (undefined for the zero
 * initial state, whose recurrent terms are folded away) -> the new states, h (the step's output) first.
 */
export type Step = (xs: number[], states: number[] | undefined, suffix: string) => number[];

/** Order of a returned sequence: the order steps were processed in, or its reverse (Bidirectional's backward half). */
export type SequenceOrder = 'processing' | 'reversed';

/** What one direction of a recurrent layer produced. */
export interface LayerRun {
  /** The output of the last processed step [B, U]. */
  last: number;
  /** Final states, h first. */
  states: number[];
  /** Every step's output [B, T, U], when asked for. */
  sequence?: number;
}
