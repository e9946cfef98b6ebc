import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  checkOutputDir,
  loadConfig,
  repositoryRoot,
  resolveCommit,
  runGate
} from "./chunk-IBVKGYU7.js";
import {
  DATA_OPTION_NAMES,
  parseDataOptions
} from "./chunk-M7FIS7JH.js";
import {
  renderMarkdown,
  reportToJson
} from "./chunk-7KZNL3TG.js";
import {
  liteRtEvaluator
} from "./chunk-NQYCJDNG.js";
import {
  convertFile,
  describeSource,
  evaluateModel,
  modelStats,
  supportedClassNames
} from "./chunk-MGHX6NVE.js";
import {
  bytes,
  count,
  ms,
  percent
} from "./chunk-QZNKZ5XA.js";
import {
  readTfliteModel
} from "./chunk-GS6YW6JJ.js";
import {
  EXIT,
  GateError,
  describeError,
  exitCodeFor
} from "./chunk-7QFZB7WA.js";

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/cli/flag-errors.ts
var KERAS_INSTEAD = "Convert the Keras model file instead: --keras_model_file=model.h5 (or model.keras, written by model.save()).";
var SAVED_MODEL = ["TensorFlow SavedModel folders are not supported (tflite-gate reads Keras files, without TensorFlow)", KERAS_INSTEAD];
var V1 = ["TensorFlow 1 frozen graphs (the v1 converter) are not supported", KERAS_INSTEAD];
var QUANTIZED = ["integer quantization is not supported by convert", "Use --float16 for float16 weights (half the size)."];
var OPS = ["only TensorFlow Lite built-in operators are written; a layer without one is refused by name", "Run `tflite-gate convert --help`."];
var DUMPS = ["graph dumps are not written", "Use `tflite-gate inspect OUT.tflite` to see the converted model."];
var TFLITE_CONVERT_FLAGS = {
  saved_model_dir: SAVED_MODEL,
  saved_model_tag_set: SAVED_MODEL,
  saved_model_signature_key: SAVED_MODEL,
  graph_def_file: V1,
  enable_v1_converter: V1,
  input_arrays: V1,
  output_arrays: V1,
  input_shapes: V1,
  output_format: V1,
  drop_control_dependency: V1,
  reorder_across_fake_quant: V1,
  change_concat_input_ranges: V1,
  inference_type: QUANTIZED,
  inference_input_type: QUANTIZED,
  inference_output_type: QUANTIZED,
  mean_values: QUANTIZED,
  std_dev_values: QUANTIZED,
  default_ranges_min: QUANTIZED,
  default_ranges_max: QUANTIZED,
  post_training_quantize: QUANTIZED,
  quantize_to_float16: ["this spelling is not taken", "Use --float16."],
  allow_custom_ops: OPS,
  target_ops: OPS,
  custom_opdefs: OPS,
  experimental_select_user_tf_ops: OPS,
  experimental_new_converter: ["there is one converter (this one)", "Drop the flag."],
  dump_graphviz_dir: DUMPS,
  dump_graphviz_video: DUMPS,
  conversion_summary_dir: DUMPS
};
var helpHint = (ctx) => `Run \`tflite-gate${ctx.command ? ` ${ctx.command}` : ""} --help\` for the options.`;
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length];
}
function closest(name, known) {
  const prefixed = known.filter((k) => name.length >= 3 && k.startsWith(name));
  if (prefixed.length === 1) return prefixed[0];
  const scored = known.map((k) => [k, editDistance(name, k)]).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const best = scored[0];
  return best && best[1] <= Math.max(2, Math.floor(name.length / 3)) && best[1] < name.length ? best[0] : void 0;
}
var spell = (kebab2, style) => `--${style === "snake" ? kebab2.replace(/-/g, "_") : kebab2}`;
function unknownFlagError(typed, known, ctx) {
  const bare = typed.replace(/^-+/, "");
  const foreign = ctx.command === "convert" ? TFLITE_CONVERT_FLAGS[bare.replace(/-/g, "_")] : void 0;
  if (foreign) return new GateError("usage", `${typed} is a tflite_convert flag that tflite-gate does not take: ${foreign[0]}`, {}, `${foreign[1]} ${helpHint(ctx)}`);
  const kebab2 = bare.replace(/_/g, "-");
  const suggestion = closest(kebab2, known);
  const style = bare.includes("_") ? "snake" : bare.includes("-") ? "kebab" : ctx.style ?? "kebab";
  const guess = suggestion ? ` (did you mean ${spell(suggestion, style)}?)` : "";
  return new GateError("usage", `unknown option ${typed}${guess}`, {}, helpHint(ctx));
}
function missingValueError(typed, ctx) {
  return new GateError("usage", `${typed} needs a value`, {}, `Write ${typed}=VALUE or ${typed} VALUE. ${helpHint(ctx)}`);
}
function unexpectedValueError(typed, ctx) {
  return new GateError("usage", `${typed} is a switch and takes no value`, {}, `Write ${typed} alone. ${helpHint(ctx)}`);
}
function positionalError(arg, ctx) {
  const what = ctx.command ? `${ctx.command} takes no positional arguments` : "no positional arguments are taken";
  return new GateError("usage", `unexpected argument "${arg}": ${what}`, {}, ctx.positionalHint?.(arg) ?? helpHint(ctx));
}

// src/cli/args.ts
var kebab = (name) => name.replace(/_/g, "-");
function checkArgs(argv, options, allowPositionals, ctx) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") return;
    if (!arg.startsWith("-") || arg === "-") {
      if (!allowPositionals) throw positionalError(arg, ctx);
      continue;
    }
    const eq = arg.indexOf("=");
    const typed = eq === -1 ? arg : arg.slice(0, eq);
    const option = arg.startsWith("--") ? options[kebab(typed.slice(2))] : Object.values(options).find((o) => o.short === typed.slice(1));
    if (!option) throw unknownFlagError(typed, Object.keys(options), ctx);
    if (option.type === "boolean" && eq !== -1) throw unexpectedValueError(typed, ctx);
    if (option.type === "string" && eq === -1) {
      const next = argv[i + 1];
      if (next === void 0 || next.startsWith("--")) throw missingValueError(typed, ctx);
      i++;
    }
  }
}
var NEGATIVE_NUMBER = /^-\d|^-\.\d/;
function normalise(argv, options) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") return [...out, ...argv.slice(i)];
    const eq = arg.indexOf("=");
    const long = arg.startsWith("--") ? kebab(arg.slice(2, eq === -1 ? void 0 : eq)) : void 0;
    const short = !long && eq === -1 && /^-[^-]/.test(arg) ? Object.entries(options).find(([, o]) => o.short === arg.slice(1))?.[0] : void 0;
    const name = long ?? short;
    const next = argv[i + 1];
    if (eq === -1 && name && options[name]?.type === "string" && next !== void 0 && NEGATIVE_NUMBER.test(next)) {
      out.push(`--${name}=${next}`);
      i++;
    } else {
      out.push(long ? `--${long}${eq === -1 ? "" : arg.slice(eq)}` : arg);
    }
  }
  return out;
}
function parseFlags(argv, options, allowPositionals = false, ctx = {}) {
  checkArgs(argv, options, allowPositionals, ctx);
  try {
    return parseArgs({ args: normalise(argv, options), options, allowPositionals, strict: true });
  } catch (error) {
    throw new GateError("usage", error.message.replace(/\. To specify a positional.*$/s, ""));
  }
}
function intFlag(value, flag, fallback, min = 1) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new GateError("usage", `--${flag} must be an integer >= ${min}, got "${value}"`);
  return n;
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
var usage = `
Usage: tflite-gate convert --keras_model_file=IN.h5|IN.keras --output_file=OUT.tflite [options]

Convert a Keras model to TensorFlow Lite, in TypeScript (no Python, no TensorFlow).

Options (snake_case or kebab-case):
  --keras_model_file PATH   the Keras model (.h5 from model.save, or .keras)
  --output_file PATH        the .tflite to write (atomically; nothing is written on error)
  --float16                 write the float16 variant (weights as float16 + DEQUANTIZE), as the
                            TFLite converter does with supported_types=[tf.float16]
  --both                    write float32 to --output_file and float16 beside it (.float16.tflite)
  --batch_size N            batch size of the inputs (default 1)
  --dynamic_batch           mark the batch dimension as dynamic (-1 in shape signatures)
  --sequence_length N       fix variable-length (None) input dimensions to N
  --help                    this text

Exit codes: 0 converted, 2 bad input (unreadable or unsupported model, bad flags), 3 internal error.

Supported Keras layers (models nested in models are opened up):
${wrap(supportedLayers().layers, 110)}
${supportedLayers().operations.length ? `Supported Keras 3 operations (keras.ops calls recorded in functional models):
${wrap(supportedLayers().operations, 110)}
` : ""}`;
function histogram(graph) {
  const counts = /* @__PURE__ */ new Map();
  for (const op of graph.ops) counts.set(op.type, (counts.get(op.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([t, n]) => `${t} ${n}`).join(", ");
}
var positionalHint = (arg) => /\.tflite$/i.test(arg) ? `Name the output with --output_file=${arg}.` : `Name the model with --keras_model_file=${arg} (and the result with --output_file=OUT.tflite).`;
async function run(argv, io) {
  const { values } = parseFlags(argv, {
    "keras-model-file": { type: "string" },
    "output-file": { type: "string" },
    float16: { type: "boolean" },
    both: { type: "boolean" },
    "batch-size": { type: "string" },
    "dynamic-batch": { type: "boolean" },
    "sequence-length": { type: "string" }
  }, false, { command: "convert", style: "snake", positionalHint });
  const text = (v) => typeof v === "string" ? v : void 0;
  const input = text(values["keras-model-file"]);
  const output = text(values["output-file"]);
  if (!input) throw new GateError("usage", "--keras_model_file is required", {}, "Run `tflite-gate convert --help`.");
  if (!output) throw new GateError("usage", "--output_file is required", {}, "Run `tflite-gate convert --help`.");
  const variants = values.both ? ["float32", "float16"] : values.float16 ? ["float16"] : ["float32"];
  const abs = (p) => isAbsolute(p) ? p : resolve(io.cwd, p);
  const started = performance.now();
  const sequenceLength = intFlag(text(values["sequence-length"]), "sequence_length", 0);
  const result = await convertFile(abs(input), {
    outputFile: abs(output),
    variants,
    batchSize: intFlag(text(values["batch-size"]), "batch_size", 1),
    dynamicBatch: Boolean(values["dynamic-batch"]),
    ...sequenceLength ? { sequenceLength } : {}
  });
  const seconds = ((performance.now() - started) / 1e3).toFixed(2);
  for (const v of result.variants) {
    io.stdout(`${v.path}: ${v.variant}, ${v.graph.ops.length} ops (${histogram(v.graph)}), ${thousands(v.bytes)} bytes, ${seconds} s
`);
  }
  if (result.createdDir) io.stdout(`created the folder ${result.createdDir}
`);
  for (const note of result.notes) io.stdout(`note: ${note}
`);
  return 0;
}
var convertCommand = {
  name: "convert",
  summary: "Convert a Keras .h5/.keras model to .tflite (float32 or float16)",
  usage,
  run
};
function thousands(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

// src/cli/commands/inspect.ts
import { readFile } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";
function summary(name, t) {
  return { name, tensor: t.name, dtype: t.dtype, shape: t.shape, ...t.shapeSignature ? { shapeSignature: t.shapeSignature } : {} };
}
function describeModel(bytes2, file) {
  const { graph, info } = readTfliteModel(bytes2, file, { mainSubgraphOnly: true });
  const opVersions = {};
  graph.ops.forEach((op, i) => {
    const v = info.opVersions[i] ?? 1;
    const list = opVersions[op.type] ??= [];
    if (!list.includes(v)) list.push(v);
  });
  for (const list of Object.values(opVersions)) list.sort((a, b) => a - b);
  return {
    file,
    fileBytes: info.fileSize,
    schemaVersion: info.schemaVersion,
    description: info.description,
    ...info.minRuntimeVersion ? { minRuntimeVersion: info.minRuntimeVersion } : {},
    signatureKeys: info.signatureKeys,
    subgraphs: info.subgraphCount,
    inputs: graph.inputs.map((io) => summary(io.name, graph.tensors[io.tensor])),
    outputs: graph.outputs.map((io) => summary(io.name, graph.tensors[io.tensor])),
    opVersions,
    stats: modelStats(graph)
  };
}
var num = (n) => n.toLocaleString("en-US");
var shape = (s) => `[${s.join(", ")}]`;
var table = (rows) => {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  return rows.map((r) => `  ${r.map((cell, c) => c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)).join("  ")}`.trimEnd());
};
var ioRows = (list) => table(list.map((t) => [t.name, t.dtype, shape(t.shape), t.shapeSignature ? `signature ${shape(t.shapeSignature)}` : ""]));
var byDtype = (counts, unit = "") => Object.entries(counts).map(([k, v]) => `${k} ${num(v)}${unit}`).join(", ") || "none";
function renderDescription(d) {
  const s = d.stats;
  const opCount = Object.values(s.ops).reduce((a, b) => a + b, 0);
  return [
    `${d.file}: ${num(d.fileBytes)} bytes, TFLite schema v${d.schemaVersion}${d.description ? `, "${d.description}"` : ""}`,
    `Minimum runtime version: ${d.minRuntimeVersion ?? "not recorded"}`,
    `Signatures: ${d.signatureKeys.join(", ") || "none"}`,
    ...d.subgraphs > 1 ? [`Subgraphs: ${d.subgraphs} (control flow); operators and statistics below are the main subgraph's`] : [],
    "Inputs:",
    ...ioRows(d.inputs),
    "Outputs:",
    ...ioRows(d.outputs),
    `Operators (${opCount}):`,
    ...table(Object.entries(s.ops).map(([op, n]) => [
      op,
      String(n),
      `v${(d.opVersions[op] ?? []).join(", v")}`,
      s.macsByOp[op] ? `${num(s.macsByOp[op])} MACs` : ""
    ])),
    `Tensors by dtype: ${byDtype(s.tensorsByDtype)}`,
    `Weights: ${num(s.weightBytes)} bytes (${byDtype(s.constantBytesByDtype, " B")})`,
    `Parameters: ${num(s.params)}`,
    `MACs per inference: ${num(s.macs)}`,
    `Tensor arena (estimate): ${num(s.arenaBytes)} bytes`
  ].join("\n") + "\n";
}
async function readModel(path, file) {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code2 = error.code ?? "unknown error";
    throw new GateError("usage", `cannot read the model (${code2})`, { file }, "pass the path of a .tflite file");
  }
}
var inspectCommand = {
  name: "inspect",
  summary: "Show a .tflite model: inputs/outputs, operators, tensors, weights, parameters, MACs, arena",
  usage: `
Usage: tflite-gate inspect MODEL.tflite [--json]

Prints what Netron would show, in text: inputs and outputs (name, dtype, shape), the operator histogram
with op versions and MACs, tensors by dtype, weight bytes, parameter count, MACs per inference, an
estimate of the tensor arena, and the minimum runtime version.

Options:
  --json   print the same report as JSON
  --help   this text

Exit codes: 0 shown, 2 bad input (unreadable or not a .tflite file, bad flags), 3 internal error.`,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { json: { type: "boolean" } }, true, { command: "inspect" });
    if (positionals.length !== 1) throw new GateError("usage", `inspect takes one model file, got ${positionals.length}`, {}, "usage: tflite-gate inspect MODEL.tflite [--json]");
    const file = positionals[0];
    const description = describeModel(await readModel(resolve2(io.cwd, file), file), file);
    io.stdout(values.json ? `${JSON.stringify(description, null, 2)}
` : renderDescription(description));
    return EXIT.pass;
  }
};

// src/cli/commands/evaluate.ts
import { writeFile, rename, rm, stat } from "node:fs/promises";
import { dirname, isAbsolute as isAbsolute2, resolve as resolve3 } from "node:path";
var usage2 = `
Usage: tflite-gate evaluate --model M.h5|M.keras|M.tflite --dataset D [options]

Run each .tflite variant of a model in the TFLite runtime (LiteRT.js, WebAssembly) on a test dataset:
accuracy, agreement with float32, latency, size, MACs and memory. Keras files are converted first.

Options (snake_case or kebab-case):
  --model PATH          the model (.h5, .keras or .tflite)
  --dataset PATH        .npz/.npy, IDX file, CSV, or a folder of class sub-folders with images
  --variants LIST       float32,float16 (default both; a .tflite file is evaluated as it is)
  --samples N           evaluate at most N samples (the first N, or a random subset with --seed)
  --seed N              seed of the random subset
  --latency-runs N      timed single-thread runs per variant (default 100; 0 skips latency)
  --workers N           worker threads for the dataset (default: cores, at most 4; none for small work)
  --json PATH           write the full evaluation as JSON
  --output-dir DIR      write each variant's .tflite there
  --sequence-length N   fix variable-length sequence inputs to N (recurrent models)
  --reference           also run the original Keras model (tfjs-layers): its accuracy and the conversion loss
  --x-key K[,K2]        .npz keys of the inputs (default x); --y-key K: labels (default y)
  --scale S --offset O  input' = input * S + O (e.g. --scale 1/255)
  --mean M[,..] --std S[,..]  then (input' - mean) / std, per channel
  --label-column C      CSV label column (name or 0-based index; default the last)
  --help                this text

Exit codes: 0 evaluated, 2 bad input (model, dataset or flags), 3 internal error.
`;
var VARIANTS = ["float32", "float16", "int8"];
function parseVariants(text) {
  if (text === void 0) return ["float32", "float16"];
  const list = text.split(",").map((v) => v.trim());
  const bad = list.filter((v) => !VARIANTS.includes(v));
  if (bad.length || list.length === 0) throw new GateError("usage", `--variants takes ${VARIANTS.join(", ")}; got "${text}"`);
  return [...new Set(list)];
}
var dash = "\u2013";
var num2 = (x, f) => x === void 0 || Number.isNaN(x) ? dash : f(x);
var ROWS = [
  ["size", (v) => bytes(v.size.fileBytes)],
  ["size (gzip)", (v) => bytes(v.size.gzipBytes)],
  ["params", (v) => num2(v.size.params, count)],
  ["accuracy (top-1)", (v) => num2(v.classification?.top1, percent)],
  ["top-5", (v) => num2(v.classification?.top5, percent)],
  ["MAE", (v) => num2(v.regression?.mae, (x) => x.toPrecision(4))],
  ["RMSE", (v) => num2(v.regression?.rmse, (x) => x.toPrecision(4))],
  ["max |error|", (v) => num2(v.regression?.maxAbsError, (x) => x.toPrecision(4))],
  ["agreement vs float32", (v) => v.vsFloat32?.agreement === void 0 ? dash : `${percent(v.vsFloat32.agreement)} (${v.vsFloat32.flipped} flipped)`],
  ["max |diff| vs float32", (v) => num2(v.vsFloat32?.maxAbsDiff, (x) => x.toExponential(2))],
  ["latency p50", (v) => num2(v.latency?.p50Ms, ms)],
  ["latency p90", (v) => num2(v.latency?.p90Ms, ms)],
  ["init", (v) => num2(v.latency?.initMs, ms)],
  ["MACs", (v) => num2(v.macs, count)],
  ["arena", (v) => num2(v.arenaBytes, bytes)]
];
function renderTable(evaluation) {
  const rows = ROWS.map(([label, cell]) => [label, ...evaluation.variants.map(cell)]).filter((r) => r.slice(1).some((c) => c !== dash));
  const header = ["", ...evaluation.variants.map((v) => v.variant)];
  const table2 = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...table2.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])).join("  ").trimEnd();
  const rule = widths.map((w) => "\u2500".repeat(w)).join("  ");
  const head = [`${evaluation.model} (${evaluation.ref}) on ${evaluation.dataset ?? "no dataset"}`, `runtime: ${evaluation.runtime}`];
  const rss = evaluation.peakRssBytes ? [`peak RSS: ${bytes(evaluation.peakRssBytes)}`] : [];
  const notes = evaluation.notes.map((n) => `note: ${n}`);
  return [...head, "", line(header), rule, ...rows.map(line), "", ...rss, ...notes].join("\n") + "\n";
}
function progressBar(io) {
  let last = 0;
  let drawn = false;
  const update = (p) => {
    const now = performance.now();
    if (p.done !== void 0 && p.done !== p.total && now - last < 100) return;
    last = now;
    const label = [p.stage, p.variant].filter(Boolean).join(" ");
    const fraction = p.total ? (p.done ?? 0) / p.total : 0;
    const bar = p.total ? ` [${"#".repeat(Math.round(fraction * 30)).padEnd(30, ".")}] ${p.done}/${p.total}` : "";
    io.stderr(`\r\x1B[2K${label}${bar}`);
    drawn = true;
  };
  return { update, clear: () => drawn && io.stderr("\r\x1B[2K") };
}
async function writeJson(path, evaluation) {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, JSON.stringify(evaluation, null, 2) + "\n");
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new GateError("usage", `cannot write the JSON result (${error.code ?? String(error)})`, { file: path });
  }
}
async function refuseOverwrite(json, inputs) {
  const folder = await stat(dirname(json)).catch(() => void 0);
  if (!folder?.isDirectory()) {
    throw new GateError("usage", `the folder ${dirname(json)} does not exist`, { file: json }, "Create the folder first, or choose another --json path.");
  }
  const target = await stat(json).catch(() => void 0);
  if (!target) return;
  for (const [flag, path] of inputs) {
    const source = await stat(path).catch(() => void 0);
    if (source && source.dev === target.dev && source.ino === target.ino) {
      throw new GateError("usage", `--json names the ${flag.slice(2)} file; writing the JSON result would overwrite it`, { file: json }, "Choose another --json path, e.g. evaluation.json.");
    }
  }
}
var DATA_FLAGS = Object.fromEntries(DATA_OPTION_NAMES.map((name) => [name, { type: "string" }]));
async function run2(argv, io) {
  const { values } = parseFlags(argv, {
    model: { type: "string" },
    dataset: { type: "string" },
    variants: { type: "string" },
    "latency-runs": { type: "string" },
    workers: { type: "string" },
    json: { type: "string" },
    "output-dir": { type: "string" },
    "sequence-length": { type: "string" },
    reference: { type: "boolean" },
    ...DATA_FLAGS
  }, false, { command: "evaluate", positionalHint: (arg) => `Name the model with --model=${arg} (and the test set with --dataset=PATH).` });
  const v = values;
  if (!v.model) throw new GateError("usage", "--model is required", {}, "Run `tflite-gate evaluate --help`.");
  const abs = (p) => isAbsolute2(p) ? p : resolve3(io.cwd, p);
  const data = parseDataOptions(Object.fromEntries(DATA_OPTION_NAMES.map((n) => [n, v[n]])));
  const sequenceLength = v["sequence-length"] === void 0 ? void 0 : intFlag(v["sequence-length"], "sequence-length", 0);
  if (v.json) await refuseOverwrite(abs(v.json), [["--model", abs(v.model)], ...v.dataset ? [["--dataset", abs(v.dataset)]] : []]);
  const progress = io.isTTY ? progressBar(io) : void 0;
  let evaluation;
  try {
    evaluation = await evaluateModel({
      model: v.model,
      modelPath: abs(v.model),
      ...v.dataset ? { dataset: abs(v.dataset), datasetName: v.dataset } : {},
      data,
      variants: parseVariants(v.variants),
      latencyRuns: intFlag(v["latency-runs"], "latency-runs", 100, 0),
      ...v.workers ? { workers: intFlag(v.workers, "workers", 1) } : {},
      ...v["output-dir"] ? { outputDir: abs(v["output-dir"]) } : {},
      ...sequenceLength ? { sequenceLength } : {},
      ...values.reference ? { reference: true } : {},
      onProgress: progress?.update
    });
  } finally {
    progress?.clear();
  }
  io.stdout(renderTable(evaluation));
  const source = describeSource(evaluation);
  if (source.length) io.stdout(source.join("\n") + "\n");
  if (v.json) await writeJson(abs(v.json), evaluation);
  return 0;
}
var evaluateCommand = {
  name: "evaluate",
  summary: "Run a model's .tflite variants in LiteRT.js on a dataset: accuracy, latency, size, MACs, memory",
  usage: usage2,
  run: run2
};

// src/cli/commands/gate.ts
import { mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname as dirname2, join, resolve as resolve4 } from "node:path";
var usage3 = `
Usage: tflite-gate gate [--base REF] [options]

Gate the models changed in the working tree since REF (default HEAD: uncommitted changes; e.g. origin/main
for a branch), as the GitHub Action does on a pull request: each model is converted, evaluated in the
working tree and at REF, compared and judged. The markdown report is printed; .tflite-gate.yml is read
from the repository root when present.

A model is changed when its content differs between REF and the working tree: committed, staged,
unstaged and untracked (not ignored) files count; models that did not change are counted in the report,
not evaluated. A rename git sees (git mv, or the new name added) is compared with the old path at REF;
an untracked copy under a new name is added, and the old name deleted. Dataset paths are relative to the
repository root.

Options (snake_case or kebab-case):
  --base REF                  the git ref to compare with (default HEAD)
  --models GLOB               model files (default **/*.{h5,keras})
  --dataset PATH              test set (.npz/.npy); --x-key K[,K2] and --y-key K name its arrays
  --variants LIST             float32,float16 (default)
  --max-accuracy-drop PP      default 1 (percentage points)
  --max-size-increase PCT     default 10
  --max-latency-increase PCT  default 25 (whole confidence interval past it)
  --max-output-diff X         off unless set
  --fail-on error|never       exit 1 on a breach (default) or report only
  --config PATH               per-model rules (default .tflite-gate.yml)
  --samples N                 at most N test samples per model
  --latency-runs N            timed runs per variant (default 100; 0 skips latency)
  --reference                 also run the source Keras model (tfjs): its accuracy and the conversion loss
  --output-dir DIR            write the .tflite variants and the report there
  --json PATH                 write report.json there
  --markdown PATH             write the markdown report there
  --help                      this text

Exit codes: 0 pass, 1 gate failed, 2 bad input, 3 internal error.
`;
var CONFIG_FLAGS = [
  "models",
  "dataset",
  "x-key",
  "y-key",
  "variants",
  "max-accuracy-drop",
  "max-size-increase",
  "max-latency-increase",
  "max-output-diff",
  "fail-on",
  "config",
  "samples",
  "latency-runs",
  "output-dir"
];
var FLAGS = {
  ...Object.fromEntries([...CONFIG_FLAGS, "base", "json", "markdown"].map((name) => [name, { type: "string" }])),
  reference: { type: "boolean" }
};
function outputPath(cwd, flag, path) {
  if (path === void 0) return void 0;
  const abs = resolve4(cwd, path);
  if (!statSync(dirname2(abs), { throwIfNoEntry: false })?.isDirectory()) {
    throw new GateError("usage", `the folder ${dirname2(abs)} does not exist`, { file: abs }, `Create the folder first, or choose another ${flag} path.`);
  }
  return abs;
}
function writeOutput(path, text) {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new GateError("usage", `cannot write the report (${error.code ?? String(error)})`, { file: path });
  }
}
async function run3(argv, io) {
  const { values } = parseFlags(argv, FLAGS, false, { command: "gate", positionalHint: (arg) => `To compare with a git ref, write --base ${arg}.` });
  const flag = (name) => values[name];
  const root = await repositoryRoot(io.cwd);
  if (!root) throw new GateError("usage", `${io.cwd} is not inside a git repository`, {}, "Run tflite-gate gate in a checkout.");
  const read = (name) => {
    if (name === "reference") return values.reference ? "true" : void 0;
    return CONFIG_FLAGS.includes(name) ? flag(name) : void 0;
  };
  const label = (name) => `--${name}`;
  const config = loadConfig(read, root, label);
  const json = outputPath(io.cwd, "--json", flag("json"));
  checkOutputDir(config, io.cwd, label);
  const markdownFile = outputPath(io.cwd, "--markdown", flag("markdown"));
  const ref = flag("base") ?? "HEAD";
  const base = await resolveCommit(root, ref);
  if (!base) throw new GateError("usage", `--base "${ref}" names no commit in this repository`);
  const scratch = config.outputDir ? void 0 : mkdtempSync(join(tmpdir(), "tflite-gate-cli-"));
  try {
    const context = { eventName: "cli", before: base, apiUrl: "", serverUrl: "", workspace: root, workingTree: true };
    const log = { info: (m) => io.stderr(`${m}
`), warning: (m) => io.stderr(`warning: ${m}
`) };
    const outputDir = resolve4(io.cwd, config.outputDir ?? scratch);
    const report = await runGate({ config, context, evaluator: liteRtEvaluator(), log, outputDir });
    const markdown = renderMarkdown(report);
    io.stdout(markdown);
    if (json) writeOutput(json, reportToJson(report));
    if (markdownFile) writeOutput(markdownFile, markdown);
    return report.verdict.passed || config.failOn === "never" ? EXIT.pass : EXIT.gateFailed;
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
var gateCommand = {
  name: "gate",
  summary: "Gate the models changed since a git ref, as the GitHub Action does on a pull request",
  usage: usage3,
  run: run3
};

// src/cli/commands/index.ts
var commands = [convertCommand, inspectCommand, evaluateCommand, gateCommand];

// src/cli/main.ts
function helpText() {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "tflite-gate: convert Keras models to TensorFlow Lite and gate model changes on accuracy, size and latency.",
    "",
    "Usage: tflite-gate <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `tflite-gate <command> --help` for the options of one command.",
    "Exit codes: 0 pass, 1 gate failed, 2 bad input or usage, 3 internal error."
  ].join("\n");
}
var NO_COMMAND = "tflite-gate: no command given. Start with `tflite-gate convert --keras_model_file=model.h5 --output_file=model.tflite`, or pick a command below.";
function unknownCommand(name, argv) {
  if (/^--(keras[-_]model[-_]file|output[-_]file)\b/.test(name)) {
    return `tflite-gate: a command comes first; for the tutorial's flags run \`tflite-gate convert ${argv.join(" ")}\``;
  }
  const guess = closest(name, commands.map((c) => c.name));
  return `tflite-gate: unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ""}`;
}
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  if (!name) {
    io.stdout(`${NO_COMMAND}

${helpText()}
`);
    return EXIT.badInput;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(helpText() + "\n");
    return EXIT.pass;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${process.env.TFLITE_GATE_VERSION ?? "0.1.0"}
`);
    return EXIT.pass;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`${unknownCommand(name, argv)}

${helpText()}
`);
    return EXIT.badInput;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${command.usage.trim()}
`);
    return EXIT.pass;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`tflite-gate ${command.name}: ${describeError(error)}
`);
    if (!(error instanceof GateError) && process.env.TFLITE_GATE_DEBUG && error instanceof Error) io.stderr(`${error.stack}
`);
    return exitCodeFor(error);
  }
}

// src/util/wasm-tiering.ts
import { setFlagsFromString } from "node:v8";
function preferBaselineWasm() {
  setFlagsFromString("--liftoff-only");
}

// src/cli/bin.ts
if (process.argv[2] === "convert") preferBaselineWasm();
var code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd()
});
process.exitCode = code;
