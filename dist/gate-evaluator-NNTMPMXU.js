import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  liteRtEvaluator
} from "./chunk-KEST6YK2.js";
import "./chunk-EDPWO5KN.js";
import "./chunk-J4YWOCCX.js";
import "./chunk-LDKQRGTB.js";
import "./chunk-EF4SHGCJ.js";
import "./chunk-T72A6CUZ.js";
import "./chunk-MDUMNPHH.js";
import "./chunk-6NJGT3DZ.js";
import "./chunk-LHSQ66CC.js";
import "./chunk-G6EA7MZI.js";
import "./chunk-7AIIOF2D.js";
export {
  liteRtEvaluator
};
