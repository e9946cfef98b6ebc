import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  InterpreterPool,
  LazyPool,
  predictInProcess
} from "./chunk-KHIVFZ2B.js";
import "./chunk-EMLYJQEM.js";
import "./chunk-G3D2S6V7.js";
import "./chunk-VUKSY2HY.js";
import "./chunk-LHSQ66CC.js";
import "./chunk-JM7JNUOI.js";
import "./chunk-7AIIOF2D.js";
export {
  InterpreterPool,
  LazyPool,
  predictInProcess
};
