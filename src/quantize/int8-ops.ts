/**
 * Which ops of a float graph run in int8: those with an int8 kernel (rules.ts) whose float tensors are all
 * float32 and calibrated, whose affine weights are constants, and that the caller does not keep float
 * (recurrent layers). The others stay float and are reported with the reason. Pure.
 */
import type { Graph, Op } from '../graph/ir.js';
import { describeOp, isFloatActivation, isFloatConstant } from './edit.js';
import type { Range } from './numerics.js';
import type { FloatOpNote } from './report.js';
import { INT8_RULES } from './rules.js';

/** Returns why an op must stay float (e.g. "recurrent layer"), or undefined. */
export type KeepFloat = (op: Op) => string | undefined;

const FLOATISH = new Set(['float32', 'float16']);

function floatTensors(graph: Graph, op: Op): number[] {
  return [...op.inputs, ...op.outputs].filter((id) => FLOATISH.has(graph.tensors[id]?.dtype ?? ''));
}

function reasonToStayFloat(graph: Graph, op: Op, ranges: Map<number, Range>, keepFloat?: KeepFloat): string | undefined {
  const kept = keepFloat?.(op); // a recurrent layer says so first, whether unrolled or a WHILE loop
  if (kept) return kept;
  const rule = INT8_RULES[op.type];
  if (!rule) return 'no int8 kernel in TFLite';
  const tensors = floatTensors(graph, op);
  if (tensors.some((id) => graph.tensors[id]!.dtype !== 'float32')) return 'float16 tensors';
  if (tensors.some((id) => isFloatActivation(graph.tensors[id]) && !ranges.has(id))) return 'no calibrated range (the tensor never held a number)';
  if (rule.kind === 'affine' && !isFloatConstant(graph.tensors[op.inputs[rule.weight] ?? -1])) return 'weights are not constant';
  return undefined;
}

export interface OpPlan {
  quantized: Set<number>;
  floatOps: FloatOpNote[];
}

/** Split the ops into int8 and float; ops without float tensors (shape arithmetic) are in neither. */
export function planOps(graph: Graph, ranges: Map<number, Range>, keepFloat?: KeepFloat): OpPlan {
  const quantized = new Set<number>();
  const floatOps: FloatOpNote[] = [];
  graph.ops.forEach((op, i) => {
    if (floatTensors(graph, op).length === 0) return;
    const reason = reasonToStayFloat(graph, op, ranges, keepFloat);
    if (reason) floatOps.push({ op: describeOp(op), reason });
    else quantized.add(i);
  });
  return { quantized, floatOps };
}
