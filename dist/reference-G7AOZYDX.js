import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  createKerasReference,
  referenceBackend,
  referenceSupport
} from "./chunk-FZ5IQS6W.js";
import "./chunk-7QFZB7WA.js";
export {
  createKerasReference,
  referenceBackend,
  referenceSupport
};
