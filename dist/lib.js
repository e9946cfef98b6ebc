import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  CHECKS,
  THRESHOLD_INPUTS,
  exceeds,
  judge,
  mergeReports,
  parseReportJson,
  renderMarkdown,
  reportToJson
} from "./chunk-OMU4LGUD.js";
import "./chunk-DSATC5X6.js";
import {
  createKerasReference,
  referenceSupport
} from "./chunk-64IYRBQP.js";
import {
  agreementStats,
  compareLatency,
  evaluateModel,
  latencyStats,
  percentile,
  regressionStats
} from "./chunk-L5HCNQG4.js";
import {
  modelStats
} from "./chunk-J4YWOCCX.js";
import {
  argmaxRows,
  classificationStats,
  perClassAccuracy,
  topKAccuracy
} from "./chunk-BMGVLWQH.js";
import {
  parseDataOptions
} from "./chunk-LUKUGKXR.js";
import "./chunk-SDRXKI5D.js";
import {
  DEFAULT_CONVERT_OPTIONS,
  convertBytes,
  convertFile,
  convertKerasModel,
  convertOnnxModel,
  findUnsupported,
  loadDataset,
  prepareDataset,
  probeKerasFormat,
  probeOnnx,
  readKerasModel,
  readOnnxModel,
  supportedClassNames,
  supportedOnnxOps,
  toFloat16,
  writeTflite
} from "./chunk-FCKZZNWD.js";
import {
  fixBatchForRuntime,
  loadInterpreter,
  readTflite,
  readTfliteModel
} from "./chunk-RI6UWR6A.js";
import "./chunk-MDUMNPHH.js";
import "./chunk-KNDJLUX3.js";
import {
  EXIT,
  GateError,
  describeError
} from "./chunk-G6EA7MZI.js";
import {
  __export
} from "./chunk-7AIIOF2D.js";

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
  topKAccuracy: () => topKAccuracy
});
export {
  DEFAULT_CONVERT_OPTIONS,
  EXIT,
  GateError,
  convertBytes,
  convertFile,
  convertKerasModel,
  convertOnnxModel,
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
  probeOnnx,
  readKerasModel,
  readOnnxModel,
  readTflite,
  readTfliteModel,
  referenceSupport,
  renderMarkdown,
  reportToJson,
  supportedClassNames,
  supportedOnnxOps,
  toFloat16,
  writeTflite
};
