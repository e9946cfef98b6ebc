import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  createKerasReference,
  referenceBackend,
  referenceSupport
} from "./chunk-4TT45BRX.js";
import "./chunk-JM7JNUOI.js";
import "./chunk-7AIIOF2D.js";
export {
  createKerasReference,
  referenceBackend,
  referenceSupport
};
