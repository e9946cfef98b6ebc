/**
 * .tflite bytes → Graph (plus the model-level facts `inspect` shows). Every read is bounds-checked: a
 * truncated, corrupt or foreign file is a GateError('bad-model') naming the file and byte offset; a valid
 * model using features the Graph IR cannot hold (string tensors) is 'unsupported'. Subgraphs after the main
 * one (WHILE conditions and bodies) are read into graph.subgraphs.
 */
import type { DType, Graph, Op, SignatureIO, Subgraph, Tensor, TensorData } from '../graph/ir.js';
import { GateError } from '../errors.js';
import { BUILTIN_NAME, BUILTIN_OPTIONS_UNION, CODE_DTYPE, DTYPE_BYTES } from './schema/enums.js';
import { OPS } from './ops.js';
import { readOptions } from './options-codec.js';
import { FlatReader, type Table } from './flat-reader.js';
import { MIN_RUNTIME_VERSION } from './metadata.js';

export interface TfliteModelInfo {
  schemaVersion: number;
  description: string;
  /** Per op of graph.ops: the operator version recorded in the file. */
  opVersions: number[];
  /** Per op of each graph.subgraphs entry: its operator version (empty with `mainSubgraphOnly`). */
  subgraphOpVersions: number[][];
  /** Metadata entries by name (raw bytes). */
  metadata: Record<string, Uint8Array>;
  minRuntimeVersion?: string;
  signatureKeys: string[];
  fileSize: number;
  /** Number of subgraphs in the file. */
  subgraphCount: number;
}

export interface ReadOptions {
  /** Read subgraph 0 only, leaving graph.subgraphs out (the other subgraphs are not checked either). */
  mainSubgraphOnly?: boolean;
}

export interface TfliteModel {
  graph: Graph;
  info: TfliteModelInfo;
}

interface OpcodeInfo { type: string; version: number }

function readOpcodes(model: Table): OpcodeInfo[] {
  return model.tables(1, 'operator_codes').map((t) => {
    const code = Math.max(t.byte(0), t.int(3));
    const custom = t.string(1, 'custom_code');
    const type = code === 32 && custom ? `CUSTOM:${custom}` : (BUILTIN_NAME[code] ?? `BUILTIN_${code}`);
    return { type, version: t.int(2, 1) };
  });
}

function bufferBytes(r: FlatReader, buffers: Table[], index: number, tensor: string): Uint8Array | undefined {
  const buf = buffers[index];
  if (!buf) return undefined;
  const inline = buf.bytes(0, 'data');
  if (inline && inline.data.length > 0) return inline.data;
  const offset = buf.long(1);
  const size = buf.long(2);
  if (offset > 1 && size > 0) {
    r.check(offset, size, `data of tensor ${tensor}`);
    return r.bytes.subarray(offset, offset + size);
  }
  return undefined;
}

function typedData(dtype: DType, bytes: Uint8Array): TensorData {
  const copy = Uint8Array.prototype.slice.call(bytes); // a copy, also of a Node Buffer (whose slice() is a view)
  const buf = copy.buffer;
  switch (dtype) {
    case 'float32': return new Float32Array(buf);
    case 'float16': return new Uint16Array(buf);
    case 'int32': return new Int32Array(buf);
    case 'int64': return new BigInt64Array(buf);
    case 'int8': return new Int8Array(buf);
    default: return copy;
  }
}

function readTensor(r: FlatReader, t: Table, id: number, buffers: Table[]): Tensor {
  const name = t.string(3, 'name') ?? `tensor_${id}`;
  const typeCode = t.byte(1);
  const dtype = CODE_DTYPE[typeCode];
  if (!dtype) throw new GateError('unsupported', `tensor "${name}" has TFLite type ${typeCode}, which tflite-gate does not handle`, { file: r.fileName, where: `tensor ${id}` });
  const shape = t.ints(0, 'shape');
  const tensor: Tensor = { id, name, shape, dtype };
  const signature = t.ints(7, 'shape_signature');
  if (signature.some((d) => d < 0)) tensor.shapeSignature = signature;
  const bytes = bufferBytes(r, buffers, t.uint(2), name);
  if (bytes) {
    const count = shape.reduce((a, b) => a * b, 1);
    if (bytes.length !== count * DTYPE_BYTES[dtype]) {
      r.fail(t.pos, `tensor "${name}" [${shape}] ${dtype} has ${bytes.length} bytes of data, expected ${count * DTYPE_BYTES[dtype]}`);
    }
    tensor.data = typedData(dtype, bytes);
  }
  const q = t.table(4, 'quantization');
  const scale = q ? q.floats(2, 'scale') : [];
  if (q && scale.length > 0) {
    tensor.quantization = { scale, zeroPoint: q.longs(3, 'zero_point'), quantizedDimension: q.int(6) };
  }
  return tensor;
}

function readOperator(r: FlatReader, t: Table, index: number, opcodes: OpcodeInfo[], tensorCount: number): Op {
  const code = opcodes[t.uint(0)];
  if (!code) r.fail(t.pos, `operator ${index} uses opcode ${t.uint(0)} of ${opcodes.length}`);
  const inputs = t.ints(1, 'inputs');
  const outputs = t.ints(2, 'outputs');
  for (const id of [...inputs, ...outputs]) {
    if (id < -1 || id >= tensorCount) r.fail(t.pos, `operator ${index} (${code.type}) refers to tensor ${id} of ${tensorCount}`);
  }
  const op: Op = { type: code.type, inputs, outputs };
  const unionType = t.ubyte(3);
  const table = BUILTIN_OPTIONS_UNION[unionType - 1];
  const optionsTable = unionType ? t.table(4, 'builtin_options') : undefined;
  const expected = OPS[code.type]?.options;
  if (optionsTable && table && table === expected) {
    const options = readOptions(table, optionsTable);
    if (options) op.options = options;
  }
  return op;
}

/** Subgraph inputs/outputs in subgraph order, named by the signature's entry for the same tensor. */
function signatureIO(sig: Table | undefined, id: number, order: number[], tensors: Tensor[]): SignatureIO[] {
  const names = new Map<number, string>();
  for (const m of sig?.tables(id, id === 0 ? 'inputs' : 'outputs') ?? []) {
    const name = m.string(0, 'name');
    if (name !== undefined) names.set(m.uint(1), name);
  }
  return order.map((tensor) => ({ name: names.get(tensor) ?? tensors[tensor]?.name ?? `tensor_${tensor}`, tensor }));
}

function readMetadata(model: Table, buffers: Table[]): Record<string, Uint8Array> {
  const metadata: Record<string, Uint8Array> = {};
  for (const m of model.tables(6, 'metadata')) {
    const data = buffers[m.uint(1)]?.bytes(0, 'data');
    metadata[m.string(0, 'name') ?? ''] = data?.data.slice() ?? new Uint8Array(0);
  }
  return metadata;
}

function readSubgraph(r: FlatReader, sg: Table, opcodes: OpcodeInfo[], buffers: Table[]): Subgraph & { opTables: Table[] } {
  const tensors = sg.tables(0, 'tensors').map((t, i) => readTensor(r, t, i, buffers));
  const opTables = sg.tables(3, 'operators');
  const ops = opTables.map((t, i) => readOperator(r, t, i, opcodes, tensors.length));
  const inputs = sg.ints(1, 'inputs');
  const outputs = sg.ints(2, 'outputs');
  for (const id of [...inputs, ...outputs]) {
    if (id < 0 || id >= tensors.length) r.fail(sg.pos, `subgraph input/output tensor ${id} of ${tensors.length}`);
  }
  return { name: sg.string(4, 'name') ?? '', tensors, ops, inputs, outputs, opTables };
}

/** Reads a .tflite file into the Graph IR and the model facts around it. */
export function readTfliteModel(bytes: Uint8Array, fileName?: string, options: ReadOptions = {}): TfliteModel {
  const r = new FlatReader(bytes, fileName);
  if (bytes.length < 8) r.fail(0, `only ${bytes.length} bytes`);
  const model = r.root('TFL3');
  const opcodes = readOpcodes(model);
  const subgraphTables = model.tables(2, 'subgraphs');
  if (subgraphTables.length === 0) r.fail(model.pos, 'the model has no subgraph');
  const buffers = model.tables(4, 'buffers');
  const { tensors, ops, inputs, outputs, opTables } = readSubgraph(r, subgraphTables[0]!, opcodes, buffers);
  const versions = (tables: Table[]) => tables.map((t) => opcodes[t.uint(0)]?.version ?? 1);
  const subgraphOpVersions: number[][] = [];
  const subgraphs = options.mainSubgraphOnly ? [] : subgraphTables.slice(1).map((sg) => {
    const { opTables: tables, ...subgraph } = readSubgraph(r, sg, opcodes, buffers);
    subgraphOpVersions.push(versions(tables));
    return subgraph;
  });
  const sigs = model.tables(7, 'signature_defs');
  const sig = sigs.find((s) => s.string(2, 'signature_key') === 'serving_default') ?? sigs[0];
  const metadata = readMetadata(model, buffers);
  const runtime = metadata[MIN_RUNTIME_VERSION];
  const description = model.string(3, 'description') ?? '';
  const graph: Graph = {
    tensors,
    ops,
    inputs: signatureIO(sig, 0, inputs, tensors),
    outputs: signatureIO(sig, 1, outputs, tensors),
    description,
    ...(subgraphs.length ? { subgraphs } : {}),
  };
  const info: TfliteModelInfo = {
    schemaVersion: model.uint(0),
    description,
    opVersions: versions(opTables),
    subgraphOpVersions,
    metadata,
    ...(runtime ? { minRuntimeVersion: new TextDecoder().decode(runtime).replace(/\0+$/, '') } : {}),
    signatureKeys: sigs.map((s) => s.string(2, 'signature_key') ?? ''),
    fileSize: bytes.length,
    subgraphCount: subgraphTables.length,
  };
  return { graph, info };
}

/** Reads a .tflite file into the Graph IR. */
export function readTflite(bytes: Uint8Array, fileName?: string): Graph {
  return readTfliteModel(bytes, fileName).graph;
}
