import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  HANDLERS,
  assertSupportedNodes,
  supportedOnnxOps
} from "./chunk-TMA7O6HZ.js";
import "./chunk-KDPSR7WJ.js";
import "./chunk-ZJVSL2IP.js";
import "./chunk-LHSQ66CC.js";
import "./chunk-G6EA7MZI.js";
import "./chunk-7AIIOF2D.js";
export {
  HANDLERS,
  assertSupportedNodes,
  supportedOnnxOps
};
