/**
 * Scale and zero point of every activation of a full-integer model, the way TF 2.21's MLIR quantizer picks
 * them (RemoveRedundantStatsOps and QuantizationDriver in tensorflow/compiler/mlir/lite/quantization):
 *  1. every tensor starts with its calibrated range; outputs of fixed-range ops (softmax, logistic, tanh)
 *     take the fixed parameters instead;
 *  2. forward: the output of a same-scale op with one float input (pooling, reshape, pad...) drops its own
 *     range and inherits the input's;
 *  3. backward: the inputs of a same-scale op whose output kept its range (a concatenation) drop theirs and
 *     take the output's, through chains of same-scale producers;
 *  4. the parameters are propagated through same-scale ops; an input that already has other parameters
 *     (a tensor read by two concatenations) gets a requantization before the op.
 * Pure.
 */
import type { Graph } from '../graph/ir.js';
import { consumers, isFloatActivation, producers } from './edit.js';
import { activationParams, type Range } from './numerics.js';
import { INT8_RULES, isSameScale } from './rules.js';

export interface Params {
  scale: number;
  zeroPoint: number;
}

export interface ParamsResult {
  params: Map<number, Params>;
  /** "op:slot" → the parameters op needs on that input (a QUANTIZE goes before it). */
  inputRequant: Map<string, Params>;
}

interface State {
  graph: Graph;
  quantized: Set<number>;
  uses: ReturnType<typeof consumers>;
  producer: Map<number, number>;
}

const same = (a: Params, b: Params) => a.scale === b.scale && a.zeroPoint === b.zeroPoint;
const floatInputs = (s: State, op: number) => s.graph.ops[op]!.inputs.filter((id) => isFloatActivation(s.graph.tensors[id]));
const sameScaleOp = (s: State, op: number | undefined) => op !== undefined && s.quantized.has(op) && isSameScale(s.graph.ops[op]!.type);
/** MLIR's PreferResultScale: more than one float operand (constants included). */
const multiInput = (s: State, op: number) => s.graph.ops[op]!.inputs.filter((id) => s.graph.tensors[id]?.dtype === 'float32').length > 1;

function redundantStats(s: State, stats: Set<number>): Set<number> {
  const redundant = new Set<number>();
  const forward = [...stats];
  while (forward.length > 0) {
    const t = forward.pop()!;
    const def = s.producer.get(t);
    if (def !== undefined && s.quantized.has(def) && INT8_RULES[s.graph.ops[def]!.type]?.kind === 'fixed') redundant.add(t);
    for (const { op } of s.uses.get(t) ?? []) {
      if (!sameScaleOp(s, op) || multiInput(s, op)) continue;
      for (const r of s.graph.ops[op]!.outputs) {
        if (!stats.has(r) || redundant.has(r)) continue;
        redundant.add(r);
        forward.push(r);
      }
    }
  }
  const backward = [...stats].filter((t) => !redundant.has(t));
  const visited = new Set<number>();
  while (backward.length > 0) {
    const t = backward.pop()!;
    const def = s.producer.get(t);
    if (visited.has(t) || !sameScaleOp(s, def)) continue;
    visited.add(t);
    for (const input of floatInputs(s, def!).filter((t) => stats.has(t))) {
      redundant.add(input);
      backward.push(input);
    }
  }
  return redundant;
}

/** Initial (immutable) parameters: calibrated ranges that survived, and fixed output ranges. */
function initialParams(s: State, ranges: Map<number, Range>, stats: Set<number>): Map<number, Params> {
  const params = new Map<number, Params>();
  const redundant = redundantStats(s, stats);
  for (const t of stats) if (!redundant.has(t)) params.set(t, activationParams(ranges.get(t)!));
  for (const op of s.quantized) {
    const rule = INT8_RULES[s.graph.ops[op]!.type];
    if (rule?.kind === 'fixed') for (const r of s.graph.ops[op]!.outputs) params.set(r, { scale: rule.scale, zeroPoint: rule.zeroPoint });
  }
  return params;
}

/** MLIR's GetQuantParamsForSameScaleConstraint: an immutable single input, single output, first immutable, then mutable ones alike. */
function chooseParams(ins: number[], outs: number[], params: Map<number, Params>, immutable: Set<number>): Params | undefined {
  const pick = (fixed: boolean) => {
    const has = (t: number) => params.has(t) && immutable.has(t) === fixed;
    if (ins.length === 1 && has(ins[0]!)) return params.get(ins[0]!);
    if (outs.length === 1 && has(outs[0]!)) return params.get(outs[0]!);
    const first = [...ins, ...outs].find(has);
    return first === undefined ? undefined : params.get(first);
  };
  return pick(true) ?? pick(false);
}

export function assignParams(graph: Graph, quantized: Set<number>, ranges: Map<number, Range>, tensors: Set<number>): ParamsResult {
  const s: State = { graph, quantized, uses: consumers(graph), producer: producers(graph) };
  const stats = new Set([...tensors].filter((t) => ranges.has(t)));
  const params = initialParams(s, ranges, stats);
  const immutable = new Set(params.keys());
  const inputRequant = new Map<string, Params>();
  const work = [...quantized].filter((op) => isSameScale(graph.ops[op]!.type)).sort((a, b) => a - b);
  const done = new Set<number>();
  while (work.length > 0) {
    const op = work.pop()!;
    if (done.has(op)) continue;
    const ins = floatInputs(s, op);
    const outs = graph.ops[op]!.outputs.filter((t) => isFloatActivation(graph.tensors[t]));
    const chosen = chooseParams(ins, outs, params, immutable);
    if (!chosen) continue; // a neighbour that gets parameters later puts it back on the list
    done.add(op);
    const set = (t: number) => {
      params.set(t, chosen);
      const next = [s.producer.get(t), ...(s.uses.get(t) ?? []).map((u) => u.op)];
      for (const n of next) if (n !== undefined && !done.has(n) && sameScaleOp(s, n)) work.push(n);
    };
    graph.ops[op]!.inputs.forEach((t, slot) => {
      if (!ins.includes(t)) return;
      const current = params.get(t);
      if (!current) set(t);
      else if (!same(current, chosen)) inputRequant.set(`${op}:${slot}`, chosen);
    });
    for (const t of outs) if (!params.has(t)) set(t);
  }
  return { params, inputRequant };
}
