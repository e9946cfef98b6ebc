import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  liteRtEvaluator
} from "./chunk-42DA6VM5.js";
import "./chunk-HTEJ2OPS.js";
import "./chunk-J4YWOCCX.js";
import "./chunk-LDKQRGTB.js";
import "./chunk-IKOBATQG.js";
import "./chunk-Q6XLOD2X.js";
import "./chunk-MDUMNPHH.js";
import "./chunk-FEIJ2YNX.js";
import "./chunk-LHSQ66CC.js";
import "./chunk-G6EA7MZI.js";
import "./chunk-7AIIOF2D.js";
export {
  liteRtEvaluator
};
