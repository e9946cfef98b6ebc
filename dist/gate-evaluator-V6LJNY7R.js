import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  liteRtEvaluator
} from "./chunk-ZOMJN653.js";
import "./chunk-NW3JVADM.js";
import "./chunk-J4YWOCCX.js";
import "./chunk-LGSDKY6P.js";
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
