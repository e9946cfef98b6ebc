import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  liteRtEvaluator
} from "./chunk-U3I2BX7O.js";
import "./chunk-HTZ2CWJF.js";
import "./chunk-EFVU4FNR.js";
import "./chunk-K6K6MDKC.js";
import "./chunk-7QFZB7WA.js";
export {
  liteRtEvaluator
};
