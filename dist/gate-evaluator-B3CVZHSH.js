import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  liteRtEvaluator
} from "./chunk-Y57U6X4V.js";
import "./chunk-GGTAU4XY.js";
import "./chunk-J4YWOCCX.js";
import "./chunk-3H647H5E.js";
import "./chunk-CSFI6RSU.js";
import "./chunk-LDKQRGTB.js";
import "./chunk-MDUMNPHH.js";
import "./chunk-FEIJ2YNX.js";
import "./chunk-LHSQ66CC.js";
import "./chunk-G6EA7MZI.js";
import "./chunk-7AIIOF2D.js";
export {
  liteRtEvaluator
};
