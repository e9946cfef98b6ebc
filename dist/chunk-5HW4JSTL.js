import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  probeOnnx
} from "./chunk-GJIP554E.js";
import {
  externalLocations,
  readOnnxBytes
} from "./chunk-MO7GGIUG.js";
import {
  GateError
} from "./chunk-JM7JNUOI.js";

// src/onnx/index.ts
function readOnnxModel(bytes, fileName, options = {}) {
  if (!probeOnnx(bytes)) {
    throw new GateError("bad-model", "not an ONNX model: it does not start with a ModelProto ir_version field", { file: fileName, where: "byte 0" }, "Pass a file written by torch.onnx.export or onnx.save_model.");
  }
  try {
    return readOnnxBytes(bytes, options);
  } catch (error) {
    throw error instanceof GateError ? error.withFile(fileName) : error;
  }
}
function onnxExternalFiles(bytes, fileName) {
  if (!probeOnnx(bytes)) return [];
  try {
    return externalLocations(bytes);
  } catch (error) {
    throw error instanceof GateError ? error.withFile(fileName) : error;
  }
}

export {
  readOnnxModel,
  onnxExternalFiles
};
