/**
 * The `--float16` variant, as TFLiteConverter does it with optimizations=[DEFAULT] and
 * target_spec.supported_types=[tf.float16]: EVERY float32 constant an op reads (weights, biases, scalars
 * such as Rescaling's scale, PADV2 constant values, gather tables) is stored as float16, and a DEQUANTIZE op
 * (version 3) turns it back into a float32 tensor at run time; int32 constants (shapes, axes, paddings) stay
 * as they are. Checked against TF 2.21 output (fixtures/tflite/*.f16.tflite): the converter keeps no small
 * float constant in float32. The DEQUANTIZE ops come first, in decreasing constant order, like the converter's.
 * Pure and deterministic: the same Graph gives the same Graph.
 */
import type { Graph, Op, Tensor } from '../graph/ir.js';
import { toHalfBits } from '../util/half.js';

export { toHalfBits, halfToFloat as fromHalfBits } from '../util/half.js';

function uniqueName(base: string, taken: Set<string>): string {
  let name = `${base}1`;
  for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
  taken.add(name);
  return name;
}

/** The float16 variant of a float32 graph (see the file comment). The input graph is not modified. */
export function toFloat16(graph: Graph): Graph {
  const io = [...graph.inputs, ...graph.outputs].map((x) => x.tensor);
  const main = halveConstants(graph.tensors, graph.ops, io);
  const subgraphs = graph.subgraphs?.map((sg) => ({ ...sg, ...halveConstants(sg.tensors, sg.ops, [...sg.inputs, ...sg.outputs]) }));
  return { ...graph, ...main, ...(subgraphs ? { subgraphs } : {}) };
}

/** One (sub)graph's float32 constants as float16, each read through a DEQUANTIZE put first. */
function halveConstants(source: Tensor[], sourceOps: Op[], ioIds: number[]): { tensors: Tensor[]; ops: Op[] } {
  const used = new Set<number>(sourceOps.flatMap((op) => op.inputs));
  const io = new Set<number>(ioIds);
  const targets = source.filter((t) => t.dtype === 'float32' && t.data && used.has(t.id) && !io.has(t.id) && !t.quantization);
  const tensors: Tensor[] = source.map((t) => ({ ...t }));
  const names = new Set(tensors.map((t) => t.name));
  const replacement = new Map<number, number>();
  const dequantize: Op[] = [];
  for (const t of [...targets].reverse()) {
    const data = t.data as Float32Array;
    const half = new Uint16Array(data.length);
    for (let i = 0; i < data.length; i++) half[i] = toHalfBits(data[i] as number);
    tensors[t.id] = { ...t, dtype: 'float16', data: half };
    const id = tensors.length;
    tensors.push({ id, name: uniqueName(t.name, names), shape: [...t.shape], dtype: 'float32' });
    replacement.set(t.id, id);
    dequantize.push({ type: 'DEQUANTIZE', inputs: [t.id], outputs: [id] });
  }
  const ops = sourceOps.map((op) => ({ ...op, inputs: op.inputs.map((i) => replacement.get(i) ?? i) }));
  return { tensors, ops: [...dequantize, ...ops] };
}
