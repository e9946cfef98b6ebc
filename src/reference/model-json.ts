/**
 * KerasModel (any file era) → the Keras 2 style model JSON tfjs-layers deserializes: every graph as a
 * functional "Model" with list-form inbound_nodes, dtype policies as dtype strings, batch_shape as
 * batch_input_shape, Keras 3 {module, class_name, config, registered_name} objects unwrapped,
 * initializers zeroed (the file's weights are set afterwards) and regularizers/constraints dropped.
 * Layers tfjs cannot reproduce are collected as problems, not thrown one by one.
 */
import type { KerasGraph, KerasLayer, KerasModel, TensorRef } from '../keras/types.js';
import { tfjsActivation } from './activations.js';
import { ruleFor, type Json, type RuleContext } from './layer-rules.js';
import { maskOpProblems } from './mask-check.js';

export interface LayerProblem {
  /** Layer path, nested models joined with "/". */
  layer: string;
  className: string;
  reason: string;
}

interface Ctx extends RuleContext {
  problems: LayerProblem[];
  path: string;
}

const MODEL_CLASSES = new Set(['Sequential', 'Functional', 'Model']);
const ZEROS = { class_name: 'Zeros', config: {} };

export function kerasMajor(model: KerasModel): number {
  const major = Number.parseInt(model.kerasVersion.split('.')[0] ?? '', 10);
  return Number.isFinite(major) ? major : model.format === 'keras-zip' ? 3 : 2;
}

function dtypeString(value: unknown): string | undefined {
  if (typeof value === 'string') return value.startsWith('mixed_') ? 'float32' : value;
  if (value && typeof value === 'object') return dtypeString((value as Json).config ? ((value as Json).config as Json).name : undefined);
  return undefined;
}

function cleanActivation(cfg: Json, key: string, ctx: Ctx, report: (reason: string) => void): void {
  if (!(key in cfg)) return;
  const name = tfjsActivation(cfg[key], ctx.kerasMajor);
  if (name === undefined) report(`${key} ${JSON.stringify(cfg[key])} has no tfjs equivalent`);
  cfg[key] = name ?? 'linear';
}

/** Our layers a wrapper can hold (Bidirectional runs TgGRU itself, as TgBidirectional). */
const WRAPPABLE: Record<string, readonly string[]> = { Bidirectional: ['TgGRU'] };

/** The common Keras 3 → Keras 2 spellings, for any layer config (`owner`: the class holding a `layer`). */
function cleanConfig(raw: Json, ctx: Ctx, report: (reason: string) => void, owner = ''): Json {
  const cfg: Json = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.endsWith('_initializer')) cfg[key] = ZEROS;
    else if (key.endsWith('_regularizer') || key.endsWith('_constraint')) cfg[key] = null;
    else if (key === 'dtype') cfg[key] = dtypeString(value) ?? 'float32';
    else if (key === 'batch_shape') cfg.batch_input_shape = value;
    else if (key === 'layer' && value && typeof value === 'object') cfg[key] = innerLayer(value as Json, ctx, report, owner);
    else if (!['quantization_config', 'lora_rank', 'lora_alpha', 'shared_object_id'].includes(key)) cfg[key] = value;
  }
  cleanActivation(cfg, 'activation', ctx, report);
  cleanActivation(cfg, 'recurrent_activation', ctx, report);
  return cfg;
}

/** The layer inside Bidirectional / TimeDistributed. */
function innerLayer(entry: Json, ctx: Ctx, report: (reason: string) => void, owner: string): Json {
  const className = String(entry.class_name);
  const rule = ruleFor(className);
  const fake: KerasLayer = { className, name: String((entry.config as Json)?.name ?? className), config: (entry.config as Json) ?? {}, inbound: [], weights: [] };
  if (!rule) report(`wrapped layer ${className} is not available in tfjs-layers`);
  const problem = rule?.problem?.(fake.config, fake);
  if (problem) report(`wrapped ${className}: ${problem}`);
  const cfg = cleanConfig(fake.config, ctx, report);
  const chosen = withClass(rule?.tfjs ?? className, rule?.config ? rule.config(cfg, fake) : cfg);
  if (chosen.className.startsWith('Tg') && !WRAPPABLE[owner]?.includes(chosen.className)) report(`wrapped ${className} needs our own layer (${chosen.className}), which tfjs wrappers cannot hold`);
  return { class_name: chosen.className, config: chosen.config };
}

function layerConfig(layer: KerasLayer, ctx: Ctx): { className: string; config: Json } {
  const where = ctx.path ? `${ctx.path}/${layer.name}` : layer.name;
  const report = (reason: string) => ctx.problems.push({ layer: where, className: layer.className, reason });
  if (layer.className === 'InputLayer') {
    const cfg = cleanConfig(layer.config, ctx, report);
    const shape = cfg.batch_input_shape ?? (Array.isArray(cfg.shape) ? [null, ...cfg.shape] : undefined);
    return { className: 'InputLayer', config: { name: layer.name, batch_input_shape: shape, dtype: cfg.dtype ?? 'float32', sparse: false } };
  }
  const rule = ruleFor(layer.className);
  if (!rule) {
    report('not available in tfjs-layers');
    return { className: 'TgIdentity', config: { name: layer.name } };
  }
  const problem = rule.problem?.(layer.config, layer);
  if (problem) report(problem);
  const cfg = cleanConfig(layer.config, ctx, report, layer.className);
  return withClass(rule.tfjs ?? layer.className, rule.config ? rule.config(cfg, layer) : cfg);
}

/** A rule may pick the class per config (e.g. our layer only for keepdims=True): `tg_class` in its config. */
function withClass(className: string, config: Json): { className: string; config: Json } {
  const { tg_class: chosen, ...rest } = config;
  return { className: typeof chosen === 'string' ? chosen : className, config: rest };
}

/** Node index as tfjs numbers them: a nested model's own construction is its node 0. */
function refResolver(graph: KerasGraph) {
  const calls = new Map(graph.layers.map((l) => [l.name, l.inbound.length]));
  const nested = new Set(graph.layers.filter((l) => l.model).map((l) => l.name));
  return (ref: TensorRef): [string, number, number] => {
    const count = calls.get(ref.layer) ?? 0;
    const call = count > 0 && ref.nodeIndex >= count ? count - 1 : ref.nodeIndex;
    return [ref.layer, call + (nested.has(ref.layer) ? 1 : 0), ref.tensorIndex];
  };
}

function graphConfig(graph: KerasGraph, name: string, ctx: Ctx): Json {
  const resolve = refResolver(graph);
  for (const [layer, reason] of maskOpProblems(graph)) {
    ctx.problems.push({ layer: ctx.path ? `${ctx.path}/${layer}` : layer, className: graph.layers.find((l) => l.name === layer)!.className, reason });
  }
  const layers = graph.layers.map((layer) => {
    const inbound_nodes = layer.inbound.map((call) => call.map((ref) => [...resolve(ref), {}]));
    if (layer.model && MODEL_CLASSES.has(layer.className)) {
      const inner = { ...ctx, path: ctx.path ? `${ctx.path}/${layer.name}` : layer.name };
      return { class_name: 'Model', name: layer.name, config: graphConfig(layer.model, layer.name, inner), inbound_nodes };
    }
    const { className, config } = layerConfig(layer, ctx);
    return { class_name: className, name: layer.name, config, inbound_nodes };
  });
  return { name, layers, input_layers: graph.inputs.map(resolve), output_layers: graph.outputs.map(resolve) };
}

/** The tfjs model topology of a Keras model, and every setting tfjs cannot reproduce. */
export function toTfjsModelJson(model: KerasModel): { topology: Json; problems: LayerProblem[] } {
  const ctx: Ctx = { kerasMajor: kerasMajor(model), problems: [], path: '' };
  const config = graphConfig(model.graph, model.graph.name, ctx);
  // A JSON round trip makes plain arrays of this realm: tfjs tests `instanceof Array`, which fails for
  // arrays made elsewhere (weight shapes cloned from the HDF5 worker, under jest's VM contexts).
  const topology = JSON.parse(JSON.stringify({ class_name: 'Model', config, keras_version: '2.15.0', backend: 'tensorflow' })) as Json;
  return { topology, problems: ctx.problems };
}
