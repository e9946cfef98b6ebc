/**
 * Model metadata entries the TFLite converter writes: `min_runtime_version` (a 16-byte zero-padded string),
 * `reduced_precision_support` for float16 models, and `CONVERSION_METADATA` (a small flatbuffer of
 * conversion_metadata.fbs: environment {tensorflow_version:0 string, api_version:1 uint, model_type:2 int,
 * model_hash:3 ulong}, options {model_optimization_modes:0 [int], ...}). We leave tensorflow_version unset:
 * this file was not made by TensorFlow.
 */
import { Builder } from 'flatbuffers';
import { int32Vector, writeTable } from './flat-writer.js';

export const MIN_RUNTIME_VERSION = 'min_runtime_version';
export const REDUCED_PRECISION = 'reduced_precision_support';
export const CONVERSION_METADATA = 'CONVERSION_METADATA';

const MODEL_TYPE_KERAS = 2;
const PTQ_FLOAT16 = 1001;

/** The 16-byte buffer the converter reserves for the minimum runtime version string. */
export function runtimeVersionBytes(version: string): Uint8Array {
  const out = new Uint8Array(16);
  const text = new TextEncoder().encode(version);
  if (text.length < 16) out.set(text);
  return out;
}

export function reducedPrecisionBytes(): Uint8Array {
  return new TextEncoder().encode('fp16accfp32');
}

/** FNV-1a 64-bit, for a deterministic model hash. */
export function fnv1a64(parts: Iterable<string>): bigint {
  let h = 0xcbf29ce484222325n;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      h ^= BigInt(part.charCodeAt(i) & 0xff);
      h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
    }
  }
  return h;
}

export function conversionMetadataBytes(modelHash: bigint, float16: boolean): Uint8Array {
  const b = new Builder(128);
  const modes = int32Vector(b, float16 ? [PTQ_FLOAT16] : []);
  const options = writeTable(b, [{ id: 0, kind: 'offset', value: modes }]);
  const environment = writeTable(b, [
    { id: 1, kind: 'uint', value: 2 },
    { id: 2, kind: 'int', value: MODEL_TYPE_KERAS },
    { id: 3, kind: 'long', value: modelHash },
  ]);
  const root = writeTable(b, [
    { id: 0, kind: 'offset', value: environment },
    { id: 1, kind: 'offset', value: options },
  ]);
  b.finish(root);
  return b.asUint8Array().slice();
}
