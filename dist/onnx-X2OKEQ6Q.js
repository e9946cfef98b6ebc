import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  convertOnnxBytes,
  externalFilesBeside
} from "./chunk-5RRANCI4.js";
import "./chunk-YWNQQDKI.js";
import "./chunk-NF5IC4FN.js";
import "./chunk-3DJPSR54.js";
import "./chunk-4NXZQM75.js";
import "./chunk-JKUKF2U6.js";
import "./chunk-PNCI4VSP.js";
import "./chunk-TMA7O6HZ.js";
import "./chunk-KDPSR7WJ.js";
import "./chunk-ZJVSL2IP.js";
import "./chunk-LHSQ66CC.js";
import "./chunk-G6EA7MZI.js";
import "./chunk-7AIIOF2D.js";
export {
  convertOnnxBytes,
  externalFilesBeside
};
