/**
 * Graph → .tflite bytes, laid out like the TFLite converter (TF 2.21) lays out its files: schema version 3,
 * buffer 0 empty, one buffer per tensor (empty for activations; identical constant data shared), weights
 * 16-byte aligned (see bufferAlignment), operator codes in order of first use with deprecated_builtin_code = min(code, 127),
 * an empty quantization table and has_rank on every tensor, shape_signature only for dynamic shapes, the
 * subgraph "main" (then the graph's WHILE conditions and bodies, if any), a `serving_default` SignatureDef, and the converter's metadata entries. Build order and
 * field order follow the converter's C++ builder, so sizes match it to within a few bytes per tensor.
 * Deterministic: the same Graph gives the same bytes.
 */
import { Builder } from 'flatbuffers';
import type { Graph, Op, Subgraph, Tensor } from '../graph/ir.js';
import { DTYPE_BYTES, DTYPE_CODE } from './schema/enums.js';
import { optionsUnionType } from './schema/enums.js';
import { OPS } from './ops.js';
import { opVersion } from './ops.js';
import { hasNonDefaultOptions, writeOptions } from './options-codec.js';
import { alignedBytes, float32Vector, int32Vector, int64Vector, offsetVector, writeTable } from './flat-writer.js';
import { planOpcodes, type Opcode } from './opcodes.js';
import { tensorBytes, planBuffers } from './buffers.js';
import {
  CONVERSION_METADATA, MIN_RUNTIME_VERSION, REDUCED_PRECISION, conversionMetadataBytes, fnv1a64,
  reducedPrecisionBytes, runtimeVersionBytes,
} from './metadata.js';
import { minRuntimeVersion } from './runtime-version.js';
import { allSubgraphs, checkGraph } from './check-graph.js';

export const SCHEMA_VERSION = 3;
export const SIGNATURE_KEY = 'serving_default';
export { SUBGRAPH_NAME } from './check-graph.js';

function writeOperatorCode(b: Builder, code: Opcode): number {
  return writeTable(b, [
    { id: 0, kind: 'byte', value: Math.min(code.code, 127) },
    { id: 2, kind: 'int', value: code.version, def: 1 },
    { id: 3, kind: 'int', value: code.code },
  ]);
}

function writeQuantization(b: Builder, t: Tensor): number {
  const q = t.quantization;
  if (!q) return writeTable(b, []);
  const scale = float32Vector(b, q.scale);
  const zeroPoint = int64Vector(b, q.zeroPoint);
  return writeTable(b, [
    { id: 2, kind: 'offset', value: scale },
    { id: 3, kind: 'offset', value: zeroPoint },
    { id: 6, kind: 'int', value: q.quantizedDimension ?? 0 },
  ]);
}

/**
 * State tensors (e.g. the output and cell state of UNIDIRECTIONAL_SEQUENCE_LSTM): read by an op, written by
 * none, not a model input and not constant. TFLite needs them marked is_variable; the converter gives them
 * buffer 0.
 */
function variableTensors(sg: Subgraph): Set<number> {
  const produced = new Set(sg.ops.flatMap((op) => op.outputs));
  const inputs = new Set(sg.inputs);
  const read = sg.ops.flatMap((op) => op.inputs).filter((id) => id >= 0);
  return new Set(read.filter((id) => !produced.has(id) && !inputs.has(id) && !sg.tensors[id]?.data));
}

function writeTensor(b: Builder, t: Tensor, buffer: number, variable: boolean): number {
  const shape = int32Vector(b, t.shape);
  const name = b.createString(t.name);
  const quantization = writeQuantization(b, t);
  const signature = t.shapeSignature && t.shapeSignature.some((d) => d < 0) ? int32Vector(b, t.shapeSignature) : 0;
  return writeTable(b, [
    { id: 0, kind: 'offset', value: shape },
    { id: 1, kind: 'byte', value: DTYPE_CODE[t.dtype] },
    { id: 2, kind: 'uint', value: variable ? 0 : buffer },
    { id: 3, kind: 'offset', value: name },
    { id: 4, kind: 'offset', value: quantization },
    { id: 5, kind: 'bool', value: variable },
    { id: 7, kind: 'offset', value: signature },
    { id: 8, kind: 'bool', value: true },
  ]);
}

function writeOperator(b: Builder, op: Op, opcodeIndex: number): number {
  const spec = OPS[op.type];
  const inputs = int32Vector(b, op.inputs);
  const outputs = int32Vector(b, op.outputs);
  const table = spec?.options;
  const withOptions = table !== undefined && (!spec?.omitDefaultOptions || hasNonDefaultOptions(op, table));
  const options = withOptions ? writeOptions(b, op, table) : 0;
  return writeTable(b, [
    { id: 0, kind: 'uint', value: opcodeIndex },
    { id: 1, kind: 'offset', value: inputs },
    { id: 2, kind: 'offset', value: outputs },
    { id: 3, kind: 'byte', value: withOptions ? optionsUnionType(table) : 0 },
    { id: 4, kind: 'offset', value: options },
  ]);
}

function writeSubgraph(b: Builder, sg: Subgraph, opcodeIndex: number[], tensorBuffer: number[]): number {
  const variables = variableTensors(sg);
  const tensors = sg.tensors.map((t, i) => writeTensor(b, t, tensorBuffer[i] ?? 0, variables.has(i)));
  const operators = sg.ops.map((op, i) => writeOperator(b, op, opcodeIndex[i] ?? 0));
  const tensorVec = offsetVector(b, tensors);
  const inputs = int32Vector(b, sg.inputs);
  const outputs = int32Vector(b, sg.outputs);
  const opVec = offsetVector(b, operators);
  const name = b.createString(sg.name);
  return writeTable(b, [
    { id: 0, kind: 'offset', value: tensorVec },
    { id: 1, kind: 'offset', value: inputs },
    { id: 2, kind: 'offset', value: outputs },
    { id: 3, kind: 'offset', value: opVec },
    { id: 4, kind: 'offset', value: name },
  ]);
}

/**
 * Alignment of constant data. schema.fbs asks for 16 (`force_align: 16`), but TF 2.21's converter only
 * 4-aligns (measured on its files). We 16-align buffers of 64 bytes and more (weights: what SIMD kernels and
 * mmap care about) and give small ones (shapes, axes, scalars) their natural alignment, at least 4 and 8
 * for int64: sizes stay within about 1% of the converter's even for 4 KB models.
 */
export const WEIGHT_ALIGNMENT = 16;
export const SMALL_BUFFER_BYTES = 64;

function bufferAlignment(bytes: Uint8Array, elementBytes: number): number {
  return bytes.length >= SMALL_BUFFER_BYTES ? WEIGHT_ALIGNMENT : Math.max(4, elementBytes);
}

function writeBuffers(b: Builder, contents: (Uint8Array | undefined)[], elementBytes: number[]): number {
  const tables = contents.map((bytes, i) => {
    if (!bytes) return writeTable(b, []);
    const data = alignedBytes(b, bytes, bufferAlignment(bytes, elementBytes[i] ?? 1));
    return writeTable(b, [{ id: 0, kind: 'offset', value: data }]);
  });
  return offsetVector(b, tables);
}

/** The serving_default signature; entries sorted by name, as the converter (a std::map) writes them. */
function writeSignature(b: Builder, graph: Graph): number {
  const map = (ios: Graph['inputs']) =>
    offsetVector(b, [...ios].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0)).map((io) => {
      const name = b.createString(io.name);
      return writeTable(b, [{ id: 0, kind: 'offset', value: name }, { id: 1, kind: 'uint', value: io.tensor }]);
    }));
  const inputs = map(graph.inputs);
  const outputs = map(graph.outputs);
  const key = b.createString(SIGNATURE_KEY);
  const def = writeTable(b, [
    { id: 0, kind: 'offset', value: inputs },
    { id: 1, kind: 'offset', value: outputs },
    { id: 2, kind: 'offset', value: key },
  ]);
  return offsetVector(b, [def]);
}

function modelHash(graph: Graph): bigint {
  return fnv1a64(allSubgraphs(graph).flatMap((sg, k) => [
    ...(k > 0 ? [`subgraph ${sg.name};`] : []),
    ...sg.tensors.map((t) => `${t.name}|${t.dtype}|${t.shape.join(',')}|${t.data?.length ?? -1};`),
    ...sg.ops.map((op) => `${op.type}(${op.inputs})->(${op.outputs});`),
  ]));
}

/** The converter's metadata entries, in its order: min_runtime_version, [reduced_precision_support], CONVERSION_METADATA. */
function metadataEntries(graph: Graph, codes: Opcode[]): [string, Uint8Array][] {
  const float16 = allSubgraphs(graph).some((sg) => sg.tensors.some((t) => t.dtype === 'float16' && t.data));
  const runtime = minRuntimeVersion(codes.map((c) => ({ type: c.type, version: c.version })));
  return [
    [MIN_RUNTIME_VERSION, runtimeVersionBytes(runtime)],
    ...(float16 ? [[REDUCED_PRECISION, reducedPrecisionBytes()] as [string, Uint8Array]] : []),
    [CONVERSION_METADATA, conversionMetadataBytes(modelHash(graph), float16)],
  ];
}

function writeMetadata(b: Builder, names: string[], firstBuffer: number): number {
  return offsetVector(b, names.map((name, i) => {
    const nameOffset = b.createString(name);
    return writeTable(b, [{ id: 0, kind: 'offset', value: nameOffset }, { id: 1, kind: 'uint', value: firstBuffer + i }]);
  }));
}

/** Serializes a Graph to a .tflite flatbuffer, building parts in the converter's order. */
export function writeTflite(graph: Graph): Uint8Array {
  checkGraph(graph);
  const subgraphs = allSubgraphs(graph);
  const ops = subgraphs.flatMap((sg) => sg.ops);
  const versions = subgraphs.flatMap((sg) => sg.ops.map((op) => opVersion(op, { ...graph, tensors: sg.tensors, ops: sg.ops })));
  const { codes, indexOfOp } = planOpcodes(ops, versions);
  const tensors = subgraphs.flatMap((sg) => sg.tensors);
  const { tensorBuffer, contents } = planBuffers(tensors);
  const meta = metadataEntries(graph, codes);
  const elementBytes: number[] = [];
  tensors.forEach((t, i) => { elementBytes[tensorBuffer[i] ?? 0] ??= DTYPE_BYTES[t.dtype]; });

  const dataBytes = tensors.reduce((s, t) => s + (t.data ? tensorBytes(t).length + 16 : 0), 0);
  const b = new Builder(dataBytes + 1024 + tensors.length * 256);
  const opcodeTables = codes.map((c) => writeOperatorCode(b, c));
  let opAt = 0;
  let tensorAt = 0;
  const subgraphTables = subgraphs.map((sg) => {
    const table = writeSubgraph(b, sg, indexOfOp.slice(opAt, opAt + sg.ops.length), tensorBuffer.slice(tensorAt, tensorAt + sg.tensors.length));
    opAt += sg.ops.length;
    tensorAt += sg.tensors.length;
    return table;
  });
  const description = b.createString(graph.description);
  const buffers = writeBuffers(b, [...contents, ...meta.map(([, bytes]) => bytes)], elementBytes);
  const metadata = writeMetadata(b, meta.map(([name]) => name), contents.length);
  const signatures = writeSignature(b, graph);
  const opcodes = offsetVector(b, opcodeTables);
  const subgraphVec = offsetVector(b, subgraphTables);
  const model = writeTable(b, [
    { id: 0, kind: 'uint', value: SCHEMA_VERSION },
    { id: 1, kind: 'offset', value: opcodes },
    { id: 2, kind: 'offset', value: subgraphVec },
    { id: 3, kind: 'offset', value: description },
    { id: 4, kind: 'offset', value: buffers },
    { id: 6, kind: 'offset', value: metadata },
    { id: 7, kind: 'offset', value: signatures },
  ]);
  b.finish(model, 'TFL3');
  // A view of the builder's buffer, not a copy (14 MB for MobileNetV2): the builder was sized for the data,
  // so the view starts at most a few hundred kB into it.
  return b.asUint8Array();
}
