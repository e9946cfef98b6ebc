import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  parseDataOptions
} from "./chunk-VSQJ5DIP.js";
import {
  CHECKS,
  THRESHOLD_INPUTS,
  exceeds,
  judge,
  mergeReports,
  parseReportJson,
  renderMarkdown,
  reportToJson
} from "./chunk-QJGRZ3Y4.js";
import "./chunk-HRXWS4ZE.js";
import "./chunk-HQYUY77X.js";
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
} from "./chunk-X7BEN5JD.js";
import {
  modelStats
} from "./chunk-J4YWOCCX.js";
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
  readKerasModel,
  supportedClassNames,
  supportedOnnxOps,
  toFloat16,
  writeTflite
} from "./chunk-IJKIOMH5.js";
import {
  fixBatchForRuntime,
  loadInterpreter,
  readTflite,
  readTfliteModel
} from "./chunk-XDO74YH2.js";
import {
  argmaxRows,
  classificationStats,
  perClassAccuracy,
  topKAccuracy
} from "./chunk-LDKQRGTB.js";
import "./chunk-MDUMNPHH.js";
import {
  probeOnnx,
  readOnnxModel
} from "./chunk-FEIJ2YNX.js";
import "./chunk-LHSQ66CC.js";
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
