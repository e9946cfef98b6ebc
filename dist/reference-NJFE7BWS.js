import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  createKerasReference,
  referenceBackend,
  referenceSupport
} from "./chunk-64IYRBQP.js";
import "./chunk-G6EA7MZI.js";
import "./chunk-7AIIOF2D.js";
export {
  createKerasReference,
  referenceBackend,
  referenceSupport
};
