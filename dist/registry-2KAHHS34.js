import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  HANDLERS,
  assertSupportedNodes,
  supportedOnnxOps
} from "./chunk-VXPXEBFC.js";
import "./chunk-KDPSR7WJ.js";
import "./chunk-N3FMHTQB.js";
import "./chunk-LHSQ66CC.js";
import "./chunk-JM7JNUOI.js";
import "./chunk-7AIIOF2D.js";
export {
  HANDLERS,
  assertSupportedNodes,
  supportedOnnxOps
};
