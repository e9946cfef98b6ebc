/**
 * tflite-gate as a library: the same engine the CLI and the action use.
 *
 *   import { convertFile, evaluateModel } from 'tflite-gate';
 *   await convertFile('fixtures/example/mnist_cnn.h5', { outputFile: 'cnn.tflite', variants: ['float32'] });
 *
 * Pure steps (bytes in, data out) and the file-level pipelines are both exported.
 */
export { GateError, EXIT, describeError, type ErrorKind } from './errors.js';
export { readKerasModel, probeKerasFormat } from './keras/index.js';
export type { KerasModel, KerasGraph, KerasLayer } from './keras/types.js';
export { convertKerasModel, findUnsupported, supportedClassNames, DEFAULT_CONVERT_OPTIONS, type ConvertOptions } from './convert/index.js';
export { readOnnxModel, probeOnnx, type OnnxModel, type ReadOnnxOptions } from './onnx/index.js';
export { convertOnnxModel, supportedOnnxOps, type OnnxConvertOptions } from './onnx/convert/index.js';
export type { Graph, Tensor, Op, DType } from './graph/ir.js';
export { writeTflite, readTflite, readTfliteModel, toFloat16, fixBatchForRuntime } from './tflite/index.js';
export { modelStats } from './metrics/model-stats.js';
export { convertBytes, convertFile, type ConvertFileOptions, type ConvertVariant } from './pipeline/convert.js';
export { loadInterpreter, type Interpreter } from './runtime/interpreter.js';
export { evaluateModel, type EvaluateOptions } from './pipeline/evaluate.js';
export { createKerasReference, referenceSupport, type KerasReference } from './reference/index.js';
export { loadDataset, prepareDataset } from './data/index.js';
export { parseDataOptions } from './config/data-options.js';
export type { Dataset } from './data/types.js';
export * as metrics from './metrics/index.js';
export { renderMarkdown, reportToJson, parseReportJson, mergeReports } from './report/index.js';
export type * from './results/types.js';
