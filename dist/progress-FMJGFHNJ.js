import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  progressReporter
} from "./chunk-3WFLGIDE.js";
import "./chunk-7AIIOF2D.js";
export {
  progressReporter
};
