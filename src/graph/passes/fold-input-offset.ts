import type { Graph, Op } from '../ir.js';
import { foldInputScale } from './fold-input-scale.js';
import { activationOf, addConstant, consumers, isConstFloat, isGraphOutput, removeOps } from './util.js';

/**
 * x + c / x - c (c a scalar constant) feeding only VALID convolutions and fully-connected ops: the offset moves
 * into their biases (bias[o] += c * sum of filter o's weights), as the converter folds `inputs / 255.0 - 0.5`
 * into the first conv. SAME padding pads with zeros, not with c, so those convolutions keep the op. Runs with
 * fold-input-scale until neither finds anything, so chains such as (x * a - b) * d fold completely.
 */
type Layout = 'out-first' | 'channel-last';
const READERS: Record<string, Layout> = { CONV_2D: 'out-first', FULLY_CONNECTED: 'out-first', DEPTHWISE_CONV_2D: 'channel-last' };

function offsetOf(graph: Graph, op: Op): { x: number; c: number } | undefined {
  if ((op.type !== 'ADD' && op.type !== 'SUB') || activationOf(op) !== 'NONE') return undefined;
  const orders = op.type === 'ADD' ? ([[0, 1], [1, 0]] as const) : ([[0, 1]] as const);
  for (const [xi, ci] of orders) {
    const c = graph.tensors[op.inputs[ci]!];
    const x = graph.tensors[op.inputs[xi]!];
    if (isConstFloat(c) && c.data.length === 1 && x && x.data === undefined) return { x: x.id, c: op.type === 'SUB' ? -c.data[0]! : c.data[0]! };
  }
  return undefined;
}

function canTake(graph: Graph, reader: Op, y: number): boolean {
  if (!(reader.type in READERS) || reader.inputs[0] !== y || reader.inputs.indexOf(y, 1) !== -1) return false;
  if (reader.type !== 'FULLY_CONNECTED' && reader.options?.padding !== 'VALID') return false;
  const bias = reader.inputs[2] ?? -1;
  return isConstFloat(graph.tensors[reader.inputs[1]!]) && (bias < 0 || isConstFloat(graph.tensors[bias]));
}

/** Per output channel: the sum of its filter weights, for the filter layouts of READERS. */
function filterSums(data: Float32Array, shape: number[], layout: Layout): Float32Array {
  const channels = layout === 'out-first' ? shape[0]! : shape.at(-1)!;
  const sums = new Float32Array(channels);
  const block = data.length / channels;
  for (let i = 0; i < data.length; i++) sums[layout === 'out-first' ? Math.floor(i / block) : i % channels] += data[i]!;
  return sums;
}

function moveIntoBias(graph: Graph, reader: Op, x: number, c: number): void {
  const filter = graph.tensors[reader.inputs[1]!] as { name: string; shape: number[]; data: Float32Array };
  const sums = filterSums(filter.data, filter.shape, READERS[reader.type]!);
  const biasId = reader.inputs[2] ?? -1;
  const old = biasId >= 0 ? (graph.tensors[biasId]!.data as Float32Array) : new Float32Array(sums.length);
  const name = biasId >= 0 ? graph.tensors[biasId]!.name : `${filter.name}/bias`;
  while (reader.inputs.length < 3) reader.inputs.push(-1);
  reader.inputs[2] = addConstant(graph, name, [sums.length], old.map((b, o) => b + c * sums[o]!));
  reader.inputs[0] = x;
}

function foldOffsets(graph: Graph): void {
  const uses = consumers(graph);
  const dead = new Set<Op>();
  for (const op of graph.ops) {
    const s = offsetOf(graph, op);
    const y = op.outputs[0]!;
    const readers = uses.get(y) ?? [];
    if (!s || readers.length === 0 || isGraphOutput(graph, y) || !readers.every((r) => canTake(graph, r, y))) continue;
    for (const r of readers) moveIntoBias(graph, r, s.x, s.c);
    dead.add(op);
  }
  removeOps(graph, dead);
}

export function foldInputAffine(graph: Graph): void {
  for (let before = Infinity; graph.ops.length < before; ) {
    before = graph.ops.length;
    foldOffsets(graph);
    foldInputScale(graph);
  }
}
