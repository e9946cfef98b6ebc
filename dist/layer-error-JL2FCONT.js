import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  modelStats
} from "./chunk-XB5KZJKT.js";
import {
  DEFAULT_WORKERS,
  ReductionBuild,
  describeOp,
  isFloatActivation,
  sampleInputs
} from "./chunk-WKI2T3DP.js";
import {
  writeTflite
} from "./chunk-BEIMX3LC.js";
import "./chunk-TKDOPEIY.js";
import "./chunk-NF5IC4FN.js";
import "./chunk-QPIMBNKW.js";
import {
  LazyPool,
  predictInProcess
} from "./chunk-KHIVFZ2B.js";
import "./chunk-EMLYJQEM.js";
import "./chunk-G3D2S6V7.js";
import "./chunk-VUKSY2HY.js";
import "./chunk-LHSQ66CC.js";
import "./chunk-JM7JNUOI.js";
import "./chunk-7AIIOF2D.js";

// src/quantize/layer-error.ts
var SKIP = /* @__PURE__ */ new Set(["QUANTIZE", "DEQUANTIZE"]);
function layerPairs(float, int8) {
  const byName = new Map(float.tensors.filter((t) => isFloatActivation(t)).map((t) => [t.name, t.id]));
  const pairs = [];
  for (const op of int8.ops) {
    if (SKIP.has(op.type)) continue;
    for (const id of op.outputs) {
      const t = int8.tensors[id];
      const twin = t ? byName.get(t.name) : void 0;
      if (t && twin !== void 0 && t.dtype === "int8" && t.quantization && sameShape(t.shape, float.tensors[twin].shape)) pairs.push({ float: twin, int8: id, op: describeOp(op) });
    }
  }
  return pairs;
}
var sameShape = (a, b) => a.length === b.length && a.every((d, i) => d === b[i]);
function layerErrorGraph(float, int8, pairs) {
  const shift = float.tensors.length;
  const shared = new Map(int8.inputs.map((io, i) => [io.tensor, float.inputs[i].tensor]));
  const id = (t) => t < 0 ? t : shared.get(t) ?? t + shift;
  const build = new ReductionBuild(float, int8.tensors.map((t) => ({ ...t, id: t.id + shift, name: `int8/${t.name}` })));
  const subgraphs = float.subgraphs?.length ?? 0;
  const producer = /* @__PURE__ */ new Map();
  float.ops.forEach((op, i) => op.outputs.forEach((t) => producer.set(t, i)));
  const byInt8 = /* @__PURE__ */ new Map();
  pairs.forEach((p, i) => byInt8.set(p.int8, [...byInt8.get(p.int8) ?? [], i]));
  const ops = [];
  let nextFloat = 0;
  const sizes = [];
  for (const op of int8.ops) {
    ops.push({ ...op, inputs: op.inputs.map(id), outputs: op.outputs.map(id), ...op.options ? { options: renumber(op.options, subgraphs) } : {} });
    for (const i of op.outputs.flatMap((t) => byInt8.get(t) ?? [])) {
      const { float: f, int8: q } = pairs[i];
      const last = producer.get(f) ?? -1;
      while (nextFloat <= last) ops.push(float.ops[nextFloat++]);
      const real = build.floatLike(f, `layer-error/${i}/real`);
      const signal = build.floatLike(f, `layer-error/${i}/signal`);
      const noise = build.floatLike(f, `layer-error/${i}/noise`);
      ops.push({ type: "DEQUANTIZE", inputs: [id(q)], outputs: [real] });
      ops.push({ type: "MUL", inputs: [f, f], outputs: [signal] });
      ops.push({ type: "SQUARED_DIFFERENCE", inputs: [f, real], outputs: [noise] });
      const size = build.reduce(signal, "MEAN", `layer-error/${i}/signal/mean`, ops);
      build.reduce(noise, "MEAN", `layer-error/${i}/noise/mean`, ops);
      sizes.push(size);
    }
  }
  const graph = build.build(float, ops);
  const all = [...float.subgraphs ?? [], ...(int8.subgraphs ?? []).map((g) => ({ ...g, ops: g.ops.map((op) => op.options ? { ...op, options: renumber(op.options, subgraphs) } : op) }))];
  return { graph: { ...graph, inputs: float.inputs, ...all.length ? { subgraphs: all } : {} }, sizes };
}
function renumber(options, by) {
  if (by === 0) return options;
  return Object.fromEntries(Object.entries(options).map(([k, v]) => [k, k.endsWith("_subgraph_index") && typeof v === "number" ? v + by : v]));
}
function layerErrorsOf(output, samples, build, pairs, float) {
  const signal = new Float64Array(pairs.length);
  const noise = new Float64Array(pairs.length);
  const perSample = output.length / Math.max(1, samples);
  for (let s = 0; s < samples; s++) {
    let at = s * perSample;
    build.sizes.forEach((size, i) => {
      let f = 0;
      let d = 0;
      for (let k = 0; k < size; k++) f += output[at + k];
      for (let k = 0; k < size; k++) d += output[at + size + k];
      signal[i] += f;
      noise[i] += d;
      at += 2 * size;
    });
  }
  return pairs.map((p, i) => {
    const [s, n] = [signal[i], noise[i]];
    const snrDb = n === 0 ? Infinity : s === 0 ? -Infinity : 10 * Math.log10(s / n);
    return { tensor: float.tensors[p.float].name, op: p.op, snrDb, relError: s === 0 ? n === 0 ? 0 : Infinity : Math.sqrt(n / s) };
  });
}

// src/pipeline/layer-error.ts
var LAYER_ERROR_SAMPLES = 32;
var LAYER_ERROR_MIN_SAMPLES = 8;
var LAYER_ERROR_MACS = 4e9;
function layerErrorSamples(float, available) {
  const macs = modelStats(float).macs;
  const budget = macs > 0 ? Math.floor(LAYER_ERROR_MACS / macs) : LAYER_ERROR_SAMPLES;
  return Math.min(available, LAYER_ERROR_SAMPLES, Math.max(LAYER_ERROR_MIN_SAMPLES, budget));
}
async function layerErrors(float, int8, data, file, workers = DEFAULT_WORKERS, shared, onProgress) {
  const pairs = layerPairs(float, int8);
  if (pairs.length === 0 || int8.inputs.some((io) => int8.tensors[io.tensor]?.dtype !== float.tensors[float.inputs[0].tensor]?.dtype)) return [];
  const build = layerErrorGraph(float, int8, pairs);
  const request = { bytes: writeTflite(build.graph), file, inputs: sampleInputs(data), count: layerErrorSamples(float, data.count), ...onProgress ? { onProgress } : {} };
  const size = shared?.size ?? Math.min(workers, request.count);
  const own = size > 1 && !shared ? new LazyPool(size) : void 0;
  try {
    const [block] = size > 1 && request.count > 1 ? await (await (shared ?? own).get()).predict(request) : await predictInProcess(request);
    return layerErrorsOf(block.data, request.count, build, pairs, float);
  } finally {
    await own?.close();
  }
}
export {
  LAYER_ERROR_SAMPLES,
  layerErrorSamples,
  layerErrors
};
