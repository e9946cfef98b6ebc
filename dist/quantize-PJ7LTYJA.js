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
} from "./chunk-CCZTQH4O.js";
import "./chunk-RAAU377P.js";
import "./chunk-Z53PVORZ.js";
import "./chunk-NF5IC4FN.js";
import "./chunk-JKUKF2U6.js";
import "./chunk-3M3F332Q.js";
import "./chunk-6H7QMMT5.js";
import "./chunk-TKXKTAQA.js";
import "./chunk-VUKSY2HY.js";
import "./chunk-LHSQ66CC.js";
import "./chunk-G6EA7MZI.js";
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
