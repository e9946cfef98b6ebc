import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  liteRtEvaluator
} from "./chunk-ES54CSVN.js";
import "./chunk-WI7OENSF.js";
import "./chunk-EFVU4FNR.js";
import "./chunk-EEDQLVB3.js";
import "./chunk-7QFZB7WA.js";
export {
  liteRtEvaluator
};
