import type { KerasLayer } from '../../keras/types.js';
import { str } from '../args.js';
import { emitOp, scalar, shapeOf } from '../ops.js';
import type { LayerContext, LayerHandler } from '../types.js';
import { initialStateProblem, readRnnConfig, rnnProblems } from './config.js';
import { CELL_PLANS } from './plans.js';
import { runRecurrent } from './run.js';
import { add, mul } from './steps.js';
import { splitBidirectional } from './weights.js';

/**
 * Bidirectional(LSTM | GRU | SimpleRNN): two directions on the same input (each a loop or unrolled, run.ts). The backward layer is the
 * wrapped layer with go_backwards flipped, or the user's backward_layer. Its per-step outputs come in
 * processing order and are put back in time order (Keras flips them) before merging:
 * concat -> CONCATENATION, sum -> ADD, mul -> MUL, ave -> ADD * 0.5, None -> both outputs.
 */
const MERGES: Record<string, (ctx: LayerContext, a: number, b: number) => number> = {
  concat: (ctx, a, b) => {
    const shape = shapeOf(ctx, a);
    const out = [...shape.slice(0, -1), shape[shape.length - 1]! * 2];
    return emitOp(ctx, 'CONCATENATION', [a, b], out, 'concat', { axis: shape.length - 1 });
  },
  sum: (ctx, a, b) => add(ctx, a, b, 'sum'),
  mul: (ctx, a, b) => mul(ctx, a, b, 'mul'),
  ave: (ctx, a, b) => mul(ctx, add(ctx, a, b, 'ave/sum'), scalar(ctx, 'ave/half', 0.5), 'ave'),
};

interface Wrapped {
  forward: KerasLayer;
  backward: KerasLayer;
}

function innerLayer(spec: unknown, name: string, weights: KerasLayer['weights']): KerasLayer {
  const s = (spec ?? {}) as { class_name?: string; config?: Record<string, unknown> };
  return { className: String(s.class_name ?? ''), name, config: { ...(s.config ?? {}) }, inbound: [], weights };
}

export function wrappedLayers(layer: KerasLayer): Wrapped {
  const [fw, bw] = splitBidirectional(layer);
  const forward = innerLayer(layer.config.layer, `${layer.name}/forward`, fw);
  const backward = layer.config.backward_layer
    ? innerLayer(layer.config.backward_layer, `${layer.name}/backward`, bw)
    : { ...forward, name: `${layer.name}/backward`, config: { ...forward.config, go_backwards: !forward.config.go_backwards }, weights: bw };
  return { forward, backward };
}

function mergeMode(layer: KerasLayer): string {
  const mode = layer.config.merge_mode;
  return mode === null ? 'none' : str(layer, 'merge_mode', 'concat');
}

function check(layer: KerasLayer): string | undefined {
  const { forward, backward } = wrappedLayers(layer);
  const problems: string[] = [];
  for (const inner of [forward, backward]) {
    if (!CELL_PLANS[inner.className]) problems.push(`wrapped layer ${inner.className || '(none)'} is not supported`);
    else problems.push(...rnnProblems(inner));
  }
  const state = initialStateProblem(layer);
  if (state) problems.push(state);
  const mode = mergeMode(layer);
  if (mode !== 'none' && !MERGES[mode]) problems.push(`merge_mode "${mode}" is not supported`);
  return problems.length ? [...new Set(problems)].join('; ') : undefined;
}

function emit(ctx: LayerContext): number[] {
  const { forward, backward } = wrappedLayers(ctx.layer);
  const config = readRnnConfig(forward);
  const sequences = config.returnSequences;
  const fw = runRecurrent(ctx, forward, ctx.inputs[0]!, sequences ? 'processing' : undefined);
  const bw = runRecurrent(ctx, backward, ctx.inputs[0]!, sequences ? 'reversed' : undefined);
  const outputs = sequences ? [fw.sequence!, bw.sequence!] : [fw.last, bw.last];
  const mode = mergeMode(ctx.layer);
  const merged = mode === 'none' ? outputs : [MERGES[mode]!(ctx, outputs[0]!, outputs[1]!)];
  return config.returnState ? [...merged, ...fw.states, ...bw.states] : merged;
}

export const bidirectionalHandler: LayerHandler = { classNames: ['Bidirectional'], check, emit };
