import type { Graph, Op } from '../ir.js';
import { activationOf, consumers, onlyFeeds, producers, removeOps } from './util.js';

/**
 * Fuses RELU / RELU6 / RELU_N1_TO_1 into the op that produces their input (its fused_activation_function),
 * for the op types where the TFLite converter does so.
 */
/**
 * Ops whose kernels apply a fused activation. Not CONCATENATION: its options table has the field, but the
 * TFLite kernel refuses any activation other than NONE ("concatenation.cc params->activation !=
 * kTfLiteActNone") and LiteRT.js silently computes garbage with it (NASNetMobile was off by 1.6).
 */
const FUSABLE = new Set([
  'CONV_2D', 'DEPTHWISE_CONV_2D', 'TRANSPOSE_CONV', 'FULLY_CONNECTED', 'MAX_POOL_2D', 'AVERAGE_POOL_2D',
  'ADD', 'SUB', 'MUL', 'DIV',
]);
const ACTIVATIONS = new Set(['RELU', 'RELU6', 'RELU_N1_TO_1']);

export function fuseActivations(graph: Graph): void {
  const uses = consumers(graph);
  const made = producers(graph);
  const dead = new Set<Op>();
  for (const op of graph.ops) {
    if (!ACTIVATIONS.has(op.type)) continue;
    const x = op.inputs[0]!;
    const producer = made.get(x);
    if (!producer || !FUSABLE.has(producer.type) || activationOf(producer) !== 'NONE' || dead.has(producer)) continue;
    if (!onlyFeeds(graph, uses, x, op)) continue;
    producer.options = { ...producer.options, fused_activation_function: op.type };
    producer.outputs[0] = op.outputs[0]!;
    made.set(op.outputs[0]!, producer);
    dead.add(op);
  }
  removeOps(graph, dead);
}
