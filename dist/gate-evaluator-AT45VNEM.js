import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  evaluateWithReference,
  liteRtEvaluator
} from "./chunk-ETU7XFYJ.js";
import "./chunk-FOJCHHO6.js";
import "./chunk-QZNKZ5XA.js";
import "./chunk-K6K6MDKC.js";
import "./chunk-7QFZB7WA.js";
export {
  evaluateWithReference,
  liteRtEvaluator
};
