import type { KerasGraph, KerasLayer } from '../../keras/types.js';
import type { LayerHandler } from '../types.js';

/**
 * Masked sequences (a Masking layer, or Embedding(mask_zero=True)) make Keras skip or ignore time steps whose
 * input is the mask value: recurrent layers carry the state over, GlobalAveragePooling1D leaves them out of
 * the mean, Softmax and attention give them no weight. The converted graph has no masks, so such models are
 * refused, naming the mask source and every layer that would use its mask.
 *
 * Keras 3 records the mask as a call argument of the consumer; Keras 2 files record nothing, so the mask is
 * followed through the graph the way Keras propagates it: from the source through layers that pass masks on
 * (Dense, activations, dropout, normalization, merges, TimeDistributed, RNNs returning sequences) to the
 * first layer that uses it. Layers that do not support masking (Conv1D, Flatten, Reshape, pooling...) drop it.
 */
const RECURRENT = ['LSTM', 'GRU', 'SimpleRNN', 'CuDNNLSTM', 'CuDNNGRU', 'Bidirectional', 'RNN', 'ConvLSTM1D', 'ConvLSTM2D', 'ConvLSTM3D'];
const ATTENTION = ['Attention', 'AdditiveAttention', 'MultiHeadAttention', 'GroupedQueryAttention'];
/** Layers whose output changes with the mask. */
const CONSUMERS = new Set([...RECURRENT, ...ATTENTION, 'GlobalAveragePooling1D', 'Softmax']);
/** Layers that pass their input's mask on unchanged (Keras layers with supports_masking). */
const PROPAGATORS = new Set([
  'Activation', 'ReLU', 'LeakyReLU', 'PReLU', 'ELU', 'ThresholdedReLU', 'Softmax', 'Dense', 'Identity', 'Masking',
  'Add', 'Subtract', 'Multiply', 'Average', 'Maximum', 'Minimum', 'Concatenate', 'Dot',
  'BatchNormalization', 'LayerNormalization', 'GroupNormalization', 'UnitNormalization', 'Normalization', 'Rescaling',
  'Dropout', 'SpatialDropout1D', 'AlphaDropout', 'GaussianDropout', 'GaussianNoise', 'ActivityRegularization',
  'TimeDistributed',
]);

/** One layer that would use a mask the converted model does not have. */
export interface MaskFinding {
  /** The consuming layer, "outer/inner" inside nested models. */
  path: string;
  className: string;
  /** What makes the mask, e.g. '"embed" (Embedding mask_zero=True)'. */
  source: string;
}

export const MASK_HINT = 'Keras skips masked time steps, the converted model cannot: if the inputs are never padded, re-save the model '
  + 'with mask_zero=False / without the Masking layer (the weights stay valid); otherwise convert a model trained without masking';

function describeSource(layer: KerasLayer): string | undefined {
  if (layer.className === 'Masking') return `"${layer.name}" (Masking)`;
  if (layer.className === 'Embedding' && layer.config.mask_zero === true) return `"${layer.name}" (Embedding mask_zero=True)`;
  return undefined;
}

const innerClass = (layer: KerasLayer): string | undefined => (layer.config.layer as { class_name?: unknown } | undefined)?.class_name as string | undefined;

function consumes(layer: KerasLayer): boolean {
  if (layer.className === 'TimeDistributed') return CONSUMERS.has(innerClass(layer) ?? '');
  return CONSUMERS.has(layer.className);
}

/** Whether the layer's output still carries the mask of its input (RNNs only when they return sequences). */
function passesOn(layer: KerasLayer): boolean {
  if (!RECURRENT.includes(layer.className)) return PROPAGATORS.has(layer.className);
  const wrapped = layer.className === 'Bidirectional' ? (layer.config.layer as { config?: Record<string, unknown> } | undefined)?.config : layer.config;
  return wrapped?.return_sequences === true;
}

/** Keras 3 records a mask passed to a layer as a call kwarg: a description of where it comes from, or undefined. */
function maskKwargSource(layer: KerasLayer): string | undefined {
  const kwargs = (layer.callKwargs ?? []).find((k) => k.mask !== undefined && k.mask !== null);
  if (!kwargs) return undefined;
  const history = ((kwargs.mask as { config?: { keras_history?: unknown[] } }).config?.keras_history ?? [])[0];
  return typeof history === 'string' ? `a mask made by "${history}"` : 'a mask passed in the call';
}

/**
 * Every layer of `graph` (nested models included) that would use a mask, with the mask's source. `masked`
 * maps names of layers whose outputs already carry a mask to its source (empty for a whole model).
 */
export function maskedConsumers(graph: KerasGraph, prefix = '', masked = new Map<string, string>()): MaskFinding[] {
  return walkMasks(graph, prefix, new Map(masked)).findings;
}

function walkMasks(graph: KerasGraph, prefix: string, masked: Map<string, string>): { findings: MaskFinding[]; outputs: Map<string, string> } {
  const findings = new Map<string, MaskFinding>();
  const nested = new Map<string, boolean>(); // nested model layers walked, and whether with a masked input
  for (let changed = true; changed;) {
    changed = false;
    for (const layer of graph.layers) {
      if (masked.has(layer.name)) continue;
      const path = prefix ? `${prefix}/${layer.name}` : layer.name;
      const inbound = layer.inbound.flat().map((ref) => masked.get(ref.layer)).find((s) => s !== undefined);
      const source = layer.model ? nestedOutputMask(layer, path, inbound, nested, findings) : maskAfter(layer, path, inbound, findings);
      if (source) {
        masked.set(layer.name, source);
        changed = true;
      }
    }
  }
  const outputs = new Map(graph.outputs.filter((ref) => masked.has(ref.layer)).map((ref) => [ref.layer, masked.get(ref.layer)!]));
  return { findings: [...findings.values()], outputs };
}

/** Records the layer when it uses its input's mask; the source of the mask on its output, if any. */
function maskAfter(layer: KerasLayer, path: string, inbound: string | undefined, findings: Map<string, MaskFinding>): string | undefined {
  const made = describeSource(layer);
  if (made) return made;
  const used = inbound ?? (consumes(layer) ? maskKwargSource(layer) : undefined);
  if (used && consumes(layer)) findings.set(path, { path, className: layer.className, source: used });
  return inbound && passesOn(layer) ? inbound : undefined;
}

/**
 * A nested model: walked once on its own (masks made inside it) and again when its input is masked; its
 * consumers are findings, and the mask on its outputs (from either) is the mask of its result.
 */
function nestedOutputMask(layer: KerasLayer, path: string, inbound: string | undefined, walked: Map<string, boolean>, findings: Map<string, MaskFinding>): string | undefined {
  if (walked.has(layer.name) && (walked.get(layer.name) || !inbound)) return undefined;
  walked.set(layer.name, inbound !== undefined);
  const inner = layer.model!;
  const inputs = new Map(inbound ? inner.inputs.map((ref) => [ref.layer, inbound]) : []);
  const result = walkMasks(inner, path, inputs);
  for (const f of result.findings) findings.set(f.path, f);
  return [...result.outputs.values()][0];
}

/** A Masking layer is refused outright: its only purpose is to make downstream layers skip steps. */
export const maskingHandler: LayerHandler = {
  classNames: ['Masking'],
  check: () => 'Masking is not supported: masked time steps cannot be converted (remove the layer and re-save the model)',
  emit(ctx) {
    throw new Error(`Masking layer ${ctx.layer.name} passed the check`);
  },
};
