import { GateError } from '../errors.js';
import type { GraphBuilder } from '../graph/builder.js';
import type { KerasGraph, KerasLayer, TensorRef } from '../keras/types.js';
import { handlerForLayer } from './registry.js';
import type { ConvertOptions, LayerContext } from './types.js';

/**
 * Walks a Keras layer graph in dependency order, calling each layer's handler once per call, and
 * recursing into nested models (a Sequential/Functional used as a layer) with their own scope.
 */
export interface WalkEnv {
  builder: GraphBuilder;
  options: ConvertOptions;
  kerasVersion: string;
}

interface Call {
  layer: KerasLayer;
  index: number;
  refs: TensorRef[];
}

const key = (layer: string, call: number, tensor: number) => `${layer}\u0000${call}\u0000${tensor}`;

export function walkGraph(graph: KerasGraph, inputIds: number[], scope: string, env: WalkEnv): number[] {
  const produced = new Map<string, number>();
  const callCount = new Map(graph.layers.map((l) => [l.name, l.inbound.length]));
  graph.inputs.forEach((ref, i) => {
    produced.set(key(ref.layer, ref.nodeIndex, ref.tensorIndex), inputIds[i]!);
    produced.set(key(ref.layer, 0, ref.tensorIndex), inputIds[i]!);
  });
  const inputLayers = new Set(graph.inputs.map((r) => r.layer));
  const resolve = (ref: TensorRef): number | undefined => {
    const exact = produced.get(key(ref.layer, ref.nodeIndex, ref.tensorIndex));
    if (exact !== undefined) return exact;
    // Keras 2 counts a nested model's own construction as node 0; its first call in the outer graph is node 1.
    const calls = callCount.get(ref.layer) ?? 0;
    if (ref.nodeIndex >= calls && calls > 0) return produced.get(key(ref.layer, calls - 1, ref.tensorIndex));
    return undefined;
  };
  let pending: Call[] = graph.layers
    .filter((l) => !inputLayers.has(l.name) && l.className !== 'InputLayer')
    .flatMap((layer) => layer.inbound.map((refs, index) => ({ layer, index, refs })));
  while (pending.length > 0) {
    const waiting: Call[] = [];
    for (const call of pending) {
      const ids = call.refs.map(resolve);
      if (ids.some((id) => id === undefined)) waiting.push(call);
      else emitCall(call, ids as number[], scope, env).forEach((id, t) => produced.set(key(call.layer.name, call.index, t), id));
    }
    if (waiting.length === pending.length) throw danglingError(graph, waiting[0]!);
    pending = waiting;
  }
  return graph.outputs.map((ref) => {
    const id = resolve(ref);
    if (id === undefined) throw new GateError('bad-model', `model output "${ref.layer}" is not computed by any layer`, { where: `model ${graph.name}` });
    return id;
  });
}

function emitCall(call: Call, inputs: number[], scope: string, env: WalkEnv): number[] {
  const { layer } = call;
  const ctx: LayerContext = {
    builder: env.builder,
    layer,
    inputs,
    options: env.options,
    scope,
    kerasVersion: env.kerasVersion,
    callIndex: call.index,
    convertNested: (nestedInputs) => walkGraph(layer.model!, nestedInputs, scope ? `${scope}/${layer.name}` : layer.name, env),
  };
  if (layer.model) return ctx.convertNested(inputs);
  const handler = handlerForLayer(layer);
  if (!handler) throw new Error(`layer ${layer.name} (${layer.className}) passed the check without a handler`);
  try {
    return handler.emit(ctx);
  } catch (error) {
    if (error instanceof GateError) throw error;
    throw new Error(`while converting layer "${layer.name}" (${layer.className}): ${(error as Error).message}`, { cause: error });
  }
}

function danglingError(graph: KerasGraph, call: Call): GateError {
  const missing = call.refs.map((r) => r.layer).join(', ');
  return new GateError('bad-model', `layer "${call.layer.name}" waits for inputs that no layer produces (${missing})`, { where: `model ${graph.name}, layer ${call.layer.name}` },
    'The layer graph in the file is inconsistent (a cycle or a missing layer); re-save the model from Keras.');
}
