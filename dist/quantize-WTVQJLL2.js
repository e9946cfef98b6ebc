import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  DEFAULT_CALIBRATION_SAMPLES,
  DEFAULT_CALIBRATION_SEED,
  DEFAULT_WORKERS,
  calibrate,
  graphInputs,
  loadCalibrationData,
  quantizeModel,
  recurrentLayers,
  sampleInputs
} from "./chunk-WKI2T3DP.js";
import "./chunk-BEIMX3LC.js";
import "./chunk-TKDOPEIY.js";
import "./chunk-NF5IC4FN.js";
import "./chunk-QPIMBNKW.js";
import "./chunk-KHIVFZ2B.js";
import "./chunk-EMLYJQEM.js";
import "./chunk-G3D2S6V7.js";
import "./chunk-VUKSY2HY.js";
import "./chunk-LHSQ66CC.js";
import "./chunk-JM7JNUOI.js";
import "./chunk-7AIIOF2D.js";
export {
  DEFAULT_CALIBRATION_SAMPLES,
  DEFAULT_CALIBRATION_SEED,
  DEFAULT_WORKERS,
  calibrate,
  graphInputs,
  loadCalibrationData,
  quantizeModel,
  recurrentLayers,
  sampleInputs
};
