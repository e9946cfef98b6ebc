import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
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
} from "./chunk-CJVSSNHS.js";
import {
  modelStats
} from "./chunk-XB5KZJKT.js";
import {
  loadDataset,
  prepareDataset
} from "./chunk-CCZTQH4O.js";
import {
  parseDataOptions
} from "./chunk-O7YUFU3N.js";
import {
  DEFAULT_CONVERT_OPTIONS,
  convertBytes,
  convertFile,
  convertKerasModel,
  findUnsupported,
  probeKerasFormat,
  readKerasModel,
  supportedClassNames
} from "./chunk-MCCPTRAN.js";
import {
  toFloat16,
  writeTflite
} from "./chunk-RAAU377P.js";
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
import {
  argmaxRows,
  classificationStats,
  perClassAccuracy,
  topKAccuracy
} from "./chunk-LDKQRGTB.js";
import "./chunk-Z53PVORZ.js";
import "./chunk-XLJYOZZQ.js";
import "./chunk-MDUMNPHH.js";
import "./chunk-FVYJKW2Z.js";
import "./chunk-4I7V2L4L.js";
import {
  convertOnnxModel
} from "./chunk-5RRANCI4.js";
import "./chunk-YWNQQDKI.js";
import "./chunk-NF5IC4FN.js";
import {
  readOnnxModel
} from "./chunk-3DJPSR54.js";
import {
  probeOnnx
} from "./chunk-4NXZQM75.js";
import "./chunk-JKUKF2U6.js";
import "./chunk-PNCI4VSP.js";
import {
  supportedOnnxOps
} from "./chunk-TMA7O6HZ.js";
import "./chunk-KDPSR7WJ.js";
import "./chunk-ZJVSL2IP.js";
import "./chunk-3M3F332Q.js";
import {
  loadInterpreter
} from "./chunk-6H7QMMT5.js";
import {
  fixBatchForRuntime,
  readTflite,
  readTfliteModel
} from "./chunk-TKXKTAQA.js";
import "./chunk-VUKSY2HY.js";
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
