import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  STAGE_UNITS,
  evaluateModel,
  evaluateWithOutputs
} from "./chunk-X7BEN5JD.js";
import "./chunk-J4YWOCCX.js";
import "./chunk-IJKIOMH5.js";
import "./chunk-XDO74YH2.js";
import "./chunk-LDKQRGTB.js";
import "./chunk-MDUMNPHH.js";
import "./chunk-FEIJ2YNX.js";
import "./chunk-LHSQ66CC.js";
import "./chunk-G6EA7MZI.js";
import "./chunk-7AIIOF2D.js";
export {
  STAGE_UNITS,
  evaluateModel,
  evaluateWithOutputs
};
