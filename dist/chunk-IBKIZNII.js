import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  GateError
} from "./chunk-JM7JNUOI.js";

// src/cli/flag-errors.ts
var KERAS_INSTEAD = "Convert the Keras model file instead: --keras_model_file=model.h5 (or model.keras, written by model.save()).";
var SAVED_MODEL = ["TensorFlow SavedModel folders are not supported (tflite-gate reads Keras files, without TensorFlow)", KERAS_INSTEAD];
var V1 = ["TensorFlow 1 frozen graphs (the v1 converter) are not supported", KERAS_INSTEAD];
var IO_TYPE = ["the model's input and output types are set together", "Use --quantize=int8 --inference_type=int8 (or uint8)."];
var TF1_QUANT = ["TensorFlow 1 quantization flags (fixed ranges, quantization-aware graphs) are not taken", "Calibrate instead: --quantize=int8 --representative_dataset=FILE."];
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
  inference_input_type: IO_TYPE,
  inference_output_type: IO_TYPE,
  mean_values: TF1_QUANT,
  std_dev_values: TF1_QUANT,
  default_ranges_min: TF1_QUANT,
  default_ranges_max: TF1_QUANT,
  post_training_quantize: ["this spelling is not taken", "Use --quantize=dynamic (int8 weights, float activations)."],
  quantize_to_float16: ["this spelling is not taken", "Use --float16 (or --quantize=float16)."],
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
var spell = (kebab, style) => `--${style === "snake" ? kebab.replace(/-/g, "_") : kebab}`;
function unknownFlagError(typed, known, ctx) {
  const bare = typed.replace(/^-+/, "");
  const foreign = ctx.command === "convert" ? TFLITE_CONVERT_FLAGS[bare.replace(/-/g, "_")] : void 0;
  if (foreign) return new GateError("usage", `${typed} is a tflite_convert flag that tflite-gate does not take: ${foreign[0]}`, {}, `${foreign[1]} ${helpHint(ctx)}`);
  const kebab = bare.replace(/_/g, "-");
  const suggestion = closest(kebab, known);
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
function repeatedFlagError(first, again, ctx) {
  const same = first === again ? `${first} is given twice` : `${first} and ${again} are the same option, given twice`;
  return new GateError("usage", same, {}, `Give it once. ${helpHint(ctx)}`);
}

export {
  closest,
  unknownFlagError,
  missingValueError,
  unexpectedValueError,
  positionalError,
  repeatedFlagError
};
