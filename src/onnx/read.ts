/**
 * ONNX protobuf bytes → OnnxModel, with @bufbuild/protobuf and the code generated from the official
 * onnx.proto (src/onnx/generated, made by scripts/onnx-proto). Errors name the place: the node, the
 * initializer, the input.
 */
import { fromBinary } from '@bufbuild/protobuf';
import { GateError } from '../errors.js';
import { ModelProtoSchema, type AttributeProto, type GraphProto, type ModelProto, type NodeProto, type ValueInfoProto } from './generated/onnx_pb.js';
import { onnxDType, readTensor, type ExternalReader } from './tensor.js';
import type { AttrValue, OnnxConst, OnnxIO, OnnxModel, OnnxNode } from './types.js';

export const MIN_OPSET = 11;
export const MAX_OPSET = 21;

function decode(bytes: Uint8Array): ModelProto {
  try {
    return fromBinary(ModelProtoSchema, bytes);
  } catch (error) {
    throw new GateError('bad-model', `not a readable ONNX protobuf (${(error as Error).message})`, { where: 'ModelProto' }, 'The file is truncated or corrupt; export it again.');
  }
}

function attribute(a: AttributeProto, where: string, external?: ExternalReader): AttrValue {
  const at = `${where}, attribute "${a.name}"`;
  switch (a.type) {
    case 1: return a.f;
    case 2: return Number(a.i);
    case 3: return new TextDecoder().decode(a.s);
    case 4: if (a.t) return readTensor(a.t, at, external); break;
    case 6: return a.floats;
    case 7: return a.ints.map(Number);
    case 8: return a.strings.map((s) => new TextDecoder().decode(s));
    case 5: case 10: throw new GateError('unsupported', 'control flow with subgraphs (If, Loop, Scan) is not supported', { where: at }, 'Export the model without data-dependent control flow.');
  }
  throw new GateError('unsupported', `attribute type ${a.type} is not supported`, { where: at });
}

function node(n: NodeProto, index: number, external?: ExternalReader): OnnxNode {
  const name = n.name || `${n.opType} #${index}`;
  const where = `node "${name}" (${n.opType})`;
  const attrs: Record<string, AttrValue> = {};
  for (const a of n.attribute) attrs[a.name] = attribute(a, where, external);
  return { name, opType: n.opType, domain: n.domain, inputs: [...n.input], outputs: [...n.output], attrs };
}

function valueInfo(v: ValueInfoProto, kind: string): OnnxIO {
  const where = `${kind} "${v.name}"`;
  if (v.type?.value.case !== 'tensorType') throw new GateError('unsupported', 'only tensor inputs and outputs are supported (not sequences, maps or optionals)', { where });
  const tensor = v.type.value.value;
  const dims = (tensor.shape?.dim ?? []).map((d) => (d.value.case === 'dimValue' ? Number(d.value.value) : d.value.case === 'dimParam' ? d.value.value : '?'));
  return { name: v.name, dtype: onnxDType(tensor.elemType, where), dims };
}

function defaultOpset(model: ModelProto): number {
  const entry = model.opsetImport.find((o) => o.domain === '' || o.domain === 'ai.onnx');
  const opset = entry ? Number(entry.version) : 0;
  if (opset < MIN_OPSET || opset > MAX_OPSET) {
    throw new GateError('unsupported', `operator set ${opset || '(none)'} is not supported (opsets ${MIN_OPSET} to ${MAX_OPSET} are)`, { where: 'opset_import' },
      `Export with opset_version between ${MIN_OPSET} and ${MAX_OPSET}.`);
  }
  return opset;
}

function graphOf(model: ModelProto): GraphProto {
  if (!model.graph || model.graph.node.length === 0) throw new GateError('bad-model', 'the model has no graph (no nodes)', { where: 'ModelProto.graph' }, 'Export the model again.');
  return model.graph;
}

export interface ReadOnnxOptions {
  /** Reads external data files beside the model (confined to its folder by the caller). */
  external?: ExternalReader;
}

/** Decode, check the opset, and gather nodes, initializers and the graph's real inputs (initializers excluded). */
export function readOnnxBytes(bytes: Uint8Array, options: ReadOnnxOptions = {}): OnnxModel {
  const model = decode(bytes);
  const opset = defaultOpset(model);
  const graph = graphOf(model);
  const initializers = new Map<string, OnnxConst>();
  for (const t of graph.initializer) initializers.set(t.name, readTensor(t, `initializer "${t.name}"`, options.external));
  if (graph.sparseInitializer.length > 0) throw new GateError('unsupported', 'sparse initializers are not supported', { where: 'graph.sparse_initializer' });
  return {
    irVersion: Number(model.irVersion),
    opset,
    producer: [model.producerName, model.producerVersion].filter(Boolean).join(' '),
    inputs: graph.input.filter((i) => !initializers.has(i.name)).map((i) => valueInfo(i, 'input')),
    outputs: graph.output.map((o) => valueInfo(o, 'output')),
    initializers,
    nodes: graph.node.map((n, i) => node(n, i, options.external)),
  };
}

/** The external data files a model names (initializers and Constant tensors), each once, in order; [] when it names none. */
export function externalLocations(bytes: Uint8Array): string[] {
  const graph = decode(bytes).graph;
  const tensors = [...(graph?.initializer ?? []), ...(graph?.node ?? []).flatMap((n) => n.attribute.flatMap((a) => (a.t ? [a.t] : [])))];
  const locations = tensors.flatMap((t) => t.externalData.filter((e) => e.key === 'location').map((e) => e.value));
  return [...new Set(locations)];
}
