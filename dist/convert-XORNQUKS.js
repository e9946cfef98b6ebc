import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  thousands
} from "./chunk-GZMIBFTJ.js";
import "./chunk-GUIUBS76.js";
import {
  optionsHelp,
  readFlags
} from "./chunk-LXNSC4PG.js";
import {
  progressReporter
} from "./chunk-3WFLGIDE.js";
import {
  readLimits
} from "./chunk-7BETCH66.js";
import "./chunk-IBKIZNII.js";
import {
  dataOptions
} from "./chunk-XFXBPE6D.js";
import {
  convertFile,
  supportedClassNames
} from "./chunk-AW4F7ZYW.js";
import "./chunk-BEIMX3LC.js";
import "./chunk-5ENQADBY.js";
import {
  bytes
} from "./chunk-7GLZMHWQ.js";
import {
  descriptorOf,
  isSpecialTarget
} from "./chunk-6YMK3QD6.js";
import "./chunk-4I7V2L4L.js";
import "./chunk-YWNQQDKI.js";
import "./chunk-NF5IC4FN.js";
import "./chunk-GJIP554E.js";
import "./chunk-QPIMBNKW.js";
import "./chunk-KDPSR7WJ.js";
import "./chunk-G3D2S6V7.js";
import "./chunk-VUKSY2HY.js";
import "./chunk-LHSQ66CC.js";
import {
  GateError
} from "./chunk-JM7JNUOI.js";
import "./chunk-7AIIOF2D.js";

// src/cli/commands/convert-quantize.ts
var DATA_FLAGS = ["x-key", "scale", "offset", "mean", "std", "label-column"];
function variantsOf(flags) {
  const mode = flags.value("quantize");
  if (mode !== void 0 && mode !== "float16" && (flags.value("float16") || flags.value("both"))) {
    throw new GateError(
      "usage",
      `${flags.label("quantize")}=${mode} and ${flags.label(flags.value("both") ? "both" : "float16")} ask for two different files`,
      {},
      "Convert once per variant, or compare them with `tflite-gate evaluate --variants float32,float16,dynamic,int8`."
    );
  }
  if (mode === "dynamic" || mode === "int8") return [mode];
  return flags.value("both") ? ["float32", "float16"] : flags.value("float16") || mode === "float16" ? ["float16"] : ["float32"];
}
function quantizeSettings(flags, abs) {
  const variants = variantsOf(flags);
  const dataset = flags.value("representative-dataset");
  const type = flags.value("inference-type");
  if (variants[0] !== "int8") {
    const stray = ["representative-dataset", "inference-type", "representative-samples", ...DATA_FLAGS].find((id) => flags.given(id));
    if (stray) throw new GateError("usage", `${flags.label(stray)} only applies to ${flags.label("quantize")}=int8`, {}, `Add ${flags.label("quantize")}=int8 ${flags.label("representative-dataset")}=FILE, or drop the flag.`);
    return { variants };
  }
  if (!dataset) {
    throw new GateError(
      "usage",
      `${flags.label("quantize")}=int8 needs calibration data: ${flags.label("representative-dataset")}=FILE`,
      {},
      "Pass a few hundred samples the model really sees (e.g. part of the training set), preprocessed with --scale/--offset/--mean/--std like evaluation data; or use --quantize=dynamic, which needs none."
    );
  }
  const given = (id) => flags.given(id) ? flags.value(id) : void 0;
  const data = { ...dataOptions(given), samples: flags.value("representative-samples") };
  return { variants, int8: { dataset: abs(dataset), datasetName: dataset, data, ...type && type !== "float32" ? { inferenceType: type } : {} } };
}
var list = (items, max = 6) => items.length > max ? `${items.slice(0, max).join(", ")}, \u2026 (${items.length} in all)` : items.join(", ");
function quantizeSummary(v) {
  const q = v.quantization;
  if (!q) return [];
  const perChannel = q.quantizedWeights.filter((w) => w.axis !== void 0).length;
  const lines = [`${q.quantizedWeights.length} weight tensors int8 (${perChannel} per channel)`];
  if (v.calibration) lines.push(`calibrated on ${v.calibration.samples} samples, ${v.calibration.ranges.size} tensors`);
  const worst = [...v.layerErrors ?? []].sort((a, b) => a.snrDb - b.snrDb).slice(0, 3);
  if (worst.length) lines.push(`layers losing most (SNR vs float, ${v.layerErrorSamples ?? 0} calibration samples): ${worst.map((l) => `${l.op} ${l.snrDb.toFixed(1)} dB`).join(", ")}`);
  if (q.floatOps.length) lines.push(`kept float (DEQUANTIZE/QUANTIZE around them): ${list(q.floatOps.map((o) => `${o.op}: ${o.reason}`), 4)}`);
  if (q.floatWeights.length) lines.push(`warning: weights left float: ${list(q.floatWeights.map((w) => `${w.tensor} (${w.elements})`))}`);
  if (q.requantized.length) lines.push(`requantized (inputs of one op at different scales): ${list(q.requantized.map((r) => `${r.tensor} \u2192 ${r.op}`), 4)}`);
  for (const w of q.rangeWarnings ?? []) lines.push(`warning: ${w}`);
  const unstable = v.calibration?.unstable ?? [];
  if (unstable.length) {
    const names = unstable.map((u) => u.name);
    lines.push(`warning: unstable calibration: two halves of the samples give ranges differing by more than 20% for ${unstable.length} tensors (${list(names, 3)}); use more or more representative samples`);
  }
  return lines;
}

// src/report/convert-text.ts
function renderConvert(summary, quiet) {
  const ops = (o) => Object.entries(o).map(([t, n]) => `${t} ${n}`).join(", ");
  const count = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  return [
    ...summary.variants.flatMap((v) => [
      `${v.path}: ${v.variant}, ${count(v.operators)} ops (${ops(v.operators)}), ${thousands(v.bytes)} bytes, ${v.seconds.toFixed(2)} s`,
      ...(v.quantization ?? []).map((l) => `  ${l}`)
    ]),
    ...quiet ? [] : [...summary.createdDir ? [`created the folder ${summary.createdDir}`] : [], ...summary.notes.map((n) => `note: ${n}`)]
  ].map((line) => `${line}
`).join("");
}

// src/cli/commands/convert.ts
import { isAbsolute, resolve } from "node:path";
function wrap(words, width) {
  const lines = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== void 0 && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(`  ${word}`);
  }
  return lines.join("\n");
}
function supportedLayers() {
  const names = supportedClassNames();
  const operations = [...new Set(names.filter((n) => n.includes(".")).map((n) => n.slice(n.lastIndexOf(".") + 1)))].sort();
  return { layers: names.filter((n) => !n.includes(".")), operations };
}
async function usage() {
  const { MAX_OPSET, MIN_OPSET } = await import("./read-3MOBTP7N.js");
  const { supportedOnnxOps } = await import("./registry-2KAHHS34.js");
  return `
Usage: tflite-gate convert --model-file IN.h5|IN.keras|IN.onnx --output-file OUT.tflite [options]

Convert a Keras or ONNX model to TensorFlow Lite, in TypeScript (no Python, no TensorFlow). The tutorial's
tflite_convert spelling works as it is: --keras_model_file=IN.h5 --output_file=OUT.tflite.

${optionsHelp("convert")}

Exit codes: 0 converted, 2 bad input (unreadable or unsupported model, bad flags), 3 internal error.

Supported Keras layers (models nested in models are opened up):
${wrap(supportedLayers().layers, 110)}
${supportedLayers().operations.length ? `Supported Keras 3 operations (keras.ops calls recorded in functional models):
${wrap(supportedLayers().operations, 110)}
` : ""}Supported ONNX operators (opsets ${MIN_OPSET} to ${MAX_OPSET}):
${wrap(supportedOnnxOps(), 110)}
`;
}
function histogram(graph) {
  const counts = /* @__PURE__ */ new Map();
  for (const op of [graph, ...graph.subgraphs ?? []].flatMap((g) => g.ops)) counts.set(op.type, (counts.get(op.type) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}
var positionalHint = (arg) => /\.tflite$/i.test(arg) ? `Name the output with --output-file ${arg}.` : `Name the model with --model-file ${arg} (and the result with --output-file OUT.tflite).`;
var LARGE_MODEL_BYTES = 32 * 1024 * 1024;
function convertProgress(io, input) {
  let large = false;
  let drawn = false;
  const show = (text) => {
    drawn = io.isTTY;
    io.stderr(io.isTTY ? `\r\x1B[2K${text}` : `${text}
`);
  };
  const samples = progressReporter({ isTTY: io.isTTY, write: io.stderr, units: { calibrating: "samples", "per-layer error": "samples" } });
  const clear = () => {
    samples.clear();
    if (drawn) io.stderr("\r\x1B[2K");
  };
  return { clear, onProgress: (s) => {
    if (s.step === "calibrate" || s.step === "layer-errors") return samples.update({ stage: s.step === "calibrate" ? "calibrating" : "per-layer error", done: s.done, total: s.total });
    if (s.step === "read") large = s.bytes >= LARGE_MODEL_BYTES;
    if (!large) return;
    if (s.step === "read") show(`reading ${input} (${bytes(s.bytes)})`);
    else if (s.step === "convert") show(`converting ${s.layers} layers`);
    else if (s.step === "write") show(`writing the ${s.variant} variant`);
  } };
}
async function run(argv, io) {
  const flags = readFlags("convert", argv, { style: "snake", positionalHint });
  const input = flags.value("model-file") ?? flags.value("keras-model-file");
  const output = flags.value("output-file");
  if (!input) throw new GateError("usage", `${flags.label("model-file")} is required`, {}, "Run `tflite-gate convert --help`.");
  if (!output) throw new GateError("usage", `${flags.label("output-file")} is required`, {}, "Run `tflite-gate convert --help`.");
  const abs = (p) => isAbsolute(p) ? p : resolve(io.cwd, p);
  const { variants, int8 } = quantizeSettings(flags, abs);
  const started = performance.now();
  const sequenceLength = flags.value("sequence-length");
  const toStdout = descriptorOf(output) === 1;
  const progress = flags.value("quiet") ? void 0 : convertProgress(io, input);
  const result = await convertFile(abs(input), {
    name: input,
    outputFile: isSpecialTarget(output) ? output : abs(output),
    variants,
    batchSize: flags.value("input-batch-size"),
    dynamicBatch: Boolean(flags.value("dynamic-batch")),
    nhwc: Boolean(flags.value("nhwc")),
    ...sequenceLength ? { sequenceLength } : {},
    ...flags.value("unroll") ? { recurrentForm: "unrolled" } : {},
    limits: readLimits((id) => flags.value(id)),
    ...progress ? { onProgress: progress.onProgress } : {},
    ...int8 ? { int8 } : {}
  }).finally(() => progress?.clear());
  const seconds = Number(((performance.now() - started) / 1e3).toFixed(2));
  const summary = {
    variants: result.variants.map((v) => {
      const quantization = quantizeSummary(v);
      return { variant: v.variant, path: v.path, bytes: v.bytes, operators: histogram(v.graph), seconds, ...quantization.length ? { quantization } : {} };
    }),
    notes: result.notes,
    ...result.createdDir ? { createdDir: result.createdDir } : {}
  };
  const say = toStdout ? io.stderr : io.stdout;
  if (flags.value("json-stdout")) say(`${JSON.stringify(summary, null, 2)}
`);
  else say(renderConvert(summary, Boolean(flags.value("quiet"))));
  return 0;
}
var convertCommand = {
  usage,
  run
};
export {
  convertCommand
};
