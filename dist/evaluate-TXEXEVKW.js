import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  className,
  textTable
} from "./chunk-GUIUBS76.js";
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
  STAGE_UNITS,
  agreementWithFloat32,
  evaluateModel,
  evaluateWithOutputs,
  tfliteVariant
} from "./chunk-2MK3M4XQ.js";
import "./chunk-XB5KZJKT.js";
import "./chunk-WKI2T3DP.js";
import {
  dataOptions
} from "./chunk-XFXBPE6D.js";
import {
  readModelFile
} from "./chunk-AW4F7ZYW.js";
import {
  isTflite
} from "./chunk-BEIMX3LC.js";
import {
  noiseText,
  quantizationLines
} from "./chunk-NS7MILRS.js";
import {
  classLosses,
  sourceKind
} from "./chunk-OEDVM243.js";
import "./chunk-TKDOPEIY.js";
import "./chunk-5ENQADBY.js";
import {
  bytes,
  count,
  ms,
  percent,
  signed
} from "./chunk-7GLZMHWQ.js";
import {
  checkWritable,
  descriptorOf,
  isSpecialTarget,
  writeOutputFile
} from "./chunk-6YMK3QD6.js";
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
import {
  GateError
} from "./chunk-JM7JNUOI.js";
import "./chunk-7AIIOF2D.js";

// src/cli/commands/evaluate.ts
import { stat } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";

// src/pipeline/compare.ts
async function evaluateOne(options, which) {
  const { model, path } = options.models[which];
  const bytes2 = await readModelFile(path ?? model, model, "--model", options.limits);
  const variants = isTflite(bytes2) ? [tfliteVariant(bytes2, model)] : ["float32"];
  const { models: _, ...rest } = options;
  return evaluateWithOutputs({ ...rest, model, bytes: bytes2, variants });
}
async function compareModels(options) {
  if (options.models[0].model === options.models[1].model) throw new GateError("usage", "both --model flags name the same file", { file: options.models[0].model }, "Give two different models to compare.");
  const [a, b] = [await evaluateOne(options, 0), await evaluateOne(options, 1)];
  const notes = [];
  const [aOut, bOut] = [a.outputs[0], b.outputs[0]];
  let bVsA;
  if (aOut && bOut) {
    const sizes = (o) => o.map((block) => block.data.length).join(",");
    if (sizes(aOut) === sizes(bOut)) bVsA = agreementWithFloat32(bOut, aOut, a.labels);
    else notes.push(`the two models' outputs differ in size (${sizes(aOut)} vs ${sizes(bOut)} values): they are not compared sample by sample`);
  }
  if (!a.evaluation.dataset) notes.push("no --dataset: the models are compared on size, operators, MACs and latency only");
  return { a: a.evaluation, b: b.evaluation, ...bVsA ? { bVsA } : {}, notes };
}

// src/report/evaluation-text.ts
var dash = "\u2013";
var num = (x, f) => x === void 0 || Number.isNaN(x) ? dash : f(x);
var MAX_CLASSES = 5;
var ROWS = [
  ["size", (v) => bytes(v.size.fileBytes)],
  ["size (gzip)", (v) => bytes(v.size.gzipBytes)],
  ["params", (v) => num(v.size.params, count)],
  ["accuracy (top-1)", (v) => num(v.classification?.top1, percent)],
  ["top-5", (v) => num(v.classification?.top5, percent)],
  ["MAE", (v) => num(v.regression?.mae, (x) => x.toPrecision(4))],
  ["RMSE", (v) => num(v.regression?.rmse, (x) => x.toPrecision(4))],
  ["max |error|", (v) => num(v.regression?.maxAbsError, (x) => x.toPrecision(4))],
  ["agreement vs float32", (v) => v.vsFloat32?.agreement === void 0 ? dash : `${percent(v.vsFloat32.agreement)} (${v.vsFloat32.flipped} flipped)`],
  ["max |diff| vs float32", (v) => num(v.vsFloat32?.maxAbsDiff, (x) => x.toExponential(2))],
  ["latency p50", (v) => num(v.latency?.p50Ms, ms)],
  ["latency p90", (v) => num(v.latency?.p90Ms, ms)],
  ["init", (v) => num(v.latency?.initMs, ms)],
  ["MACs", (v) => num(v.macs, count)],
  ["arena", (v) => num(v.arenaBytes, bytes)]
];
function resultRows(columns) {
  return ROWS.map(([label, cell]) => [label, ...columns.map(cell)]).filter((r) => r.slice(1).some((c) => c !== dash));
}
function renderTable(evaluation) {
  const rows = resultRows(evaluation.variants);
  const header = ["", ...evaluation.variants.map((v) => v.variant)];
  const head = [`${evaluation.model} (${evaluation.ref}) on ${evaluation.dataset ?? "no dataset"}`, `runtime: ${evaluation.runtime}`];
  const rss = evaluation.peakRssBytes ? [`peak RSS: ${bytes(evaluation.peakRssBytes)}`] : [];
  const notes = [...evaluation.notes.map((n) => `note: ${n}`), ...quantizationLines(evaluation).map((l) => `quantization: ${l}`)];
  return [...head, "", ...textTable(header, rows), "", ...rss, ...notes].join("\n") + "\n";
}
function describeSource(evaluation) {
  const source = evaluation.source;
  if (!source) return [];
  const float32 = evaluation.variants.find((v) => v.variant === "float32");
  const lines = [`source model (${sourceKind(source.runtime)}, run by ${source.runtime ?? "tfjs"}):`];
  if (source.classification) {
    const drop = float32?.classification ? ` (float32 .tflite: ${signed((float32.classification.top1 - source.classification.top1) * 100, 2)} pp)` : "";
    lines.push(`  accuracy (top-1): ${percent(source.classification.top1)}${drop}`);
  }
  if (source.regression) lines.push(`  MAE: ${source.regression.mae.toPrecision(4)}`);
  const loss = source.float32VsSource;
  if (loss) {
    const flips = loss.agreement === void 0 ? "" : `, same top-1 ${percent(loss.agreement)} (${loss.flipped} flipped)`;
    lines.push(`  conversion loss, float32 vs source: max |diff| ${loss.maxAbsDiff.toExponential(2)}, mean ${loss.meanAbsDiff.toExponential(2)}${flips}`);
  }
  return lines;
}
function lossesText(losses, names, none = "no class loses accuracy") {
  if (!losses.length) return none;
  return losses.map((l) => `${className(l.cls, names)} ${percent(l.from)} \u2192 ${percent(l.to)} (${signed((l.to - l.from) * 100, 2)} pp)`).join(", ");
}
function comparisons(e) {
  const float32 = e.variants.find((v) => v.variant === "float32")?.classification;
  const out = e.variants.flatMap((v) => float32 && v.variant !== "float32" && v.classification ? [{ label: `${v.variant} vs float32`, before: float32.perClass, after: v.classification.perClass }] : []);
  const source = e.source?.classification;
  if (source && float32) out.push({ label: "float32 vs source", before: source.perClass, after: float32.perClass });
  return out;
}
function describeClassLosses(e) {
  const list = comparisons(e);
  if (!list.length) return [];
  const rows = list.map((c) => [`  ${c.label}:`, lossesText(classLosses(c.before, c.after, MAX_CLASSES), e.classNames)]);
  return ["classes losing most accuracy:", ...textTable(void 0, rows, { left: true })];
}
function renderPerClass(e) {
  const columns = [
    ...e.source?.classification ? [{ name: "source", stats: e.source.classification }] : [],
    ...e.variants.flatMap((v) => v.classification ? [{ name: v.variant, stats: v.classification }] : [])
  ];
  return perClassTable(columns, columns.find((c) => c.name === "float32") ?? columns[0], e.classNames);
}
function perClassTable(columns, reference, classNames) {
  if (!reference) return [];
  const accuracy = columns.map((c) => new Map(c.stats.perClass.map((p) => [p.cls, p.accuracy])));
  const base = new Map(reference.stats.perClass.map((p) => [p.cls, p.accuracy]));
  const cell = (i, cls) => {
    const a = accuracy[i].get(cls);
    const b = base.get(cls);
    if (a === void 0) return dash;
    const change = columns[i] === reference || b === void 0 || a === b ? "" : ` (${signed((a - b) * 100, 2)})`;
    return `${percent(a)}${change}`;
  };
  const rows = reference.stats.perClass.map((p) => [className(p.cls, classNames), String(p.count), ...columns.map((_, i) => cell(i, p.cls))]);
  return [`per-class accuracy (change vs ${reference.name} in pp):`, ...textTable(["class", "samples", ...columns.map((c) => c.name)], rows)];
}
function describeAccuracyChanges(e) {
  const float32 = e.variants.find((v) => v.variant === "float32")?.classification;
  const rows = e.variants.flatMap((v) => {
    const noise = noiseText(v.vsFloat32?.paired, "float32", v.variant);
    if (!float32 || !v.classification || !noise) return [];
    return [[`  ${v.variant}:`, `${percent(float32.top1)} \u2192 ${percent(v.classification.top1)} (${signed((v.classification.top1 - float32.top1) * 100, 2)} pp); ${noise}`]];
  });
  return rows.length ? ["accuracy change vs float32:", ...textTable(void 0, rows, { left: true })] : [];
}
function renderEvaluation(e, options = {}) {
  const extra = [...describeSource(e), ...describeAccuracyChanges(e), ...describeClassLosses(e), ...options.perClass ? ["", ...renderPerClass(e)] : []];
  return renderTable(e) + (extra.length ? `${extra.join("\n")}
` : "");
}

// src/report/compare-text.ts
var MAX_CLASSES2 = 5;
var first = (c, which) => c[which].variants[0];
function agreementLines(c) {
  const d = c.bVsA;
  if (!d) return [];
  const lines = [`B vs A: max |diff| ${d.maxAbsDiff.toExponential(2)}, mean ${d.meanAbsDiff.toExponential(2)}`];
  if (d.agreement !== void 0) lines.push(`  same top-1 prediction: ${percent(d.agreement)} (${d.flipped} flipped)`);
  const [a, b] = [first(c, "a")?.classification, first(c, "b")?.classification];
  if (a && b) {
    const noise = noiseText(d.paired, "A", "B");
    lines.push(`  accuracy: ${percent(a.top1)} \u2192 ${percent(b.top1)} (${signed((b.top1 - a.top1) * 100, 2)} pp)${noise ? `; ${noise}` : ""}`);
    lines.push(`  classes losing most (B vs A): ${lossesText(classLosses(a.perClass, b.perClass, MAX_CLASSES2), c.a.classNames)}`);
    const gains = classLosses(b.perClass, a.perClass, MAX_CLASSES2).map((l) => ({ cls: l.cls, from: l.to, to: l.from }));
    lines.push(`  classes gaining most (B vs A): ${lossesText(gains, c.a.classNames, "no class gains accuracy")}`);
  }
  return lines;
}
function renderComparison(c, options = {}) {
  const columns = [first(c, "a"), first(c, "b")].filter((v) => v !== void 0);
  const label = (which) => `${c[which].model} (${first(c, which)?.variant ?? "?"})`;
  const head = [`A: ${label("a")}`, `B: ${label("b")}`, `on ${c.a.dataset ?? "no dataset"}; runtime: ${c.a.runtime}`];
  const perClass = options.perClass ? ["", ...perClassTable(columns.flatMap((v, i) => v.classification ? [{ name: i ? "B" : "A", stats: v.classification }] : []), columns[0]?.classification ? { name: "A", stats: columns[0].classification } : void 0, c.a.classNames)] : [];
  const notes = [.../* @__PURE__ */ new Set([...c.a.notes.map((n) => `A: ${n}`), ...c.b.notes.map((n) => `B: ${n}`), ...c.notes])].map((n) => `note: ${n}`);
  return [...head, "", ...textTable(["", "A", "B"], resultRows(columns).filter((r) => !r[0].includes("vs float32"))), "", ...agreementLines(c), ...perClass, ...notes].join("\n") + "\n";
}

// src/cli/commands/evaluate.ts
var usage = () => `
Usage: tflite-gate evaluate --model M.h5|M.keras|M.onnx|M.tflite --dataset D [options]

Run each .tflite variant of a model in the TFLite runtime (LiteRT.js, WebAssembly) on a test dataset:
accuracy, agreement with float32, the classes losing most accuracy, latency, size, MACs and memory. Keras
files are converted first.

With --model twice (e.g. --model test.tflite --model test16.tflite), runs the two models on the same
samples: each one's numbers side by side, then B against A: agreement, flipped predictions, the accuracy
change and whether it is within sampling noise, and the classes losing and gaining most.

${optionsHelp("evaluate")}

Exit codes: 0 evaluated, 2 bad input (model, dataset or flags), 3 internal error.
`;
function writeJson(path, result) {
  writeOutputFile(path, JSON.stringify(result, null, 2) + "\n", { mode: "follow", what: "the JSON result" });
}
async function refuseOverwrite(json, inputs) {
  if (isSpecialTarget(json)) return;
  checkWritable(json, "file", { mode: "follow", what: "the JSON result", hint: "Choose another --json path." });
  const target = await stat(json).catch(() => void 0);
  if (!target) return;
  for (const [flag, path] of inputs) {
    const source = await stat(path).catch(() => void 0);
    if (source && source.dev === target.dev && source.ino === target.ino) {
      throw new GateError("usage", `--json names the ${flag.slice(2)} file; writing the JSON result would overwrite it`, { file: json }, "Choose another --json path, e.g. evaluation.json.");
    }
  }
}
function common(flags, io) {
  const abs = (p) => isAbsolute(p) ? p : resolve(io.cwd, p);
  const dataset = flags.value("dataset");
  const outputDir = flags.value("output-dir");
  const sequenceLength = flags.value("sequence-length");
  const nhwc = Boolean(flags.value("nhwc"));
  const workers = flags.value("workers");
  const representative = flags.value("representative-dataset");
  return {
    ...dataset ? { dataset: abs(dataset), datasetName: dataset } : {},
    data: dataOptions((id) => flags.given(id) ? flags.value(id) : void 0),
    latencyRuns: flags.value("latency-runs"),
    ...workers ? { workers } : {},
    ...outputDir ? { outputDir: abs(outputDir) } : {},
    ...sequenceLength ? { sequenceLength } : {},
    ...nhwc ? { nhwc } : {},
    ...flags.value("reference") ? { reference: true } : {},
    int8: {
      ...representative ? { dataset: abs(representative), datasetName: representative } : {},
      ...flags.given("representative-samples") ? { samples: flags.value("representative-samples") } : {}
    },
    limits: readLimits((id) => flags.value(id))
  };
}
async function withProgress(flags, io, work) {
  const reporter = flags.value("quiet") ? void 0 : progressReporter({ isTTY: io.isTTY, write: io.stderr, units: STAGE_UNITS });
  const progress = reporter && ((p) => reporter.update({ stage: p.stage, item: p.variant, done: p.done, total: p.total }));
  try {
    return await work(progress);
  } finally {
    reporter?.clear();
  }
}
async function run(argv, io) {
  const flags = readFlags("evaluate", argv, { positionalHint: (arg) => `Name the model with --model ${arg} (and the test set with --dataset PATH).` });
  const models = flags.values("model");
  if (!models.length) throw new GateError("usage", "--model is required", {}, "Run `tflite-gate evaluate --help`.");
  if (models.length > 2) throw new GateError("usage", `--model is given ${models.length} times; evaluate takes one model, or two to compare`, {}, "Give --model once or twice.");
  const abs = (p) => isAbsolute(p) ? p : resolve(io.cwd, p);
  const named = flags.value("json");
  const json = named && (isSpecialTarget(named) ? named : abs(named));
  const say = json && descriptorOf(json) === 1 ? io.stderr : io.stdout;
  const dataset = flags.value("dataset");
  if (json) await refuseOverwrite(json, [...models.map((m) => ["--model", abs(m)]), ...dataset ? [["--dataset", abs(dataset)]] : []]);
  const perClass = flags.value("per-class");
  let result;
  if (models.length === 2) {
    const pair = models.map((m) => ({ model: m, path: abs(m) }));
    const comparison = await withProgress(flags, io, (onProgress) => compareModels({ ...common(flags, io), models: pair, onProgress }));
    say(renderComparison(comparison, { perClass }));
    result = comparison;
  } else {
    const model = models[0];
    const evaluation = await withProgress(flags, io, (onProgress) => evaluateModel({ ...common(flags, io), model, modelPath: abs(model), variants: flags.value("variants"), onProgress }));
    say(renderEvaluation(evaluation, { perClass }));
    result = evaluation;
  }
  if (json) writeJson(json, result);
  return 0;
}
var evaluateCommand = {
  usage,
  run
};
export {
  evaluateCommand
};
