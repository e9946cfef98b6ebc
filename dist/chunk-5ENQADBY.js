import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  LIMITS
} from "./chunk-QPIMBNKW.js";
import {
  GateError,
  excerpt
} from "./chunk-JM7JNUOI.js";

// src/config/values.ts
var VARIANTS = ["float32", "float16", "dynamic", "int8"];
function bad(name, expected, got, file) {
  const shown = excerpt(typeof got === "string" ? `"${got}"` : typeof got === "number" ? String(got) : JSON.stringify(got) ?? String(got), 60);
  if (file) return new GateError("usage", `must be ${expected}, got ${shown}`, { file, where: name });
  return new GateError("usage", `${name} must be ${expected}, got ${shown}`);
}
function toBoolean(raw, name, file) {
  if (typeof raw === "boolean") return raw;
  if (["true", "True", "TRUE"].includes(raw)) return true;
  if (["false", "False", "FALSE"].includes(raw)) return false;
  throw bad(name, "true or false", raw, file);
}
function toText(raw, name, file) {
  if (typeof raw !== "string" || raw.trim() === "") throw bad(name, "a non-empty string", raw, file);
  return raw.trim();
}
var NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
function numberOf(raw) {
  if (typeof raw === "number") return raw;
  if (typeof raw !== "string") return NaN;
  const parts = raw.split("/").map((p) => p.trim());
  if (parts.length > 2 || !parts.every((p) => NUMBER_TEXT.test(p))) return NaN;
  return parts.length === 2 ? Number(parts[0]) / Number(parts[1]) : Number(parts[0]);
}
function toNumber(raw, name, file, min = 0) {
  const n = numberOf(raw);
  if (!Number.isFinite(n) || n < min) throw bad(name, min === -Infinity ? "a number (e.g. 0.5 or 1/255)" : `a number >= ${min}`, raw, file);
  return n;
}
function toInteger(raw, name, file, min = 0, max = Number.MAX_SAFE_INTEGER) {
  const n = numberOf(raw);
  const expected = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
  if (!Number.isInteger(n) || n < min || n > max || typeof raw === "string" && raw.includes("/")) throw bad(name, expected, raw, file);
  return n;
}
function toNumbers(raw, name, file, nonZero = false) {
  const list = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(",") : [raw];
  const values = list.map((x, i) => toNumber(typeof x === "string" ? x.trim() : x, Array.isArray(raw) ? `${name}[${i}]` : name, file, -Infinity));
  if (nonZero && values.includes(0)) throw bad(name, "numbers other than 0", raw, file);
  return values;
}
function toChoice(raw, name, choices, file) {
  if (choices.includes(raw)) return raw;
  throw bad(name, `one of ${choices.join(", ")}`, raw, file);
}
function toVariants(raw, name, file) {
  const items = Array.isArray(raw) ? raw : String(raw).split(/[,\s]+/).filter(Boolean);
  const variants = [];
  for (const item of items) {
    const v = toChoice(String(item), name, VARIANTS, file);
    if (!variants.includes(v)) variants.push(v);
  }
  if (!variants.includes("float32")) throw bad(name, "a list that includes float32 (the reference variant)", raw, file);
  return variants;
}
function toKeys(raw, name, file) {
  const items = (Array.isArray(raw) ? raw : String(raw).split(",")).map((k) => String(k).trim());
  if (!items.length || items.some((k) => k === "")) throw bad(name, "a key or comma-separated keys", raw, file);
  return items;
}
function toKey(raw, name, file) {
  const keys = toKeys(raw, name, file);
  if (keys.length !== 1) throw bad(name, "one key", raw, file);
  return keys[0];
}
function toColumn(raw, name, file) {
  const text2 = typeof raw === "number" ? String(raw) : toText(raw, name, file);
  return /^\d+$/.test(text2) ? Number(text2) : text2;
}
function toCommentKey(raw, name, file) {
  if (typeof raw === "string" && /^[A-Za-z0-9._-]{0,64}$/.test(raw)) return raw;
  throw bad(name, 'at most 64 letters, digits, ".", "_" or "-"', raw, file);
}
function toArtifactName(raw, name, file) {
  if (typeof raw === "string" && raw.length > 0 && !/["':<>|*?\\/\r\n]/.test(raw)) return raw;
  throw bad(name, 'a non-empty name without " : < > | * ? \\ / or newlines', raw, file);
}

// src/config/settings.ts
var setting = (s) => s;
var text = (raw, name, file) => toText(raw, name, file);
var int = (min, max) => (raw, name, file) => toInteger(raw, name, file, min, max);
var number = (min) => (raw, name, file) => toNumber(raw, name, file, min);
var EVAL = ["evaluate", "gate", "action"];
var DATA = ["convert", ...EVAL];
var limit = (key, value, help, scopes) => setting({ name: LIMITS[key].name, value, help, parse: int(1), default: LIMITS[key].default, in: scopes });
var BOTH = { top: true, rule: true };
var SETTINGS = {
  // --- what to gate (action and `gate`)
  models: setting({ name: "models", value: "GLOB", help: "model files to gate (repository-relative); only changed ones are evaluated", parse: text, default: "**/*.{h5,keras,onnx}", in: ["gate", "action"] }),
  base: setting({ name: "base", value: "REF", help: "the git ref to compare with", parse: text, default: "HEAD", in: ["gate"] }),
  config: setting({ name: "config", value: "PATH", help: "per-model rules: dataset, preprocessing, thresholds by model glob", parse: text, default: ".tflite-gate.yml", shown: ".tflite-gate.yml when present", tried: true, in: ["gate", "action"] }),
  // --- the model (CLI)
  "model-file": setting({ name: "model-file", value: "PATH", help: "the model: Keras (.h5 from model.save, or .keras) or ONNX (.onnx, external data files beside it), told apart by content", parse: text, in: ["convert"] }),
  "keras-model-file": setting({ name: "keras-model-file", value: "PATH", help: "the same, under the TFLite converter's name (takes ONNX files too)", parse: text, in: ["convert"], conflicts: { "model-file": "give the model once: --model-file or --keras-model-file" } }),
  "output-file": setting({ name: "output-file", value: "PATH", help: "the .tflite to write (atomically; nothing is written on error)", parse: text, in: ["convert"] }),
  model: setting({ name: "model", value: "PATH", help: "the model (.h5, .keras, .onnx or .tflite); twice to compare two models", parse: text, in: ["evaluate"], multiple: true }),
  float16: setting({ name: "float16", help: "write the float16 variant (float16 weights + DEQUANTIZE) instead of float32", parse: toBoolean, in: ["convert"], conflicts: { both: "--both already writes the float16 variant beside the float32 one" } }),
  both: setting({ name: "both", help: "write float32 to --output-file and float16 beside it (.float16.tflite)", parse: toBoolean, in: ["convert"] }),
  quantize: setting({ name: "quantize", value: "MODE", help: "dynamic: int8 weights, float activations (optimizations=[DEFAULT]); int8: full integer, calibrated on --representative-dataset; float16: as --float16", parse: (r, n, f) => toChoice(r, n, ["dynamic", "int8", "float16"], f), in: ["convert"] }),
  "inference-type": setting({ name: "inference-type", value: "TYPE", help: "int8 or uint8: the int8 model's own inputs/outputs are integer (default float32: QUANTIZE/DEQUANTIZE at the ends)", parse: (r, n, f) => toChoice(String(r).toLowerCase(), n, ["int8", "uint8", "float32"], f), in: ["convert"] }),
  "input-batch-size": setting({ name: "batch-size", value: "N", help: "batch size of the model inputs", parse: int(1), default: 1, in: ["convert"] }),
  nhwc: setting({ name: "nhwc", help: "ONNX: rank-4 inputs and outputs NHWC (image folders, per-channel --mean/--std on the last axis) instead of the model's NCHW", parse: toBoolean, in: ["convert", "evaluate"], file: { rule: true } }),
  "dynamic-batch": setting({ name: "dynamic-batch", help: "mark the batch dimension as dynamic (-1 in shape signatures)", parse: toBoolean, in: ["convert"] }),
  "sequence-length": setting({ name: "sequence-length", value: "N", help: "fix variable-length (None) input dimensions to N (recurrent models)", parse: int(1), in: ["convert", "evaluate"], file: { rule: true } }),
  unroll: setting({ name: "unroll", help: "write recurrent layers unrolled (one copy of the cell per time step) instead of one WHILE loop each", parse: toBoolean, in: ["convert"] }),
  // --- the dataset
  dataset: setting({ name: "dataset", value: "PATH", help: "test set: .npz/.npy, IDX, CSV, or a folder of class sub-folders with images", more: "Without one, size, operators, MACs, memory and latency are still compared.", parse: text, in: EVAL, file: BOTH }),
  "x-key": setting({ name: "x-key", value: "K[,K2]", help: ".npz keys of the model inputs, in model input order", parse: toKeys, default: ["x"], shown: "x", in: DATA, file: BOTH }),
  "y-key": setting({ name: "y-key", value: "K", help: ".npz key of the labels; must exist when given", parse: toKey, default: "y", in: EVAL, file: BOTH }),
  scale: setting({ name: "scale", value: "S", help: "input' = input * S + offset (e.g. 1/255)", more: "The scale, offset, mean and std inputs override the config file's top-level preprocessing.", parse: number(-Infinity), in: DATA, file: { ...BOTH, group: "preprocessing" } }),
  offset: setting({ name: "offset", value: "O", help: "added after the scale (e.g. -1)", parse: number(-Infinity), in: DATA, file: { ...BOTH, group: "preprocessing" } }),
  mean: setting({ name: "mean", value: "M[,..]", help: "then (input' - mean) / std, per channel", parse: (r, n, f) => toNumbers(r, n, f), in: DATA, file: { ...BOTH, group: "preprocessing" } }),
  std: setting({ name: "std", value: "S[,..]", help: "per-channel divisor after the mean (no 0)", parse: (r, n, f) => toNumbers(r, n, f, true), in: DATA, file: { ...BOTH, group: "preprocessing" } }),
  "label-column": setting({ name: "label-column", value: "C", help: "CSV label column: name or 0-based index (default the last)", parse: toColumn, in: ["convert", "evaluate"] }),
  samples: setting({ name: "samples", value: "N", help: "evaluate at most this many samples per model (the first ones, or a random subset with a seed)", parse: int(1), in: EVAL, file: BOTH }),
  seed: setting({ name: "seed", value: "N", help: "seed of the random subset of samples (only with samples)", parse: int(0, 4294967295), in: EVAL, file: BOTH }),
  "representative-dataset": setting({ name: "representative-dataset", value: "PATH", help: "calibration data of the int8 variant (any dataset format, preprocessed like the test set)", more: "Default: 200 seeded samples of the test set, left out of every figure.", parse: text, in: ["convert", "evaluate", "gate", "action"], file: BOTH }),
  "representative-samples": setting({ name: "representative-samples", value: "N", help: "int8 calibration samples (a seeded random subset)", parse: int(1), default: 200, in: ["convert", "evaluate"] }),
  // --- how to evaluate
  variants: setting({ name: "variants", value: "LIST", help: `comma-separated variants, float32 first, of ${VARIANTS.join(", ")}`, parse: toVariants, default: ["float32", "float16"], shown: "float32,float16", in: EVAL, file: { top: true } }),
  "latency-runs": setting({ name: "latency-runs", value: "N", help: "timed single-thread runs per variant; 0 skips latency", parse: int(0), default: 100, in: EVAL }),
  workers: setting({ name: "workers", value: "N", help: "worker threads for the dataset (default: cores, at most 4; none for small work)", parse: int(1), in: ["evaluate"] }),
  "per-class": setting({ name: "per-class", help: "print every class's accuracy (classification), per variant", parse: toBoolean, in: ["evaluate"] }),
  reference: setting({ name: "reference", help: "also run the source Keras model (tfjs): its accuracy and the conversion loss", parse: toBoolean, default: false, in: EVAL, file: BOTH }),
  // --- thresholds (gate)
  "max-accuracy-drop": setting({ name: "max-accuracy-drop", value: "PP", help: "largest top-1 accuracy drop in percentage points, each variant vs float32 and head vs base", parse: number(0), default: 1, in: ["gate", "action"], file: { ...BOTH, group: "thresholds" } }),
  "max-int8-accuracy-drop": setting({ name: "max-int8-accuracy-drop", value: "PP", help: "the dynamic and int8 variants' own limit on the accuracy drop vs float32 (default max-accuracy-drop)", parse: number(0), in: ["gate", "action"], file: { ...BOTH, group: "thresholds" } }),
  "max-size-increase": setting({ name: "max-size-increase", value: "PCT", help: "largest .tflite size increase in percent, head vs base, per variant", parse: number(0), default: 10, in: ["gate", "action"], file: { ...BOTH, group: "thresholds" } }),
  "max-latency-increase": setting({ name: "max-latency-increase", value: "PCT", help: "largest p50 latency increase in percent, head vs base, breached when the whole 95% confidence interval is past it", parse: number(0), default: 25, in: ["gate", "action"], file: { ...BOTH, group: "thresholds" } }),
  "max-output-diff": setting({ name: "max-output-diff", value: "X", help: "largest absolute output difference of a variant vs float32; off unless set", parse: number(0), in: ["gate", "action"], file: { ...BOTH, group: "thresholds" } }),
  "fail-on": setting({ name: "fail-on", value: "error|never", help: "error: fail on any breach or unreadable model; never: report only", parse: (r, n, f) => toChoice(r, n, ["error", "never"], f), default: "error", in: ["gate", "action"] }),
  // --- outputs
  "output-dir": setting({ name: "output-dir", value: "DIR", help: "folder for the .tflite variants (and the gate's report.json and report.md)", more: "Default $RUNNER_TEMP/tflite-gate, or tflite-gate-release in the workspace on a release event.", parse: text, in: EVAL }),
  json: setting({ name: "json", value: "PATH", help: "write the full result as JSON there", parse: text, in: ["evaluate", "gate"] }),
  "json-stdout": setting({ name: "json", help: "print the result as JSON instead of text", parse: toBoolean, in: ["convert", "inspect"] }),
  markdown: setting({ name: "markdown", value: "PATH", help: "write the markdown report there", parse: text, in: ["gate"] }),
  // --- the action only
  comment: setting({ name: "comment", help: "post or update one sticky comment on the pull request", parse: toBoolean, default: true, in: ["action"] }),
  "comment-key": setting({ name: "comment-key", value: "KEY", help: "tells several gates on one pull request apart; each key has its own comment", parse: toCommentKey, default: "", in: ["action"] }),
  "upload-artifacts": setting({ name: "upload-artifacts", help: "upload report.json, report.md and the .tflite variants as a workflow artifact", parse: toBoolean, default: true, in: ["action"] }),
  "artifact-name": setting({ name: "artifact-name", value: "NAME", help: "name of the workflow artifact (use a distinct one per matrix job)", parse: toArtifactName, default: "tflite-gate", in: ["action"] }),
  "github-token": setting({ name: "github-token", value: "TOKEN", help: "token for the pull request's files and the comment (needs pull-requests write to comment)", more: "The comment is looked up only among those written by this token's own login (GraphQL viewer; github-actions[bot] when it cannot be learnt).", parse: (raw) => String(raw).trim(), default: "", shown: "${{ github.token }}", in: ["action"] }),
  mode: setting({ name: "mode", value: "MODE", help: "which job: gate (evaluate and judge), list (the changed models as a matrix-ready JSON array), or merge (combine the report.json files of matrix jobs into one comment and verdict)", parse: (r, n, f) => toChoice(r, n, ["gate", "list", "merge"], f), default: "gate", in: ["action"] }),
  reports: setting({ name: "reports", value: "GLOB", help: "merge mode only: glob of report.json files to combine (after actions/download-artifact)", parse: text, default: "**/report.json", in: ["action"] }),
  "trust-pr-config": setting({
    name: "trust-pr-config",
    help: "pull requests: read the config file and test sets from the pull request, not from the base commit",
    more: "Unsafe with pull requests from forks or untrusted authors: a pull request could then loosen its own gate or swap its test set. By default both are read at the base commit, and a change to them is reported and applies once merged.",
    parse: toBoolean,
    default: false,
    in: ["action"]
  }),
  "batch-size": setting({ name: "batch-size", value: "N", help: "list mode only: models per matrix entry (entries are globs for the models input)", parse: int(1), default: 1, in: ["action"] }),
  // --- resource limits (util/limits.ts names them and gives their defaults; a larger input is refused)
  "max-model-mib": limit("modelMib", "MIB", "largest model file read (head, base, Git LFS object), in MiB", ["convert", "inspect", ...EVAL]),
  "max-dataset-mib": limit("datasetMib", "MIB", "largest dataset read, in MiB (one file, an image folder's files together, what an .npz inflates to)", EVAL),
  "max-image-pixels": limit("imagePixels", "N", "largest image of an image-folder dataset, width x height, read from its header before decoding", EVAL),
  "max-csv-line-kib": limit("csvLineKib", "KIB", "longest line of a CSV dataset, in KiB", EVAL),
  "max-config-depth": limit("configDepth", "N", "deepest nesting of a model configuration (JSON levels, nested models, HDF5 groups)", ["convert", ...EVAL]),
  "model-timeout-seconds": limit("modelSeconds", "S", "longest time one model (head and base) may take; past it the model is reported as timed out", ["gate", "action"]),
  // --- every command
  quiet: setting({ name: "quiet", short: "q", help: "no progress or informational lines on stderr (errors and results still)", parse: toBoolean, in: ["convert", "evaluate", "gate"] })
};
function settingsIn(scope) {
  return Object.entries(SETTINGS).filter(([, s]) => s.in.includes(scope));
}
function shownDefault(s) {
  if (s.shown !== void 0) return s.shown;
  if (s.default === void 0 || s.default === false || s.default === "") return void 0;
  return Array.isArray(s.default) ? s.default.join(",") : String(s.default);
}
function defaultOf(id) {
  return SETTINGS[id].default;
}
function parseGiven(id, raw, name, file) {
  if (raw === void 0 || raw === null || typeof raw === "string" && raw.trim() === "") return void 0;
  return SETTINGS[id].parse(typeof raw === "string" ? raw.trim() : raw, name, file);
}

export {
  bad,
  SETTINGS,
  settingsIn,
  shownDefault,
  defaultOf,
  parseGiven
};
