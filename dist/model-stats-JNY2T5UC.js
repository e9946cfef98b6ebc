import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  estimateArena,
  modelStats
} from "./chunk-XB5KZJKT.js";
import "./chunk-7AIIOF2D.js";
export {
  estimateArena,
  modelStats
};
