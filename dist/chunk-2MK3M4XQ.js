import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  modelStats
} from "./chunk-XB5KZJKT.js";
import {
  DEFAULT_CALIBRATION_SAMPLES,
  DEFAULT_CALIBRATION_SEED,
  loadDataset,
  modelClassCount,
  sampleIndices,
  seededRandom
} from "./chunk-WKI2T3DP.js";
import {
  checkModelFormat,
  convertBytes,
  readKerasModel,
  readModelFile
} from "./chunk-AW4F7ZYW.js";
import {
  isTflite
} from "./chunk-BEIMX3LC.js";
import {
  argmaxRows,
  classLosses,
  classificationStats,
  mcnemarExactP,
  noSourceNote,
  perClassAccuracy
} from "./chunk-OEDVM243.js";
import {
  writeOutputFile
} from "./chunk-6YMK3QD6.js";
import {
  externalFilesBeside
} from "./chunk-Y7ESAQLF.js";
import {
  externalReader,
  memoryReader,
  probeOnnx
} from "./chunk-GJIP554E.js";
import {
  InterpreterPool,
  predictInProcess
} from "./chunk-KHIVFZ2B.js";
import {
  dequantizeInPlace,
  liteRtRuntime,
  loadInterpreter,
  modelIOQuantization,
  quantizationFor
} from "./chunk-EMLYJQEM.js";
import {
  readTfliteModel
} from "./chunk-G3D2S6V7.js";
import {
  GateError
} from "./chunk-JM7JNUOI.js";

// src/pipeline/evaluate.ts
import { mkdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, extname, join } from "node:path";

// src/metrics/latency.ts
function percentile(sorted, p) {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p / 100;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
function latencyStats(timingsMs, initMs, firstMs) {
  const n = timingsMs.length;
  if (n === 0) throw new RangeError("latencyStats needs at least one timed run");
  const sorted = Float64Array.from(timingsMs).sort();
  const mean = timingsMs.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? timingsMs.reduce((a, t) => a + (t - mean) ** 2, 0) / (n - 1) : 0;
  return {
    runs: n,
    initMs,
    firstMs,
    meanMs: mean,
    stdMs: Math.sqrt(variance),
    minMs: sorted[0],
    p50Ms: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p99Ms: percentile(sorted, 99)
  };
}
function select(a, k) {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[lo + hi >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}
function median(values) {
  const n = values.length;
  const upper = select(values, n >> 1);
  if (n % 2 === 1) return upper;
  let lower = -Infinity;
  for (let i = 0; i < n >> 1; i++) if (values[i] > lower) lower = values[i];
  return (lower + upper) / 2;
}
function compareLatency(variant, baseMs, headMs, options = {}) {
  const n = baseMs.length;
  if (n === 0 || headMs.length !== n) throw new RangeError(`interleaved runs must pair up: ${n} base vs ${headMs.length} head timings`);
  const resamples = options.resamples ?? 2e3;
  const alpha = 1 - (options.confidence ?? 0.95);
  const random = seededRandom(options.seed ?? 1);
  const ratio = median(Float64Array.from(headMs)) / median(Float64Array.from(baseMs));
  const ratios = new Float64Array(resamples);
  const b = new Float64Array(n);
  const h = new Float64Array(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) {
      const j = random() * n | 0;
      b[i] = baseMs[j];
      h[i] = headMs[j];
    }
    ratios[r] = median(h) / median(b);
  }
  ratios.sort();
  return { variant, ratio, ciLow: percentile(ratios, 100 * alpha / 2), ciHigh: percentile(ratios, 100 * (1 - alpha / 2)) };
}

// src/runtime/latency.ts
async function prepare(model, options) {
  await liteRtRuntime();
  let start = performance.now();
  const interpreter = await loadInterpreter(model.bytes, { file: model.file });
  const initMs = performance.now() - start;
  const inputs = options.inputs ?? interpreter.inputs.map((d) => new Float32Array(d.size));
  inputs.forEach((data, i) => interpreter.setInput(i, data));
  start = performance.now();
  runOnce(interpreter);
  const firstMs = performance.now() - start;
  const minRuns = options.warmup ?? 10;
  const minMs = options.warmupMs ?? Math.min(500, 5 * (options.runs ?? 100));
  const warmStart = performance.now();
  for (let i = 0; i < minRuns || performance.now() - warmStart < minMs; i++) runOnce(interpreter);
  return { interpreter, initMs, firstMs };
}
function runOnce(interpreter, inputs) {
  inputs?.forEach((data, i) => interpreter.setInput(i, data));
  interpreter.invoke();
  for (let o = 0; o < interpreter.outputs.length; o++) interpreter.readOutput(o);
}
function timeRun(interpreter, inputs) {
  const start = performance.now();
  runOnce(interpreter, inputs);
  return performance.now() - start;
}
async function measureLatency(model, options = {}) {
  const { interpreter, initMs, firstMs } = await prepare(model, options);
  try {
    const runsMs = [];
    const runs = options.runs ?? 100;
    for (let i = 0; i < runs; i++) {
      runsMs.push(timeRun(interpreter, options.inputs));
      options.onRun?.(i + 1, runs);
    }
    return { initMs, firstMs, runsMs };
  } finally {
    interpreter.dispose();
  }
}
async function measureInterleaved(base, head, options = {}) {
  const a = await prepare(base, options);
  try {
    const b = await prepare(head, { ...options, inputs: options.headInputs ?? options.inputs });
    try {
      const aRuns = [];
      const bRuns = [];
      for (let i = 0; i < (options.runs ?? 100); i++) {
        aRuns.push(timeRun(a.interpreter, options.inputs));
        bRuns.push(timeRun(b.interpreter, options.headInputs ?? options.inputs));
      }
      return { base: { initMs: a.initMs, firstMs: a.firstMs, runsMs: aRuns }, head: { initMs: b.initMs, firstMs: b.firstMs, runsMs: bRuns } };
    } finally {
      b.interpreter.dispose();
    }
  } finally {
    a.interpreter.dispose();
  }
}

// src/metrics/agreement.ts
function absDiff(variant, float32) {
  if (variant.length !== float32.length) throw new RangeError(`output sizes differ: ${variant.length} vs ${float32.length} values`);
  let max = 0;
  let sum = 0;
  for (let i = 0; i < variant.length; i++) {
    const d = Math.abs(variant[i] - float32[i]);
    if (d > max) max = d;
    sum += d;
  }
  return { max: sum !== sum ? NaN : max, mean: variant.length ? sum / variant.length : 0 };
}
function losingClasses(v, f, labels, numClasses, limit) {
  const losses = classLosses(perClassAccuracy(f, labels, numClasses).perClass, perClassAccuracy(v, labels, numClasses).perClass, limit);
  return losses.map((l) => ({ cls: l.cls, float32: l.from, variant: l.to }));
}
function pairedTest(v, f, labels) {
  let referenceOnly = 0;
  let variantOnly = 0;
  for (let i = 0; i < v.length; i++) {
    const ok = v[i] === labels[i];
    const refOk = f[i] === labels[i];
    if (refOk && !ok) referenceOnly++;
    else if (ok && !refOk) variantOnly++;
  }
  return { referenceOnly, variantOnly, p: mcnemarExactP(referenceOnly, variantOnly) };
}
function agreementStats(variant, float32, options = {}) {
  const { max, mean } = absDiff(variant, float32);
  const stats = { maxAbsDiff: max, meanAbsDiff: mean };
  const { numClasses, labels } = options;
  if (numClasses === void 0) return stats;
  const v = argmaxRows(variant, numClasses);
  const f = argmaxRows(float32, numClasses);
  let flipped = 0;
  for (let i = 0; i < v.length; i++) if (v[i] !== f[i]) flipped++;
  stats.flipped = flipped;
  stats.agreement = v.length ? (v.length - flipped) / v.length : NaN;
  if (labels) {
    stats.classesLosingMost = losingClasses(v, f, labels, numClasses, options.maxClasses ?? 5);
    stats.paired = pairedTest(v, f, labels);
  }
  return stats;
}

// src/metrics/regression.ts
function regressionStats(predictions, targets, samples) {
  if (predictions.length !== targets.length) {
    throw new RangeError(`predictions hold ${predictions.length} values, targets ${targets.length}`);
  }
  let abs = 0;
  let sq = 0;
  let max = 0;
  for (let i = 0; i < predictions.length; i++) {
    const e = predictions[i] - targets[i];
    abs += Math.abs(e);
    sq += e * e;
    if (Math.abs(e) > max) max = Math.abs(e);
  }
  const n = predictions.length;
  return { samples, mae: n ? abs / n : NaN, rmse: n ? Math.sqrt(sq / n) : NaN, maxAbsError: abs !== abs ? NaN : max };
}

// src/pipeline/evaluate-metrics.ts
function classCount(outputs, labels) {
  const first = outputs[0];
  if (!first || labels?.kind === "regression") return void 0;
  if (labels?.kind === "class") return first.sampleSize > 1 ? first.sampleSize : void 0;
  return modelClassCount(first.shape) === first.sampleSize ? first.sampleSize : void 0;
}
function accuracyStats(outputs, count, labels, notes) {
  const first = outputs[0];
  if (!labels || !first) return {};
  if (outputs.length > 1) notes.push(`the model has ${outputs.length} outputs; the labels are compared with the first, "${first.name}"`);
  if (labels.kind === "class") {
    const classes = classCount(outputs, labels);
    if (classes === void 0 || labels.numClasses !== void 0 && labels.numClasses > classes) {
      notes.push(`labels are class ids but output "${first.name}" gives ${first.sampleSize} value(s) per sample: no accuracy`);
      return {};
    }
    return { classification: classificationStats(first.data, classes, labels.data) };
  }
  if (labels.data.length !== count * first.sampleSize) {
    notes.push(`regression targets hold ${labels.data.length / count} value(s) per sample, output "${first.name}" gives ${first.sampleSize}: no error stats`);
    return {};
  }
  return { regression: regressionStats(first.data, labels.data, count) };
}
function agreementWithFloat32(variant, float32, labels) {
  const classes = classCount(float32, labels);
  const first = agreementStats(variant[0].data, float32[0].data, {
    numClasses: classes,
    labels: classes !== void 0 && labels?.kind === "class" ? labels.data : void 0
  });
  let max = first.maxAbsDiff;
  let sum = first.meanAbsDiff * variant[0].data.length;
  let total = variant[0].data.length;
  for (let o = 1; o < variant.length; o++) {
    const other = agreementStats(variant[o].data, float32[o].data);
    max = Number.isNaN(other.maxAbsDiff) || Number.isNaN(max) ? NaN : Math.max(max, other.maxAbsDiff);
    sum += other.meanAbsDiff * variant[o].data.length;
    total += variant[o].data.length;
  }
  return { ...first, maxAbsDiff: max, meanAbsDiff: total ? sum / total : 0 };
}
function dequantizeOutputs(outputs, bytes) {
  const found = modelIOQuantization(bytes);
  outputs.forEach((block, i) => {
    const q = quantizationFor(found.outputs, block.name, i);
    if (q) dequantizeInPlace(block.data, q);
  });
  return outputs;
}
function quantizationNotes(io) {
  const text = (d) => `"${d.name}" (${d.dtype}, scale ${d.quantization.scale}, zero point ${d.quantization.zeroPoint})`;
  const inputs = io.inputs.filter((d) => d.quantization);
  const outputs = io.outputs.filter((d) => d.quantization);
  return [
    ...inputs.length ? [`quantized input ${inputs.map(text).join(", ")}: float data (after preprocessing) is quantized, round(x / scale) + zero point; integer data as given is fed raw`] : [],
    ...outputs.length ? [`quantized output ${outputs.map(text).join(", ")}: dequantized, scale \xB7 (q \u2212 zero point), before the metrics`] : []
  ];
}

// src/pipeline/evaluate-stats.ts
import { gzipSync } from "node:zlib";
function variantStats(bytes, file, notes) {
  const fileBytes = bytes.byteLength;
  const gzipBytes = gzipSync(bytes, { level: 9 }).byteLength;
  try {
    const stats = modelStats(readTfliteModel(bytes, file).graph);
    return {
      size: { fileBytes, gzipBytes, params: stats.params, weightBytesByDtype: stats.constantBytesByDtype },
      ops: stats.ops,
      macs: stats.macs,
      arenaBytes: stats.arenaBytes
    };
  } catch (error) {
    if (!(error instanceof GateError)) throw error;
    notes.push(`no graph statistics (params, MACs, arena): ${error.message}`);
    return { size: { fileBytes, gzipBytes, params: NaN, weightBytesByDtype: {} }, ops: {}, macs: NaN, arenaBytes: NaN };
  }
}

// src/pipeline/evaluate-variants.ts
var round = (x) => Number.isFinite(x) ? Number(x.toPrecision(4)) : x;
function quantizedIO(tensor) {
  return !!tensor && (tensor.dtype === "int8" || tensor.dtype === "uint8") && (tensor.quantization?.scale.some((s) => s !== 0) ?? false);
}
function tfliteVariant(bytes, file) {
  try {
    const { graph } = readTfliteModel(bytes, file);
    if (graph.tensors.some((t) => t.data && t.dtype === "float16")) return "float16";
    if (graph.tensors.some((t) => !t.data && t.dtype === "int8")) return "int8";
    if ([...graph.inputs, ...graph.outputs].some((io) => quantizedIO(graph.tensors[io.tensor]))) return "int8";
    if (graph.tensors.some((t) => t.data && t.dtype === "int8")) return "dynamic";
    return "float32";
  } catch {
    return "float32";
  }
}
var convertKeras = async (source, variants, notes) => {
  const converted = await convertBytes(source.bytes, source.model, {
    variants,
    ...source.sequenceLength ? { sequenceLength: source.sequenceLength } : {},
    ...source.int8 ? { int8: source.int8 } : {},
    ...source.maxConfigDepth ? { maxConfigDepth: source.maxConfigDepth } : {},
    ...source.externalFiles ? { external: memoryReader(source.externalFiles) } : source.path ? { external: externalReader(source.path) } : {},
    ...source.nhwc ? { nhwc: true } : {},
    ...source.onProgress ? { onProgress: source.onProgress } : {}
  });
  notes?.push(...converted.notes);
  return converted.variants.map((v) => ({ variant: v.variant, bytes: v.data, ...v.quantization ? { quantization: summarize(v.quantization, v.calibration, v.layerErrors) } : {} }));
};
function summarize(report, calibration, layers) {
  return {
    mode: report.mode,
    quantizedWeights: report.quantizedWeights.length,
    floatWeights: report.floatWeights.map((w) => `${w.tensor} (${w.elements})`),
    floatOps: report.floatOps.map((o) => `${o.op}: ${o.reason}`),
    requantized: report.requantized.map((r) => `${r.tensor} \u2192 ${r.op}`),
    ...report.rangeWarnings?.length ? { rangeWarnings: report.rangeWarnings } : {},
    ...calibration ? { calibrationSamples: calibration.samples, unstableRanges: calibration.unstable.map((u) => u.name) } : {},
    ...layers?.length ? { layers: layers.map((l) => ({ ...l, snrDb: round(l.snrDb), relError: round(l.relError) })) } : {}
  };
}
var CONVERTIBLE = ["float32", "float16", "dynamic", "int8"];
async function modelVariants(source, convert, notes) {
  if (isTflite(source.bytes)) {
    const variant = tfliteVariant(source.bytes, source.model);
    const others = source.variants.filter((v) => v !== variant);
    if (others.length) notes.push(`a .tflite file is evaluated as it is (${variant}); ${others.join(", ")} not produced`);
    return [{ variant, bytes: source.bytes }];
  }
  const wanted = source.variants.filter((v) => CONVERTIBLE.includes(v));
  const skipped = source.variants.filter((v) => !CONVERTIBLE.includes(v));
  if (wanted.length === 0) {
    throw new GateError("usage", `the converter makes ${CONVERTIBLE.join(", ")} variants, not ${skipped.join(", ")}`, { file: source.model }, `Pass --variants with some of ${CONVERTIBLE.join(", ")}.`);
  }
  if (skipped.length) notes.push(`the converter makes ${CONVERTIBLE.join(", ")} variants; ${skipped.join(", ")} skipped`);
  return convert(source, wanted, notes);
}

// src/data/split.ts
function rows(data, per, indices) {
  const out = new data.constructor(indices.length * per);
  for (let i = 0; i < indices.length; i++) out.set(data.subarray(indices[i] * per, (indices[i] + 1) * per), i * per);
  return out;
}
function takeInput(input, count, indices) {
  const per = input.data.length / count;
  return { ...input, shape: [indices.length, ...input.shape.slice(1)], data: rows(input.data, per, indices) };
}
function takeLabels(labels, count, indices) {
  if (!labels) return void 0;
  if (labels.kind === "class") return { ...labels, data: rows(labels.data, 1, indices) };
  return { ...labels, shape: [indices.length, ...labels.shape.slice(1)], data: rows(labels.data, labels.data.length / count, indices) };
}
function subset(dataset, indices) {
  const labels = takeLabels(dataset.labels, dataset.count, indices);
  return { ...dataset, count: indices.length, inputs: dataset.inputs.map((input) => takeInput(input, dataset.count, indices)), ...labels ? { labels } : {} };
}
function splitCalibration(dataset, size, seed) {
  const take = Math.max(1, Math.min(size, Math.floor(dataset.count / 5)));
  const chosen = sampleIndices(dataset.count, take, seed);
  const picked = new Set(chosen);
  const rest = Int32Array.from({ length: dataset.count }, (_, i) => i).filter((i) => !picked.has(i));
  return { calibration: subset(dataset, chosen), evaluation: subset(dataset, rest) };
}

// src/pipeline/evaluate-int8.ts
async function calibrationData(settings, inputs, data, test) {
  const samples = settings.samples ?? DEFAULT_CALIBRATION_SAMPLES;
  if (settings.dataset) {
    const modelInputs = inputs.map((d) => ({ name: d.name, shape: d.shape, dtype: d.dtype }));
    const path = settings.dataset;
    const calibration2 = await loadDataset(path, modelInputs, { ...data, samples, seed: DEFAULT_CALIBRATION_SEED, yKeyExplicit: false }).catch((error) => {
      throw error instanceof GateError ? error.renamingFile(path, settings.datasetName) : error;
    });
    return { calibration: calibration2, source: `representative dataset ${settings.datasetName ?? settings.dataset} (${calibration2.count} samples)` };
  }
  if (!test) {
    throw new GateError(
      "usage",
      "the int8 variant needs calibration data and there is no dataset",
      {},
      "Pass a test dataset (a seeded subset of it calibrates int8 and is left out of the figures) or a representative dataset."
    );
  }
  const { calibration, evaluation } = splitCalibration(test, samples, DEFAULT_CALIBRATION_SEED);
  return { calibration, evaluation, source: `${calibration.count} test samples (seeded, seed ${DEFAULT_CALIBRATION_SEED}), left out of every figure: ${evaluation.count} evaluated` };
}
async function int8Variant(source, settings, inputs, data, test, convert, notes) {
  const plan = await calibrationData(settings, inputs, data, test);
  const [variant] = await convert({ ...source, variants: ["int8"], int8: { dataset: plan.calibration } }, ["int8"], notes);
  if (!variant) throw new Error("the converter returned no int8 variant");
  notes.push(`int8 calibrated on ${plan.source}`);
  if (variant.quantization) variant.quantization.calibrationSource = plan.source;
  return { variant, dataset: plan.evaluation ?? test };
}

// src/pipeline/onnx-reference.ts
var PACKAGES = ["onnxruntime-node", "onnxruntime-web"];
async function loadOrt(packages) {
  for (const name of packages) {
    try {
      const module = await import(
        /* @vite-ignore */
        name
      );
      const ort = module.InferenceSession ? module : module.default;
      if (ort.env.wasm) ort.env.wasm.numThreads = 1;
      return { ort, name };
    } catch {
    }
  }
  return void 0;
}
function feed(ort, type, data, dims) {
  if (type === "int64") return new ort.Tensor("int64", BigInt64Array.from(Array.from(data, (v) => BigInt(Math.trunc(v)))), dims);
  if (type === "int32") return new ort.Tensor("int32", Int32Array.from(data), dims);
  return new ort.Tensor("float32", Float32Array.from(data), dims);
}
var NOT_INSTALLED = "onnxruntime is not installed (`npm install onnxruntime-web` enables the ONNX reference)";
var WEB_ONLY = "onnxruntime-web is not installed, and only it takes weights in external data files from memory (`npm install onnxruntime-web`)";
async function openSession(bytes, options) {
  const external = options.externalFiles?.size ? [...options.externalFiles].map(([path, data]) => ({ path, data })) : void 0;
  const packages = (options.packages ?? PACKAGES).filter((p) => !external || p !== "onnxruntime-node");
  const loaded = await loadOrt(packages);
  if (!loaded) return external ? WEB_ONLY : NOT_INSTALLED;
  const { ort, name } = loaded;
  try {
    const session = await ort.InferenceSession.create(bytes, { executionProviders: [name === "onnxruntime-web" ? "wasm" : "cpu"], ...external ? { externalData: external } : {} });
    return { ort, name, session };
  } catch (error) {
    return `${name} cannot load the model (${error.message.split("\n")[0]})`;
  }
}
async function runOnnxSource(bytes, dataset, options = {}) {
  const opened = await openSession(bytes, options);
  if (typeof opened === "string") return opened;
  const { ort, name, session } = opened;
  const like = options.like;
  try {
    const blocks = session.outputNames.map(() => []);
    for (let s = 0; s < dataset.count; s++) {
      const feeds = Object.fromEntries(dataset.inputs.map((input, i) => {
        const size = input.data.length / dataset.count;
        return [session.inputNames[i], feed(ort, session.inputMetadata?.[i]?.type, input.data.subarray(s * size, (s + 1) * size), [1, ...input.shape.slice(1)])];
      }));
      const result = await session.run(feeds);
      session.outputNames.forEach((n, o) => blocks[o].push(...Array.from(result[n].data, Number)));
    }
    const outputs = blocks.map((values, o) => {
      const data = Float32Array.from(values);
      return { name: like?.[o]?.name ?? session.outputNames[o], shape: like?.[o]?.shape ?? [1, data.length / dataset.count], sampleSize: data.length / dataset.count, data };
    });
    return { outputs, backend: `${name} ${ort.env.versions?.common ?? ""}`.trim() };
  } finally {
    await session.release();
  }
}

// src/pipeline/reference.ts
function referenceInput(data) {
  return data instanceof Float32Array || data instanceof Int32Array ? data : Float32Array.from(data);
}
async function sourceOutputs(model, file, dataset, like) {
  const { createKerasReference } = await import("./reference-2U3GQQJ2.js");
  const reference = await createKerasReference(model, file);
  try {
    const raw = reference.predict(dataset.inputs.map((i) => referenceInput(i.data)), dataset.count);
    const outputs = raw.map((data, o) => {
      const sampleSize = data.length / dataset.count;
      return { name: like?.[o]?.name ?? `output ${o}`, shape: like?.[o]?.shape ?? [1, sampleSize], sampleSize, data };
    });
    return { outputs, backend: reference.backend };
  } finally {
    reference.dispose();
  }
}
async function anySourceOutputs(options) {
  const { model, bytes, dataset, float32 } = options;
  if (probeOnnx(bytes)) return options.nhwc ? "the ONNX model takes NCHW inputs and the dataset is NHWC (--nhwc)" : runOnnxSource(bytes, dataset, { like: float32, externalFiles: options.externalFiles });
  return sourceOutputs(await readKerasModel(bytes, model, { maxDepth: options.maxConfigDepth }), model, dataset, float32);
}
async function evaluateSource(options) {
  const { model, bytes, dataset, float32, notes } = options;
  if (isTflite(bytes)) {
    notes.push("--reference needs the source model (.h5/.keras/.onnx); a .tflite file has no source model to compare with");
    return void 0;
  }
  const run = await anySourceOutputs(options);
  if (typeof run === "string") {
    notes.push(noSourceNote(probeOnnx(bytes) ? "ONNX" : "Keras", run));
    return void 0;
  }
  const { outputs, backend } = run;
  if (float32 && float32.some((block, o) => block.data.length !== outputs[o]?.data.length)) {
    throw new GateError(
      "runtime",
      "the source model and the float32 .tflite give outputs of different sizes",
      { file: model },
      "Report this model: the converter and the Keras graph disagree on an output shape."
    );
  }
  const source = { ...accuracyStats(outputs, dataset.count, dataset.labels, []), runtime: backend };
  if (float32) source.float32VsSource = agreementWithFloat32(float32, outputs, dataset.labels);
  return source;
}

// src/pipeline/evaluate.ts
var STAGE_UNITS = { calibrate: "samples", "layer errors": "samples", predict: "samples", latency: "runs" };
async function evaluateModel(options) {
  return (await evaluateWithOutputs(options)).evaluation;
}
async function evaluateWithOutputs(options) {
  const notes = [];
  const report = options.onProgress ?? (() => void 0);
  const bytes = options.bytes ?? await readModelFile(options.modelPath ?? options.model, options.model, "--model", options.limits);
  checkModelFormat(bytes, options.model, ["tflite", "keras", "onnx"]);
  report({ stage: "convert" });
  const loading = liteRtRuntime();
  loading.catch(() => void 0);
  const requested = options.variants ?? ["float32", "float16"];
  const int8Later = requested.includes("int8") && !isTflite(bytes);
  if (int8Later && !requested.includes("float32")) {
    throw new GateError("usage", "the int8 variant is calibrated and compared against float32: include float32 in the variants", { file: options.model }, "Pass --variants float32,int8 (or more).");
  }
  const keras = {
    model: options.model,
    bytes,
    sequenceLength: options.sequenceLength,
    maxConfigDepth: options.limits?.configDepth,
    ...options.nhwc ? { nhwc: true } : {},
    ...options.bytes ? {} : { path: options.modelPath ?? options.model },
    ...options.externalFiles ? { externalFiles: options.externalFiles } : {}
  };
  const convert = options.convert ?? convertKeras;
  const variants = await modelVariants({ ...keras, variants: requested.filter((v) => !int8Later || v !== "int8") }, convert, notes);
  const runtime = await loading;
  const io = await modelIO(variants[0], options.model);
  report({ stage: "dataset" });
  let dataset = await datasetFor(options, io);
  if (int8Later) {
    const onProgress = (s) => {
      if (s.step === "calibrate" || s.step === "layer-errors") report({ stage: s.step === "calibrate" ? "calibrate" : "layer errors", variant: "int8", done: s.done, total: s.total });
    };
    const made = await int8Variant({ ...keras, onProgress }, options.int8 ?? {}, io.inputs, options.data ?? {}, dataset, convert, notes);
    variants.splice(requested.indexOf("int8"), 0, made.variant);
    dataset = made.dataset;
  }
  if (dataset) notes.push(...quantizationNotes(io));
  notes.push(...dataset?.notes ?? []);
  const workers = dataset ? workerCount(options, io, dataset.count, variants.length) : 1;
  const evaluated = dataset ? await predictVariants(variants, dataset, workers, options) : variants.map((variant) => ({ variant }));
  const float32 = evaluated.find((e) => e.variant.variant === "float32")?.outputs;
  if (options.reference) report({ stage: "reference" });
  if (options.reference && !dataset) notes.push("--reference needs a dataset: no source accuracy");
  const source = options.reference && dataset ? await evaluateSource({
    model: options.model,
    bytes,
    dataset,
    float32,
    notes,
    maxConfigDepth: options.limits?.configDepth,
    ...options.nhwc ? { nhwc: true } : {},
    externalFiles: options.externalFiles ?? (options.bytes ? void 0 : externalFilesBeside(options.modelPath ?? options.model, bytes, options.limits?.modelMib))
  }) : void 0;
  const results = [];
  for (const { variant, outputs } of evaluated) {
    report({ stage: "stats", variant: variant.variant });
    const result = { variant: variant.variant, ...variantStats(variant.bytes, options.model, notes), ...variant.quantization ? { quantization: variant.quantization } : {} };
    if (options.outputDir) result.tflitePath = await writeVariant(options.outputDir, options.model, variant);
    if (outputs && dataset) {
      Object.assign(result, accuracyStats(outputs, dataset.count, dataset.labels, notes));
      if (float32 && variant.variant !== "float32") result.vsFloat32 = agreementWithFloat32(outputs, float32, dataset.labels);
    }
    results.push(result);
  }
  await measureVariants(evaluated, results, dataset, options);
  const evaluation = {
    model: options.model,
    ref: options.ref ?? "working tree",
    runtime: runtime.description,
    ...dataset ? { dataset: options.datasetName ?? dataset.source } : {},
    variants: results,
    ...source ? { source } : {},
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    ...dataset?.labels?.kind === "class" && dataset.labels.classNames ? { classNames: dataset.labels.classNames } : {},
    ...dataset?.preparation ? { datasetOptions: dataset.preparation } : {},
    notes: [...new Set(notes)]
  };
  return { evaluation, outputs: evaluated.map((e) => e.outputs), ...dataset?.labels ? { labels: dataset.labels } : {} };
}
async function modelIO(variant, file) {
  const interpreter = await loadInterpreter(variant.bytes, { file });
  try {
    interpreter.invoke();
    const start = performance.now();
    let runs = 0;
    while (runs < 5 && performance.now() - start < 50) {
      interpreter.invoke();
      runs++;
    }
    return { inputs: interpreter.inputs, outputs: interpreter.outputs, inferenceMs: (performance.now() - start) / runs };
  } finally {
    interpreter.dispose();
  }
}
var POOL_WORTH_MS = 500;
function workerCount(options, io, samples, variants) {
  if (options.workers !== void 0) return Math.max(1, Math.min(options.workers, Math.ceil(samples / 64)));
  if (io.inferenceMs * samples * variants < POOL_WORTH_MS) return 1;
  return Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(samples / 64)));
}
async function datasetFor(options, io) {
  const { dataset } = options;
  if (dataset === void 0) return void 0;
  if (typeof dataset !== "string") return dataset;
  const settings = { ...options.data, limits: options.limits, outputShape: io.outputs[0]?.shape };
  if (options.samples !== void 0) settings.samples = options.samples;
  const modelInputs = io.inputs.map((d) => ({ name: d.name, shape: d.shape, dtype: d.dtype, ...d.quantization ? { quantization: d.quantization } : {} }));
  try {
    return await loadDataset(dataset, modelInputs, settings);
  } catch (error) {
    throw error instanceof GateError ? error.renamingFile(dataset, options.datasetName) : error;
  }
}
function sampleInputs(dataset) {
  return dataset.inputs.map((input) => ({ data: input.data, sampleSize: input.data.length / dataset.count }));
}
async function predictVariants(variants, dataset, workers, options) {
  const pool = workers > 1 ? await InterpreterPool.create(workers) : void 0;
  try {
    const out = [];
    for (const variant of variants) {
      const onProgress = (done, total) => options.onProgress?.({ stage: "predict", variant: variant.variant, done, total });
      const request = { bytes: variant.bytes, file: options.model, inputs: sampleInputs(dataset), count: dataset.count, onProgress };
      const outputs = pool ? await pool.predict(request) : await predictInProcess(request);
      out.push({ variant, outputs: dequantizeOutputs(outputs, variant.bytes) });
    }
    return out;
  } finally {
    await pool?.close();
  }
}
async function measureVariants(evaluated, results, dataset, options) {
  const runs = options.latencyRuns ?? 100;
  if (runs <= 0) return;
  const inputs = dataset ? sampleInputs(dataset).map((s) => s.data.subarray(0, s.sampleSize)) : void 0;
  for (let i = 0; i < evaluated.length; i++) {
    const variant = evaluated[i].variant;
    options.onProgress?.({ stage: "latency", variant: variant.variant, done: 0, total: runs });
    const onRun = (done, total) => options.onProgress?.({ stage: "latency", variant: variant.variant, done, total });
    const timings = await measureLatency({ bytes: variant.bytes, file: options.model }, { runs, warmup: Math.min(10, runs), inputs, onRun });
    results[i].latency = latencyStats(timings.runsMs, timings.initMs, timings.firstMs);
  }
}
async function writeVariant(dir, model, variant) {
  const path = join(dir, `${basename(model, extname(model))}.${variant.variant}.tflite`);
  const hint = "Pass a folder with --output-dir (it is created when missing), not a file.";
  try {
    await mkdir(dir, { recursive: true });
    writeOutputFile(path, variant.bytes, { mode: "replace", what: `the ${variant.variant} .tflite`, hint });
  } catch (error) {
    if (error instanceof GateError) throw error;
    const code = error.code ?? String(error);
    throw new GateError("usage", `cannot write the ${variant.variant} .tflite into the output folder (${code})`, { file: dir }, hint);
  }
  return path;
}

export {
  percentile,
  latencyStats,
  compareLatency,
  measureInterleaved,
  pairedTest,
  agreementStats,
  regressionStats,
  classCount,
  agreementWithFloat32,
  tfliteVariant,
  STAGE_UNITS,
  evaluateModel,
  evaluateWithOutputs
};
