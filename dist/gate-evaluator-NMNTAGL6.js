import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  evaluateWithReference,
  liteRtEvaluator
} from "./chunk-NQYCJDNG.js";
import "./chunk-MGHX6NVE.js";
import "./chunk-QZNKZ5XA.js";
import "./chunk-GS6YW6JJ.js";
import "./chunk-7QFZB7WA.js";
export {
  evaluateWithReference,
  liteRtEvaluator
};
