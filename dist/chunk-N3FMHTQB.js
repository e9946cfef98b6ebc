import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  halfToFloat
} from "./chunk-LHSQ66CC.js";
import {
  GateError
} from "./chunk-JM7JNUOI.js";

// src/onnx/types.ts
var isFloatType = (t) => t === "float32" || t === "float16" || t === "bfloat16" || t === "float64";

// src/onnx/tensor.ts
var DTYPES = {
  1: "float32",
  2: "uint8",
  3: "int8",
  4: "uint16",
  5: "int16",
  6: "int32",
  7: "int64",
  8: "string",
  9: "bool",
  10: "float16",
  11: "float64",
  12: "uint32",
  13: "uint64",
  16: "bfloat16"
};
var BYTES = {
  float32: 4,
  float16: 2,
  bfloat16: 2,
  float64: 8,
  int8: 1,
  uint8: 1,
  int16: 2,
  uint16: 2,
  int32: 4,
  uint32: 4,
  int64: 8,
  uint64: 8,
  bool: 1,
  string: 0
};
function onnxDType(code, where) {
  const dtype = DTYPES[code];
  if (!dtype || dtype === "string") {
    throw new GateError("unsupported", `data type ${code} (${dtype ?? "unknown"}) is not supported`, { where }, "Export the model with float32 weights.");
  }
  return dtype;
}
var LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function readRaw(bytes, dtype, count) {
  if (dtype === "float32" && LITTLE_ENDIAN) return new Float32Array(Uint8Array.prototype.slice.call(bytes).buffer, 0, count);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = isFloatType(dtype) ? new Float32Array(count) : new Float64Array(count);
  const read = {
    float32: (i) => view.getFloat32(i * 4, true),
    float16: (i) => halfToFloat(view.getUint16(i * 2, true)),
    bfloat16: (i) => new Float32Array(new Uint32Array([view.getUint16(i * 2, true) << 16]).buffer)[0],
    float64: (i) => view.getFloat64(i * 8, true),
    int8: (i) => view.getInt8(i),
    uint8: (i) => view.getUint8(i),
    bool: (i) => view.getUint8(i) ? 1 : 0,
    int16: (i) => view.getInt16(i * 2, true),
    uint16: (i) => view.getUint16(i * 2, true),
    int32: (i) => view.getInt32(i * 4, true),
    uint32: (i) => view.getUint32(i * 4, true),
    int64: (i) => Number(view.getBigInt64(i * 8, true)),
    uint64: (i) => Number(view.getBigUint64(i * 8, true)),
    string: () => 0
  }[dtype];
  for (let i = 0; i < count; i++) out[i] = read(i);
  return out;
}
function fromFields(t, dtype) {
  if (dtype === "float32") return t.floatData;
  if (dtype === "float64") return t.doubleData;
  if (dtype === "int64") return t.int64Data.map(Number);
  if (dtype === "uint64" || dtype === "uint32") return t.uint64Data.map(Number);
  if (dtype === "float16") return t.int32Data.map(halfToFloat);
  if (dtype === "bfloat16") return t.int32Data.map((b) => new Float32Array(new Uint32Array([b << 16]).buffer)[0]);
  return t.int32Data;
}
function externalBytes(t, where, external) {
  const entries = new Map(t.externalData.map((e) => [e.key, e.value]));
  const location = entries.get("location");
  if (!location) throw new GateError("bad-model", 'external data without a "location"', { where }, "Re-save the model with onnx.save_model(..., save_as_external_data=True).");
  if (!external) throw new GateError("bad-model", `weights in the external file "${location}", which cannot be read here`, { where }, "Convert the model from its file, with the data file beside it.");
  const int = (key) => {
    const v = entries.get(key);
    if (v === void 0) return void 0;
    if (!/^\d+$/.test(v)) throw new GateError("bad-model", `external data ${key} "${v}" is not a byte count`, { where });
    return Number(v);
  };
  return external(location, int("offset") ?? 0, int("length"), where);
}
function readTensor(t, where, external) {
  const dtype = onnxDType(t.dataType, where);
  const dims = t.dims.map(Number);
  if (dims.some((d) => !Number.isSafeInteger(d) || d < 0)) throw new GateError("bad-model", `invalid dimensions [${dims.join(", ")}]`, { where });
  const count = dims.reduce((a, b) => a * b, 1);
  const isExternal = t.dataLocation === 1;
  const raw = isExternal ? externalBytes(t, where, external) : t.rawData;
  if (isExternal || raw.length > 0) {
    if (raw.length !== count * BYTES[dtype]) {
      throw new GateError("bad-model", `${raw.length} bytes of data for ${count} ${dtype} values (shape [${dims.join(", ")}])`, { where }, "The file is truncated or corrupt; export it again.");
    }
    return { dims, dtype, data: readRaw(raw, dtype, count) };
  }
  const values = fromFields(t, dtype);
  if (values.length !== count) {
    throw new GateError("bad-model", `${values.length} values for shape [${dims.join(", ")}] (${count} expected)`, { where }, "The file is truncated or corrupt; export it again.");
  }
  return { dims, dtype, data: isFloatType(dtype) ? Float32Array.from(values) : Float64Array.from(values) };
}

export {
  isFloatType,
  onnxDType,
  readTensor
};
