import { GateError } from '../errors.js';
import { GraphBuilder } from '../graph/builder.js';
import type { DType, Graph } from '../graph/ir.js';
import { optimizeGraph } from '../graph/passes/index.js';
import type { KerasGraph, KerasModel } from '../keras/types.js';
import { assertSupported } from './check.js';
import type { ConvertOptions } from './types.js';
import { walkGraph } from './walk.js';

export type { ConvertOptions } from './types.js';
export { findUnsupported, type UnsupportedLayer } from './check.js';
export { supportedClassNames } from './registry.js';
export { recurrentFormNotes } from './recurrent/index.js';

export const DEFAULT_CONVERT_OPTIONS: ConvertOptions = { batchSize: 1, dynamicBatch: false };
const INPUT_DTYPES = new Set<string>(['float32', 'int32', 'int64', 'int8', 'uint8', 'bool']);

/**
 * Keras model → TFLite-shaped Graph: refuse unsupported layers (all of them in one error), walk the layer
 * graph, apply the converter's graph passes, and name inputs/outputs after the Keras layers.
 */
export function convertKerasModel(model: KerasModel, options: Partial<ConvertOptions> = {}): Graph {
  const opts: ConvertOptions = { ...DEFAULT_CONVERT_OPTIONS, ...options };
  const { graph: kgraph } = model;
  assertSupported(kgraph);
  const builder = new GraphBuilder();
  const inputIds = kgraph.inputs.map((ref, i) => {
    const shape = inputShape(kgraph.inputShapes[i] ?? [], ref.layer, opts);
    const declared = kgraph.inputDtypes[i] ?? 'float32';
    const dtype = (INPUT_DTYPES.has(declared) ? declared : 'float32') as DType;
    const id = builder.activation(`serving_default_${ref.layer}:0`, shape, dtype);
    builder.inputs.push({ name: ref.layer, tensor: id });
    return id;
  });
  const outputIds = walkGraph(kgraph, inputIds, kgraph.name, { builder, options: opts, kerasVersion: model.kerasVersion });
  outputIds.forEach((id, i) => builder.outputs.push({ name: outputName(kgraph.outputs.map((r) => r.layer), i), tensor: id }));
  const graph = optimizeGraph(builder.build('tflite-gate'));
  nameOutputs(graph);
  if (opts.dynamicBatch) markDynamicBatch(graph);
  return graph;
}

function inputShape(declared: (number | null)[], name: string, opts: ConvertOptions): number[] {
  if (declared.length === 0) throw new GateError('unsupported', `input "${name}" has no declared shape`, { where: `input ${name}` }, 'Give the model an explicit Input(shape=...) and re-save it.');
  return declared.map((d, i) => {
    if (i === 0) return opts.batchSize;
    if (d !== null && d > 0) return d;
    if (opts.sequenceLength) return opts.sequenceLength;
    throw new GateError('unsupported', `input "${name}" has an unknown dimension ${i} (shape [${declared.map((x) => x ?? 'None').join(', ')}])`,
      { where: `input ${name}` }, 'Pass --sequence_length N to fix variable-length dimensions, or give the Input a fixed shape.');
  });
}

/**
 * What the report should say about the sequence length: the inputs whose variable (None) dimensions were
 * fixed to `sequenceLength`, or that the option was not needed. Empty without the option.
 */
export function sequenceLengthNotes(graph: KerasGraph, sequenceLength?: number): string[] {
  if (!sequenceLength) return [];
  const variable = graph.inputs.flatMap((ref, i) => {
    const declared = graph.inputShapes[i] ?? [];
    const dims = declared.map((d, k) => (k > 0 && !(d !== null && d > 0) ? k : -1)).filter((k) => k > 0);
    return dims.length ? [`input "${ref.layer}" [${declared.map((d) => d ?? 'None').join(', ')}] dimension${dims.length > 1 ? 's' : ''} ${dims.join(', ')}`] : [];
  });
  if (variable.length === 0) return [`--sequence_length ${sequenceLength} ignored: every input of the model has a fixed shape`];
  return [`converted at sequence length ${sequenceLength} (--sequence_length) for the variable-length ${variable.join('; ')}: results hold for inputs of that length`];
}

/** Signature keys: the Keras output layer names, made unique when a layer yields several outputs. */
function outputName(layers: string[], i: number): string {
  const name = layers[i]!;
  const earlier = layers.slice(0, i).filter((l) => l === name).length;
  return earlier === 0 ? name : `${name}_${earlier}`;
}

/** Output tensors carry the converter's names (StatefulPartitionedCall_1:i); inputs keep serving_default_*. */
function nameOutputs(graph: Graph): void {
  const inputs = new Set(graph.inputs.map((io) => io.tensor));
  graph.outputs.forEach((io, i) => {
    if (!inputs.has(io.tensor)) graph.tensors[io.tensor]!.name = `StatefulPartitionedCall_1:${i}`;
  });
}

/**
 * Every tensor that carries the batch (computed from an input, except shape vectors made by SHAPE and what
 * is computed from them) gets -1 as the first entry of its shape signature.
 */
function markDynamicBatch(graph: Graph): void {
  const batched = new Set(graph.inputs.map((io) => io.tensor));
  for (const op of graph.ops) {
    if (op.type !== 'SHAPE' && op.inputs.some((id) => batched.has(id))) op.outputs.forEach((id) => batched.add(id));
  }
  for (const id of batched) {
    const t = graph.tensors[id]!;
    if (t.shape.length > 0) t.shapeSignature = [-1, ...t.shape.slice(1)];
  }
}
