import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  createKerasReference,
  referenceSupport
} from "./chunk-4TT45BRX.js";
import {
  agreementStats,
  compareLatency,
  evaluateModel,
  latencyStats,
  percentile,
  regressionStats
} from "./chunk-2MK3M4XQ.js";
import {
  modelStats
} from "./chunk-XB5KZJKT.js";
import {
  loadDataset,
  prepareDataset
} from "./chunk-WKI2T3DP.js";
import {
  parseDataOptions
} from "./chunk-XFXBPE6D.js";
import {
  DEFAULT_CONVERT_OPTIONS,
  convertBytes,
  convertFile,
  convertKerasModel,
  findUnsupported,
  probeKerasFormat,
  readKerasModel,
  supportedClassNames
} from "./chunk-AW4F7ZYW.js";
import {
  toFloat16,
  writeTflite
} from "./chunk-BEIMX3LC.js";
import {
  CHECKS,
  THRESHOLD_INPUTS,
  exceeds,
  judge,
  mergeReports,
  parseReportJson,
  renderMarkdown,
  reportToJson
} from "./chunk-7TMT5C7E.js";
import "./chunk-NS7MILRS.js";
import {
  argmaxRows,
  classificationStats,
  perClassAccuracy,
  topKAccuracy
} from "./chunk-OEDVM243.js";
import "./chunk-TKDOPEIY.js";
import "./chunk-5ENQADBY.js";
import "./chunk-7GLZMHWQ.js";
import "./chunk-6YMK3QD6.js";
import "./chunk-4I7V2L4L.js";
import {
  convertOnnxModel
} from "./chunk-Y7ESAQLF.js";
import "./chunk-YWNQQDKI.js";
import "./chunk-NF5IC4FN.js";
import {
  readOnnxModel
} from "./chunk-5HW4JSTL.js";
import {
  probeOnnx
} from "./chunk-GJIP554E.js";
import "./chunk-QPIMBNKW.js";
import "./chunk-MO7GGIUG.js";
import {
  supportedOnnxOps
} from "./chunk-VXPXEBFC.js";
import "./chunk-KDPSR7WJ.js";
import "./chunk-N3FMHTQB.js";
import "./chunk-KHIVFZ2B.js";
import {
  loadInterpreter
} from "./chunk-EMLYJQEM.js";
import {
  fixBatchForRuntime,
  readTflite,
  readTfliteModel
} from "./chunk-G3D2S6V7.js";
import "./chunk-VUKSY2HY.js";
import "./chunk-LHSQ66CC.js";
import {
  EXIT,
  GateError,
  describeError
} from "./chunk-JM7JNUOI.js";
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
