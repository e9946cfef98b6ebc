/**
 * Layer connections in every spelling Keras has stored them:
 *  - Keras 2 inbound_nodes: [[[layer, node, tensor, kwargs], ...], ...] (one list per call)
 *  - Keras 3 inbound_nodes: [{args: [...], kwargs: {...}}, ...] where each tensor is
 *    {class_name: '__keras_tensor__', config: {keras_history: [layer, node, tensor]}}, possibly nested in lists
 *  - input_layers / output_layers: [[layer, node, tensor], ...], a single [layer, node, tensor], or a dict.
 */
import type { TensorArg, TensorRef } from './types.js';
import { badModel, isObject, type Json } from './json.js';

export interface ParsedCalls {
  inbound: TensorRef[][];
  kwargs: Record<string, unknown>[];
  /** Positional arguments per call with tensors as TensorArg (Keras 3 only; [] for Keras 2 calls). */
  args: unknown[][];
}

function refFromTriple(value: unknown, where: string): TensorRef {
  if (!Array.isArray(value) || typeof value[0] !== 'string') throw badModel(`expected [layer, node, tensor], got ${JSON.stringify(value)}`, where);
  const nodeIndex = value[1] ?? 0;
  const tensorIndex = value[2] ?? 0;
  if (typeof nodeIndex !== 'number' || typeof tensorIndex !== 'number') {
    throw badModel(`expected numeric node and tensor indices in ${JSON.stringify(value)}`, where);
  }
  return { layer: value[0], nodeIndex, tensorIndex };
}

function isTriple(value: unknown): boolean {
  return Array.isArray(value) && typeof value[0] === 'string' && (value.length === 1 || typeof value[1] === 'number');
}

/** input_layers / output_layers in any of their shapes, flattened in order. */
export function parseRefList(value: unknown, where: string): TensorRef[] {
  if (value === undefined || value === null) return [];
  if (isTriple(value)) return [refFromTriple(value, where)];
  if (Array.isArray(value)) return value.flatMap((item) => parseRefList(item, where));
  if (isObject(value)) return Object.values(value).flatMap((item) => parseRefList(item, where));
  throw badModel(`cannot read layer references ${JSON.stringify(value)}`, where);
}

function collectKerasTensors(value: unknown, out: TensorRef[], where: string): void {
  if (Array.isArray(value)) {
    for (const item of value) collectKerasTensors(item, out, where);
  } else if (isObject(value)) {
    if (value.class_name === '__keras_tensor__') {
      const config = isObject(value.config) ? value.config : {};
      out.push(refFromTriple(config.keras_history, where));
    } else {
      for (const item of Object.values(value)) collectKerasTensors(item, out, where);
    }
  }
}

/** The arguments with each Keras tensor replaced by {tensorArg: k}, k counting tensors in collection order. */
function argsWithTensorSlots(value: unknown, counter: { next: number }): unknown {
  if (Array.isArray(value)) return value.map((item) => argsWithTensorSlots(item, counter));
  if (isObject(value) && value.class_name === '__keras_tensor__') return { tensorArg: counter.next++ } satisfies TensorArg;
  return value;
}

interface ParsedCall {
  refs: TensorRef[];
  kwargs: Record<string, unknown>;
  args: unknown[];
}

/**
 * Keyword arguments that are masks: they stay as stored (out of the call's inputs, so merge layers see no extra
 * input and the checks that refuse or drop masks still find them).
 */
const MASK_KWARGS = new Set(['mask', 'attention_mask', 'query_mask', 'value_mask', 'key_mask']);

/** A tf.keras keyword tensor: a bare [layer, node, tensor] triple. */
const isKeras2Tensor = (value: unknown): boolean => Array.isArray(value) && value.length === 3 && typeof value[0] === 'string' && typeof value[1] === 'number';

/** `value` with each Keras 3 tensor appended to `refs` and replaced by its TensorArg there (nested lists too). */
function keras3KwargWithSlots(value: unknown, refs: TensorRef[], where: string): unknown {
  if (Array.isArray(value)) return value.map((item) => keras3KwargWithSlots(item, refs, where));
  if (!isObject(value) || value.class_name !== '__keras_tensor__') return value;
  collectKerasTensors(value, refs, where);
  return { tensorArg: refs.length - 1 } satisfies TensorArg;
}

/**
 * Tensors passed by keyword (`mha(query=x, value=y)`, tf.keras `{"value": [v, 0, 0]}`, `tf.math.multiply(a, y=b)`)
 * become inputs of the call, after its positional tensors in keyword order, and each kwarg a TensorArg pointing at
 * its place there, so the layer waits for them and reads them like any input. Masks stay as stored.
 */
function kwargTensorsToRefs(kwargs: Record<string, unknown>, refs: TensorRef[], keras3: boolean, where: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(kwargs)) {
    if (MASK_KWARGS.has(key)) out[key] = value;
    else if (keras3) out[key] = keras3KwargWithSlots(value, refs, where);
    else if (isKeras2Tensor(value)) {
      refs.push(refFromTriple(value, where));
      out[key] = { tensorArg: refs.length - 1 } satisfies TensorArg;
    } else out[key] = value;
  }
  return out;
}

function parseKeras3Call(call: Json, where: string): ParsedCall {
  const refs: TensorRef[] = [];
  collectKerasTensors(call.args ?? [], refs, where);
  const args = Array.isArray(call.args) ? (argsWithTensorSlots(call.args, { next: 0 }) as unknown[]) : [];
  return { refs, kwargs: kwargTensorsToRefs(isObject(call.kwargs) ? call.kwargs : {}, refs, true, where), args };
}

function parseKeras2Call(call: unknown[], where: string): ParsedCall {
  const refs = call.map((tensor) => refFromTriple(tensor, where));
  const last = call.length ? call[call.length - 1] : undefined;
  const kwargs = Array.isArray(last) && isObject(last[3]) ? last[3] : {};
  return { refs, kwargs: kwargTensorsToRefs(kwargs, refs, false, where), args: [] };
}

/** One entry per call of the layer, each listing that call's input tensors. */
export function parseInboundNodes(value: unknown, where: string): ParsedCalls {
  const parsed: ParsedCalls = { inbound: [], kwargs: [], args: [] };
  if (value === undefined || value === null) return parsed;
  if (!Array.isArray(value)) throw badModel('inbound_nodes is not a list', where);
  for (const call of value) {
    const { refs, kwargs, args } = isObject(call)
      ? parseKeras3Call(call, where)
      : Array.isArray(call)
        ? parseKeras2Call(isTriple(call) ? [call] : call, where)
        : (() => {
            throw badModel(`cannot read inbound node ${JSON.stringify(call)}`, where);
          })();
    parsed.inbound.push(refs);
    parsed.kwargs.push(kwargs);
    parsed.args.push(args);
  }
  return parsed;
}
