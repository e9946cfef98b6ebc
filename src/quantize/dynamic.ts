/**
 * Dynamic-range quantization (TFLiteConverter with optimizations=[DEFAULT] and no representative dataset):
 * weights of CONV_2D, DEPTHWISE_CONV_2D, TRANSPOSE_CONV and FULLY_CONNECTED become symmetric int8 per channel
 * and the op runs as a hybrid kernel on them (float activations; FULLY_CONNECTED gets
 * asymmetric_quantize_inputs); GATHER tables become int8 per tensor with a DEQUANTIZE after the GATHER.
 * Weights under 1024 elements stay float, biases and activations stay float. Checked against TF 2.21's files
 * (fixtures/quantize). Pure: Graph in, Graph and a report out.
 */
import type { Graph, Op } from '../graph/ir.js';
import { consumers, describeOp, elementCount, GraphEdit, isFloatConstant } from './edit.js';
import { quantizeWeights } from './numerics.js';
import { DYNAMIC_RULES, MIN_WEIGHT_ELEMENTS, type DynamicRule } from './rules.js';
import type { QuantizeReport, WeightNote } from './report.js';

export interface DynamicResult {
  graph: Graph;
  report: QuantizeReport;
}

/** Every use of `id` is a weight slot of a dynamic rule with the same axis: the tensor can become int8 in place. */
function onlyWeightUses(graph: Graph, uses: { op: number; slot: number }[], rule: DynamicRule): boolean {
  return uses.every(({ op, slot }) => {
    const other = DYNAMIC_RULES[graph.ops[op]!.type];
    return other !== undefined && other.weight === slot && other.axis === rule.axis && other.mode === rule.mode;
  });
}

/**
 * The main graph and every loop body (a recurrent layer as a WHILE loop keeps its weights in its body
 * subgraph): each graph's own weights are quantized the same way, so the loop form quantizes like the unrolled one.
 */
export function quantizeDynamic(graph: Graph): DynamicResult {
  const main = quantizeOneGraph(graph);
  if (!graph.subgraphs?.length) return main;
  const report = main.report;
  const subgraphs = graph.subgraphs.map((sub) => {
    const done = quantizeOneGraph({ tensors: sub.tensors, ops: sub.ops, inputs: [], outputs: [], description: '' });
    report.quantizedWeights.push(...done.report.quantizedWeights);
    report.floatWeights.push(...done.report.floatWeights);
    return { ...sub, tensors: done.graph.tensors, ops: done.graph.ops };
  });
  return { graph: { ...main.graph, subgraphs }, report };
}

function quantizeOneGraph(graph: Graph): DynamicResult {
  const edit = new GraphEdit(graph);
  const uses = consumers(graph);
  const done = new Map<number, number>(); // float weight id -> int8 tensor id
  const quantized: WeightNote[] = [];
  const leftFloat: WeightNote[] = [];
  const ops: Op[] = [];
  for (const op of graph.ops) {
    const rule = DYNAMIC_RULES[op.type];
    const id = rule ? op.inputs[rule.weight] ?? -1 : -1;
    const weight = graph.tensors[id];
    if (!rule || !isFloatConstant(weight)) {
      ops.push(op);
      continue;
    }
    const note: WeightNote = { tensor: weight.name, op: describeOp(op), elements: elementCount(weight), ...(rule.axis === undefined ? {} : { axis: rule.axis }) };
    if (note.elements < MIN_WEIGHT_ELEMENTS) {
      leftFloat.push(note);
      ops.push(op);
      continue;
    }
    let target = done.get(id);
    if (target === undefined) {
      const q = quantizeWeights(weight.data, weight.shape, rule.axis);
      const changes = { dtype: 'int8' as const, data: q.data, quantization: q.quantization };
      target = onlyWeightUses(graph, uses.get(id) ?? [], rule) ? (Object.assign(edit.tensor(id), changes), id) : edit.add(weight, '_int8', changes);
      done.set(id, target);
      quantized.push(note);
    }
    const inputs = op.inputs.map((x, i) => (i === rule.weight ? target! : x));
    const options = rule.asymmetricInputs ? { ...op.options, asymmetric_quantize_inputs: true } : op.options;
    ops.push(...(rule.mode === 'output' ? gatherThenDequantize(edit, { ...op, inputs }, target) : [{ ...op, inputs, ...(options ? { options } : {}) }]));
  }
  return { graph: edit.build(ops), report: { mode: 'dynamic', quantizedWeights: quantized, floatWeights: leftFloat, floatOps: [], requantized: [], notes: [] } };
}

/** GATHER on an int8 table: its output is int8 with the table's parameters, and a DEQUANTIZE restores the float tensor. */
function gatherThenDequantize(edit: GraphEdit, op: Op, table: number): Op[] {
  const out = op.outputs[0]!;
  const q = edit.tensor(table).quantization;
  const int8 = edit.add(edit.tensor(out), '_int8', { dtype: 'int8', ...(q ? { quantization: q } : {}) });
  return [{ ...op, outputs: [int8] }, { type: 'DEQUANTIZE', inputs: [int8], outputs: [out], ...(op.origin ? { origin: op.origin } : {}) }];
}
