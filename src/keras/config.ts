/**
 * model_config / config.json -> KerasGraph (without weights), for every config era:
 * Sequential as a bare list (Keras 2.0-2.2) or {layers}, with or without an InputLayer; functional
 * models named Model or Functional; Keras 3 module/registered_name keys; nested models at any depth.
 * A Sequential becomes a functional graph: each layer's input is the previous layer's output.
 */
import { GateError } from '../errors.js';
import type { KerasGraph, KerasLayer, TensorRef } from './types.js';
import { parseInboundNodes, parseRefList } from './inbound.js';
import { badModel, isObject, type Json } from './json.js';

const MODEL_CLASSES = new Set(['Sequential', 'Functional', 'Model']);

/** True for a layer entry that is itself a model (Sequential, Functional, or a functional subclass). */
export function isModelEntry(entry: Json): boolean {
  const config = entry.config;
  if (entry.class_name === 'Sequential') return true;
  return isObject(config) && Array.isArray(config.layers) && (MODEL_CLASSES.has(String(entry.class_name)) || 'input_layers' in config);
}

/** Build the graph of a whole model from its top-level config object. */
export function buildModelGraph(root: Json, where: string): KerasGraph {
  if (!isModelEntry(root)) {
    const className = typeof root.class_name === 'string' ? root.class_name : 'unknown';
    throw new GateError(
      'unsupported',
      `the model is a subclassed Keras model (class "${className}"): its file holds no layer graph to convert`,
      { where },
      'rebuild the model with the Sequential or functional API (keras.Model(inputs, outputs)) and save it with model.save()',
    );
  }
  return buildGraph(root, where);
}

function buildGraph(entry: Json, where: string): KerasGraph {
  const config = entry.config;
  if (entry.class_name === 'Sequential') {
    const seq = Array.isArray(config) ? { layers: config } : isObject(config) ? config : {};
    return buildSequential(seq, String(entry.name ?? seq.name ?? 'sequential'), where);
  }
  return buildFunctional(config as Json, String(entry.class_name), where);
}

function layerName(entry: Json): string | undefined {
  const config = isObject(entry.config) ? entry.config : {};
  const name = entry.name ?? config.name;
  return typeof name === 'string' ? name : undefined;
}

function parseLayer(entry: unknown, index: number, where: string): KerasLayer {
  if (!isObject(entry) || typeof entry.class_name !== 'string') throw badModel(`layer #${index} has no class_name`, where);
  const name = layerName(entry);
  if (!name) throw badModel(`layer #${index} (${entry.class_name}) has no name`, where);
  const config = isObject(entry.config) ? entry.config : {};
  const layer: KerasLayer = { className: entry.class_name, name, config, inbound: [], weights: [] };
  if (typeof entry.module === 'string') layer.module = entry.module;
  if (isModelEntry(entry)) layer.model = buildGraph(entry, `${where}: layer "${name}"`);
  return layer;
}

function layerList(config: Json, where: string): unknown[] {
  if (!Array.isArray(config.layers)) throw badModel('the model config has no "layers" list', where);
  return config.layers;
}

function buildSequential(config: Json, name: string, where: string): KerasGraph {
  const place = `${where}: model "${name}"`;
  const layers = layerList(config, place).map((entry, i) => parseLayer(entry, i, place));
  if (layers.length === 0) throw badModel('the Sequential model has no layers', place);
  if (layers[0].className !== 'InputLayer') layers.unshift(implicitInput(layers[0], config, place));
  for (let i = 1; i < layers.length; i++) layers[i].inbound = [[{ layer: layers[i - 1].name, nodeIndex: 0, tensorIndex: 0 }]];
  const input: TensorRef = { layer: layers[0].name, nodeIndex: 0, tensorIndex: 0 };
  const output: TensorRef = { layer: layers[layers.length - 1].name, nodeIndex: 0, tensorIndex: 0 };
  return { name, className: 'Sequential', layers, inputs: [input], outputs: [output], ...inputSpecs(layers, [input], place) };
}

/** A Sequential saved without an InputLayer takes its input from the first layer (or build_input_shape). */
function implicitInput(first: KerasLayer, config: Json, where: string): KerasLayer {
  const shape =
    declaredShape(first.config) ??
    first.model?.inputShapes[0] ?? // a nested model as the first layer brings its own input
    (Array.isArray(config.build_input_shape) ? config.build_input_shape : undefined);
  if (!shape) {
    throw new GateError(
      'unsupported',
      `the Sequential model declares no input shape (layer "${first.name}" has no batch_input_shape; the model was saved before it was built)`,
      { where },
      'give the model an input shape (keras.Input(shape=...) as its first layer) and save it again',
    );
  }
  const name = `${first.name}_input`;
  const dtype = first.model?.inputDtypes[0] ?? dtypeName(first.config.dtype);
  return { className: 'InputLayer', name, config: { name, batch_input_shape: shape, dtype }, inbound: [], weights: [] };
}

function buildFunctional(config: Json, className: string, where: string): KerasGraph {
  const name = String(config.name ?? 'model');
  const place = `${where}: model "${name}"`;
  const entries = layerList(config, place);
  const layers = entries.map((entry, i) => {
    const layer = parseLayer(entry, i, place);
    const calls = parseInboundNodes((entry as Json).inbound_nodes, `${place}: layer "${layer.name}"`);
    layer.inbound = calls.inbound;
    if (calls.kwargs.some((kwargs) => Object.keys(kwargs).length > 0)) layer.callKwargs = calls.kwargs;
    if (calls.args.some(hasConstant)) layer.callArgs = calls.args;
    if (!layer.module && isKeras3OpEntry(entry as Json)) layer.module = KERAS3_OP_MODULE;
    return layer;
  });
  const inputs = parseRefList(config.input_layers, `${place}: input_layers`);
  const outputs = parseRefList(config.output_layers, `${place}: output_layers`);
  checkReferences(layers, inputs, outputs, place);
  return { name, className, layers, inputs, outputs, ...inputSpecs(layers, inputs, place) };
}

/** What the reader records as `module` for a Keras 3 op layer whose file dropped the module (legacy .h5). */
export const KERAS3_OP_MODULE = 'keras.src.ops';

/**
 * Keras 3's legacy .h5 writer drops `module`. An op layer (tensor arithmetic such as `x + 3.0`, class "Add")
 * is still told apart from the layer of the same class name: its calls are Keras 3 `{args, kwargs}` nodes and
 * its config holds the op's name and parameters but never the `trainable` and `dtype` every layer records.
 */
function isKeras3OpEntry(entry: Json): boolean {
  const config = isObject(entry.config) ? entry.config : {};
  const calls = Array.isArray(entry.inbound_nodes) ? entry.inbound_nodes : [];
  return calls.length > 0 && calls.every(isObject) && !('trainable' in config) && !('dtype' in config) && !isModelEntry(entry);
}

/** Whether a call's positional arguments hold anything besides tensors (a constant such as 3.0). */
function hasConstant(args: unknown[]): boolean {
  return args.some((arg) => (Array.isArray(arg) ? hasConstant(arg) : !(isObject(arg) && typeof arg.tensorArg === 'number')));
}

function checkReferences(layers: KerasLayer[], inputs: TensorRef[], outputs: TensorRef[], where: string): void {
  const names = new Set(layers.map((layer) => layer.name));
  const check = (ref: TensorRef, place: string) => {
    if (!names.has(ref.layer)) throw badModel(`refers to a layer "${ref.layer}" that the model does not have`, place);
  };
  for (const layer of layers) for (const call of layer.inbound) for (const ref of call) check(ref, `${where}: layer "${layer.name}"`);
  inputs.forEach((ref) => check(ref, `${where}: input_layers`));
  outputs.forEach((ref) => check(ref, `${where}: output_layers`));
  if (inputs.length === 0) throw badModel('the model has no inputs', where);
  if (outputs.length === 0) throw badModel('the model has no outputs', where);
}

/** batch_input_shape (Keras 2) / batch_shape (Keras 3) / input_shape (without the batch dimension). */
export function declaredShape(config: Json): (number | null)[] | undefined {
  if (Array.isArray(config.batch_input_shape)) return config.batch_input_shape as (number | null)[];
  if (Array.isArray(config.batch_shape)) return config.batch_shape as (number | null)[];
  if (Array.isArray(config.input_shape)) return [null, ...(config.input_shape as (number | null)[])];
  return undefined;
}

/** A dtype as a plain string, from "float32" or a Keras 3 DTypePolicy object. */
export function dtypeName(value: unknown): string {
  if (typeof value === 'string') return value.startsWith('mixed_') ? 'float32' : value;
  if (isObject(value) && isObject(value.config) && typeof value.config.name === 'string') return dtypeName(value.config.name);
  return 'float32';
}

function inputSpecs(layers: KerasLayer[], inputs: TensorRef[], where: string): Pick<KerasGraph, 'inputShapes' | 'inputDtypes'> {
  const byName = new Map(layers.map((layer) => [layer.name, layer]));
  const inputShapes = inputs.map((ref) => {
    const layer = byName.get(ref.layer);
    const shape = layer ? declaredShape(layer.config) : undefined;
    if (!shape) throw badModel(`input "${ref.layer}" declares no shape`, where);
    return shape.map((dim) => (typeof dim === 'number' ? dim : null));
  });
  const inputDtypes = inputs.map((ref) => dtypeName(byName.get(ref.layer)?.config.dtype));
  return { inputShapes, inputDtypes };
}
