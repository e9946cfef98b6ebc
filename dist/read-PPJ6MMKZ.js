import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  MAX_OPSET,
  MIN_OPSET,
  externalLocations,
  readOnnxBytes
} from "./chunk-PNCI4VSP.js";
import "./chunk-ZJVSL2IP.js";
import "./chunk-LHSQ66CC.js";
import "./chunk-G6EA7MZI.js";
import "./chunk-7AIIOF2D.js";
export {
  MAX_OPSET,
  MIN_OPSET,
  externalLocations,
  readOnnxBytes
};
