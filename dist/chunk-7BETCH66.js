import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  LIMITS
} from "./chunk-QPIMBNKW.js";

// src/config/limits.ts
function readLimits(value) {
  return Object.fromEntries(Object.entries(LIMITS).map(([key, def]) => [key, value(def.name)]));
}

export {
  readLimits
};
