import type { Graph, Op } from '../ir.js';
import { activationOf, addConstant, consumers, isConstFloat, onlyFeeds, producers, removeOps } from './util.js';

/**
 * Folds MUL / ADD by a per-output-channel constant into the preceding CONV_2D, DEPTHWISE_CONV_2D,
 * TRANSPOSE_CONV or FULLY_CONNECTED (this is how BatchNormalization disappears, as in the TFLite converter).
 */
/** Where each op keeps filter and bias, and whether its output channel is the filter's first or last axis. */
const FILTER_INPUT: Record<string, { filter: number; bias: number; channelAxis: 'first' | 'last' }> = {
  CONV_2D: { filter: 1, bias: 2, channelAxis: 'first' },
  TRANSPOSE_CONV: { filter: 1, bias: 3, channelAxis: 'first' },
  DEPTHWISE_CONV_2D: { filter: 1, bias: 2, channelAxis: 'last' },
  FULLY_CONNECTED: { filter: 1, bias: 2, channelAxis: 'first' },
};

function scaleFilter(data: Float32Array, c: Float32Array, channelAxis: 'first' | 'last'): Float32Array {
  const out = new Float32Array(data.length);
  const channels = c.length;
  const block = data.length / channels;
  if (channelAxis === 'first') {
    for (let ch = 0; ch < channels; ch++) for (let i = ch * block; i < (ch + 1) * block; i++) out[i] = data[i]! * c[ch]!;
  } else {
    for (let i = 0; i < data.length; i += channels) for (let ch = 0; ch < channels; ch++) out[i + ch] = data[i + ch]! * c[ch]!;
  }
  return out;
}

/** The per-channel values of constant `c` for `channels` output channels, or undefined when it is not per-channel. */
function perChannel(graph: Graph, cId: number, channels: number, outRank: number): Float32Array | undefined {
  const c = graph.tensors[cId];
  if (!isConstFloat(c) || c.shape.length > outRank) return undefined;
  if (c.shape.slice(0, -1).some((d) => d !== 1)) return undefined;
  if (c.data.length === channels) return c.data;
  if (c.data.length === 1) return new Float32Array(channels).fill(c.data[0]!);
  return undefined;
}

function foldOne(graph: Graph, producer: Op, op: Op, constId: number): boolean {
  const spec = FILTER_INPUT[producer.type]!;
  const filter = graph.tensors[producer.inputs[spec.filter]!];
  const biasId = producer.inputs[spec.bias] ?? -1;
  const bias = biasId >= 0 ? graph.tensors[biasId] : undefined;
  if (!isConstFloat(filter) || (bias && !isConstFloat(bias))) return false;
  const out = graph.tensors[producer.outputs[0]!]!;
  const channels = spec.channelAxis === 'last' ? filter.shape.at(-1)! : filter.shape[0]!;
  const c = perChannel(graph, constId, channels, out.shape.length);
  if (!c) return false;
  const oldBias = bias ? bias.data : new Float32Array(channels);
  const newBias = new Float32Array(channels);
  if (op.type === 'MUL') {
    const newFilter = scaleFilter(filter.data, c, spec.channelAxis);
    for (let i = 0; i < channels; i++) newBias[i] = oldBias[i]! * c[i]!;
    producer.inputs[spec.filter] = addConstant(graph, filter.name, filter.shape, newFilter);
  } else {
    for (let i = 0; i < channels; i++) newBias[i] = oldBias[i]! + c[i]!;
  }
  const biasName = bias ? `${bias.name};${graph.tensors[constId]!.name}` : graph.tensors[constId]!.name;
  while (producer.inputs.length <= spec.bias) producer.inputs.push(-1);
  producer.inputs[spec.bias] = addConstant(graph, biasName, [channels], newBias);
  producer.outputs[0] = op.outputs[0]!;
  return true;
}

export function foldAffineIntoConv(graph: Graph): void {
  let changed = true;
  while (changed) {
    changed = false;
    const uses = consumers(graph);
    const made = producers(graph);
    const dead = new Set<Op>();
    for (const op of graph.ops) {
      if ((op.type !== 'MUL' && op.type !== 'ADD') || activationOf(op) !== 'NONE') continue;
      for (const [xi, ci] of [[0, 1], [1, 0]] as const) {
        const x = op.inputs[xi]!;
        const producer = made.get(x);
        if (!producer || !FILTER_INPUT[producer.type] || activationOf(producer) !== 'NONE' || dead.has(producer)) continue;
        if (!onlyFeeds(graph, uses, x, op)) continue;
        if (foldOne(graph, producer, op, op.inputs[ci]!)) {
          dead.add(op);
          changed = true;
          break;
        }
      }
    }
    removeOps(graph, dead);
  }
}
