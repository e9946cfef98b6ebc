import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  liteRtEvaluator
} from "./chunk-VYJ7WLOF.js";
import "./chunk-2MK3M4XQ.js";
import "./chunk-XB5KZJKT.js";
import "./chunk-WKI2T3DP.js";
import "./chunk-AW4F7ZYW.js";
import "./chunk-BEIMX3LC.js";
import "./chunk-OEDVM243.js";
import "./chunk-TKDOPEIY.js";
import "./chunk-7GLZMHWQ.js";
import "./chunk-6YMK3QD6.js";
import "./chunk-4I7V2L4L.js";
import "./chunk-Y7ESAQLF.js";
import "./chunk-YWNQQDKI.js";
import "./chunk-NF5IC4FN.js";
import "./chunk-5HW4JSTL.js";
import "./chunk-GJIP554E.js";
import "./chunk-QPIMBNKW.js";
import "./chunk-MO7GGIUG.js";
import "./chunk-VXPXEBFC.js";
import "./chunk-KDPSR7WJ.js";
import "./chunk-N3FMHTQB.js";
import "./chunk-KHIVFZ2B.js";
import "./chunk-EMLYJQEM.js";
import "./chunk-G3D2S6V7.js";
import "./chunk-VUKSY2HY.js";
import "./chunk-LHSQ66CC.js";
import "./chunk-JM7JNUOI.js";
import "./chunk-7AIIOF2D.js";
export {
  liteRtEvaluator
};
