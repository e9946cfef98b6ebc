import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  liteRtEvaluator
} from "./chunk-BWAUNRW6.js";
import "./chunk-CJVSSNHS.js";
import "./chunk-XB5KZJKT.js";
import "./chunk-CCZTQH4O.js";
import "./chunk-MCCPTRAN.js";
import "./chunk-RAAU377P.js";
import "./chunk-LDKQRGTB.js";
import "./chunk-Z53PVORZ.js";
import "./chunk-MDUMNPHH.js";
import "./chunk-FVYJKW2Z.js";
import "./chunk-4I7V2L4L.js";
import "./chunk-5RRANCI4.js";
import "./chunk-YWNQQDKI.js";
import "./chunk-NF5IC4FN.js";
import "./chunk-3DJPSR54.js";
import "./chunk-4NXZQM75.js";
import "./chunk-JKUKF2U6.js";
import "./chunk-PNCI4VSP.js";
import "./chunk-TMA7O6HZ.js";
import "./chunk-KDPSR7WJ.js";
import "./chunk-ZJVSL2IP.js";
import "./chunk-3M3F332Q.js";
import "./chunk-6H7QMMT5.js";
import "./chunk-TKXKTAQA.js";
import "./chunk-VUKSY2HY.js";
import "./chunk-LHSQ66CC.js";
import "./chunk-G6EA7MZI.js";
import "./chunk-7AIIOF2D.js";
export {
  liteRtEvaluator
};
