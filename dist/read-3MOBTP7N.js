import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  MAX_OPSET,
  MIN_OPSET,
  externalLocations,
  readOnnxBytes
} from "./chunk-MO7GGIUG.js";
import "./chunk-N3FMHTQB.js";
import "./chunk-LHSQ66CC.js";
import "./chunk-JM7JNUOI.js";
import "./chunk-7AIIOF2D.js";
export {
  MAX_OPSET,
  MIN_OPSET,
  externalLocations,
  readOnnxBytes
};
