/** Small ONNX models built in the tests with the generated protobuf schema (for error cases). */
import { create, toBinary, type MessageInitShape } from '@bufbuild/protobuf';
import { ModelProtoSchema, type NodeProtoSchema, type TensorProtoSchema } from '../../src/onnx/generated/onnx_pb.js';

type TensorInit = MessageInitShape<typeof TensorProtoSchema>;
type NodeInit = MessageInitShape<typeof NodeProtoSchema>;

export type AttrSpec = ['i', number] | ['f', number] | ['ints', number[]] | ['floats', number[]] | ['s', string];
export interface NodeSpec { op: string; inputs: string[]; outputs: string[]; name?: string; domain?: string; attrs?: Record<string, AttrSpec> }

function attribute(name: string, [kind, v]: AttrSpec) {
  if (kind === 'i') return { name, type: 2, i: BigInt(v) };
  if (kind === 'f') return { name, type: 1, f: v };
  if (kind === 'ints') return { name, type: 7, ints: v.map(BigInt) };
  if (kind === 'floats') return { name, type: 6, floats: v };
  return { name, type: 3, s: new TextEncoder().encode(v) };
}

export function intTensor(name: string, values: number[], dims = [values.length]): TensorInit {
  return { name, dims: dims.map(BigInt), dataType: 7, int64Data: values.map(BigInt) };
}

export function floatTensor(name: string, dims: number[], values: number[], external?: { location: string; offset?: number; length?: number }): TensorInit {
  const base = { name, dims: dims.map(BigInt), dataType: 1 };
  if (!external) return { ...base, rawData: new Uint8Array(Float32Array.from(values).buffer) };
  const entries = [{ key: 'location', value: external.location }, { key: 'offset', value: String(external.offset ?? 0) }, { key: 'length', value: String(external.length ?? values.length * 4) }];
  return { ...base, dataLocation: 1, externalData: entries };
}

/** input "x" float [1, 4] → nodes → output "y"; initializers as given. */
export function buildModel(nodes: NodeSpec[], options: { opset?: number; initializers?: TensorInit[]; inputDims?: (number | string)[] } = {}): Uint8Array {
  const dims = (options.inputDims ?? [1, 4]).map((d) => ({ value: typeof d === 'number' ? { case: 'dimValue' as const, value: BigInt(d) } : { case: 'dimParam' as const, value: d } }));
  const tensorType = (shape: typeof dims) => ({ value: { case: 'tensorType' as const, value: { elemType: 1, shape: { dim: shape } } } });
  const model = create(ModelProtoSchema, {
    irVersion: 8n,
    producerName: 'tflite-gate tests',
    opsetImport: [{ domain: '', version: BigInt(options.opset ?? 17) }],
    graph: {
      name: 'g',
      node: nodes.map((n, i): NodeInit => ({ opType: n.op, input: n.inputs, output: n.outputs, name: n.name ?? `n${i}`, domain: n.domain ?? '', attribute: Object.entries(n.attrs ?? {}).map(([k, a]) => attribute(k, a)) })),
      initializer: options.initializers ?? [],
      input: [{ name: 'x', type: tensorType(dims) }],
      output: [{ name: 'y', type: { value: { case: 'tensorType' as const, value: { elemType: 1 } } } }],
    },
  });
  return toBinary(ModelProtoSchema, model);
}
