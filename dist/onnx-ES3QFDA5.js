import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  convertOnnxBytes,
  externalFilesBeside
} from "./chunk-Y7ESAQLF.js";
import "./chunk-YWNQQDKI.js";
import "./chunk-NF5IC4FN.js";
import "./chunk-5HW4JSTL.js";
import "./chunk-GJIP554E.js";
import "./chunk-QPIMBNKW.js";
import "./chunk-MO7GGIUG.js";
import "./chunk-VXPXEBFC.js";
import "./chunk-KDPSR7WJ.js";
import "./chunk-N3FMHTQB.js";
import "./chunk-LHSQ66CC.js";
import "./chunk-JM7JNUOI.js";
import "./chunk-7AIIOF2D.js";
export {
  convertOnnxBytes,
  externalFilesBeside
};
