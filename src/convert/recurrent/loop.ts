import { GraphBuilder } from '../../graph/builder.js';
import type { DType } from '../../graph/ir.js';
import { constF, constI, emitOp, reshape, scalar, shapeOf, tensorName } from '../ops.js';
import type { LayerContext } from '../types.js';
import type { CellPlan, LayerRun, SequenceOrder } from './cell.js';
import type { RnnConfig } from './config.js';
import { projectAll, timeSteps } from './steps.js';

/**
 * The loop form: the input projections are computed for every time step at once, then one WHILE op runs
 * the step T times. Its loop variables are the counter i, the states (from zero), the output sequence when
 * asked for (from FILL zeros) and the projections (passed through unchanged). The body GATHERs step t
 * (i, or T - 1 - i for go_backwards) of each projection, computes the step, writes h into the sequence with
 * DYNAMIC_UPDATE_SLICE and adds 1 to i; the condition is i < T. The graph's size does not depend on T.
 * Measured to run in LiteRT.js and tf.lite.Interpreter (docs/measurements.md, "Recurrent layers as loops").
 */
interface LoopVar { shape: number[]; dtype: DType }

export function runLoop(ctx: LayerContext, x: number, config: RnnConfig, plan: CellPlan, sequence?: SequenceOrder): LayerRun {
  const steps = timeSteps(ctx, x);
  const batch = shapeOf(ctx, x)[0]!;
  const projections = plan.projections.map((p) => projectAll(ctx, x, p.weight, p.bias, p.suffix));
  const state: LoopVar = { shape: [batch, plan.units], dtype: 'float32' };
  const vars: LoopVar[] = [
    { shape: [], dtype: 'int32' },
    ...Array.from({ length: plan.stateCount }, () => state),
    ...(sequence ? [{ shape: [batch, steps, plan.units], dtype: 'float32' as DType }] : []),
    ...projections.map((p) => ({ shape: shapeOf(ctx, p), dtype: 'float32' as DType })),
  ];
  const cond = loopCondition(ctx, vars, steps);
  const body = loopBody(ctx, vars, { config, plan, steps, sequence });
  const name = [ctx.scope, ctx.layer.name].filter(Boolean).join('/');
  const condIndex = ctx.builder.subgraph(`${name}/while_cond`, cond.builder, cond.inputs, cond.outputs);
  const bodyIndex = ctx.builder.subgraph(`${name}/while_body`, body.builder, body.inputs, body.outputs);
  const zeros = zeroFill(ctx, x);
  const state0 = zeros(state.shape, 'while/zero_state');
  const initial = [
    constI(ctx, 'while/start', [0], []),
    ...Array.from({ length: plan.stateCount }, () => state0),
    ...(sequence ? [zeros(vars[plan.stateCount + 1]!.shape, 'while/sequence_zeros')] : []),
    ...projections,
  ];
  const outputs = vars.map((v, k) => ctx.builder.activation(tensorName(ctx, `while/out${k}`), v.shape, v.dtype));
  ctx.builder.op('WHILE', initial, outputs, { cond_subgraph_index: condIndex, body_subgraph_index: bodyIndex }, ctx.layer.name);
  const states = outputs.slice(1, 1 + plan.stateCount);
  return { last: states[0]!, states, ...(sequence ? { sequence: outputs[1 + plan.stateCount]! } : {}) };
}

/**
 * Zeros of a loop variable's shape: a zeros constant for a state [B, U], FILL for the sequence (its size
 * must not grow the file with T); with a dynamic batch both are FILLs whose first dimension is x's batch at
 * run time (SHAPE, SLICE, CONCATENATION), so the loop runs at any batch.
 */
function zeroFill(ctx: LayerContext, x: number): (shape: number[], suffix: string) => number {
  let batch: number | undefined;
  const batchOf = () => (batch ??= emitOp(ctx, 'SLICE', [emitOp(ctx, 'SHAPE', [x], [3], 'while/input_shape', { out_type: 'INT32' }, 'int32'), constI(ctx, 'while/batch_begin', [0]), constI(ctx, 'while/batch_size', [1])], [1], 'while/batch', undefined, 'int32'));
  return (shape, suffix) => {
    if (!ctx.options.dynamicBatch && shape.length === 2) return constF(ctx, suffix, shape, new Float32Array(shape[0]! * shape[1]!));
    const dims = ctx.options.dynamicBatch
      ? emitOp(ctx, 'CONCATENATION', [batchOf(), constI(ctx, `${suffix}/dims`, shape.slice(1))], [shape.length], `${suffix}/shape`, { axis: 0 }, 'int32')
      : constI(ctx, `${suffix}/shape`, shape);
    return emitOp(ctx, 'FILL', [dims, scalar(ctx, 'while/zero', 0)], shape, suffix);
  };
}

interface Built { builder: GraphBuilder; inputs: number[]; outputs: number[] }

function loopInputs(ctx: LayerContext, vars: LoopVar[]): number[] {
  return vars.map((v, k) => ctx.builder.activation(tensorName(ctx, `while/arg${k}`), v.shape, v.dtype));
}

/** i < T. */
function loopCondition(outer: LayerContext, vars: LoopVar[], steps: number): Built {
  const ctx = { ...outer, builder: new GraphBuilder() };
  const inputs = loopInputs(ctx, vars);
  const more = emitOp(ctx, 'LESS', [inputs[0]!, constI(ctx, 'while/steps', [steps], [])], [], 'while/less', undefined, 'bool');
  return { builder: ctx.builder, inputs, outputs: [more] };
}

interface BodySpec { config: RnnConfig; plan: CellPlan; steps: number; sequence?: SequenceOrder }

/** One step: (i, states, [sequence], projections) -> (i + 1, new states, [sequence with h at its place], projections). */
function loopBody(outer: LayerContext, vars: LoopVar[], spec: BodySpec): Built {
  const ctx = { ...outer, builder: new GraphBuilder() };
  const inputs = loopInputs(ctx, vars);
  const n = spec.plan.stateCount;
  const [i] = inputs as [number];
  const states = inputs.slice(1, 1 + n);
  const projections = inputs.slice(1 + n + (spec.sequence ? 1 : 0));
  let reversedAt: number | undefined;
  const reversed = () => (reversedAt ??= emitOp(ctx, 'SUB', [constI(ctx, 'while/last', [spec.steps - 1], []), i], [], 'while/reversed', {}, 'int32'));
  const t = spec.config.goBackwards ? reversed() : i;
  const xs = projections.map((p, k) => emitOp(ctx, 'GATHER', [p, t], [shapeOf(ctx, p)[0]!, shapeOf(ctx, p)[2]!], `while/x${k}`, { axis: 1 }));
  const next = spec.plan.stepper(ctx)(xs, states, 'step');
  const counter = emitOp(ctx, 'ADD', [i, constI(ctx, 'while/one', [1], [])], [], 'while/next', {}, 'int32');
  const written: number[] = [];
  if (spec.sequence) {
    const sequence = inputs[1 + n]!;
    const [batch, steps, units] = shapeOf(ctx, sequence) as [number, number, number];
    const zero = constI(ctx, 'while/zero', [0], []);
    const at = emitOp(ctx, 'PACK', [zero, spec.sequence === 'processing' ? i : reversed(), zero], [3], 'while/at', { values_count: 3, axis: 0 }, 'int32');
    const row = reshape(ctx, next[0]!, [batch, 1, units], 'while/row');
    written.push(emitOp(ctx, 'DYNAMIC_UPDATE_SLICE', [sequence, row, at], [batch, steps, units], 'while/sequence'));
  }
  return { builder: ctx.builder, inputs, outputs: [counter, ...next, ...written, ...projections] };
}
