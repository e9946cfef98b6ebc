import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  InterpreterPool,
  LazyPool,
  predictInProcess
} from "./chunk-3M3F332Q.js";
import "./chunk-6H7QMMT5.js";
import "./chunk-TKXKTAQA.js";
import "./chunk-VUKSY2HY.js";
import "./chunk-LHSQ66CC.js";
import "./chunk-G6EA7MZI.js";
import "./chunk-7AIIOF2D.js";
export {
  InterpreterPool,
  LazyPool,
  predictInProcess
};
