/** The TFLite file format layer: Graph ⇄ .tflite bytes, the float16 variant, and runtime fix-ups. */
export { writeTflite, SIGNATURE_KEY, SUBGRAPH_NAME, SCHEMA_VERSION } from './writer.js';
export { readTflite, readTfliteModel, type ReadOptions, type TfliteModel, type TfliteModelInfo } from './reader.js';
export { OPS, opVersion, type OpSpec } from './ops.js';
export { completeOptions } from './options-codec.js';
export { minRuntimeVersion } from './runtime-version.js';
export { toFloat16, toHalfBits, fromHalfBits } from './float16.js';
export { fixBatchForRuntime } from './batch.js';
export { isTflite } from './probe.js';
