import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  parseDataOptions
} from "./chunk-M7FIS7JH.js";
import {
  CHECKS,
  THRESHOLD_INPUTS,
  exceeds,
  judge,
  mergeReports,
  parseReportJson,
  renderMarkdown,
  reportToJson
} from "./chunk-7KZNL3TG.js";
import {
  createKerasReference,
  referenceSupport
} from "./chunk-FZ5IQS6W.js";
import {
  DEFAULT_CONVERT_OPTIONS,
  agreementStats,
  argmaxRows,
  classificationStats,
  compareLatency,
  convertBytes,
  convertFile,
  convertKerasModel,
  evaluateModel,
  findUnsupported,
  latencyStats,
  loadDataset,
  modelStats,
  perClassAccuracy,
  percentile,
  prepareDataset,
  probeKerasFormat,
  readKerasModel,
  regressionStats,
  sampleIndices,
  seededRandom,
  supportedClassNames,
  toFloat16,
  topKAccuracy,
  writeTflite
} from "./chunk-MGHX6NVE.js";
import "./chunk-QZNKZ5XA.js";
import {
  fixBatchForRuntime,
  loadInterpreter,
  readTflite,
  readTfliteModel
} from "./chunk-GS6YW6JJ.js";
import {
  EXIT,
  GateError,
  __export,
  describeError
} from "./chunk-7QFZB7WA.js";

// src/metrics/index.ts
var metrics_exports = {};
__export(metrics_exports, {
  CHECKS: () => CHECKS,
  THRESHOLD_INPUTS: () => THRESHOLD_INPUTS,
  agreementStats: () => agreementStats,
  argmaxRows: () => argmaxRows,
  classificationStats: () => classificationStats,
  compareLatency: () => compareLatency,
  exceeds: () => exceeds,
  judge: () => judge,
  latencyStats: () => latencyStats,
  perClassAccuracy: () => perClassAccuracy,
  percentile: () => percentile,
  regressionStats: () => regressionStats,
  sampleIndices: () => sampleIndices,
  seededRandom: () => seededRandom,
  topKAccuracy: () => topKAccuracy
});
export {
  DEFAULT_CONVERT_OPTIONS,
  EXIT,
  GateError,
  convertBytes,
  convertFile,
  convertKerasModel,
  createKerasReference,
  describeError,
  evaluateModel,
  findUnsupported,
  fixBatchForRuntime,
  loadDataset,
  loadInterpreter,
  mergeReports,
  metrics_exports as metrics,
  modelStats,
  parseDataOptions,
  parseReportJson,
  prepareDataset,
  probeKerasFormat,
  readKerasModel,
  readTflite,
  readTfliteModel,
  referenceSupport,
  renderMarkdown,
  reportToJson,
  supportedClassNames,
  toFloat16,
  writeTflite
};
