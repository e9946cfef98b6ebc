import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  findSameBytes
} from "./chunk-NF5IC4FN.js";
import {
  CONVERSION_METADATA,
  DTYPE_BYTES,
  DTYPE_CODE,
  MIN_RUNTIME_VERSION,
  OPS,
  REDUCED_PRECISION,
  alignedBytes,
  conversionMetadataBytes,
  float32Vector,
  fnv1a64,
  hasNonDefaultOptions,
  int32Vector,
  int64Vector,
  offsetVector,
  opVersion,
  optionsUnionType,
  reducedPrecisionBytes,
  require_flatbuffers,
  runtimeVersionBytes,
  writeOptions,
  writeTable
} from "./chunk-G3D2S6V7.js";
import {
  toHalfBits
} from "./chunk-LHSQ66CC.js";
import {
  GateError,
  quoted
} from "./chunk-JM7JNUOI.js";
import {
  __toESM
} from "./chunk-7AIIOF2D.js";

// src/tflite/probe.ts
function isTflite(bytes) {
  return bytes.length >= 8 && bytes[4] === 84 && bytes[5] === 70 && bytes[6] === 76 && bytes[7] === 51;
}

// src/tflite/writer.ts
var import_flatbuffers = __toESM(require_flatbuffers(), 1);

// src/tflite/opcodes.ts
function planOpcodes(ops, versions) {
  const codes = [];
  const index = /* @__PURE__ */ new Map();
  const indexOfOp = ops.map((op, i2) => {
    const version = versions[i2] ?? 1;
    let at = index.get(op.type);
    if (at === void 0) {
      at = codes.length;
      index.set(op.type, at);
      codes.push({ type: op.type, code: OPS[op.type]?.code ?? -1, version });
    }
    const code = codes[at];
    code.version = Math.max(code.version, version);
    return at;
  });
  return { codes, indexOfOp };
}

// src/tflite/buffers.ts
function tensorBytes(t) {
  const d = t.data;
  if (!d) return new Uint8Array(0);
  return new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
}
function planBuffers(tensors) {
  const contents = [void 0];
  const byLength = /* @__PURE__ */ new Map();
  const tensorBuffer = tensors.map((t) => {
    const own = contents.length;
    contents.push(void 0);
    if (!t.data) return own;
    const bytes = tensorBytes(t);
    const candidates = byLength.get(bytes.length);
    const entry = { buffer: own, bytes };
    const shared = findSameBytes(candidates, entry);
    if (shared) return shared.buffer;
    contents[own] = bytes;
    if (candidates) candidates.push(entry);
    else byLength.set(bytes.length, [entry]);
    return own;
  });
  return { tensorBuffer, contents };
}

// src/tflite/runtime-version.ts
var TABLE = {
  // op: [v1, v2, v3, ...]
  ADD: ["1.5.0", "1.14.0", "2.4.0", "2.6.0", "2.13.0"],
  SUB: ["1.6.0", "1.14.0", "2.3.0", "2.4.0", "2.4.0"],
  MUL: ["1.5.0", "1.14.0", "1.15.0", "2.3.0", "2.6.0", "2.11.0", "2.13.0"],
  DIV: ["1.6.0", "2.3.0"],
  AVERAGE_POOL_2D: ["1.5.0", "1.14.0", "2.3.0"],
  MAX_POOL_2D: ["1.5.0", "1.14.0", "2.3.0"],
  CONCATENATION: ["1.5.0", "1.14.0", "2.3.0", "2.14.0"],
  CONV_2D: ["1.5.0", "1.14.0", "1.14.0", "2.3.0", "2.4.0", "2.9.0", "2.11.0", "2.15.0"],
  DEPTHWISE_CONV_2D: ["1.5.0", "1.12.0", "1.14.0", "2.2.0", "2.3.0", "2.3.0", "2.11.0"],
  TRANSPOSE_CONV: ["1.9.0", "2.2.0", "2.3.0", "2.13.0", "2.15.0"],
  FULLY_CONNECTED: ["1.5.0", "1.10.0", "1.14.0", "1.14.0", "2.0.0", "2.1.0", "2.3.0", "2.3.0", "2.3.0", "2.11.0", "2.15.0"],
  RESHAPE: ["1.5.0"],
  SOFTMAX: ["1.5.0", "1.14.0", "2.3.0"],
  LOGISTIC: ["1.14.0", "1.14.0", "2.3.0"],
  TANH: ["1.14.0", "1.14.0", "2.3.0"],
  RELU: ["1.5.0", "2.1.0", "2.5.0"],
  RELU6: ["1.5.0", "1.14.0", "2.5.0"],
  RELU_N1_TO_1: ["1.5.0"],
  LEAKY_RELU: ["1.13.1", "2.3.0"],
  PRELU: ["1.8.0"],
  ELU: ["1.14.0"],
  HARD_SWISH: ["1.15.0"],
  GELU: ["2.9.0", "2.9.0"],
  MEAN: ["1.6.0", "1.14.0", "2.4.0"],
  SUM: ["1.10.0", "1.15.0"],
  REDUCE_MAX: ["1.11.0", "1.14.0", "2.5.0"],
  PAD: ["1.5.0", "1.14.0", "2.4.0", "2.6.0"],
  PADV2: ["1.9.0", "1.14.0", "2.4.0", "2.6.0"],
  MIRROR_PAD: ["1.13.1", "2.3.0", "2.12.0"],
  TRANSPOSE: ["1.6.0", "1.14.0", "1.15.0", "2.3.0", "2.4.0", "2.12.0"],
  STRIDED_SLICE: ["1.6.0", "1.14.0", "2.1.0", "2.2.0", "2.5.0", "2.6.0", "2.14.0", "2.14.0"],
  SLICE: ["1.14.0", "1.14.0", "1.14.0", "2.4.0", "2.5.0", "2.14.0"],
  RESIZE_NEAREST_NEIGHBOR: ["1.13.1", "1.14.0", "2.3.0", "2.4.0"],
  RESIZE_BILINEAR: ["1.7.0", "1.14.0", "2.2.0", "2.5.0"],
  MAXIMUM: ["1.14.0", "1.14.0", "2.3.0", "2.3.0"],
  MINIMUM: ["1.14.0", "1.14.0", "2.3.0", "2.3.0"],
  SQUARED_DIFFERENCE: ["1.13.1", "2.5.0"],
  RSQRT: ["1.10.0", "2.5.0", "2.15.0"],
  SQRT: ["1.10.0"],
  EXP: ["1.7.0", "2.12.0"],
  LOG: ["1.14.0", "2.15.0"],
  ABS: ["1.13.0", "2.4.0", "2.5.0", "2.6.0", "2.12.0"],
  NEG: ["1.9.0"],
  POW: ["1.10.0"],
  SQUARE: ["1.12.0"],
  DEQUANTIZE: ["1.13.1", "1.14.0", "1.15.0", "2.2.0", "2.7.0", "2.18.0"],
  QUANTIZE: ["1.14.0", "1.15.0", "2.7.0"],
  GATHER: ["1.6.0", "1.14.0", "1.15.0", "2.4.0", "2.5.0", "2.13.0", "2.15.0"],
  SQUEEZE: ["1.6.0", "2.5.0"],
  EXPAND_DIMS: ["1.10.0"],
  BATCH_MATMUL: ["2.3.0", "2.3.0", "2.4.0", "2.5.0"],
  UNIDIRECTIONAL_SEQUENCE_LSTM: ["1.13.1", "1.14.0", "2.3.0", "2.12.0"],
  BIDIRECTIONAL_SEQUENCE_LSTM: ["1.14.0", "1.14.0", "1.14.0"],
  UNIDIRECTIONAL_SEQUENCE_RNN: ["1.14.0", "1.14.0", "2.3.0"],
  SPLIT: ["1.5.0", "1.14.0", "1.14.0", "2.3.0"],
  SPLIT_V: ["1.13.1", "2.3.0"],
  PACK: ["1.11.0", "1.14.0", "2.3.0", "2.13.0"],
  UNPACK: ["1.11.0", "1.14.0", "2.2.0", "2.3.0"],
  CAST: ["1.5.0", "2.7.0", "2.8.0", "2.9.0", "2.12.0", "2.15.0"],
  SHAPE: ["1.10.0"],
  FILL: ["1.13.0", "2.3.0", "2.5.0", "2.12.0"],
  TILE: ["1.10.1", "2.2.0", "2.8.0"],
  REVERSE_V2: ["1.14.0", "2.2.0", "2.5.0"],
  SELECT_V2: ["2.2.0", "2.12.0"],
  SELECT: ["1.14.0", "1.14.0", "2.12.0", "2.12.0"],
  ARG_MAX: ["1.9.0", "1.14.0", "2.9.0"],
  ARG_MIN: ["1.9.0", "1.14.0", "2.9.0"],
  GREATER: ["1.14.0", "1.14.0"],
  GREATER_EQUAL: ["1.14.0", "1.14.0", "2.13.0"],
  LESS: ["1.14.0", "1.14.0", "2.13.0"],
  WHILE: ["1.15.0"],
  DYNAMIC_UPDATE_SLICE: ["2.9.0"],
  LESS_EQUAL: ["1.14.0", "1.14.0"],
  EQUAL: ["1.14.0", "1.14.0", "2.3.0", "2.13.0"],
  NOT_EQUAL: ["1.14.0", "1.14.0", "2.3.0"],
  LOGICAL_AND: ["1.11.0"],
  LOGICAL_OR: ["1.11.0"],
  LOGICAL_NOT: ["1.11.0"],
  FLOOR: ["1.9.0"],
  CEIL: ["1.14.0"],
  ROUND: ["1.14.0"],
  SIN: ["1.9.0"],
  COS: ["1.14.0"],
  SIGN: ["2.11.0", "2.12.0"],
  RELU_0_TO_1: ["2.10.0"],
  REDUCE_MIN: ["1.11.0", "1.14.0", "2.5.0"],
  REDUCE_PROD: ["1.11.0", "2.6.0"],
  LOG_SOFTMAX: ["1.14.0", "1.14.0"],
  L2_NORMALIZATION: ["1.5.0", "1.14.0"],
  SPACE_TO_DEPTH: ["1.5.0", "1.14.0"],
  DEPTH_TO_SPACE: ["2.1.0", "2.5.0"],
  SPACE_TO_BATCH_ND: ["1.6.0", "1.14.0", "2.3.0", "2.12.0"],
  BATCH_TO_SPACE_ND: ["1.6.0", "1.14.0", "2.3.0", "2.12.0"],
  CUMSUM: ["2.4.0"],
  GATHER_ND: ["1.14.0", "2.3.0", "2.5.0", "2.13.0", "2.16.0"],
  ADD_N: ["1.14.0"],
  FLOOR_MOD: ["1.13.0", "2.13.0"],
  FLOOR_DIV: ["1.14.0", "1.14.0", "2.13.0"],
  RANGE: ["1.13.0", "2.14.0"],
  ZEROS_LIKE: ["1.12.0"],
  WHERE: ["1.14.0", "2.8.0"],
  ONE_HOT: ["1.11.0"],
  BROADCAST_TO: ["", "2.5.0", "2.5.0"]
};
function runtimeVersionLess(a, b) {
  const pa = a ? a.split(".").map(Number) : [];
  const pb = b.split(".").map(Number);
  let i2 = 0;
  for (; i2 < pa.length && i2 < pb.length; i2++) if (pa[i2] !== pb[i2]) return (pa[i2] ?? 0) < (pb[i2] ?? 0);
  return i2 < pb.length;
}
function minRuntimeVersion(ops) {
  let result = "";
  for (const { type, version } of ops) {
    const v = TABLE[type]?.[version - 1];
    if (v && runtimeVersionLess(result, v)) result = v;
  }
  return result;
}

// src/tflite/check-graph.ts
var SUBGRAPH_NAME = "main";
function mainSubgraph(graph) {
  return { name: SUBGRAPH_NAME, tensors: graph.tensors, ops: graph.ops, inputs: graph.inputs.map((io) => io.tensor), outputs: graph.outputs.map((io) => io.tensor) };
}
function allSubgraphs(graph) {
  return [mainSubgraph(graph), ...graph.subgraphs ?? []];
}
function checkSubgraph(sg, subgraphCount) {
  const n = sg.tensors.length;
  sg.tensors.forEach((t, i2) => {
    if (t.id !== i2) throw new Error(`tensor ${t.name}: id ${t.id} at index ${i2}`);
    if (DTYPE_CODE[t.dtype] === void 0) throw new Error(`tensor ${t.name}: unknown dtype ${t.dtype}`);
    const count = t.shape.reduce((a, d) => a * d, 1);
    if (t.data && t.data.length !== count) throw new Error(`tensor ${t.name}: ${t.data.length} values for shape [${t.shape}]`);
  });
  for (const op of sg.ops) {
    if (!OPS[op.type]) {
      throw new GateError(
        "unsupported",
        `operator ${op.type} is not supported by the TFLite writer`,
        { where: op.origin },
        "use layers that map to the supported TFLite builtin operators"
      );
    }
    for (const id of [...op.inputs, ...op.outputs]) {
      if (id !== -1 && (id < 0 || id >= n)) throw new Error(`${op.type} (${op.origin ?? "?"}): tensor index ${id} out of range`);
    }
    for (const key of ["cond_subgraph_index", "body_subgraph_index"]) {
      const index = op.options?.[key];
      if (index !== void 0 && !(Number(index) > 0 && Number(index) < subgraphCount)) throw new Error(`${op.type} (${op.origin ?? "?"}): ${key} ${String(index)} of ${subgraphCount} subgraphs`);
    }
  }
  for (const id of [...sg.inputs, ...sg.outputs]) {
    if (id < 0 || id >= n) throw new Error(`subgraph ${sg.name}: input/output tensor index ${id} out of range`);
  }
}
function checkGraph(graph) {
  const subgraphs = allSubgraphs(graph);
  for (const sg of subgraphs) checkSubgraph(sg, subgraphs.length);
  for (const io of [...graph.inputs, ...graph.outputs]) {
    if (io.tensor < 0 || io.tensor >= graph.tensors.length) throw new Error(`signature ${io.name}: tensor index ${io.tensor} out of range`);
  }
}

// src/tflite/writer.ts
var SCHEMA_VERSION = 3;
var SIGNATURE_KEY = "serving_default";
function writeOperatorCode(b, code) {
  return writeTable(b, [
    { id: 0, kind: "byte", value: Math.min(code.code, 127) },
    { id: 2, kind: "int", value: code.version, def: 1 },
    { id: 3, kind: "int", value: code.code }
  ]);
}
function writeQuantization(b, t) {
  const q = t.quantization;
  if (!q) return writeTable(b, []);
  const scale = float32Vector(b, q.scale);
  const zeroPoint = int64Vector(b, q.zeroPoint);
  return writeTable(b, [
    { id: 2, kind: "offset", value: scale },
    { id: 3, kind: "offset", value: zeroPoint },
    { id: 6, kind: "int", value: q.quantizedDimension ?? 0 }
  ]);
}
function variableTensors(sg) {
  const produced = new Set(sg.ops.flatMap((op) => op.outputs));
  const inputs = new Set(sg.inputs);
  const read = sg.ops.flatMap((op) => op.inputs).filter((id) => id >= 0);
  return new Set(read.filter((id) => !produced.has(id) && !inputs.has(id) && !sg.tensors[id]?.data));
}
function writeTensor(b, t, buffer, variable) {
  const shape = int32Vector(b, t.shape);
  const name = b.createString(t.name);
  const quantization = writeQuantization(b, t);
  const signature = t.shapeSignature && t.shapeSignature.some((d) => d < 0) ? int32Vector(b, t.shapeSignature) : 0;
  return writeTable(b, [
    { id: 0, kind: "offset", value: shape },
    { id: 1, kind: "byte", value: DTYPE_CODE[t.dtype] },
    { id: 2, kind: "uint", value: variable ? 0 : buffer },
    { id: 3, kind: "offset", value: name },
    { id: 4, kind: "offset", value: quantization },
    { id: 5, kind: "bool", value: variable },
    { id: 7, kind: "offset", value: signature },
    { id: 8, kind: "bool", value: true }
  ]);
}
function writeOperator(b, op, opcodeIndex) {
  const spec = OPS[op.type];
  const inputs = int32Vector(b, op.inputs);
  const outputs = int32Vector(b, op.outputs);
  const table = spec?.options;
  const withOptions = table !== void 0 && (!spec?.omitDefaultOptions || hasNonDefaultOptions(op, table));
  const options = withOptions ? writeOptions(b, op, table) : 0;
  return writeTable(b, [
    { id: 0, kind: "uint", value: opcodeIndex },
    { id: 1, kind: "offset", value: inputs },
    { id: 2, kind: "offset", value: outputs },
    { id: 3, kind: "byte", value: withOptions ? optionsUnionType(table) : 0 },
    { id: 4, kind: "offset", value: options }
  ]);
}
function writeSubgraph(b, sg, opcodeIndex, tensorBuffer) {
  const variables = variableTensors(sg);
  const tensors = sg.tensors.map((t, i2) => writeTensor(b, t, tensorBuffer[i2] ?? 0, variables.has(i2)));
  const operators = sg.ops.map((op, i2) => writeOperator(b, op, opcodeIndex[i2] ?? 0));
  const tensorVec = offsetVector(b, tensors);
  const inputs = int32Vector(b, sg.inputs);
  const outputs = int32Vector(b, sg.outputs);
  const opVec = offsetVector(b, operators);
  const name = b.createString(sg.name);
  return writeTable(b, [
    { id: 0, kind: "offset", value: tensorVec },
    { id: 1, kind: "offset", value: inputs },
    { id: 2, kind: "offset", value: outputs },
    { id: 3, kind: "offset", value: opVec },
    { id: 4, kind: "offset", value: name }
  ]);
}
var WEIGHT_ALIGNMENT = 16;
var SMALL_BUFFER_BYTES = 64;
function bufferAlignment(bytes, elementBytes) {
  return bytes.length >= SMALL_BUFFER_BYTES ? WEIGHT_ALIGNMENT : Math.max(4, elementBytes);
}
function writeBuffers(b, contents, elementBytes) {
  const tables = contents.map((bytes, i2) => {
    if (!bytes) return writeTable(b, []);
    const data = alignedBytes(b, bytes, bufferAlignment(bytes, elementBytes[i2] ?? 1));
    return writeTable(b, [{ id: 0, kind: "offset", value: data }]);
  });
  return offsetVector(b, tables);
}
function writeSignature(b, graph) {
  const map = (ios) => offsetVector(b, [...ios].sort((x2, y) => x2.name < y.name ? -1 : x2.name > y.name ? 1 : 0).map((io) => {
    const name = b.createString(io.name);
    return writeTable(b, [{ id: 0, kind: "offset", value: name }, { id: 1, kind: "uint", value: io.tensor }]);
  }));
  const inputs = map(graph.inputs);
  const outputs = map(graph.outputs);
  const key = b.createString(SIGNATURE_KEY);
  const def = writeTable(b, [
    { id: 0, kind: "offset", value: inputs },
    { id: 1, kind: "offset", value: outputs },
    { id: 2, kind: "offset", value: key }
  ]);
  return offsetVector(b, [def]);
}
function modelHash(graph) {
  return fnv1a64(allSubgraphs(graph).flatMap((sg, k) => [
    ...k > 0 ? [`subgraph ${sg.name};`] : [],
    ...sg.tensors.map((t) => `${t.name}|${t.dtype}|${t.shape.join(",")}|${t.data?.length ?? -1};`),
    ...sg.ops.map((op) => `${op.type}(${op.inputs})->(${op.outputs});`)
  ]));
}
function metadataEntries(graph, codes) {
  const float16 = allSubgraphs(graph).some((sg) => sg.tensors.some((t) => t.dtype === "float16" && t.data));
  const runtime = minRuntimeVersion(codes.map((c) => ({ type: c.type, version: c.version })));
  return [
    [MIN_RUNTIME_VERSION, runtimeVersionBytes(runtime)],
    ...float16 ? [[REDUCED_PRECISION, reducedPrecisionBytes()]] : [],
    [CONVERSION_METADATA, conversionMetadataBytes(modelHash(graph), float16)]
  ];
}
function writeMetadata(b, names, firstBuffer) {
  return offsetVector(b, names.map((name, i2) => {
    const nameOffset = b.createString(name);
    return writeTable(b, [{ id: 0, kind: "offset", value: nameOffset }, { id: 1, kind: "uint", value: firstBuffer + i2 }]);
  }));
}
function writeTflite(graph) {
  checkGraph(graph);
  const subgraphs = allSubgraphs(graph);
  const ops = subgraphs.flatMap((sg) => sg.ops);
  const versions = subgraphs.flatMap((sg) => sg.ops.map((op) => opVersion(op, { ...graph, tensors: sg.tensors, ops: sg.ops })));
  const { codes, indexOfOp } = planOpcodes(ops, versions);
  const tensors = subgraphs.flatMap((sg) => sg.tensors);
  const { tensorBuffer, contents } = planBuffers(tensors);
  const meta = metadataEntries(graph, codes);
  const elementBytes = [];
  tensors.forEach((t, i2) => {
    elementBytes[tensorBuffer[i2] ?? 0] ??= DTYPE_BYTES[t.dtype];
  });
  const dataBytes = tensors.reduce((s, t) => s + (t.data ? tensorBytes(t).length + 16 : 0), 0);
  const b = new import_flatbuffers.Builder(dataBytes + 1024 + tensors.length * 256);
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
    { id: 0, kind: "uint", value: SCHEMA_VERSION },
    { id: 1, kind: "offset", value: opcodes },
    { id: 2, kind: "offset", value: subgraphVec },
    { id: 3, kind: "offset", value: description },
    { id: 4, kind: "offset", value: buffers },
    { id: 6, kind: "offset", value: metadata },
    { id: 7, kind: "offset", value: signatures }
  ]);
  b.finish(model, "TFL3");
  return b.asUint8Array();
}

// src/tflite/float16.ts
function uniqueName(base, taken) {
  let name = `${base}1`;
  for (let i2 = 2; taken.has(name); i2++) name = `${base}${i2}`;
  taken.add(name);
  return name;
}
function toFloat16(graph) {
  const io = [...graph.inputs, ...graph.outputs].map((x2) => x2.tensor);
  const main = halveConstants(graph.tensors, graph.ops, io);
  const subgraphs = graph.subgraphs?.map((sg) => ({ ...sg, ...halveConstants(sg.tensors, sg.ops, [...sg.inputs, ...sg.outputs]) }));
  return { ...graph, ...main, ...subgraphs ? { subgraphs } : {} };
}
function halveConstants(source, sourceOps, ioIds) {
  const used = new Set(sourceOps.flatMap((op) => op.inputs));
  const io = new Set(ioIds);
  const targets = source.filter((t) => t.dtype === "float32" && t.data && used.has(t.id) && !io.has(t.id) && !t.quantization);
  const tensors = source.map((t) => ({ ...t }));
  const names = new Set(tensors.map((t) => t.name));
  const replacement = /* @__PURE__ */ new Map();
  const dequantize = [];
  for (const t of [...targets].reverse()) {
    const data = t.data;
    const half = new Uint16Array(data.length);
    for (let i2 = 0; i2 < data.length; i2++) half[i2] = toHalfBits(data[i2]);
    tensors[t.id] = { ...t, dtype: "float16", data: half };
    const id = tensors.length;
    tensors.push({ id, name: uniqueName(t.name, names), shape: [...t.shape], dtype: "float32" });
    replacement.set(t.id, id);
    dequantize.push({ type: "DEQUANTIZE", inputs: [t.id], outputs: [id] });
  }
  const ops = sourceOps.map((op) => ({ ...op, inputs: op.inputs.map((i2) => replacement.get(i2) ?? i2) }));
  return { tensors, ops: [...dequantize, ...ops] };
}

// src/util/zip.ts
import * as zlib from "node:zlib";

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
var gzs = function(d) {
  if (d[0] != 31 || d[1] != 139 || d[2] != 8)
    err(6, "invalid gzip data");
  var flg = d[3];
  var st = 10;
  if (flg & 4)
    st += (d[10] | d[11] << 8) + 2;
  for (var zs = (flg >> 3 & 1) + (flg >> 4 & 1); zs > 0; zs -= !d[st++])
    ;
  return st + (flg & 2);
};
var Inflate = /* @__PURE__ */ (function() {
  function Inflate2(opts, cb) {
    if (typeof opts == "function")
      cb = opts, opts = {};
    this.ondata = cb;
    var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
    this.s = { i: 0, b: dict ? dict.length : 0 };
    this.o = new u8(32768);
    this.p = new u8(0);
    if (dict)
      this.o.set(dict);
  }
  Inflate2.prototype.e = function(c) {
    if (!this.ondata)
      err(5);
    if (this.d)
      err(4);
    if (!this.p.length)
      this.p = c;
    else if (c.length) {
      var n = new u8(this.p.length + c.length);
      n.set(this.p), n.set(c, this.p.length), this.p = n;
    }
  };
  Inflate2.prototype.c = function(final) {
    this.s.i = +(this.d = final || false);
    var bts = this.s.b;
    var dt = inflt(this.p, this.s, this.o);
    this.ondata(slc(dt, bts, this.s.b), this.d);
    this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
    this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
  };
  Inflate2.prototype.push = function(chunk, final) {
    this.e(chunk), this.c(final);
  };
  return Inflate2;
})();
var Gunzip = /* @__PURE__ */ (function() {
  function Gunzip2(opts, cb) {
    this.v = 1;
    this.r = 0;
    Inflate.call(this, opts, cb);
  }
  Gunzip2.prototype.push = function(chunk, final) {
    Inflate.prototype.e.call(this, chunk);
    this.r += chunk.length;
    if (this.v) {
      var p = this.p.subarray(this.v - 1);
      var s = p.length > 3 ? gzs(p) : 4;
      if (s > p.length) {
        if (!final)
          return;
      } else if (this.v > 1 && this.onmember) {
        this.onmember(this.r - p.length);
      }
      this.p = p.subarray(s), this.v = 0;
    }
    Inflate.prototype.c.call(this, 0);
    if (this.s.f && !this.s.l) {
      this.v = shft(this.s.p) + 9;
      this.s = { i: 0 };
      this.o = new u8(0);
      this.push(new u8(0), final);
    } else if (final) {
      Inflate.prototype.c.call(this, final);
    }
  };
  return Gunzip2;
})();
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}

// src/util/zip.ts
var SIGNATURE = { end: 101010256, end64: 101075792, locator: 117853008, central: 33639248, local: 67324752 };
var RATIO_FLOOR_BYTES = 1024 * 1024;
var INFLATE_SLICE = 64 * 1024;
var CRAFTED_HINT = "no ordinary zip writer makes this: the file looks crafted; do not trust it";
var decoder = new TextDecoder();
function fail(src, message, where, hint = src.hint) {
  throw new GateError(src.kind, message, { file: src.file, where }, hint);
}
var entryName = (e) => quoted(e.name, 100);
var entryPlace = (e) => `zip entry ${entryName(e)}`;
function u64(dv, at) {
  return Number(dv.getBigUint64(at, true));
}
function findEnd(dv, src) {
  for (let i2 = dv.byteLength - 22; i2 >= Math.max(0, dv.byteLength - 22 - 65535); i2--) {
    if (dv.getUint32(i2, true) === SIGNATURE.end) return i2;
  }
  return fail(src, `not a zip archive: no end-of-central-directory record (truncated or not ${src.expected})`, `byte offset ${dv.byteLength}`);
}
function directoryBounds(dv, src) {
  const end = findEnd(dv, src);
  const count = dv.getUint16(end + 10, true);
  const offset = dv.getUint32(end + 16, true);
  const hasLocator = end >= 20 && dv.getUint32(end - 20, true) === SIGNATURE.locator;
  if (count !== 65535 && offset !== 4294967295 || !hasLocator) return { count, offset };
  const record = u64(dv, end - 12);
  if (record + 56 > end - 20 || dv.getUint32(record, true) !== SIGNATURE.end64) fail(src, "corrupt zip64 end record", `byte offset ${record}`);
  return { count: u64(dv, record + 32), offset: u64(dv, record + 48) };
}
function applyZip64(dv, at, length, e, src) {
  for (let p = at; p + 4 <= at + length; p += 4 + dv.getUint16(p + 2, true)) {
    if (dv.getUint16(p, true) !== 1) continue;
    const stop = Math.min(at + length, p + 4 + dv.getUint16(p + 2, true));
    let q = p + 4;
    const next = () => {
      if (q + 8 > stop) fail(src, `corrupt zip64 extra field at byte offset ${p}`, entryPlace(e));
      q += 8;
      return u64(dv, q - 8);
    };
    if (e.size === 4294967295) e.size = next();
    if (e.compressedSize === 4294967295) e.compressedSize = next();
    if (e.localOffset === 4294967295) e.localOffset = next();
  }
}
function readRecord(bytes, dv, p, src) {
  const corrupt = () => fail(src, "corrupt zip central directory", `byte offset ${p}`);
  if (p + 46 > bytes.length || dv.getUint32(p, true) !== SIGNATURE.central) corrupt();
  const nameLength = dv.getUint16(p + 28, true);
  const extraLength = dv.getUint16(p + 30, true);
  const next = p + 46 + nameLength + extraLength + dv.getUint16(p + 32, true);
  if (next > bytes.length) corrupt();
  const e = {
    name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    method: dv.getUint16(p + 10, true),
    flags: dv.getUint16(p + 8, true),
    crc: dv.getUint32(p + 16, true),
    compressedSize: dv.getUint32(p + 20, true),
    size: dv.getUint32(p + 24, true),
    localOffset: dv.getUint32(p + 42, true)
  };
  applyZip64(dv, p + 46 + nameLength, extraLength, e, src);
  return [e, next];
}
function isUnsafeName(name) {
  return name.startsWith("/") || name.includes("\\") || name.includes("\0") || /^[a-zA-Z]:/.test(name) || name.split("/").includes("..");
}
function listEntries(bytes, dv, src) {
  const { count, offset } = directoryBounds(dv, src);
  const entries = [];
  const seen = /* @__PURE__ */ new Set();
  for (let i2 = 0, p = offset; i2 < count; i2++) {
    const [e, next] = readRecord(bytes, dv, p, src);
    if (isUnsafeName(e.name)) {
      fail(src, `unsafe zip entry name ${entryName(e)}: it points outside the archive (absolute path or path traversal)`, entryPlace(e), CRAFTED_HINT);
    }
    if (seen.has(e.name)) fail(src, `two entries share the name ${entryName(e)}: refusing an ambiguous archive`, entryPlace(e), CRAFTED_HINT);
    seen.add(e.name);
    entries.push(e);
    p = next;
  }
  return entries;
}
function checkDeclared(e, totalBefore, src) {
  const { maxEntryBytes, maxTotalBytes, maxRatio = Infinity } = src.limits;
  const where = entryPlace(e);
  if (e.flags & 1) fail(src, "encrypted zip entries are not supported", where);
  if (e.method !== 0 && e.method !== 8) fail(src, `unsupported compression method ${e.method} (expected stored or deflate)`, where);
  if (e.size > maxEntryBytes) fail(src, `zip bomb guard: entry declares ${e.size} bytes uncompressed, more than the ${maxEntryBytes} bytes allowed`, where, CRAFTED_HINT);
  if (totalBefore + e.size > maxTotalBytes) {
    fail(src, `zip bomb guard: entries declare ${totalBefore + e.size} bytes uncompressed in total, more than the ${maxTotalBytes} bytes allowed`, where, CRAFTED_HINT);
  }
  const ratio = e.size / Math.max(1, e.compressedSize);
  if (e.size > RATIO_FLOOR_BYTES && ratio > maxRatio) {
    fail(src, `zip bomb guard: entry declares ${e.size} bytes from ${e.compressedSize} compressed (ratio ${ratio.toFixed(0)}, more than the ${maxRatio} allowed)`, where, CRAFTED_HINT);
  }
}
function rawData(bytes, dv, e, src) {
  const local = e.localOffset;
  if (local + 30 > bytes.length || dv.getUint32(local, true) !== SIGNATURE.local) fail(src, `corrupt local header at byte offset ${local}`, entryPlace(e));
  const start = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
  if (start + e.compressedSize > bytes.length) fail(src, `truncated: entry data runs past the end of the file (byte offset ${start})`, entryPlace(e));
  return bytes.subarray(start, start + e.compressedSize);
}
function inflateBounded(comp, e, src) {
  const out = new Uint8Array(e.size);
  let pos = 0;
  const inflater = new Inflate((chunk) => {
    if (pos + chunk.length > e.size) fail(src, `zip bomb guard: entry inflates past its declared ${e.size} bytes`, entryPlace(e), CRAFTED_HINT);
    out.set(chunk, pos);
    pos += chunk.length;
  });
  try {
    for (let i2 = 0; i2 < comp.length; i2 += INFLATE_SLICE) inflater.push(comp.subarray(i2, i2 + INFLATE_SLICE), i2 + INFLATE_SLICE >= comp.length);
    if (comp.length === 0) inflater.push(comp, true);
  } catch (error) {
    if (error instanceof GateError) throw error;
    fail(src, `corrupt compressed data: ${error.message}`, entryPlace(e));
  }
  if (pos !== e.size) fail(src, `corrupt compressed data: inflated to ${pos} bytes, the directory says ${e.size}`, entryPlace(e));
  return out;
}
function entryBytes(bytes, dv, e, src) {
  const comp = rawData(bytes, dv, e, src);
  if (e.method === 0 && e.compressedSize !== e.size) fail(src, "corrupt stored entry: compressed and uncompressed sizes differ", entryPlace(e));
  const data = e.method === 0 ? comp : inflateBounded(comp, e, src);
  if (crc322(data) !== e.crc) fail(src, `corrupt entry: CRC-32 mismatch (entry data at byte offset ${comp.byteOffset - bytes.byteOffset})`, entryPlace(e));
  return data;
}
function openZip(bytes, src) {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = listEntries(bytes, dv, src);
  const byName = new Map(entries.map((e) => [e.name, e]));
  let total = 0;
  return {
    entries,
    read(name) {
      const e = byName.get(name);
      if (!e) return void 0;
      checkDeclared(e, total, src);
      total += e.size;
      return entryBytes(bytes, dv, e, src);
    }
  };
}
var CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
  return c >>> 0;
});
var nativeCrc32 = zlib.crc32;
function crc322(data) {
  return nativeCrc32 ? nativeCrc32(data) >>> 0 : tableCrc32(data);
}
function tableCrc32(data) {
  let c = 4294967295;
  for (let i2 = 0; i2 < data.length; i2++) c = CRC_TABLE[(c ^ data[i2]) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}

export {
  Gunzip,
  openZip,
  isTflite,
  writeTflite,
  toFloat16
};
