/**
 * Public entry of the ONNX reader: bytes of a .onnx file → OnnxModel. Every failure is a GateError that
 * names the file and the place inside it (node, initializer, input); external weight files are read
 * through a callback the caller confines to the model's folder.
 */
import { GateError } from '../errors.js';
import { probeOnnx } from './probe.js';
import { externalLocations, readOnnxBytes, type ReadOnnxOptions } from './read.js';
import type { OnnxModel } from './types.js';

export { probeOnnx } from './probe.js';
export { MAX_OPSET, MIN_OPSET, type ReadOnnxOptions } from './read.js';
export type { ExternalReader } from './tensor.js';
export type * from './types.js';

export function readOnnxModel(bytes: Uint8Array, fileName: string, options: ReadOnnxOptions = {}): OnnxModel {
  if (!probeOnnx(bytes)) {
    throw new GateError('bad-model', 'not an ONNX model: it does not start with a ModelProto ir_version field', { file: fileName, where: 'byte 0' }, 'Pass a file written by torch.onnx.export or onnx.save_model.');
  }
  try {
    return readOnnxBytes(bytes, options);
  } catch (error) {
    throw error instanceof GateError ? error.withFile(fileName) : error;
  }
}

/** The external data files an ONNX model names (relative to its folder, unchecked); [] for other formats. */
export function onnxExternalFiles(bytes: Uint8Array, fileName: string): string[] {
  if (!probeOnnx(bytes)) return [];
  try {
    return externalLocations(bytes);
  } catch (error) {
    throw error instanceof GateError ? error.withFile(fileName) : error;
  }
}
