import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  liteRtEvaluator
} from "./chunk-OPXTFQ4U.js";
import "./chunk-L5HCNQG4.js";
import "./chunk-J4YWOCCX.js";
import "./chunk-BMGVLWQH.js";
import "./chunk-FCKZZNWD.js";
import "./chunk-RI6UWR6A.js";
import "./chunk-MDUMNPHH.js";
import "./chunk-KNDJLUX3.js";
import "./chunk-G6EA7MZI.js";
import "./chunk-7AIIOF2D.js";
export {
  liteRtEvaluator
};
