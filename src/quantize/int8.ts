/**
 * Full-integer quantization (TFLiteConverter with a representative dataset): every op with an int8 kernel
 * runs in int8 with the parameters of int8-params.ts, weights and biases quantized (int8-constants.ts); ops
 * without one stay float with a DEQUANTIZE before and a QUANTIZE after them; the model keeps float inputs and
 * outputs (a QUANTIZE first, a DEQUANTIZE last) unless `inferenceType` is int8 or uint8. Pure: a float graph
 * and its calibrated ranges in, the int8 graph and a report out.
 */
import type { Graph, Op, Quantization, SignatureIO } from '../graph/ir.js';
import { compactTensors } from '../graph/passes/cleanup.js';
import { consumers, describeOp, elementCount, GraphEdit, isFloatActivation, isFloatConstant, producers } from './edit.js';
import { ConstantQuantizer } from './int8-constants.js';
import { planOps, type KeepFloat } from './int8-ops.js';
import { assignParams, type Params } from './int8-params.js';
import { activationParams, quantization, type Range } from './numerics.js';
import type { QuantizeReport, RequantNote, WeightNote } from './report.js';
import { rangeWarnings } from './range-warnings.js';
import { INT8_RULES, MIN_WEIGHT_ELEMENTS } from './rules.js';

export type InferenceType = 'float32' | 'int8' | 'uint8';

export interface Int8Options {
  /** Type of the model's own inputs and outputs (default float32: QUANTIZE/DEQUANTIZE at the ends). */
  inferenceType?: InferenceType;
  keepFloat?: KeepFloat;
}

export interface Int8Result {
  graph: Graph;
  report: QuantizeReport;
}

const qOf = (p: Params): Quantization => quantization(p.scale, p.zeroPoint);

class Int8Build {
  readonly edit: GraphEdit;
  readonly ops: Op[] = [];
  /** Float activation → its int8 twin (when the original stays float), or itself. */
  readonly intOf = new Map<number, number>();
  /** Int8 activation → its float twin (when the original becomes int8), or itself. */
  readonly floatOf = new Map<number, number>();
  readonly requantized: RequantNote[] = [];
  private readonly constants: ConstantQuantizer;

  constructor(readonly graph: Graph, readonly quantized: Set<number>, readonly params: Map<number, Params>, readonly inputRequant: Map<string, Params>) {
    this.edit = new GraphEdit(graph);
    this.constants = new ConstantQuantizer(this.edit);
  }

  /** Make tensor `t` int8 in place; float readers get a DEQUANTIZE twin. */
  int8InPlace(t: number, p: Params, floatNeeded: boolean, dtype: 'int8' | 'uint8' = 'int8'): void {
    const tensor = this.edit.tensor(t);
    tensor.dtype = dtype;
    tensor.quantization = qOf(dtype === 'uint8' ? { scale: p.scale, zeroPoint: p.zeroPoint + 128 } : p);
    if (!floatNeeded) return;
    const twin = this.edit.add(tensor, '_float', { dtype: 'float32' });
    this.floatOf.set(t, twin);
    this.ops.push({ type: 'DEQUANTIZE', inputs: [t], outputs: [twin] });
  }

  /** Tensor `t` stays as it is (float, or uint8 at the model's edge); int8 readers get a QUANTIZE twin. */
  int8Twin(t: number, p: Params): void {
    const twin = this.edit.add(this.edit.tensor(t), '_int8', { dtype: 'int8', quantization: qOf(p) });
    this.intOf.set(t, twin);
    this.ops.push({ type: 'QUANTIZE', inputs: [t], outputs: [twin] });
  }

  quantizedOp(index: number, op: Op): void {
    const inputs = op.inputs.map((t, slot) => {
      if (!isFloatActivation(this.graph.tensors[t])) return t;
      const current = this.intOf.get(t) ?? t;
      const need = this.inputRequant.get(`${index}:${slot}`);
      if (!need) return current;
      const r = this.edit.add(this.edit.tensor(t), '_requant', { dtype: 'int8', quantization: qOf(need) });
      this.ops.push({ type: 'QUANTIZE', inputs: [current], outputs: [r], ...(op.origin ? { origin: op.origin } : {}) });
      this.requantized.push({ tensor: this.graph.tensors[t]!.name, op: describeOp(op) });
      return r;
    });
    const first = inputs.find((t) => this.edit.tensors[t]?.dtype === 'int8' && !this.edit.tensors[t]?.data);
    const inputScale = first === undefined ? 1 : this.edit.tensor(first).quantization!.scale[0]!;
    const out = op.outputs.find((t) => this.params.has(t));
    const opParams = out === undefined ? { scale: 1, zeroPoint: 0 } : this.params.get(out)!;
    this.ops.push({ ...op, inputs: this.constants.inputs(op, inputs, opParams, inputScale) });
  }

  floatOp(op: Op): void {
    this.ops.push({ ...op, inputs: op.inputs.map((t) => this.floatOf.get(t) ?? t) });
  }
}

/** Tensors that need int8 parameters: the float activations int8 ops read or write, and the model's float I/O when it is integer. */
function int8Tensors(graph: Graph, quantized: Set<number>, inferenceType: InferenceType): Set<number> {
  const out = new Set<number>();
  for (const i of quantized) for (const t of [...graph.ops[i]!.inputs, ...graph.ops[i]!.outputs]) if (isFloatActivation(graph.tensors[t])) out.add(t);
  if (inferenceType !== 'float32') for (const io of [...graph.inputs, ...graph.outputs]) if (isFloatActivation(graph.tensors[io.tensor])) out.add(io.tensor);
  return out;
}

export function quantizeInt8(graph: Graph, ranges: Map<number, Range>, options: Int8Options = {}): Int8Result {
  const inferenceType = options.inferenceType ?? 'float32';
  const plan = planOps(graph, ranges, options.keepFloat);
  const wanted = int8Tensors(graph, plan.quantized, inferenceType);
  const { params, inputRequant } = assignParams(graph, plan.quantized, ranges, wanted);
  for (const t of wanted) if (!params.has(t) && ranges.has(t)) params.set(t, activationParams(ranges.get(t)!));
  const b = new Int8Build(graph, plan.quantized, params, inputRequant);
  const outputs = buildOps(b, wanted, inferenceType);
  const result = b.edit.build(b.ops.map((op) => ({ ...op })), { inputs: graph.inputs, outputs });
  compactTensors(result);
  return {
    graph: result,
    report: {
      mode: 'int8', ...weightNotes(graph, plan.quantized), floatOps: plan.floatOps, requantized: b.requantized,
      rangeWarnings: rangeWarnings(graph, ranges, plan.quantized), notes: [],
    },
  };
}

/** Affine weights quantized, and weights (≥ 1024 elements) of ops that stay float. */
function weightNotes(graph: Graph, quantized: Set<number>): Pick<QuantizeReport, 'quantizedWeights' | 'floatWeights'> {
  const quantizedWeights: WeightNote[] = [];
  const floatWeights: WeightNote[] = [];
  graph.ops.forEach((op, i) => {
    const rule = INT8_RULES[op.type];
    op.inputs.forEach((t, slot) => {
      const tensor = graph.tensors[t];
      if (!isFloatConstant(tensor)) return;
      const note = { tensor: tensor.name, op: describeOp(op), elements: elementCount(tensor) };
      if (quantized.has(i) && rule?.kind === 'affine' && slot === rule.weight) quantizedWeights.push({ ...note, ...(rule.axis === undefined ? {} : { axis: rule.axis }) });
      else if (!quantized.has(i) && note.elements >= MIN_WEIGHT_ELEMENTS) floatWeights.push(note);
    });
  });
  return { quantizedWeights, floatWeights };
}

function buildOps(b: Int8Build, wanted: Set<number>, inferenceType: InferenceType): SignatureIO[] {
  const { graph, quantized, params } = b;
  const uses = consumers(graph);
  const producer = producers(graph);
  const graphOutputs = new Set(graph.outputs.map((io) => io.tensor));
  const floatReaders = (t: number) => (uses.get(t) ?? []).some((u) => !quantized.has(u.op)) || (inferenceType === 'float32' && graphOutputs.has(t));
  const settle = (t: number, byInt8Op: boolean) => {
    const p = params.get(t);
    if (!p || !wanted.has(t)) return;
    if (byInt8Op) b.int8InPlace(t, p, floatReaders(t));
    else if ((uses.get(t) ?? []).some((u) => quantized.has(u.op)) || (inferenceType !== 'float32' && graphOutputs.has(t))) b.int8Twin(t, p);
  };
  for (const io of graph.inputs) {
    const p = params.get(io.tensor);
    if (inferenceType === 'float32' || !p) settle(io.tensor, false);
    else if (inferenceType === 'int8') b.int8InPlace(io.tensor, p, floatReaders(io.tensor));
    else {
      b.int8InPlace(io.tensor, p, floatReaders(io.tensor), 'uint8');
      b.int8Twin(io.tensor, p);
    }
  }
  graph.ops.forEach((op, i) => {
    if (quantized.has(i)) b.quantizedOp(i, op);
    else b.floatOp(op);
    for (const t of op.outputs) settle(t, quantized.has(i) && producer.get(t) === i);
  });
  return graph.outputs.map((io) => ({ ...io, tensor: integerOutput(b, io.tensor, inferenceType) }));
}

/** The tensor a model output names: the float twin for float I/O, the int8 tensor, or a uint8 requantization of it. */
function integerOutput(b: Int8Build, t: number, inferenceType: InferenceType): number {
  if (inferenceType === 'float32') return b.floatOf.get(t) ?? t;
  const int8 = b.intOf.get(t) ?? t;
  const q = b.edit.tensors[int8]?.quantization;
  if (inferenceType === 'int8' || !q || b.edit.tensor(int8).dtype !== 'int8') return int8;
  const out = b.edit.add(b.edit.tensor(int8), '_uint8', { dtype: 'uint8', quantization: { scale: q.scale, zeroPoint: q.zeroPoint.map((z) => z + 128), quantizedDimension: 0 } });
  b.ops.push({ type: 'QUANTIZE', inputs: [int8], outputs: [out] });
  return out;
}
