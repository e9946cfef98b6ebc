import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  liteRtEvaluator
} from "./chunk-BNWB7W3B.js";
import "./chunk-PKTNNYU7.js";
import "./chunk-J4YWOCCX.js";
import "./chunk-LDKQRGTB.js";
import "./chunk-R4Y7DHHA.js";
import "./chunk-T72A6CUZ.js";
import "./chunk-MDUMNPHH.js";
import "./chunk-FEIJ2YNX.js";
import "./chunk-LHSQ66CC.js";
import "./chunk-G6EA7MZI.js";
import "./chunk-7AIIOF2D.js";
export {
  liteRtEvaluator
};
