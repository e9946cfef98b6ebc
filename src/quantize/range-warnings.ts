/**
 * The known failure of per-tensor int8 (YOLO's box coordinates concatenated with class scores): inputs of one
 * concatenation or addition whose calibrated ranges differ by more than 100x share one scale, and the narrow
 * one keeps only a few of its 256 levels. Found from the calibrated ranges, before anything runs. Pure.
 */
import type { Graph } from '../graph/ir.js';
import { describeOp, isFloatActivation } from './edit.js';
import type { Range } from './numerics.js';

export const RANGE_RATIO_LIMIT = 100;
const CHECKED = new Set(['CONCATENATION', 'ADD', 'SUB']);

const width = (r: Range) => Math.max(r.max, 0) - Math.min(r.min, 0);
const show = (r: Range) => `[${r.min.toPrecision(3)}, ${r.max.toPrecision(3)}]`;

export function rangeWarnings(graph: Graph, ranges: Map<number, Range>, ops: Set<number>): string[] {
  const out: string[] = [];
  graph.ops.forEach((op, i) => {
    if (!ops.has(i) || !CHECKED.has(op.type)) return;
    const inputs = op.inputs.filter((t) => isFloatActivation(graph.tensors[t]) && ranges.has(t)).map((t) => ({ t, r: ranges.get(t)! }));
    if (inputs.length < 2) return;
    const sorted = [...inputs].sort((a, b) => width(a.r) - width(b.r));
    const [narrow, wide] = [sorted[0]!, sorted[sorted.length - 1]!];
    const ratio = width(wide.r) / Math.max(width(narrow.r), 1e-30);
    if (ratio <= RANGE_RATIO_LIMIT) return;
    const name = (t: number) => graph.tensors[t]!.name;
    out.push(`${describeOp(op)}: input ranges differ ${Math.round(ratio)}x (${name(narrow.t)} ${show(narrow.r)} vs ${name(wide.t)} ${show(wide.r)}); the narrow input keeps about ${Math.max(1, Math.round(255 / ratio))} of 256 int8 levels — rescale the wide branch (e.g. normalise coordinates) before the ${op.type === 'CONCATENATION' ? 'concatenation' : 'addition'}`);
  });
  return out;
}
