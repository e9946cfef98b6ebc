import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  isTflite,
  openZip,
  toFloat16,
  writeTflite
} from "./chunk-BEIMX3LC.js";
import {
  checkWritable,
  isSpecialTarget,
  writeFailure,
  writeOutputFile
} from "./chunk-6YMK3QD6.js";
import {
  compileH5Wasm,
  keepCompiledH5Wasm,
  wasm
} from "./chunk-4I7V2L4L.js";
import {
  GraphBuilder,
  optimizeGraph
} from "./chunk-YWNQQDKI.js";
import {
  externalReader,
  probeOnnx
} from "./chunk-GJIP554E.js";
import {
  DEFAULT_LIMITS,
  limitBytes,
  limitHint,
  limitName,
  readRegularFile
} from "./chunk-QPIMBNKW.js";
import {
  binary,
  broadcastShape,
  constF,
  constI,
  emitOp,
  expandDims,
  permuteData,
  prod,
  reshape,
  scalar,
  shapeOf,
  tensorName,
  transpose,
  unary
} from "./chunk-KDPSR7WJ.js";
import {
  halfToFloat
} from "./chunk-LHSQ66CC.js";
import {
  GateError,
  excerpt
} from "./chunk-JM7JNUOI.js";

// src/convert/args.ts
function cfg(layer, ...keys) {
  for (const key2 of keys) {
    const value = layer.config[key2];
    if (value !== void 0 && value !== null) return value;
  }
  return void 0;
}
function num(layer, keys, fallback) {
  const value = cfg(layer, ...Array.isArray(keys) ? keys : [keys]);
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === "number") return value[0];
  return fallback;
}
function bool(layer, keys, fallback) {
  const value = cfg(layer, ...Array.isArray(keys) ? keys : [keys]);
  return typeof value === "boolean" ? value : fallback;
}
function str(layer, keys, fallback) {
  const value = cfg(layer, ...Array.isArray(keys) ? keys : [keys]);
  return typeof value === "string" ? value : fallback;
}
function tuple(layer, keys, rank, fallback) {
  const value = cfg(layer, ...Array.isArray(keys) ? keys : [keys]);
  if (typeof value === "number") return Array(rank).fill(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "number")) {
    if (value.length === 1) return Array(rank).fill(value[0]);
    if (value.length === rank) return value;
  }
  return Array(rank).fill(fallback);
}
function axes(layer, keys, rank, fallback) {
  const value = cfg(layer, ...Array.isArray(keys) ? keys : [keys]);
  const list = typeof value === "number" ? [value] : Array.isArray(value) ? value : fallback;
  return list.map((a) => a < 0 ? a + rank : a).sort((a, b) => a - b);
}
function channelsFirst(layer) {
  const format = str(layer, ["data_format", "dim_ordering"], "channels_last");
  return format === "channels_first" || format === "th";
}
function padding(layer) {
  return str(layer, ["padding", "border_mode"], "valid").toLowerCase();
}
function activationName(value) {
  if (value === void 0 || value === null) return "linear";
  if (typeof value === "string") return value.toLowerCase();
  if (typeof value === "object") {
    const v = value;
    if (typeof v.config === "string") return v.config.toLowerCase();
    if (v.config && typeof v.config === "object" && typeof v.config.name === "string" && v.class_name === "function") {
      return String(v.config.name).toLowerCase();
    }
    if (typeof v.registered_name === "string") return v.registered_name.toLowerCase();
    if (typeof v.class_name === "string") return v.class_name.toLowerCase();
  }
  return String(value);
}
function kerasMajor(version) {
  const major = Number.parseInt(version, 10);
  return Number.isFinite(major) ? major : 3;
}
function weight(layer, suffix, index) {
  const byName = layer.weights.find((w) => new RegExp(`(^|/)${suffix}(:\\d+)?$`).test(w.name));
  return byName ?? layer.weights[index];
}

// src/convert/activations.ts
var simple = (type, suffix) => (ctx, x) => unary(ctx, type, x, suffix);
function hardSigmoid(ctx, x) {
  if (kerasMajor(ctx.kerasVersion ?? "") < 3) {
    const scaled = binary(ctx, "MUL", x, scalar(ctx, "mul/y", 0.2), "mul");
    const shifted2 = binary(ctx, "ADD", scaled, scalar(ctx, "add/y", 0.5), "add");
    const capped = binary(ctx, "MINIMUM", shifted2, scalar(ctx, "clip/y", 1), "clip_by_value/Minimum");
    return unary(ctx, "RELU", capped, "clip_by_value");
  }
  const shifted = binary(ctx, "ADD", x, scalar(ctx, "add/y", 3), "add");
  const clipped = unary(ctx, "RELU6", shifted, "Relu6");
  return binary(ctx, "MUL", clipped, scalar(ctx, "mul/y", 1 / 6), "mul");
}
function swish(ctx, x) {
  return binary(ctx, "MUL", x, unary(ctx, "LOGISTIC", x, "Sigmoid"), "mul");
}
function softplus(ctx, x) {
  const e = unary(ctx, "EXP", x, "Exp");
  return unary(ctx, "LOG", binary(ctx, "ADD", e, scalar(ctx, "add/y", 1), "add"), "Softplus");
}
function softsign(ctx, x) {
  const denominator = binary(ctx, "ADD", unary(ctx, "ABS", x, "Abs"), scalar(ctx, "add/y", 1), "add");
  return binary(ctx, "DIV", x, denominator, "Softsign");
}
function scaledElu(ctx, x, alpha) {
  const e = unary(ctx, "ELU", x, "Elu");
  if (alpha === 1) return e;
  if (alpha >= 0 && alpha < 1) return binary(ctx, "MAXIMUM", x, binary(ctx, "MUL", e, scalar(ctx, "mul/y", alpha), "mul"), "elu");
  const negative = binary(ctx, "MINIMUM", e, scalar(ctx, "Minimum/y", 0), "Minimum");
  const scaledNegative = binary(ctx, "MUL", negative, scalar(ctx, "mul/y", alpha), "mul");
  return binary(ctx, "ADD", unary(ctx, "RELU", x, "Relu"), scaledNegative, "elu");
}
function selu(ctx, x) {
  const scale = 1.0507009873554805;
  const elu2 = scaledElu(ctx, x, 1.6732632423543772);
  return binary(ctx, "MUL", elu2, scalar(ctx, "selu/scale", scale), "selu");
}
var ACTIVATIONS = {
  linear: (_ctx, x) => x,
  relu: simple("RELU", "Relu"),
  relu6: simple("RELU6", "Relu6"),
  sigmoid: simple("LOGISTIC", "Sigmoid"),
  tanh: simple("TANH", "Tanh"),
  softmax: (ctx, x) => unary(ctx, "SOFTMAX", x, "Softmax", { beta: 1 }),
  log_softmax: (ctx, x) => unary(ctx, "LOG_SOFTMAX", x, "LogSoftmax"),
  elu: simple("ELU", "Elu"),
  selu,
  swish,
  silu: swish,
  hard_swish: simple("HARD_SWISH", "HardSwish"),
  hard_silu: simple("HARD_SWISH", "HardSwish"),
  hard_sigmoid: hardSigmoid,
  gelu: (ctx, x) => unary(ctx, "GELU", x, "Gelu", { approximate: false }),
  leaky_relu: (ctx, x) => unary(ctx, "LEAKY_RELU", x, "LeakyRelu", { alpha: 0.2 }),
  softplus,
  softsign,
  exponential: simple("EXP", "Exp")
};
function isSupportedActivation(value) {
  return activationName(value) in ACTIVATIONS;
}
function applyActivation(ctx, x, value) {
  const emit2 = ACTIVATIONS[activationName(value)];
  if (!emit2) throw new Error(`activation ${activationName(value)} passed the check but has no emitter`);
  return emit2(ctx, x);
}
function checkActivation(value) {
  if (value === void 0 || value === null || isSupportedActivation(value)) return void 0;
  return `activation "${activationName(value)}" is not supported`;
}

// src/convert/activation-layers.ts
var activation = {
  classNames: ["Activation"],
  check: (layer) => checkActivation(cfg(layer, "activation") ?? "linear"),
  emit: (ctx) => [applyActivation(ctx, ctx.inputs[0], cfg(ctx.layer, "activation"))]
};
function relu(ctx, x, slope, max, threshold) {
  if (slope !== 0 && max === void 0 && threshold === 0) return unary(ctx, "LEAKY_RELU", x, "LeakyRelu", { alpha: slope });
  let positive;
  if (threshold !== 0) {
    const keep = emitOp(ctx, "GREATER", [x, scalar(ctx, "Greater/y", threshold)], shapeOf(ctx, x), "Greater", void 0, "bool");
    positive = emitOp(ctx, "SELECT_V2", [keep, x, scalar(ctx, "zeros", 0)], shapeOf(ctx, x), "SelectV2");
  } else {
    positive = unary(ctx, max === 6 ? "RELU6" : "RELU", x, max === 6 ? "Relu6" : "Relu");
  }
  if (max !== void 0 && !(max === 6 && threshold === 0)) {
    positive = binary(ctx, "MINIMUM", positive, scalar(ctx, "clip/y", max), "clip_by_value/Minimum");
    if (threshold !== 0) positive = unary(ctx, "RELU", positive, "clip_by_value");
  }
  if (slope === 0) return positive;
  const below = unary(ctx, "RELU", binary(ctx, "SUB", scalar(ctx, "threshold", threshold), x, "sub"), "Relu_1");
  return binary(ctx, "SUB", positive, binary(ctx, "MUL", below, scalar(ctx, "mul/y", slope), "mul"), "sub_1");
}
var reluLayer = {
  classNames: ["ReLU"],
  emit: (ctx) => {
    const max = cfg(ctx.layer, "max_value");
    const slope = num(ctx.layer, "negative_slope", 0);
    return [relu(ctx, ctx.inputs[0], slope, typeof max === "number" ? max : void 0, num(ctx.layer, "threshold", 0))];
  }
};
var leakyRelu = {
  classNames: ["LeakyReLU"],
  emit: (ctx) => [unary(ctx, "LEAKY_RELU", ctx.inputs[0], "LeakyRelu", { alpha: num(ctx.layer, ["negative_slope", "alpha"], 0.3) })]
};
var thresholdedRelu = {
  classNames: ["ThresholdedReLU"],
  emit: (ctx) => [relu(ctx, ctx.inputs[0], 0, void 0, num(ctx.layer, "theta", 1))]
};
var elu = {
  classNames: ["ELU"],
  emit: (ctx) => [scaledElu(ctx, ctx.inputs[0], num(ctx.layer, "alpha", 1))]
};
var prelu = {
  classNames: ["PReLU"],
  check: (layer) => layer.weights.length === 1 ? void 0 : "PReLU without its alpha weight",
  emit: (ctx) => {
    const x = ctx.inputs[0];
    const alpha = ctx.layer.weights[0];
    const alphaShape = alpha.shape.length === shapeOf(ctx, x).length - 1 ? alpha.shape : shapeOf(ctx, x).slice(1);
    const a = constF(ctx, "alpha", alphaShape, alpha.data);
    return [emitOp(ctx, "PRELU", [x, a], shapeOf(ctx, x), "Prelu")];
  }
};
var softmax = {
  classNames: ["Softmax"],
  check: (layer) => axes(layer, "axis", 8, [-1]).length > 1 ? "Softmax over several axes" : void 0,
  emit: (ctx) => {
    const x = ctx.inputs[0];
    const rank = shapeOf(ctx, x).length;
    const axis = axes(ctx.layer, "axis", rank, [-1])[0];
    if (axis === rank - 1) return [unary(ctx, "SOFTMAX", x, "Softmax", { beta: 1 })];
    const perm = [...Array(rank).keys()];
    perm[axis] = rank - 1;
    perm[rank - 1] = axis;
    const moved = transpose(ctx, x, perm, "transpose");
    return [transpose(ctx, unary(ctx, "SOFTMAX", moved, "Softmax", { beta: 1 }), perm, "transpose_1")];
  }
};
var activationLayers = [activation, reluLayer, leakyRelu, thresholdedRelu, elu, prelu, softmax];

// src/convert/core.ts
var identity = (ctx) => [ctx.inputs[0]];
var passThrough = {
  classNames: [
    "Dropout",
    "SpatialDropout1D",
    "SpatialDropout2D",
    "SpatialDropout3D",
    "GaussianNoise",
    "GaussianDropout",
    "AlphaDropout",
    "ActivityRegularization",
    "Identity"
  ],
  emit: identity
};
var dense = {
  classNames: ["Dense"],
  check: (layer) => checkActivation(cfg(layer, "activation")) ?? (weight(layer, "kernel", 0) ? void 0 : "Dense without a kernel weight"),
  emit: (ctx) => {
    const x = ctx.inputs[0];
    const kernel = weight(ctx.layer, "kernel", 0);
    const [units, inDim] = [kernel.shape[1], kernel.shape[0]];
    const inShape = shapeOf(ctx, x);
    if (inShape[inShape.length - 1] !== inDim) throw shapeError(ctx, `input last dimension ${inShape.at(-1)} but kernel expects ${inDim}`);
    const w = constF(ctx, "MatMul", [units, inDim], permuteData(kernel.data, kernel.shape, [1, 0]));
    const biasWeight = cfg(ctx.layer, "use_bias") === false ? void 0 : weight(ctx.layer, "bias", 1);
    const b = biasWeight ? constF(ctx, "BiasAdd", [units], biasWeight.data) : -1;
    const outShape = [...inShape.slice(0, -1), units];
    const options = { fused_activation_function: "NONE", keep_num_dims: inShape.length > 2 };
    const y = emitOp(ctx, "FULLY_CONNECTED", [x, w, b], inShape.length > 2 ? outShape : [prod(inShape.slice(0, -1)), units], "MatMul1", options);
    return [applyActivation(ctx, y, cfg(ctx.layer, "activation"))];
  }
};
function shapeError(ctx, message) {
  return new GateError(
    "unsupported",
    `layer "${ctx.layer.name}" (${ctx.layer.className}): ${message}`,
    { where: `layer ${ctx.layer.name}` },
    "The model file is inconsistent with its own layer config; re-save it from Keras."
  );
}
var flatten = {
  classNames: ["Flatten"],
  check: (layer) => channelsFirst(layer) ? 'data_format "channels_first" is not supported' : void 0,
  emit: (ctx) => {
    const x = ctx.inputs[0];
    const shape = shapeOf(ctx, x);
    if (shape.length === 2) return [x];
    return [reshape(ctx, x, [shape[0], prod(shape.slice(1))], "Reshape")];
  }
};
var intList = (value) => Array.isArray(value) && value.every((v) => v === null || Number.isInteger(v));
var reshapeLayer = {
  classNames: ["Reshape"],
  check: (layer) => intList(cfg(layer, "target_shape", "dims")) ? void 0 : "target_shape is missing or not a list of integers",
  emit: (ctx) => {
    const x = ctx.inputs[0];
    const inShape = shapeOf(ctx, x);
    const target = cfg(ctx.layer, "target_shape", "dims").map((d) => d === null ? -1 : d);
    const known = prod(target.filter((d) => d !== -1));
    const total = prod(inShape.slice(1));
    const resolved = target.map((d) => d === -1 ? total / known : d);
    if (prod(resolved) !== total || !resolved.every(Number.isInteger)) throw shapeError(ctx, `cannot reshape [${inShape.slice(1)}] to [${target}]`);
    return [reshape(ctx, x, [inShape[0], ...resolved])];
  }
};
var permute = {
  classNames: ["Permute"],
  check: (layer) => intList(cfg(layer, "dims")) ? void 0 : "dims is missing or not a list of integers",
  emit: (ctx) => [transpose(ctx, ctx.inputs[0], [0, ...cfg(ctx.layer, "dims")])]
};
var rescaling = {
  classNames: ["Rescaling"],
  emit: (ctx) => {
    let x = ctx.inputs[0];
    const scale = cfg(ctx.layer, "scale") ?? 1;
    const offset = cfg(ctx.layer, "offset") ?? 0;
    if (scale !== 1) x = binary(ctx, "MUL", x, valueConst(ctx, "Cast", scale), "mul");
    if (offset !== 0) x = binary(ctx, "ADD", x, valueConst(ctx, "Cast_1", offset), "add");
    return [x];
  }
};
function valueConst(ctx, suffix, value) {
  if (typeof value === "number") return scalar(ctx, suffix, value);
  const list = (Array.isArray(value) ? value : [value]).flat(8).map(Number);
  return constF(ctx, suffix, [list.length], list);
}
var layerScale = {
  classNames: ["LayerScale"],
  check: (layer) => layer.weights.length === 1 ? void 0 : `expected 1 weight (gamma), found ${layer.weights.length}`,
  emit: (ctx) => {
    const gamma = ctx.layer.weights[0];
    return [binary(ctx, "MUL", ctx.inputs[0], constF(ctx, "mul/y", gamma.shape, gamma.data), "mul")];
  }
};
var coreLayers = [passThrough, dense, flatten, reshapeLayer, permute, rescaling, layerScale];

// src/convert/attention-args.ts
var ROLES = ["query", "key", "value", "output"];
var WEIGHT_NAME = /(?:^|\/)_?(query|key|value|attention_output|output)(?:_dense)?\/(kernel|bias|vars\/([01]))(?::\d+)?$/;
function roleOf(w) {
  const m = WEIGHT_NAME.exec(w.name);
  if (!m) return void 0;
  const role = m[1] === "attention_output" ? "output" : m[1];
  return { role, bias: m[2] === "bias" || m[3] === "1" };
}
function weightsByRole(layer) {
  const useBias = cfg(layer, "use_bias") !== false;
  const expected = useBias ? 8 : 4;
  if (layer.weights.length !== expected) return `expected ${expected} weights (query, key, value, output kernels${useBias ? " and biases" : ""}), found ${layer.weights.length}`;
  const byRole = /* @__PURE__ */ new Map();
  const named = layer.weights.map(roleOf);
  layer.weights.forEach((w, i) => {
    const r = named.every(Boolean) ? named[i] : { role: ROLES[Math.floor(i / (useBias ? 2 : 1))], bias: useBias && i % 2 === 1 };
    byRole.set(`${r.role}/${r.bias ? "bias" : "kernel"}`, w);
  });
  return byRole.size === expected ? byRole : `weight names ${layer.weights.map((w) => w.name).join(", ")} do not name query, key, value and output once each`;
}
function projection(byRole, role) {
  const kernel = byRole.get(`${role}/kernel`);
  return { kernel: kernel.data, kernelShape: kernel.shape, bias: byRole.get(`${role}/bias`)?.data };
}
function readWeights(layer) {
  const byRole = weightsByRole(layer);
  if (typeof byRole === "string") return byRole;
  const [query, key2, value, output] = ROLES.map((r) => projection(byRole, r));
  const [, heads2, keyDim] = query.kernelShape;
  const valueDim = value.kernelShape[2];
  if (query.kernelShape.length !== 3 || key2.kernelShape.length !== 3 || value.kernelShape.length !== 3 || heads2 === void 0 || keyDim === void 0 || valueDim === void 0) {
    return `query/key/value kernels must be [dim, heads, head_dim], found [${query.kernelShape}], [${key2.kernelShape}], [${value.kernelShape}]`;
  }
  if (key2.kernelShape[1] !== heads2 || key2.kernelShape[2] !== keyDim || value.kernelShape[1] !== heads2) return `key [${key2.kernelShape}] / value [${value.kernelShape}] kernels disagree with query [${query.kernelShape}]`;
  if (output.kernelShape[0] !== heads2 || output.kernelShape[1] !== valueDim) return `output kernel [${output.kernelShape}] does not start with [${heads2}, ${valueDim}]`;
  const numHeads = cfg(layer, "num_heads");
  if (numHeads !== void 0 && numHeads !== heads2) return `num_heads ${JSON.stringify(numHeads)} but the kernels hold ${heads2} heads`;
  return { query, key: key2, value, output, heads: heads2, keyDim, valueDim };
}
function attentionWeights(layer) {
  const w = readWeights(layer);
  if (typeof w === "string") throw new Error(w);
  return w;
}
function tensorRef(value) {
  const history = Array.isArray(value) ? value : value?.class_name === "__keras_tensor__" ? value.config.keras_history : void 0;
  if (!Array.isArray(history) || typeof history[0] !== "string") return void 0;
  return { layer: history[0], nodeIndex: Number(history[1] ?? 0), tensorIndex: Number(history[2] ?? 0) };
}
var sameRef = (a, b) => a.layer === b.layer && a.nodeIndex === b.nodeIndex && a.tensorIndex === b.tensorIndex;
var CALL_ROLES = ["query", "value", "key"];
function callRoles(refs, kwargs) {
  if (refs.length > 3) return `called with ${refs.length} positional tensors (expected query, value[, key])`;
  const roles = [0, 1, 2].map((i) => i < refs.length ? i : void 0);
  for (const [i, role] of CALL_ROLES.entries()) {
    const slot = kwargs?.[role]?.tensorArg;
    if (typeof slot === "number" && slot >= 0 && slot < refs.length) {
      roles[i] = slot;
      continue;
    }
    const ref = tensorRef(kwargs?.[role]);
    if (!ref) continue;
    const found = refs.findIndex((r) => sameRef(r, ref));
    if (found < 0) return `its ${role} tensor (output of "${ref.layer}") is passed by keyword, which this converter cannot connect yet; call the layer positionally as layer(query, value, key) and save the model again`;
    roles[i] = found;
  }
  if (roles[0] === void 0 || roles[1] === void 0) return "the call does not name both query and value tensors";
  return [roles[0], roles[1], roles[2] ?? roles[1]];
}
var REFUSED_KWARGS = [
  ["attention_mask", (v) => v !== null && v !== void 0],
  ["query_mask", (v) => v !== null && v !== void 0],
  ["value_mask", (v) => v !== null && v !== void 0],
  ["key_mask", (v) => v !== null && v !== void 0],
  ["use_causal_mask", (v) => v === true],
  ["return_attention_scores", (v) => v === true]
];
function checkCalls(layer) {
  for (const [index, refs] of layer.inbound.entries()) {
    const kwargs = layer.callKwargs?.[index];
    const refused = REFUSED_KWARGS.find(([name, bad]) => bad(kwargs?.[name]));
    if (refused) return `call argument ${refused[0]} is not supported (only unmasked attention without returned scores converts)`;
    const roles = callRoles(refs, kwargs);
    if (typeof roles === "string") return roles;
  }
  return void 0;
}
function checkConfig(layer) {
  if (cfg(layer, "use_gate") === true) return "use_gate=True is not supported";
  if (cfg(layer, "sliding_window") !== void 0) return "sliding_window is not supported";
  const outputShape = cfg(layer, "output_shape");
  if (outputShape !== void 0 && !Number.isInteger(outputShape) && !(Array.isArray(outputShape) && outputShape.length === 1 && Number.isInteger(outputShape[0]))) {
    return `output_shape ${JSON.stringify(outputShape)} is not supported (only a single output dimension)`;
  }
  const axes2 = cfg(layer, "attention_axes");
  if (axes2 !== void 0 && !(Number.isInteger(axes2) || Array.isArray(axes2) && axes2.every(Number.isInteger))) return `attention_axes ${JSON.stringify(axes2)} is not a list of integers`;
  return void 0;
}
function checkAttention(layer) {
  const weights = readWeights(layer);
  return checkConfig(layer) ?? (typeof weights === "string" ? weights : void 0) ?? checkCalls(layer);
}
function checkAxes(ctx, rank) {
  const value = cfg(ctx.layer, "attention_axes");
  if (value === void 0) return;
  const given = (Array.isArray(value) ? value : [value]).map((a) => a < 0 ? a + rank : a).sort((a, b) => a - b);
  const expected = [...Array(rank - 2).keys()].map((i) => i + 1);
  if (given.join() === expected.join()) return;
  throw new GateError(
    "unsupported",
    `layer "${ctx.layer.name}" (MultiHeadAttention): attention_axes ${JSON.stringify(value)} is not supported for rank-${rank} inputs`,
    { where: `layer ${ctx.layer.name}` },
    `Only the default attention_axes ${JSON.stringify(expected)} (attention over every axis between batch and features) converts.`
  );
}
function attentionRoles(ctx) {
  const call = ctx.callIndex ?? 0;
  const roles = callRoles(ctx.layer.inbound[call] ?? [], ctx.layer.callKwargs?.[call]);
  if (typeof roles === "string") throw shapeError(ctx, roles);
  const [query, value, key2] = roles.map((i) => ctx.inputs[i]);
  checkAxes(ctx, ctx.builder.tensor(query).shape.length);
  return { query, value, key: key2 };
}

// src/convert/einsum-dense.ts
function denseEinsum(equation) {
  const m = /^([a-z.]+),([a-z]+)->([a-z.]+)$/.exec(equation.replace(/\s+/g, ""));
  if (!m) return `equation "${equation}" is not of the form input,kernel->output`;
  const [, input, kernel, output] = m;
  const inLetters = input.replace("...", "");
  const contracted = [...inLetters].filter((c) => kernel.includes(c) && !output.includes(c)).join("");
  const free = kernel.slice(contracted.length);
  const kept = input.slice(0, input.length - contracted.length);
  const ok = contracted.length > 0 && input.endsWith(contracted) && kernel.startsWith(contracted) && output === kept + free && ![...free].some((c) => input.includes(c));
  return ok ? { contracted: contracted.length, free } : `equation "${equation}" is not a dense projection (input's trailing axes contracted with the kernel's leading axes)`;
}
function biasReason(layer, spec) {
  const axes2 = str(layer, "bias_axes", "");
  if (axes2 === "" || axes2 === spec.free) return void 0;
  return `bias_axes "${axes2}" is not supported (only none or all of the kernel's output axes "${spec.free}")`;
}
var einsumDense = {
  classNames: ["EinsumDense"],
  check: (layer) => {
    const spec = denseEinsum(str(layer, "equation", ""));
    if (typeof spec === "string") return spec;
    if (!weight(layer, "kernel", 0)) return "EinsumDense without a kernel weight";
    return biasReason(layer, spec) ?? checkActivation(cfg(layer, "activation"));
  },
  emit: (ctx) => {
    const spec = denseEinsum(str(ctx.layer, "equation", ""));
    const kernel = weight(ctx.layer, "kernel", 0);
    const inDim = prod(kernel.shape.slice(0, spec.contracted));
    const freeShape = kernel.shape.slice(spec.contracted);
    const units = prod(freeShape);
    const x = ctx.inputs[0];
    const inShape = shapeOf(ctx, x);
    const kept = inShape.slice(0, inShape.length - spec.contracted);
    if (prod(inShape.slice(kept.length)) !== inDim) throw shapeError(ctx, `input [${inShape}] does not match kernel [${kernel.shape}] for "${str(ctx.layer, "equation", "")}"`);
    const w = constF(ctx, "kernel", [units, inDim], permuteData(kernel.data, [inDim, units], [1, 0]));
    const biasW = str(ctx.layer, "bias_axes", "") === "" ? void 0 : weight(ctx.layer, "bias", 1);
    const b = biasW ? constF(ctx, "bias", [units], biasW.data) : -1;
    const direct = spec.contracted === 1 && freeShape.length === 1 && kept.length >= 2;
    const options = { fused_activation_function: "NONE", keep_num_dims: direct };
    const fcShape = direct ? [...kept, units] : [prod(kept), units];
    const fc = emitOp(ctx, "FULLY_CONNECTED", [x, w, b], fcShape, "einsum/Einsum", options);
    const y = applyActivation(ctx, fc, cfg(ctx.layer, "activation"));
    const outShape = [...kept, ...freeShape];
    return [fcShape.join() === outShape.join() ? y : reshape(ctx, y, outShape, "einsum/Reshape")];
  }
};

// src/convert/attention.ts
function project(ctx, x, kernel, bias, outDim, name, scale = 1) {
  const inShape = shapeOf(ctx, x);
  const inDim = inShape.at(-1);
  if (kernel.length !== inDim * outDim) throw shapeError(ctx, `${name} kernel has ${kernel.length} values, expected ${inDim}\xD7${outDim} for input [${inShape}]`);
  const w = permuteData(kernel, [inDim, outDim], [1, 0]).map((v) => v * scale);
  const wId = constF(ctx, `${name}/kernel`, [outDim, inDim], w);
  const bId = bias ? constF(ctx, `${name}/bias`, [outDim], bias.map((v) => v * scale)) : -1;
  const rows = prod(inShape.slice(0, -1));
  return emitOp(ctx, "FULLY_CONNECTED", [x, wId, bId], [rows, outDim], `${name}/MatMul`, { fused_activation_function: "NONE", keep_num_dims: false });
}
function heads(ctx, x, w, h, dim, name, scale = 1, keyLayout = false) {
  const shape = shapeOf(ctx, x);
  const n = prod(shape.slice(1, -1));
  const flat = project(ctx, x, w.kernel, w.bias, h * dim, name, scale);
  const split2 = reshape(ctx, flat, [shape[0], n, h, dim], `${name}/Reshape`);
  return transpose(ctx, split2, keyLayout ? [0, 2, 3, 1] : [0, 2, 1, 3], `${name}/transpose`);
}
function emitAttention(ctx) {
  const { query, value, key: key2 } = attentionRoles(ctx);
  const w = attentionWeights(ctx.layer);
  const h = w.heads;
  const qShape = shapeOf(ctx, query);
  const [batch, nq] = [qShape[0], prod(qShape.slice(1, -1))];
  const nk = prod(shapeOf(ctx, key2).slice(1, -1));
  if (nk !== prod(shapeOf(ctx, value).slice(1, -1))) throw shapeError(ctx, `key [${shapeOf(ctx, key2)}] and value [${shapeOf(ctx, value)}] differ in length`);
  const q = heads(ctx, query, w.query, h, w.keyDim, "query", 1 / Math.sqrt(w.keyDim));
  const k = heads(ctx, key2, w.key, h, w.keyDim, "key", 1, true);
  const v = heads(ctx, value, w.value, h, w.valueDim, "value");
  const noAdj = { adj_x: false, adj_y: false, asymmetric_quantize_inputs: false };
  const scores = emitOp(ctx, "BATCH_MATMUL", [q, k], [batch, h, nq, nk], "einsum/Einsum", noAdj);
  const probs = emitOp(ctx, "SOFTMAX", [scores], [batch, h, nq, nk], "softmax/Softmax", { beta: 1 });
  const context = emitOp(ctx, "BATCH_MATMUL", [probs, v], [batch, h, nq, w.valueDim], "einsum_1/Einsum", noAdj);
  const merged = reshape(ctx, transpose(ctx, context, [0, 2, 1, 3], "attention_output/transpose"), [batch, ...qShape.slice(1, -1), h * w.valueDim], "attention_output/Reshape");
  const outDim = w.output.kernel.length / (h * w.valueDim);
  const outW = constF(ctx, "attention_output/kernel", [outDim, h * w.valueDim], permuteData(w.output.kernel, [h * w.valueDim, outDim], [1, 0]));
  const outB = w.output.bias ? constF(ctx, "attention_output/bias", [outDim], w.output.bias) : -1;
  const outShape = [batch, ...qShape.slice(1, -1), outDim];
  const keep = outShape.length > 2;
  return [emitOp(ctx, "FULLY_CONNECTED", [merged, outW, outB], outShape, "attention_output/MatMul", { fused_activation_function: "NONE", keep_num_dims: keep })];
}
var multiHeadAttention = {
  classNames: ["MultiHeadAttention"],
  check: checkAttention,
  emit: emitAttention
};
var attentionLayers = [multiHeadAttention, einsumDense];

// src/convert/conv.ts
function outSize(size, kernel, stride, dilation, pad) {
  const effective = (kernel - 1) * dilation + 1;
  return pad === "same" ? Math.ceil(size / stride) : Math.floor((size - effective) / stride) + 1;
}
function checkConv(layer) {
  if (channelsFirst(layer)) return 'data_format "channels_first" is not supported';
  const groups = num(layer, "groups", 1);
  if (groups !== 1 && !(Number.isInteger(groups) && groups > 1 && (layer.className.startsWith("Conv") || layer.className.startsWith("Convolution")))) {
    return `groups=${groups} is not supported`;
  }
  if (groups > 1 && layer.weights[0] && layer.weights[0].shape.at(-1) % groups !== 0) return `groups=${groups} does not divide the ${layer.weights[0].shape.at(-1)} filters`;
  if (!["same", "valid", "causal"].includes(padding(layer))) return `padding "${padding(layer)}" is not supported`;
  if (padding(layer) === "causal" && !layer.className.includes("1D")) return "causal padding outside Conv1D";
  const needed = layer.className.startsWith("Separable") ? 2 : 1;
  if (layer.weights.length < needed) return `expected its kernel weights, found ${layer.weights.length} weight tensors`;
  return checkActivation(cfg(layer, "activation"));
}
function geometry(layer, rank) {
  return { stride: tuple(layer, ["strides", "subsample"], rank, 1), dilation: tuple(layer, ["dilation_rate"], rank, 1), pad: padding(layer) };
}
function biasConst(ctx, n, index, suffix = "BiasAdd") {
  const b = cfg(ctx.layer, "use_bias") === false ? void 0 : weight(ctx.layer, "bias", index);
  return constF(ctx, suffix, [n], b ? b.data : new Float32Array(n));
}
function conv2d(ctx, x, kernel, bias, g) {
  const [kh, kw, cin, cout] = kernel.shape;
  const inShape = shapeOf(ctx, x);
  const w = constF(ctx, "convolution", [cout, kh, kw, cin], permuteData(kernel.data, kernel.shape, [3, 0, 1, 2]));
  const pad = g.pad === "same" ? "same" : "valid";
  const outShape = [inShape[0], outSize(inShape[1], kh, g.stride[0], g.dilation[0], pad), outSize(inShape[2], kw, g.stride[1], g.dilation[1], pad), cout];
  return emitOp(ctx, "CONV_2D", [x, w, bias], outShape, "BiasAdd1", {
    padding: pad.toUpperCase(),
    stride_h: g.stride[0],
    stride_w: g.stride[1],
    dilation_h_factor: g.dilation[0],
    dilation_w_factor: g.dilation[1],
    fused_activation_function: "NONE"
  });
}
function depthwise(ctx, x, kernel, bias, g) {
  const [kh, kw, cin, mult] = kernel.shape;
  const inShape = shapeOf(ctx, x);
  const w = constF(ctx, "depthwise", [1, kh, kw, cin * mult], kernel.data);
  const pad = g.pad === "same" ? "same" : "valid";
  const outShape = [inShape[0], outSize(inShape[1], kh, g.stride[0], g.dilation[0], pad), outSize(inShape[2], kw, g.stride[1], g.dilation[1], pad), cin * mult];
  return emitOp(ctx, "DEPTHWISE_CONV_2D", [x, w, bias], outShape, "depthwise1", {
    padding: pad.toUpperCase(),
    stride_h: g.stride[0],
    stride_w: g.stride[1],
    depth_multiplier: mult,
    dilation_h_factor: g.dilation[0],
    dilation_w_factor: g.dilation[1],
    fused_activation_function: "NONE"
  });
}
var activate = (ctx, y) => applyActivation(ctx, y, cfg(ctx.layer, "activation"));
var lift = (k) => ({ data: k.data, shape: [1, ...k.shape] });
function as1d(ctx, g1, kernelSize, body) {
  let x = ctx.inputs[0];
  const g = { stride: [1, g1.stride[0]], dilation: [1, g1.dilation[0]], pad: g1.pad === "causal" ? "valid" : g1.pad };
  if (g1.pad === "causal") {
    const left = (kernelSize - 1) * g1.dilation[0];
    const s2 = shapeOf(ctx, x);
    x = emitOp(ctx, "PAD", [x, constI(ctx, "Pad/paddings", [0, 0, left, 0, 0, 0], [3, 2])], [s2[0], s2[1] + left, s2[2]], "Pad");
  }
  const y = body(expandDims(ctx, x, 1, "ExpandDims"), g);
  const s = shapeOf(ctx, y);
  return reshape(ctx, y, [s[0], s[2], s[3]], "Squeeze");
}
function convOrDepthwise(ctx, x, kernel, bias, g) {
  const [kh, kw, perGroup, cout] = kernel.shape;
  const groups = num(ctx.layer, "groups", 1);
  if (groups > 1 && perGroup === 1) return depthwise(ctx, x, { data: kernel.data, shape: [kh, kw, groups, cout / groups] }, bias, g);
  return conv2d(ctx, x, kernel, bias, g);
}
var conv = {
  classNames: ["Conv2D", "Convolution2D", "Conv1D", "Convolution1D"],
  check: checkConv,
  emit: (ctx) => {
    const kernel = weight(ctx.layer, "kernel", 0);
    const is1d = kernel.shape.length === 3;
    const cout = kernel.shape[kernel.shape.length - 1];
    const run2 = (x, g) => activate(ctx, convOrDepthwise(ctx, x, is1d ? lift(kernel) : kernel, biasConst(ctx, cout, 1), g));
    return [is1d ? as1d(ctx, geometry(ctx.layer, 1), kernel.shape[0], run2) : run2(ctx.inputs[0], geometry(ctx.layer, 2))];
  }
};
var depthwiseConv = {
  classNames: ["DepthwiseConv2D", "DepthwiseConv1D"],
  check: checkConv,
  emit: (ctx) => {
    const kernel = weight(ctx.layer, "depthwise_kernel", 0) ?? weight(ctx.layer, "kernel", 0);
    const is1d = kernel.shape.length === 3;
    const channels = kernel.shape.at(-2) * kernel.shape.at(-1);
    const run2 = (x, g) => activate(ctx, depthwise(ctx, x, is1d ? lift(kernel) : kernel, biasConst(ctx, channels, 1), g));
    return [is1d ? as1d(ctx, geometry(ctx.layer, 1), kernel.shape[0], run2) : run2(ctx.inputs[0], geometry(ctx.layer, 2))];
  }
};
var separableConv = {
  classNames: ["SeparableConv2D", "SeparableConvolution2D", "SeparableConv1D", "SeparableConvolution1D"],
  check: checkConv,
  emit: (ctx) => {
    const dw = weight(ctx.layer, "depthwise_kernel", 0);
    const pw = weight(ctx.layer, "pointwise_kernel", 1);
    const is1d = dw.shape.length === 3;
    const mid = dw.shape.at(-2) * dw.shape.at(-1);
    const cout = pw.shape.at(-1);
    const pointwise = { data: pw.data, shape: [1, 1, mid, cout] };
    const run2 = (x, g) => {
      const d = depthwise(ctx, x, is1d ? lift(dw) : dw, constF(ctx, "separable_conv2d/bias", [mid], new Float32Array(mid)), g);
      return activate(ctx, conv2d(ctx, d, pointwise, biasConst(ctx, cout, 2), { stride: [1, 1], dilation: [1, 1], pad: "valid" }));
    };
    return [is1d ? as1d(ctx, geometry(ctx.layer, 1), dw.shape[0], run2) : run2(ctx.inputs[0], geometry(ctx.layer, 2))];
  }
};
function transposeConv(ctx, x, kernel, g) {
  const [kh, kw, cout, cin] = kernel.shape;
  const s = shapeOf(ctx, x);
  const size = (n, k, st) => g.pad === "same" ? n * st : (n - 1) * st + k;
  const outShape = [s[0], size(s[1], kh, g.stride[0]), size(s[2], kw, g.stride[1]), cout];
  const w = constF(ctx, "conv_transpose", [cout, kh, kw, cin], permuteData(kernel.data, kernel.shape, [2, 0, 1, 3]));
  const shape = ctx.options.dynamicBatch ? dynamicOutputShape(ctx, x, outShape) : constI(ctx, "conv_transpose/input_sizes", outShape);
  const y = emitOp(ctx, "TRANSPOSE_CONV", [shape, w, x, biasConst(ctx, cout, 1)], outShape, "BiasAdd1", {
    padding: g.pad.toUpperCase(),
    stride_h: g.stride[0],
    stride_w: g.stride[1],
    fused_activation_function: "NONE"
  });
  return activate(ctx, y);
}
var convTranspose = {
  classNames: ["Conv2DTranspose", "Convolution2DTranspose", "Deconvolution2D", "Conv1DTranspose", "Convolution1DTranspose"],
  check: (layer) => {
    const outputPadding = cfg(layer, "output_padding");
    if (outputPadding !== void 0 && tuple(layer, "output_padding", 2, 0).some((v) => v !== 0)) return "output_padding is not supported";
    if (tuple(layer, "dilation_rate", 2, 1).some((d) => d !== 1)) return "dilated transpose convolution is not supported";
    return checkConv(layer);
  },
  emit: (ctx) => {
    const kernel = weight(ctx.layer, "kernel", 0);
    if (kernel.shape.length === 4) return [transposeConv(ctx, ctx.inputs[0], kernel, geometry(ctx.layer, 2))];
    return [as1d(ctx, geometry(ctx.layer, 1), kernel.shape[0], (x, g) => transposeConv(ctx, x, lift(kernel), g))];
  }
};
function dynamicOutputShape(ctx, x, outShape) {
  const rank = shapeOf(ctx, x).length;
  const shape = emitOp(ctx, "SHAPE", [x], [rank], "Shape", { out_type: "INT32" }, "int32");
  const slice = [constI(ctx, "strided_slice/stack", [0]), constI(ctx, "strided_slice/stack_1", [1]), constI(ctx, "strided_slice/stack_2", [1])];
  const batch = emitOp(ctx, "STRIDED_SLICE", [shape, ...slice], [], "strided_slice", { shrink_axis_mask: 1 }, "int32");
  const dims = outShape.slice(1).map((d, i) => constI(ctx, `conv_transpose/input_sizes/${i + 1}`, [d], []));
  return emitOp(ctx, "PACK", [batch, ...dims], [outShape.length], "conv_transpose/input_sizes", { values_count: outShape.length, axis: 0 }, "int32");
}
var convLayers = [conv, depthwiseConv, separableConv, convTranspose];

// src/keras/json.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function badModel(message, where, hint) {
  return new GateError("bad-model", message, { where }, hint ?? "the file is damaged or was not written by Keras; save the model again");
}
function jsonDepth(text) {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}
function parseJsonText(text, where, maxDepth = DEFAULT_LIMITS.configDepth) {
  const depth = jsonDepth(text);
  if (depth > maxDepth) {
    throw new GateError("bad-model", `the JSON nests ${depth} levels deep, over ${limitName("configDepth", maxDepth)}`, { where }, limitHint("configDepth"));
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw badModel(`invalid JSON (${excerpt(error instanceof Error ? error.message : String(error), 120)})`, where);
  }
  if (!isObject(value)) throw badModel("expected a JSON object", where);
  return value;
}
function attrString(value) {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === "string") return value[0];
  return void 0;
}
function attrStrings(value) {
  if (typeof value === "string") return value ? [value] : [];
  if (Array.isArray(value)) return value.filter((item) => typeof item === "string");
  return [];
}

// src/convert/op-table.ts
var isConstant = (o) => typeof o === "object" && o !== null && !Array.isArray(o);
function tensorOf(call, o, suffix) {
  if (typeof o === "number") return o;
  if (isConstant(o)) return o.shape.length === 0 ? scalar(call.ctx, suffix, o.data[0]) : constF(call.ctx, suffix, o.shape, o.data);
  throw new Error(`operand ${JSON.stringify(o)} is not a tensor`);
}
var NONE = { fused_activation_function: "NONE" };
function binaryOp(type, suffix, fused) {
  return {
    arity: 2,
    emit: (call) => {
      const [a, b] = call.operands;
      if (type === "DIV" && typeof a === "number" && isConstant(b) && b.data.every((v) => v !== 0)) {
        const reciprocal = { shape: b.shape, data: b.data.map((v) => 1 / v) };
        return binary(call.ctx, "MUL", a, tensorOf(call, reciprocal, "truediv/y"), "truediv", NONE);
      }
      const x = tensorOf(call, a, `${suffix}/x`);
      const y = tensorOf(call, b, `${suffix}/y`);
      return binary(call.ctx, type, x, y, suffix, fused ? NONE : void 0);
    }
  };
}
function unaryOp(type, suffix, options) {
  return { arity: 1, emit: (call) => unary(call.ctx, type, tensorOf(call, call.operands[0], "x"), suffix, options) };
}
function activation2(name) {
  return { arity: 1, emit: (call) => ACTIVATIONS[name](call.ctx, tensorOf(call, call.operands[0], "x")) };
}
function axesOf(value, rank) {
  if (value === void 0 || value === null) return [...Array(rank).keys()];
  const list = Array.isArray(value) ? value : [value];
  return list.map((a) => a < 0 ? a + rank : a).sort((a, b) => a - b);
}
var isAxisValue = (v) => v === void 0 || v === null || Number.isInteger(v) || Array.isArray(v) && v.every(Number.isInteger);
function reduction(type, suffix) {
  return {
    arity: 1,
    check: (param) => isAxisValue(param("axis")) ? void 0 : `axis ${JSON.stringify(param("axis"))} is not supported`,
    emit: (call) => {
      const x = tensorOf(call, call.operands[0], "x");
      const inShape = shapeOf(call.ctx, x);
      const axes2 = axesOf(call.param("axis"), inShape.length);
      const keep = call.param("keepdims") === true;
      const outShape = inShape.flatMap((d, i) => axes2.includes(i) ? keep ? [1] : [] : [d]);
      return emitOp(call.ctx, type, [x, constI(call.ctx, `${suffix}/reduction_indices`, axes2)], outShape, suffix, { keep_dims: keep });
    }
  };
}
var reshapeOp = {
  arity: 1,
  check: (param) => {
    const shape = param("shape");
    return Array.isArray(shape) && shape.every((d) => d === null || Number.isInteger(d)) ? void 0 : `new shape ${JSON.stringify(shape)} is not supported`;
  },
  emit: (call) => {
    const x = tensorOf(call, call.operands[0], "x");
    const inShape = shapeOf(call.ctx, x);
    const spec = call.param("shape").map((d, i) => d === null ? i === 0 ? inShape[0] : -1 : d);
    const known = prod(spec.filter((d) => d !== -1));
    return reshape(call.ctx, x, spec.map((d) => d === -1 ? prod(inShape) / known : d));
  }
};
var transposeOp = {
  arity: 1,
  emit: (call) => {
    const x = tensorOf(call, call.operands[0], "x");
    const rank = shapeOf(call.ctx, x).length;
    const perm = call.param("perm");
    return transpose(call.ctx, x, Array.isArray(perm) ? perm.map((p) => p < 0 ? p + rank : p) : [...Array(rank).keys()].reverse());
  }
};
var expandDimsOp = {
  arity: 1,
  check: (param) => Number.isInteger(param("axis")) ? void 0 : `expand_dims axis ${JSON.stringify(param("axis"))} is not supported (one integer axis)`,
  emit: (call) => {
    const x = tensorOf(call, call.operands[0], "x");
    const shape = [...shapeOf(call.ctx, x)];
    const axis = call.param("axis");
    const at = axis < 0 ? axis + shape.length + 1 : axis;
    shape.splice(at, 0, 1);
    return reshape(call.ctx, x, shape, "ExpandDims");
  }
};
var squeezeOp = {
  arity: 1,
  check: (param) => isAxisValue(param("axis")) ? void 0 : `axis ${JSON.stringify(param("axis"))} is not supported`,
  emit: (call) => {
    const x = tensorOf(call, call.operands[0], "x");
    const inShape = shapeOf(call.ctx, x);
    const given = call.param("axis");
    const axes2 = given === void 0 || given === null ? inShape.flatMap((d, i) => d === 1 && i > 0 ? [i] : []) : axesOf(given, inShape.length);
    return reshape(call.ctx, x, inShape.filter((_, i) => !axes2.includes(i)), "Squeeze");
  }
};
var concatenateOp = {
  arity: 1,
  check: (param) => param("axis") === void 0 || Number.isInteger(param("axis")) ? void 0 : `concatenate axis ${JSON.stringify(param("axis"))} is not supported (one integer axis)`,
  emit: (call) => {
    const first = call.operands[0];
    const values = Array.isArray(first) ? first : call.operands;
    const ids = values.map((v, i) => tensorOf(call, v, `concat/values_${i}`));
    const shapes = ids.map((id) => shapeOf(call.ctx, id));
    const rank = shapes[0].length;
    const given = call.param("axis") ?? 0;
    const axis = given < 0 ? given + rank : given;
    const outShape = [...shapes[0]];
    outShape[axis] = shapes.reduce((sum, s) => sum + s[axis], 0);
    return emitOp(call.ctx, "CONCATENATION", ids, outShape, "concat", { axis, fused_activation_function: "NONE" });
  }
};
var clipOp = {
  arity: 1,
  check: (param) => typeof param("min") === "number" && typeof param("max") === "number" ? void 0 : "clip bounds that are not numeric constants are not supported",
  emit: (call) => {
    const x = tensorOf(call, call.operands[0], "x");
    const low = binary(call.ctx, "MAXIMUM", x, scalar(call.ctx, "clip/Maximum/y", call.param("min")), "clip/Maximum");
    return binary(call.ctx, "MINIMUM", low, scalar(call.ctx, "clip/Minimum/y", call.param("max")), "clip");
  }
};
var softmaxOp = {
  arity: 1,
  check: (param) => param("axis") === void 0 || param("axis") === -1 ? void 0 : `softmax over axis ${JSON.stringify(param("axis"))} is not supported (only the last axis)`,
  emit: (call) => unary(call.ctx, "SOFTMAX", tensorOf(call, call.operands[0], "x"), "Softmax", { beta: 1 })
};
var geluOp = {
  arity: 1,
  emit: (call) => unary(call.ctx, "GELU", tensorOf(call, call.operands[0], "x"), "Gelu", { approximate: call.param("approximate") === true })
};
function comparison(type, suffix) {
  return {
    arity: 2,
    emit: (call) => {
      const x = tensorOf(call, call.operands[0], `${suffix}/x`);
      const y = tensorOf(call, call.operands[1], `${suffix}/y`);
      return emitOp(call.ctx, type, [x, y], broadcastShape(shapeOf(call.ctx, x), shapeOf(call.ctx, y)), suffix, void 0, "bool");
    }
  };
}
var whereOp = {
  arity: 3,
  emit: (call) => {
    const [c, x, y] = [tensorOf(call, call.operands[0], "cond"), tensorOf(call, call.operands[1], "SelectV2/t"), tensorOf(call, call.operands[2], "SelectV2/e")];
    const shape = broadcastShape(broadcastShape(shapeOf(call.ctx, c), shapeOf(call.ctx, x)), shapeOf(call.ctx, y));
    return emitOp(call.ctx, "SELECT_V2", [c, x, y], shape, "SelectV2");
  }
};
var OP_TABLE = {
  add: binaryOp("ADD", "add", true),
  subtract: binaryOp("SUB", "sub", true),
  multiply: binaryOp("MUL", "mul", true),
  divide: binaryOp("DIV", "truediv", true),
  maximum: binaryOp("MAXIMUM", "Maximum", false),
  minimum: binaryOp("MINIMUM", "Minimum", false),
  power: binaryOp("POW", "pow", false),
  sqrt: unaryOp("SQRT", "Sqrt"),
  square: unaryOp("SQUARE", "Square"),
  abs: unaryOp("ABS", "Abs"),
  negative: unaryOp("NEG", "Neg"),
  exp: unaryOp("EXP", "Exp"),
  log: unaryOp("LOG", "Log"),
  tanh: activation2("tanh"),
  sigmoid: activation2("sigmoid"),
  relu: activation2("relu"),
  relu6: activation2("relu6"),
  silu: activation2("silu"),
  hard_sigmoid: activation2("hard_sigmoid"),
  hard_silu: activation2("hard_silu"),
  softmax: softmaxOp,
  gelu: geluOp,
  mean: reduction("MEAN", "Mean"),
  sum: reduction("SUM", "Sum"),
  max: reduction("REDUCE_MAX", "Max"),
  min: reduction("REDUCE_MIN", "Min"),
  reshape: reshapeOp,
  transpose: transposeOp,
  expand_dims: expandDimsOp,
  squeeze: squeezeOp,
  concatenate: concatenateOp,
  clip: clipOp,
  greater: comparison("GREATER", "Greater"),
  greater_equal: comparison("GREATER_EQUAL", "GreaterEqual"),
  less: comparison("LESS", "Less"),
  less_equal: comparison("LESS_EQUAL", "LessEqual"),
  equal: comparison("EQUAL", "Equal"),
  not_equal: comparison("NOT_EQUAL", "NotEqual"),
  where: whereOp
};

// src/convert/keras-ops.ts
var KERAS_OP_MODULES = ["keras.src.ops.numpy", "keras.src.ops.nn", "keras.src.ops.math", "keras.src.ops.core"];
var KERAS3_OPS = {
  Add: "add",
  Subtract: "subtract",
  Multiply: "multiply",
  TrueDivide: "divide",
  Divide: "divide",
  Maximum: "maximum",
  Minimum: "minimum",
  Power: "power",
  Sqrt: "sqrt",
  Square: "square",
  Absolute: "abs",
  Abs: "abs",
  Negative: "negative",
  Exp: "exp",
  Log: "log",
  Tanh: "tanh",
  Sigmoid: "sigmoid",
  Relu: "relu",
  Relu6: "relu6",
  Silu: "silu",
  Swish: "silu",
  HardSigmoid: "hard_sigmoid",
  HardSilu: "hard_silu",
  HardSwish: "hard_silu",
  Softmax: "softmax",
  Gelu: "gelu",
  Mean: "mean",
  Sum: "sum",
  Max: "max",
  Min: "min",
  Reshape: "reshape",
  Transpose: "transpose",
  ExpandDims: "expand_dims",
  Squeeze: "squeeze",
  Concatenate: "concatenate",
  Clip: "clip",
  Greater: "greater",
  GreaterEqual: "greater_equal",
  Less: "less",
  LessEqual: "less_equal",
  Equal: "equal",
  NotEqual: "not_equal",
  Where: "where"
};
var KERAS3_PARAMS = { newshape: "shape", axes: "perm", x_min: "min", x_max: "max" };
var TF_OPS = {
  "__operators__.add": "add",
  "math.add": "add",
  "math.subtract": "subtract",
  "math.multiply": "multiply",
  "math.truediv": "divide",
  "math.divide": "divide",
  "math.maximum": "maximum",
  "math.minimum": "minimum",
  "math.pow": "power",
  "math.sqrt": "sqrt",
  "math.square": "square",
  "math.abs": "abs",
  "math.negative": "negative",
  "math.exp": "exp",
  "math.log": "log",
  "math.tanh": "tanh",
  "nn.tanh": "tanh",
  "math.sigmoid": "sigmoid",
  "nn.sigmoid": "sigmoid",
  "nn.relu": "relu",
  "nn.relu6": "relu6",
  "nn.silu": "silu",
  "nn.swish": "silu",
  "nn.softmax": "softmax",
  "math.softmax": "softmax",
  "nn.gelu": "gelu",
  "math.reduce_mean": "mean",
  "math.reduce_sum": "sum",
  "math.reduce_max": "max",
  "math.reduce_min": "min",
  reshape: "reshape",
  transpose: "transpose",
  "compat.v1.transpose": "transpose",
  expand_dims: "expand_dims",
  squeeze: "squeeze",
  concat: "concatenate",
  clip_by_value: "clip",
  "math.greater": "greater",
  "math.greater_equal": "greater_equal",
  "math.less": "less",
  "math.less_equal": "less_equal",
  "math.equal": "equal",
  "math.not_equal": "not_equal"
};
var TF_PARAMS = { clip_value_min: "min", clip_value_max: "max" };
function constantOf(value) {
  if (typeof value === "number" || typeof value === "boolean") return { shape: [], data: [Number(value)] };
  if (isObject(value) && isObject(value.config) && "value" in value.config) return constantOf(value.config.value);
  if (!Array.isArray(value) || value.length === 0) return void 0;
  const items = value.map(constantOf);
  if (items.some((c) => !c || JSON.stringify(c.shape) !== JSON.stringify(items[0].shape))) return void 0;
  return { shape: [value.length, ...items[0].shape], data: items.flatMap((c) => c.data) };
}
var isTensorArg = (value) => isObject(value) && typeof value.tensorArg === "number";
function operandOf(value, inputs) {
  if (isTensorArg(value)) return inputs[value.tensorArg] ?? -1;
  if (Array.isArray(value) && value.some((v) => isTensorArg(v) || Array.isArray(v))) {
    const list = value.map((v) => operandOf(v, inputs));
    return list.every((o) => o !== void 0) ? list : void 0;
  }
  return constantOf(value);
}
function keras3Operands(layer, call, inputs) {
  const args = layer.callArgs?.[call];
  return args ? args.map((a) => operandOf(a, inputs)) : inputs;
}
function keras3Param(layer) {
  return (name) => {
    const key2 = Object.keys(layer.config).find((k) => (KERAS3_PARAMS[k] ?? k) === name);
    return key2 === void 0 ? void 0 : layer.config[key2];
  };
}
function checkOperands(operands, arity, what) {
  if (operands.length < arity) return `${what} needs ${arity} operands, the file records ${operands.length}`;
  const used = operands.slice(0, arity);
  const bad = used.findIndex((o) => o === void 0);
  if (bad >= 0) return `argument ${bad + 1} of ${what} is neither a tensor nor a numeric constant (not supported)`;
  if (!used.some((o) => typeof o === "number" || Array.isArray(o))) return `${what} has no tensor operand`;
  return void 0;
}
var keras3Op = {
  classNames: Object.keys(KERAS3_OPS),
  modules: KERAS_OP_MODULES,
  check: (layer) => {
    const spec = OP_TABLE[KERAS3_OPS[layer.className]];
    for (let call = 0; call < layer.inbound.length; call++) {
      const problem = checkOperands(keras3Operands(layer, call, layer.inbound[call].map((_, i) => i)), spec.arity, layer.className);
      if (problem) return problem;
    }
    return spec.check?.(keras3Param(layer));
  },
  emit: (ctx) => [run(ctx, KERAS3_OPS[ctx.layer.className], keras3Operands(ctx.layer, ctx.callIndex ?? 0, ctx.inputs), keras3Param(ctx.layer))]
};
var tfFunction = (layer) => String(layer.config.function ?? "");
function tfKwargs(layer, call) {
  return layer.callKwargs?.[call] ?? {};
}
function tfOperands(layer, call, inputs) {
  const kwargs = tfKwargs(layer, call);
  const firstCount = inputs.length - Object.values(kwargs).filter(isTensorArg).length;
  const first = firstCount === 1 ? inputs[0] : inputs.slice(0, firstCount);
  return "y" in kwargs ? [first, operandOf(kwargs.y, inputs)] : [first];
}
function tfParam(layer, call) {
  const kwargs = tfKwargs(layer, call);
  return (name) => {
    const key2 = Object.keys(kwargs).find((k) => (TF_PARAMS[k] ?? k) === name);
    return key2 === void 0 ? void 0 : kwargs[key2];
  };
}
var tfOpLambda = {
  classNames: ["TFOpLambda"],
  check: (layer) => {
    const op = TF_OPS[tfFunction(layer)];
    if (!op) return `TensorFlow function "${tfFunction(layer)}" is not among the ops converted (${Object.keys(TF_OPS).sort().join(", ")})`;
    const spec = OP_TABLE[op];
    for (let call = 0; call < layer.inbound.length; call++) {
      const problem = checkOperands(tfOperands(layer, call, layer.inbound[call].map((_, i) => i)), spec.arity, tfFunction(layer)) ?? spec.check?.(tfParam(layer, call));
      if (problem) return problem;
    }
    return void 0;
  },
  emit: (ctx) => {
    const call = ctx.callIndex ?? 0;
    return [run(ctx, TF_OPS[tfFunction(ctx.layer)], tfOperands(ctx.layer, call, ctx.inputs), tfParam(ctx.layer, call))];
  }
};
function run(ctx, op, operands, param) {
  return OP_TABLE[op].emit({ ctx, operands, param });
}
var kerasOpLayers = [keras3Op, tfOpLambda];

// src/convert/merge.ts
function chain(ctx, type, suffix) {
  let acc = ctx.inputs[0];
  ctx.inputs.slice(1).forEach((x, i) => {
    acc = binary(ctx, type, acc, x, i === 0 ? suffix : `${suffix}_${i}`, type === "ADD" || type === "SUB" || type === "MUL" ? { fused_activation_function: "NONE" } : {});
  });
  return acc;
}
var elementwise = (type, classNames, suffix) => ({
  classNames,
  check: (layer) => layer.inbound.every((call) => call.length >= 2) ? void 0 : `${layer.className} needs at least two inputs`,
  emit: (ctx) => [chain(ctx, type, suffix)]
});
var average = {
  classNames: ["Average"],
  emit: (ctx) => [binary(ctx, "MUL", chain(ctx, "ADD", "add"), scalar(ctx, "truediv/y", 1 / ctx.inputs.length), "truediv", { fused_activation_function: "NONE" })]
};
var subtract = {
  classNames: ["Subtract"],
  check: (layer) => layer.inbound.every((call) => call.length === 2) ? void 0 : "Subtract needs exactly two inputs",
  emit: (ctx) => [chain(ctx, "SUB", "sub")]
};
var concatenate = {
  classNames: ["Concatenate"],
  emit: (ctx) => {
    const shapes = ctx.inputs.map((x) => shapeOf(ctx, x));
    const rank = shapes[0].length;
    const axis = axes(ctx.layer, ["axis", "concat_axis"], rank, [-1])[0];
    const outShape = [...shapes[0]];
    outShape[axis] = shapes.reduce((sum, s) => sum + s[axis], 0);
    return [emitOp(ctx, "CONCATENATION", [...ctx.inputs], outShape, "concat", { axis, fused_activation_function: "NONE" })];
  }
};
var customScale = {
  classNames: ["CustomScaleLayer"],
  check: (layer) => {
    if (typeof layer.config.scale !== "number") return `scale ${JSON.stringify(layer.config.scale)} is not a number`;
    return layer.inbound.every((call) => call.length === 2) ? void 0 : "CustomScaleLayer needs exactly two inputs";
  },
  emit: (ctx) => {
    const scaled = binary(ctx, "MUL", ctx.inputs[1], scalar(ctx, "mul/y", ctx.layer.config.scale), "mul", { fused_activation_function: "NONE" });
    return [binary(ctx, "ADD", ctx.inputs[0], scaled, "add", { fused_activation_function: "NONE" })];
  }
};
var mergeLayers = [
  customScale,
  elementwise("ADD", ["Add"], "add"),
  elementwise("MUL", ["Multiply"], "mul"),
  elementwise("MAXIMUM", ["Maximum"], "Maximum"),
  elementwise("MINIMUM", ["Minimum"], "Minimum"),
  subtract,
  average,
  concatenate
];

// src/convert/normalization.ts
function channelShape(inShape, axesList) {
  const shape = inShape.map((d, i) => axesList.includes(i) ? d : 1);
  if (axesList.length === 1 && axesList[0] === inShape.length - 1) return [inShape.at(-1)];
  return shape.slice(1);
}
function bnWeights(layer) {
  const ws = [...layer.weights];
  const gamma = cfg(layer, "scale") === false ? void 0 : ws.shift();
  const beta = cfg(layer, "center") === false ? void 0 : ws.shift();
  return { gamma, beta, mean: ws[0], variance: ws[1] };
}
var batchNorm = {
  classNames: ["BatchNormalization", "BatchNormalizationV1", "BatchNormalizationV2", "SyncBatchNormalization"],
  check: (layer) => {
    const expected = 2 + (cfg(layer, "scale") === false ? 0 : 1) + (cfg(layer, "center") === false ? 0 : 1);
    if (layer.weights.length !== expected) return `expected ${expected} weights, found ${layer.weights.length}`;
    if (bool(layer, "renorm", false)) return "batch renormalization is not supported";
    return void 0;
  },
  emit: (ctx) => {
    const x = ctx.inputs[0];
    const inShape = shapeOf(ctx, x);
    const axisList = axes(ctx.layer, "axis", inShape.length, [-1]);
    const { gamma, beta, mean, variance } = bnWeights(ctx.layer);
    const eps = num(ctx.layer, "epsilon", 1e-3);
    const n = mean.data.length;
    const scale = new Float32Array(n);
    const shift = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      scale[i] = (gamma ? gamma.data[i] : 1) / Math.sqrt(variance.data[i] + eps);
      shift[i] = (beta ? beta.data[i] : 0) - mean.data[i] * scale[i];
    }
    const shape = channelShape(inShape, axisList);
    const scaled = binary(ctx, "MUL", x, constF(ctx, "batchnorm/mul", shape, scale), "batchnorm/mul_1");
    return [binary(ctx, "ADD", scaled, constF(ctx, "batchnorm/sub", shape, shift), "batchnorm/add_1")];
  }
};
function layerNormParams(ctx) {
  const useScale = cfg(ctx.layer, "scale") !== false;
  const useCenter = cfg(ctx.layer, "center") !== false;
  const ws = [...ctx.layer.weights];
  return { gamma: useScale ? ws.shift() : void 0, beta: useCenter ? ws.shift() : void 0 };
}
var layerNorm = {
  classNames: ["LayerNormalization"],
  check: (layer) => {
    if (bool(layer, "rms_scaling", false)) return "rms_scaling is not supported";
    const expected = (cfg(layer, "scale") === false ? 0 : 1) + (cfg(layer, "center") === false ? 0 : 1);
    return layer.weights.length === expected ? void 0 : `expected ${expected} weights, found ${layer.weights.length}`;
  },
  emit: (ctx) => {
    const x = ctx.inputs[0];
    const inShape = shapeOf(ctx, x);
    const axisList = axes(ctx.layer, "axis", inShape.length, [-1]);
    const axisConst = constI(ctx, "moments/axes", axisList);
    const keptShape = inShape.map((d, i) => axisList.includes(i) ? 1 : d);
    const mean = emitOp(ctx, "MEAN", [x, axisConst], keptShape, "moments/mean", { keep_dims: true });
    const negMean = unary(ctx, "NEG", mean, "Neg");
    const sq = emitOp(ctx, "SQUARED_DIFFERENCE", [x, mean], inShape, "moments/SquaredDifference");
    const variance = emitOp(ctx, "MEAN", [sq, axisConst], keptShape, "moments/variance", { keep_dims: true });
    const inv = unary(ctx, "RSQRT", binary(ctx, "ADD", variance, scalar(ctx, "add/y", num(ctx.layer, "epsilon", 1e-3)), "add"), "Rsqrt");
    const { gamma, beta } = layerNormParams(ctx);
    const paramShape = inShape.map((d, i) => axisList.includes(i) ? d : 1).slice(1);
    const s = gamma ? binary(ctx, "MUL", inv, constF(ctx, "Reshape", paramShape, gamma.data), "mul") : inv;
    let offset = binary(ctx, "MUL", negMean, s, "mul_1");
    if (beta) offset = binary(ctx, "ADD", offset, constF(ctx, "Reshape_1", paramShape, beta.data), "add_1");
    return [binary(ctx, "ADD", binary(ctx, "MUL", x, s, "mul_2"), offset, "add_2")];
  }
};
var normalization = {
  classNames: ["Normalization"],
  check: (layer) => normStats(layer) ? void 0 : "Normalization without mean/variance (never adapted)",
  emit: (ctx) => {
    const x = ctx.inputs[0];
    const inShape = shapeOf(ctx, x);
    const stats = normStats(ctx.layer);
    const axisList = axes(ctx.layer, "axis", inShape.length, [-1]);
    const shape = stats.mean.length === 1 ? [] : [1, ...inShape.slice(1).map((d, i) => axisList.includes(i + 1) ? d : 1)];
    const std = stats.variance.map((v) => Math.max(Math.sqrt(v), 1e-7));
    if (bool(ctx.layer, "invert", false)) {
      const scaled = binary(ctx, "MUL", x, constF(ctx, "Sqrt", shape, std), "mul");
      return [binary(ctx, "ADD", scaled, constF(ctx, "Reshape", shape, stats.mean), "add")];
    }
    const centred = binary(ctx, "SUB", x, constF(ctx, "Reshape", shape, stats.mean), "sub");
    return [binary(ctx, "MUL", centred, constF(ctx, "truediv/recip", shape, std.map((v) => 1 / v)), "truediv")];
  }
};
function normStats(layer) {
  const flat = (v2) => typeof v2 === "number" ? [v2] : Array.isArray(v2) ? v2.flat(8).map(Number) : void 0;
  const mean = flat(cfg(layer, "mean"));
  const variance = flat(cfg(layer, "variance"));
  if (mean && variance) return { mean, variance };
  const m = layer.weights.find((w) => /mean/.test(w.name)) ?? layer.weights[0];
  const v = layer.weights.find((w) => /variance/.test(w.name)) ?? layer.weights[1];
  if (!m || !v) return void 0;
  return { mean: Array.from(m.data), variance: Array.from(v.data) };
}
var unitNormalization = {
  classNames: ["UnitNormalization"],
  emit: (ctx) => {
    const x = ctx.inputs[0];
    const inShape = shapeOf(ctx, x);
    const axisList = axes(ctx.layer, "axis", inShape.length, [-1]);
    const squares = unary(ctx, "SQUARE", x, "Square");
    const keptShape = inShape.map((d, i) => axisList.includes(i) ? 1 : d);
    const sum = emitOp(ctx, "SUM", [squares, constI(ctx, "Sum/reduction_indices", axisList)], keptShape, "Sum", { keep_dims: true });
    const inv = binary(ctx, "MINIMUM", unary(ctx, "RSQRT", sum, "Rsqrt"), scalar(ctx, "Minimum/y", 1e12), "Minimum");
    return [binary(ctx, "MUL", x, inv, "mul")];
  }
};
var groupNormalization = {
  classNames: ["GroupNormalization"],
  check: (layer) => {
    if (num(layer, "axis", -1) !== -1) return "only axis=-1 (channels last) is supported";
    const expected = (cfg(layer, "scale") === false ? 0 : 1) + (cfg(layer, "center") === false ? 0 : 1);
    return layer.weights.length === expected ? void 0 : `expected ${expected} weights, found ${layer.weights.length}`;
  },
  emit: (ctx) => {
    const x = ctx.inputs[0];
    const inShape = shapeOf(ctx, x);
    const channels = inShape.at(-1);
    const groups = num(ctx.layer, "groups", 32);
    const grouped = reshape(ctx, x, [...inShape.slice(0, -1), groups, channels / groups], "Reshape");
    const rank = inShape.length + 1;
    const axisList = [...Array(rank).keys()].filter((a) => a !== 0 && a !== rank - 2);
    const axisConst = constI(ctx, "moments/axes", axisList);
    const gShape = shapeOf(ctx, grouped);
    const keptShape = gShape.map((d, i) => axisList.includes(i) ? 1 : d);
    const mean = emitOp(ctx, "MEAN", [grouped, axisConst], keptShape, "moments/mean", { keep_dims: true });
    const sq = emitOp(ctx, "SQUARED_DIFFERENCE", [grouped, mean], gShape, "moments/SquaredDifference");
    const variance = emitOp(ctx, "MEAN", [sq, axisConst], keptShape, "moments/variance", { keep_dims: true });
    const inv = unary(ctx, "RSQRT", binary(ctx, "ADD", variance, scalar(ctx, "add/y", num(ctx.layer, "epsilon", 1e-3)), "add"), "Rsqrt");
    const normalized = binary(ctx, "MUL", binary(ctx, "SUB", grouped, mean, "sub"), inv, "mul");
    let y = reshape(ctx, normalized, inShape, "Reshape_1");
    const { gamma, beta } = layerNormParams(ctx);
    if (gamma) y = binary(ctx, "MUL", y, constF(ctx, "gamma", [channels], gamma.data), "mul_1");
    if (beta) y = binary(ctx, "ADD", y, constF(ctx, "beta", [channels], beta.data), "add_1");
    return [y];
  }
};
var normalizationLayers = [batchNorm, layerNorm, normalization, unitNormalization, groupNormalization];

// src/convert/pooling.ts
function checkPool(layer) {
  if (channelsFirst(layer)) return 'data_format "channels_first" is not supported';
  if (!["same", "valid"].includes(padding(layer))) return `padding "${padding(layer)}" is not supported`;
  return void 0;
}
function pool2d(ctx, type, x, size, stride) {
  const s = shapeOf(ctx, x);
  const pad = padding(ctx.layer);
  const outShape = [s[0], outSize(s[1], size[0], stride[0], 1, pad), outSize(s[2], size[1], stride[1], 1, pad), s[3]];
  return emitOp(ctx, type, [x], outShape, type === "MAX_POOL_2D" ? "MaxPool" : "AvgPool", {
    padding: pad.toUpperCase(),
    stride_w: stride[1],
    stride_h: stride[0],
    filter_width: size[1],
    filter_height: size[0],
    fused_activation_function: "NONE"
  });
}
function pooling(type, classNames, rank) {
  return {
    classNames,
    check: checkPool,
    emit: (ctx) => {
      const size = tuple(ctx.layer, ["pool_size", "pool_length"], rank, 2);
      const strideArg = ctx.layer.config.strides ?? ctx.layer.config.stride;
      const stride = strideArg === null || strideArg === void 0 ? size : tuple(ctx.layer, ["strides", "stride"], rank, 1);
      if (rank === 2) return [pool2d(ctx, type, ctx.inputs[0], size, stride)];
      const y = pool2d(ctx, type, expandDims(ctx, ctx.inputs[0], 1), [1, size[0]], [1, stride[0]]);
      const s = shapeOf(ctx, y);
      return [reshape(ctx, y, [s[0], s[2], s[3]], "Squeeze")];
    }
  };
}
function globalPooling(type, classNames, rank) {
  return {
    classNames,
    check: (layer) => channelsFirst(layer) ? 'data_format "channels_first" is not supported' : void 0,
    emit: (ctx) => {
      const x = ctx.inputs[0];
      const s = shapeOf(ctx, x);
      const keep = bool(ctx.layer, ["keepdims", "keep_dims"], false);
      const axes2 = rank === 2 ? [1, 2] : [1];
      const outShape = keep ? s.map((d, i) => axes2.includes(i) ? 1 : d) : s.filter((_, i) => !axes2.includes(i));
      const axisConst = rank === 2 ? constI(ctx, "Mean/reduction_indices", axes2) : constI(ctx, "Mean/reduction_indices", axes2, []);
      return [emitOp(ctx, type, [x, axisConst], outShape, type === "MEAN" ? "Mean" : "Max", { keep_dims: keep })];
    }
  };
}
var poolingLayers = [
  pooling("MAX_POOL_2D", ["MaxPooling2D", "MaxPool2D"], 2),
  pooling("AVERAGE_POOL_2D", ["AveragePooling2D", "AvgPool2D"], 2),
  pooling("MAX_POOL_2D", ["MaxPooling1D", "MaxPool1D"], 1),
  pooling("AVERAGE_POOL_2D", ["AveragePooling1D", "AvgPool1D"], 1),
  globalPooling("MEAN", ["GlobalAveragePooling2D", "GlobalAvgPool2D"], 2),
  globalPooling("REDUCE_MAX", ["GlobalMaxPooling2D", "GlobalMaxPool2D"], 2),
  globalPooling("MEAN", ["GlobalAveragePooling1D", "GlobalAvgPool1D"], 1),
  globalPooling("REDUCE_MAX", ["GlobalMaxPooling1D", "GlobalMaxPool1D"], 1)
];

// src/convert/preprocessing.ts
var augmentation = {
  classNames: ["RandomFlip", "RandomRotation", "RandomZoom", "RandomTranslation", "RandomContrast", "RandomBrightness", "RandomHeight", "RandomWidth"],
  emit: (ctx) => [ctx.inputs[0]]
};
var resizing = {
  classNames: ["Resizing"],
  check: (layer) => {
    if (bool(layer, "crop_to_aspect_ratio", false) || bool(layer, "pad_to_aspect_ratio", false)) return "crop/pad to aspect ratio is not supported";
    const mode = str(layer, "interpolation", "bilinear");
    return mode === "bilinear" || mode === "nearest" ? void 0 : `interpolation "${mode}" is not supported`;
  },
  emit: (ctx) => {
    const x = ctx.inputs[0];
    const s = shapeOf(ctx, x);
    const [h, w] = [num(ctx.layer, "height", s[1]), num(ctx.layer, "width", s[2])];
    const bilinear = str(ctx.layer, "interpolation", "bilinear") === "bilinear";
    const type = bilinear ? "RESIZE_BILINEAR" : "RESIZE_NEAREST_NEIGHBOR";
    return [emitOp(ctx, type, [x, constI(ctx, "resize/size", [h, w])], [s[0], h, w, s[3]], "resize", { align_corners: false, half_pixel_centers: true })];
  }
};
var repeatVector = {
  classNames: ["RepeatVector"],
  emit: (ctx) => {
    const x = ctx.inputs[0];
    const s = shapeOf(ctx, x);
    const n = num(ctx.layer, "n", 1);
    const e = expandDims(ctx, x, 1);
    return [emitOp(ctx, "TILE", [e, constI(ctx, "Tile/multiples", [1, n, 1])], [s[0], n, s[1]], "Tile")];
  }
};
var preprocessingLayers = [augmentation, resizing, repeatVector];

// src/convert/recurrent/config.ts
function readRnnConfig(layer) {
  return {
    units: num(layer, ["units", "output_dim"], 0),
    activation: activationName(cfg(layer, "activation") ?? "tanh"),
    recurrentActivation: activationName(cfg(layer, "recurrent_activation", "inner_activation") ?? "sigmoid"),
    useBias: bool(layer, "use_bias", true),
    returnSequences: bool(layer, "return_sequences", false),
    returnState: bool(layer, "return_state", false),
    goBackwards: bool(layer, "go_backwards", false),
    resetAfter: bool(layer, "reset_after", layer.className === "CuDNNGRU")
  };
}
function rnnProblems(layer) {
  const config = readRnnConfig(layer);
  const problems = [];
  if (!(config.units > 0)) problems.push("units is missing");
  if (!isSupportedActivation(config.activation)) problems.push(`activation "${config.activation}" is not supported`);
  if (!isSupportedActivation(config.recurrentActivation)) {
    problems.push(`recurrent_activation "${config.recurrentActivation}" is not supported`);
  }
  if (bool(layer, "time_major", false)) problems.push("time_major=True is not supported");
  const state = initialStateProblem(layer);
  if (state) problems.push(state);
  if (layer.weights.length !== (config.useBias ? 3 : 2)) {
    problems.push(`expected kernel, recurrent_kernel${config.useBias ? " and bias" : ""} weights, found ${layer.weights.length} (Keras 1 per-gate weights are not supported)`);
  }
  return problems;
}
function initialStateProblem(layer) {
  const extraInputs = layer.inbound.some((call) => call.length > 1);
  const stateKwarg = (layer.callKwargs ?? []).some((kw) => kw && ["initial_state", "constants"].some((k) => kw[k] !== void 0 && kw[k] !== null));
  if (!extraInputs && !stateKwarg) return void 0;
  return "a call passes initial_state (or constants), which is not supported: the converted layer would start from zero state";
}
function checkRnn(layer) {
  const problems = rnnProblems(layer);
  return problems.length ? problems.join("; ") : void 0;
}

// src/convert/recurrent/steps.ts
function fcWeight(w, from, to, scale = () => 1) {
  const [rows, cols] = matrixShape(w);
  const out = new Float32Array((to - from) * rows);
  for (let c = from; c < to; c++) {
    const s = scale(c);
    for (let r = 0; r < rows; r++) out[(c - from) * rows + r] = w.data[r * cols + c] * s;
  }
  return out;
}
function matrixShape(w) {
  const rows = w.shape.length === 2 ? w.shape[0] : 1;
  return [rows, w.data.length / rows];
}
function biasSlice(bias, from, to, scale = () => 1, offset = 0) {
  const out = new Float32Array(to - from);
  if (!bias) return out;
  for (let c = from; c < to; c++) out[c - from] = (bias.data[offset + c] ?? 0) * scale(c);
  return out;
}
function gateActivation(name, kerasVersion) {
  if (name === "sigmoid") return { scale: 1, shift: 0, emit: (ctx, x, s) => emitOp(ctx, "LOGISTIC", [x], shapeOf(ctx, x), s) };
  if (name === "hard_sigmoid") {
    const slope = kerasMajor(kerasVersion ?? "") < 3 ? 0.2 : 1 / 6;
    return { scale: slope, shift: 0.5, emit: clipUnit };
  }
  return { scale: 1, shift: 0, emit: (ctx, x) => applyActivation(ctx, x, name) };
}
function clipUnit(ctx, x, suffix) {
  const positive = emitOp(ctx, "RELU", [x], shapeOf(ctx, x), `${suffix}/relu`);
  return emitOp(ctx, "MINIMUM", [positive, scalar(ctx, `${suffix}/one`, 1)], shapeOf(ctx, x), suffix);
}
function timeSteps(ctx, x) {
  const shape = shapeOf(ctx, x);
  if (shape.length !== 3) {
    throw new GateError("unsupported", `recurrent layer input must be [batch, time, features], got [${shape}]`, { where: `layer ${ctx.layer.name}` });
  }
  const steps = shape[1];
  if (!(steps > 0)) {
    throw new GateError("usage", `recurrent layer ${ctx.layer.name} gets a sequence of variable length`, { where: `layer ${ctx.layer.name}` }, SEQUENCE_HINT);
  }
  return steps;
}
var SEQUENCE_HINT = "convert at a fixed length with --sequence_length N (sequence-length in the config file)";
function projectAll(ctx, x, weight2, bias, suffix) {
  const [batch, steps, features] = shapeOf(ctx, x);
  const n = weight2.length / features;
  const w = constF(ctx, `${suffix}/kernel`, [n, features], weight2);
  const b = bias ? constF(ctx, `${suffix}/bias`, [n], bias) : -1;
  return emitOp(ctx, "FULLY_CONNECTED", [x, w, b], [batch, steps, n], suffix, { keep_num_dims: true });
}
function unpackSteps(ctx, all) {
  const [batch, steps, n] = shapeOf(ctx, all);
  const outs = Array.from({ length: steps }, (_, t) => ctx.builder.activation(`${ctx.builder.tensor(all).name}/${t}`, [batch, n]));
  ctx.builder.op("UNPACK", [all], outs, { num: steps, axis: 1 }, ctx.layer.name);
  return outs;
}
function recurrentConsts(ctx, weight2, units, bias, suffix) {
  const n = weight2.length / units;
  const w = constF(ctx, `${suffix}/recurrent_kernel`, [n, units], weight2);
  return [w, bias ? constF(ctx, `${suffix}/recurrent_bias`, [n], bias) : -1];
}
function matmul(ctx, h, consts, suffix) {
  const n = ctx.builder.tensor(consts[0]).shape[0];
  return emitOp(ctx, "FULLY_CONNECTED", [h, consts[0], consts[1]], [shapeOf(ctx, h)[0], n], suffix, {});
}
function add(ctx, a, b, suffix) {
  return emitOp(ctx, "ADD", [a, b], shapeOf(ctx, a), suffix, {});
}
function mul(ctx, a, b, suffix) {
  return emitOp(ctx, "MUL", [a, b], shapeOf(ctx, a), suffix, {});
}
function sub(ctx, a, b, suffix) {
  return emitOp(ctx, "SUB", [a, b], shapeOf(ctx, a), suffix, {});
}
function splitGates(ctx, x, count, suffix) {
  const [batch, width] = shapeOf(ctx, x);
  const outs = Array.from({ length: count }, (_, k) => ctx.builder.activation(`${ctx.builder.tensor(x).name}/split${k}`, [batch, width / count]));
  ctx.builder.op("SPLIT", [constI(ctx, `${suffix}/axis`, [1], []), x], outs, { num_splits: count }, ctx.layer.name);
  return outs;
}
function packSteps(ctx, steps, suffix) {
  const [batch, units] = shapeOf(ctx, steps[0]);
  return emitOp(ctx, "PACK", steps, [batch, steps.length, units], suffix, { values_count: steps.length, axis: 1 });
}

// src/convert/recurrent/gru.ts
function gruPlan(config, weights, kerasVersion) {
  const u = config.units;
  const gate = gateActivation(config.recurrentActivation, kerasVersion);
  const gateScale = (col) => col < 2 * u ? gate.scale : 1;
  const recOffset = weights.bias && weights.bias.data.length === 6 * u ? 3 * u : -1;
  const bzr = weights.bias || gate.shift ? biasSlice(weights.bias, 0, 2 * u, gateScale).map((v) => v + gate.shift) : void 0;
  if (bzr && config.resetAfter && recOffset > 0) biasSlice(weights.bias, 0, 2 * u, gateScale, recOffset).forEach((v, i) => bzr[i] += v);
  const rbh = config.resetAfter && recOffset > 0 ? biasSlice(weights.bias, 2 * u, 3 * u, () => 1, recOffset) : void 0;
  const recZr = fcWeight(weights.recurrent, 0, 2 * u, gateScale);
  const recH = fcWeight(weights.recurrent, 2 * u, 3 * u);
  return {
    units: u,
    projections: [
      { weight: fcWeight(weights.kernel, 0, 2 * u, gateScale), bias: bzr, suffix: "gru_zr" },
      { weight: fcWeight(weights.kernel, 2 * u, 3 * u), bias: weights.bias ? biasSlice(weights.bias, 2 * u, 3 * u) : void 0, suffix: "gru_h" }
    ],
    stateCount: 1,
    stepper(ctx) {
      const rec = { zr: recurrentConsts(ctx, recZr, u, void 0, "gru_zr"), h: recurrentConsts(ctx, recH, u, rbh, "gru_h") };
      if (rbh) rec.rbh = rec.h[1];
      const act = (v) => applyActivation(ctx, v, config.activation);
      return ([xzr, xh], states, s) => {
        const h = states?.[0];
        const zrIn = h === void 0 ? xzr : add(ctx, xzr, matmul(ctx, h, rec.zr, `${s}/recurrent_zr`), `${s}/zr_in`);
        const [z, r] = splitGates(ctx, gate.emit(ctx, zrIn, `${s}/zr`), 2, `${s}/split`);
        const term = candidateTerm(ctx, config, rec, h, r, s);
        const candidate = act(term === void 0 ? xh : add(ctx, xh, term, `${s}/hh_in`));
        return [h === void 0 ? sub(ctx, candidate, mul(ctx, z, candidate, `${s}/z_hh`), `${s}/h`) : add(ctx, candidate, mul(ctx, z, sub(ctx, h, candidate, `${s}/h_minus_hh`), `${s}/z_diff`), `${s}/h`)];
      };
    }
  };
}
function candidateTerm(ctx, config, rec, h, r, s) {
  if (config.resetAfter) {
    const rh = h === void 0 ? rec.rbh : matmul(ctx, h, rec.h, `${s}/recurrent_h`);
    return rh === void 0 ? void 0 : mul(ctx, r, rh, `${s}/r_rh`);
  }
  if (h === void 0) return void 0;
  return matmul(ctx, mul(ctx, r, h, `${s}/r_h`), rec.h, `${s}/recurrent_h`);
}

// src/convert/recurrent/lstm.ts
function lstmPlan(config, weights, kerasVersion) {
  const units = config.units;
  const gate = gateActivation(config.recurrentActivation, kerasVersion);
  const scale = (col) => Math.floor(col / units) === 2 ? 1 : gate.scale;
  const recurrent = fcWeight(weights.recurrent, 0, 4 * units, scale);
  return {
    units,
    projections: [{ weight: fcWeight(weights.kernel, 0, 4 * units, scale), bias: lstmBias(config, weights, scale, gate.shift), suffix: "lstm" }],
    stateCount: 2,
    stepper(ctx) {
      const rec = recurrentConsts(ctx, recurrent, units, void 0, "lstm");
      const act = (v) => applyActivation(ctx, v, config.activation);
      return ([x], states, s) => {
        const z = states ? add(ctx, x, matmul(ctx, states[0], rec, `${s}/recurrent`), `${s}/z`) : x;
        const [zi, zf, zc, zo] = splitGates(ctx, z, 4, `${s}/split`);
        const ig = mul(ctx, gate.emit(ctx, zi, `${s}/i`), act(zc), `${s}/ig`);
        const c = states ? add(ctx, mul(ctx, gate.emit(ctx, zf, `${s}/f`), states[1], `${s}/fc`), ig, `${s}/c`) : ig;
        return [mul(ctx, gate.emit(ctx, zo, `${s}/o`), act(c), `${s}/h`), c];
      };
    }
  };
}
function lstmBias(config, weights, scale, shift) {
  const width = 4 * config.units;
  if (!weights.bias && shift === 0) return void 0;
  const bias = biasSlice(weights.bias, 0, width, scale);
  if (weights.bias && weights.bias.data.length === 2 * width) {
    biasSlice(weights.bias, 0, width, scale, width).forEach((v, i) => bias[i] += v);
  }
  for (let col = 0; col < width; col++) if (Math.floor(col / config.units) !== 2) bias[col] += shift;
  return bias;
}

// src/convert/recurrent/simple-rnn.ts
function simpleRnnPlan(config, weights) {
  const u = config.units;
  const recurrent = fcWeight(weights.recurrent, 0, u);
  return {
    units: u,
    projections: [{ weight: fcWeight(weights.kernel, 0, u), bias: weights.bias ? biasSlice(weights.bias, 0, u) : void 0, suffix: "rnn" }],
    stateCount: 1,
    stepper(ctx) {
      const rec = recurrentConsts(ctx, recurrent, u, void 0, "rnn");
      return ([x], states, s) => {
        const pre = states ? add(ctx, x, matmul(ctx, states[0], rec, `${s}/recurrent`), `${s}/pre`) : x;
        return [applyActivation(ctx, pre, config.activation)];
      };
    }
  };
}

// src/convert/recurrent/weights.ts
var ROLE = {
  kernel: /(^|\/)kernel(:\d+)?$/,
  recurrent: /(^|\/)recurrent_kernel(:\d+)?$/,
  bias: /(^|\/)bias(:\d+)?$/
};
function cellWeights(weights, layerName2) {
  const named = (role) => weights.find((w) => ROLE[role].test(w.name));
  const kernel = named("kernel") ?? weights[0];
  const recurrent = named("recurrent") ?? weights[1];
  const bias = named("bias") ?? weights[2];
  if (!kernel || !recurrent) {
    throw new Error(`recurrent layer ${layerName2}: expected kernel and recurrent_kernel weights, found ${weights.length}`);
  }
  return { kernel, recurrent, ...bias ? { bias } : {} };
}
function splitBidirectional(layer) {
  const isForward = (w) => /(^|\/)forward_/.test(w.name);
  const forward = layer.weights.filter(isForward);
  if (forward.length > 0 && forward.length * 2 === layer.weights.length) {
    return [forward, layer.weights.filter((w) => !isForward(w))];
  }
  const half = layer.weights.length / 2;
  return [layer.weights.slice(0, half), layer.weights.slice(half)];
}

// src/convert/recurrent/plans.ts
var CELL_PLANS = {
  LSTM: lstmPlan,
  CuDNNLSTM: lstmPlan,
  GRU: gruPlan,
  CuDNNGRU: gruPlan,
  SimpleRNN: simpleRnnPlan
};
function cellPlan(layer, config, kerasVersion) {
  const make = CELL_PLANS[layer.className];
  if (!make) throw new Error(`no recurrent cell for ${layer.className} (${layer.name})`);
  return make(config, cellWeights(layer.weights, layer.name), kerasVersion);
}

// src/convert/recurrent/loop.ts
function runLoop(ctx, x, config, plan, sequence) {
  const steps = timeSteps(ctx, x);
  const batch = shapeOf(ctx, x)[0];
  const projections = plan.projections.map((p) => projectAll(ctx, x, p.weight, p.bias, p.suffix));
  const state = { shape: [batch, plan.units], dtype: "float32" };
  const vars = [
    { shape: [], dtype: "int32" },
    ...Array.from({ length: plan.stateCount }, () => state),
    ...sequence ? [{ shape: [batch, steps, plan.units], dtype: "float32" }] : [],
    ...projections.map((p) => ({ shape: shapeOf(ctx, p), dtype: "float32" }))
  ];
  const cond = loopCondition(ctx, vars, steps);
  const body = loopBody(ctx, vars, { config, plan, steps, sequence });
  const name = [ctx.scope, ctx.layer.name].filter(Boolean).join("/");
  const condIndex = ctx.builder.subgraph(`${name}/while_cond`, cond.builder, cond.inputs, cond.outputs);
  const bodyIndex = ctx.builder.subgraph(`${name}/while_body`, body.builder, body.inputs, body.outputs);
  const zeros = zeroFill(ctx, x);
  const state0 = zeros(state.shape, "while/zero_state");
  const initial = [
    constI(ctx, "while/start", [0], []),
    ...Array.from({ length: plan.stateCount }, () => state0),
    ...sequence ? [zeros(vars[plan.stateCount + 1].shape, "while/sequence_zeros")] : [],
    ...projections
  ];
  const outputs = vars.map((v, k) => ctx.builder.activation(tensorName(ctx, `while/out${k}`), v.shape, v.dtype));
  ctx.builder.op("WHILE", initial, outputs, { cond_subgraph_index: condIndex, body_subgraph_index: bodyIndex }, ctx.layer.name);
  const states = outputs.slice(1, 1 + plan.stateCount);
  return { last: states[0], states, ...sequence ? { sequence: outputs[1 + plan.stateCount] } : {} };
}
function zeroFill(ctx, x) {
  let batch;
  const batchOf = () => batch ??= emitOp(ctx, "SLICE", [emitOp(ctx, "SHAPE", [x], [3], "while/input_shape", { out_type: "INT32" }, "int32"), constI(ctx, "while/batch_begin", [0]), constI(ctx, "while/batch_size", [1])], [1], "while/batch", void 0, "int32");
  return (shape, suffix) => {
    if (!ctx.options.dynamicBatch && shape.length === 2) return constF(ctx, suffix, shape, new Float32Array(shape[0] * shape[1]));
    const dims = ctx.options.dynamicBatch ? emitOp(ctx, "CONCATENATION", [batchOf(), constI(ctx, `${suffix}/dims`, shape.slice(1))], [shape.length], `${suffix}/shape`, { axis: 0 }, "int32") : constI(ctx, `${suffix}/shape`, shape);
    return emitOp(ctx, "FILL", [dims, scalar(ctx, "while/zero", 0)], shape, suffix);
  };
}
function loopInputs(ctx, vars) {
  return vars.map((v, k) => ctx.builder.activation(tensorName(ctx, `while/arg${k}`), v.shape, v.dtype));
}
function loopCondition(outer, vars, steps) {
  const ctx = { ...outer, builder: new GraphBuilder() };
  const inputs = loopInputs(ctx, vars);
  const more = emitOp(ctx, "LESS", [inputs[0], constI(ctx, "while/steps", [steps], [])], [], "while/less", void 0, "bool");
  return { builder: ctx.builder, inputs, outputs: [more] };
}
function loopBody(outer, vars, spec) {
  const ctx = { ...outer, builder: new GraphBuilder() };
  const inputs = loopInputs(ctx, vars);
  const n = spec.plan.stateCount;
  const [i] = inputs;
  const states = inputs.slice(1, 1 + n);
  const projections = inputs.slice(1 + n + (spec.sequence ? 1 : 0));
  let reversedAt;
  const reversed = () => reversedAt ??= emitOp(ctx, "SUB", [constI(ctx, "while/last", [spec.steps - 1], []), i], [], "while/reversed", {}, "int32");
  const t = spec.config.goBackwards ? reversed() : i;
  const xs = projections.map((p, k) => emitOp(ctx, "GATHER", [p, t], [shapeOf(ctx, p)[0], shapeOf(ctx, p)[2]], `while/x${k}`, { axis: 1 }));
  const next = spec.plan.stepper(ctx)(xs, states, "step");
  const counter = emitOp(ctx, "ADD", [i, constI(ctx, "while/one", [1], [])], [], "while/next", {}, "int32");
  const written = [];
  if (spec.sequence) {
    const sequence = inputs[1 + n];
    const [batch, steps, units] = shapeOf(ctx, sequence);
    const zero = constI(ctx, "while/zero", [0], []);
    const at = emitOp(ctx, "PACK", [zero, spec.sequence === "processing" ? i : reversed(), zero], [3], "while/at", { values_count: 3, axis: 0 }, "int32");
    const row = reshape(ctx, next[0], [batch, 1, units], "while/row");
    written.push(emitOp(ctx, "DYNAMIC_UPDATE_SLICE", [sequence, row, at], [batch, steps, units], "while/sequence"));
  }
  return { builder: ctx.builder, inputs, outputs: [counter, ...next, ...written, ...projections] };
}

// src/convert/recurrent/unrolled.ts
function runUnrolled(ctx, x, config, plan, sequence) {
  const steps = timeSteps(ctx, x);
  const xs = plan.projections.map((p) => unpackSteps(ctx, projectAll(ctx, x, p.weight, p.bias, p.suffix)));
  const step = plan.stepper(ctx);
  const outputs = [];
  let states;
  for (const [k, t] of stepOrder(steps, config.goBackwards).entries()) {
    states = step(xs.map((p) => p[t]), states, `step${k}`);
    outputs.push(states[0]);
  }
  const run2 = { last: states[0], states };
  if (sequence) run2.sequence = packSteps(ctx, sequence === "reversed" ? [...outputs].reverse() : outputs, "sequence");
  return run2;
}
function stepOrder(steps, backwards) {
  const order = Array.from({ length: steps }, (_, t) => t);
  return backwards ? order.reverse() : order;
}

// src/convert/recurrent/run.ts
function runRecurrent(ctx, layer, x, sequence) {
  const config = readRnnConfig(layer);
  const plan = cellPlan(layer, config, ctx.kerasVersion);
  const inner = { ...ctx, layer };
  const loop = recurrentForm(ctx) === "loop" && timeSteps(inner, x) > 1;
  return loop ? runLoop(inner, x, config, plan, sequence) : runUnrolled(inner, x, config, plan, sequence);
}
function recurrentForm(ctx) {
  return ctx.options.recurrentForm === "unrolled" ? "unrolled" : "loop";
}

// src/convert/recurrent/bidirectional.ts
var MERGES = {
  concat: (ctx, a, b) => {
    const shape = shapeOf(ctx, a);
    const out = [...shape.slice(0, -1), shape[shape.length - 1] * 2];
    return emitOp(ctx, "CONCATENATION", [a, b], out, "concat", { axis: shape.length - 1 });
  },
  sum: (ctx, a, b) => add(ctx, a, b, "sum"),
  mul: (ctx, a, b) => mul(ctx, a, b, "mul"),
  ave: (ctx, a, b) => mul(ctx, add(ctx, a, b, "ave/sum"), scalar(ctx, "ave/half", 0.5), "ave")
};
function innerLayer(spec, name, weights) {
  const s = spec ?? {};
  return { className: String(s.class_name ?? ""), name, config: { ...s.config ?? {} }, inbound: [], weights };
}
function wrappedLayers(layer) {
  const [fw, bw] = splitBidirectional(layer);
  const forward = innerLayer(layer.config.layer, `${layer.name}/forward`, fw);
  const backward = layer.config.backward_layer ? innerLayer(layer.config.backward_layer, `${layer.name}/backward`, bw) : { ...forward, name: `${layer.name}/backward`, config: { ...forward.config, go_backwards: !forward.config.go_backwards }, weights: bw };
  return { forward, backward };
}
function mergeMode(layer) {
  const mode = layer.config.merge_mode;
  return mode === null ? "none" : str(layer, "merge_mode", "concat");
}
function check(layer) {
  const { forward, backward } = wrappedLayers(layer);
  const problems = [];
  for (const inner of [forward, backward]) {
    if (!CELL_PLANS[inner.className]) problems.push(`wrapped layer ${inner.className || "(none)"} is not supported`);
    else problems.push(...rnnProblems(inner));
  }
  const state = initialStateProblem(layer);
  if (state) problems.push(state);
  const mode = mergeMode(layer);
  if (mode !== "none" && !MERGES[mode]) problems.push(`merge_mode "${mode}" is not supported`);
  return problems.length ? [...new Set(problems)].join("; ") : void 0;
}
function emit(ctx) {
  const { forward, backward } = wrappedLayers(ctx.layer);
  const config = readRnnConfig(forward);
  const sequences = config.returnSequences;
  const fw = runRecurrent(ctx, forward, ctx.inputs[0], sequences ? "processing" : void 0);
  const bw = runRecurrent(ctx, backward, ctx.inputs[0], sequences ? "reversed" : void 0);
  const outputs = sequences ? [fw.sequence, bw.sequence] : [fw.last, bw.last];
  const mode = mergeMode(ctx.layer);
  const merged = mode === "none" ? outputs : [MERGES[mode](ctx, outputs[0], outputs[1])];
  return config.returnState ? [...merged, ...fw.states, ...bw.states] : merged;
}
var bidirectionalHandler = { classNames: ["Bidirectional"], check, emit };

// src/convert/recurrent/layers.ts
function recurrentHandler(classNames) {
  return {
    classNames,
    check: checkRnn,
    emit(ctx) {
      const config = readRnnConfig(ctx.layer);
      const run2 = runRecurrent(ctx, ctx.layer, ctx.inputs[0], config.returnSequences ? "processing" : void 0);
      const output = run2.sequence ?? run2.last;
      return config.returnState ? [output, ...run2.states] : [output];
    }
  };
}
var lstmHandler = recurrentHandler(["LSTM", "CuDNNLSTM"]);
var gruHandler = recurrentHandler(["GRU", "CuDNNGRU"]);
var simpleRnnHandler = recurrentHandler(["SimpleRNN"]);

// src/convert/recurrent/masking.ts
var RECURRENT = ["LSTM", "GRU", "SimpleRNN", "CuDNNLSTM", "CuDNNGRU", "Bidirectional", "RNN", "ConvLSTM1D", "ConvLSTM2D", "ConvLSTM3D"];
var ATTENTION = ["Attention", "AdditiveAttention", "MultiHeadAttention", "GroupedQueryAttention"];
var CONSUMERS = /* @__PURE__ */ new Set([...RECURRENT, ...ATTENTION, "GlobalAveragePooling1D", "Softmax"]);
var PROPAGATORS = /* @__PURE__ */ new Set([
  "Activation",
  "ReLU",
  "LeakyReLU",
  "PReLU",
  "ELU",
  "ThresholdedReLU",
  "Softmax",
  "Dense",
  "Identity",
  "Masking",
  "Add",
  "Subtract",
  "Multiply",
  "Average",
  "Maximum",
  "Minimum",
  "Concatenate",
  "Dot",
  "BatchNormalization",
  "LayerNormalization",
  "GroupNormalization",
  "UnitNormalization",
  "Normalization",
  "Rescaling",
  "Dropout",
  "SpatialDropout1D",
  "AlphaDropout",
  "GaussianDropout",
  "GaussianNoise",
  "ActivityRegularization",
  "TimeDistributed"
]);
var MASK_HINT = "Keras skips masked time steps, the converted model cannot: if the inputs are never padded, re-save the model with mask_zero=False / without the Masking layer (the weights stay valid); otherwise convert a model trained without masking";
function describeSource(layer) {
  if (layer.className === "Masking") return `"${layer.name}" (Masking)`;
  if (layer.className === "Embedding" && layer.config.mask_zero === true) return `"${layer.name}" (Embedding mask_zero=True)`;
  return void 0;
}
var innerClass = (layer) => layer.config.layer?.class_name;
function consumes(layer) {
  if (layer.className === "TimeDistributed") return CONSUMERS.has(innerClass(layer) ?? "");
  return CONSUMERS.has(layer.className);
}
function passesOn(layer) {
  if (!RECURRENT.includes(layer.className)) return PROPAGATORS.has(layer.className);
  const wrapped = layer.className === "Bidirectional" ? layer.config.layer?.config : layer.config;
  return wrapped?.return_sequences === true;
}
function maskKwargSource(layer) {
  const kwargs = (layer.callKwargs ?? []).find((k) => k.mask !== void 0 && k.mask !== null);
  if (!kwargs) return void 0;
  const history = (kwargs.mask.config?.keras_history ?? [])[0];
  return typeof history === "string" ? `a mask made by "${history}"` : "a mask passed in the call";
}
function maskedConsumers(graph, prefix = "", masked = /* @__PURE__ */ new Map()) {
  return walkMasks(graph, prefix, new Map(masked)).findings;
}
function walkMasks(graph, prefix, masked) {
  const findings = /* @__PURE__ */ new Map();
  const nested = /* @__PURE__ */ new Map();
  for (let changed = true; changed; ) {
    changed = false;
    for (const layer of graph.layers) {
      if (masked.has(layer.name)) continue;
      const path = prefix ? `${prefix}/${layer.name}` : layer.name;
      const inbound = layer.inbound.flat().map((ref) => masked.get(ref.layer)).find((s) => s !== void 0);
      const source = layer.model ? nestedOutputMask(layer, path, inbound, nested, findings) : maskAfter(layer, path, inbound, findings);
      if (source) {
        masked.set(layer.name, source);
        changed = true;
      }
    }
  }
  const outputs = new Map(graph.outputs.filter((ref) => masked.has(ref.layer)).map((ref) => [ref.layer, masked.get(ref.layer)]));
  return { findings: [...findings.values()], outputs };
}
function maskAfter(layer, path, inbound, findings) {
  const made = describeSource(layer);
  if (made) return made;
  const used = inbound ?? (consumes(layer) ? maskKwargSource(layer) : void 0);
  if (used && consumes(layer)) findings.set(path, { path, className: layer.className, source: used });
  return inbound && passesOn(layer) ? inbound : void 0;
}
function nestedOutputMask(layer, path, inbound, walked, findings) {
  if (walked.has(layer.name) && (walked.get(layer.name) || !inbound)) return void 0;
  walked.set(layer.name, inbound !== void 0);
  const inner = layer.model;
  const inputs = new Map(inbound ? inner.inputs.map((ref) => [ref.layer, inbound]) : []);
  const result = walkMasks(inner, path, inputs);
  for (const f of result.findings) findings.set(f.path, f);
  return [...result.outputs.values()][0];
}
var maskingHandler = {
  classNames: ["Masking"],
  check: () => "Masking is not supported: masked time steps cannot be converted (remove the layer and re-save the model)",
  emit(ctx) {
    throw new Error(`Masking layer ${ctx.layer.name} passed the check`);
  }
};

// src/convert/recurrent/notes.ts
var RECURRENT2 = /* @__PURE__ */ new Set([...Object.keys(CELL_PLANS), "Bidirectional"]);
function recurrentLayers(graph) {
  return graph.layers.flatMap((l) => l.model ? recurrentLayers(l.model) : RECURRENT2.has(l.className) ? [l.name] : []);
}
function recurrentFormNotes(keras, graph, options) {
  const layers = [...new Set(recurrentLayers(keras))];
  if (layers.length === 0) return [];
  const list = layers.join(", ");
  const loops = graph.ops.filter((op) => op.type === "WHILE").length;
  if (loops > 0) return [`recurrent layers (${list}) written as ${loops} WHILE loop${loops > 1 ? "s" : ""} (graph size independent of the number of time steps)`];
  const why = options.recurrentForm === "unrolled" ? "as asked" : "a single time step: nothing to loop over";
  return [`recurrent layers (${list}) unrolled, one copy of the cell per time step (${why})`];
}

// src/convert/recurrent/index.ts
var RECURRENT_HANDLERS = [lstmHandler, gruHandler, simpleRnnHandler, bidirectionalHandler, maskingHandler];

// src/convert/reshaping.ts
function pairs(layer, key2, rank, fallback) {
  const value = cfg(layer, key2);
  if (typeof value === "number") return Array.from({ length: rank }, () => [value, value]);
  if (Array.isArray(value)) {
    if (rank === 1 && value.length === 2 && value.every((v) => typeof v === "number")) return [[value[0], value[1]]];
    return value.map((v) => typeof v === "number" ? [v, v] : [v[0], v[1]]);
  }
  return Array.from({ length: rank }, () => [fallback, fallback]);
}
var checkLayout = (layer) => channelsFirst(layer) ? 'data_format "channels_first" is not supported' : void 0;
var zeroPadding = {
  classNames: ["ZeroPadding1D", "ZeroPadding2D"],
  check: checkLayout,
  emit: (ctx) => {
    const x = ctx.inputs[0];
    const s = shapeOf(ctx, x);
    const p = pairs(ctx.layer, "padding", s.length - 2, 1);
    const all = [[0, 0], ...p, [0, 0]];
    const outShape = s.map((d, i) => d + all[i][0] + all[i][1]);
    return [emitOp(ctx, "PAD", [x, constI(ctx, "Pad/paddings", all.flat(), [s.length, 2])], outShape, "Pad")];
  }
};
var cropping = {
  classNames: ["Cropping1D", "Cropping2D"],
  check: checkLayout,
  emit: (ctx) => {
    const x = ctx.inputs[0];
    const s = shapeOf(ctx, x);
    const c = pairs(ctx.layer, "cropping", s.length - 2, 0);
    const all = [[0, 0], ...c, [0, 0]];
    const begin = all.map(([b]) => b);
    const end = s.map((d, i) => d - all[i][1]);
    const outShape = s.map((d, i) => end[i] - begin[i]);
    const inputs = [x, constI(ctx, "strided_slice/stack", begin), constI(ctx, "strided_slice/stack_1", end), constI(ctx, "strided_slice/stack_2", s.map(() => 1))];
    return [emitOp(ctx, "STRIDED_SLICE", inputs, outShape, "strided_slice", { begin_mask: 1, end_mask: 1 })];
  }
};
var upSampling2d = {
  classNames: ["UpSampling2D"],
  check: (layer) => checkLayout(layer) ?? (["nearest", "bilinear"].includes(str(layer, "interpolation", "nearest")) ? void 0 : `interpolation "${str(layer, "interpolation", "")}" is not supported`),
  emit: (ctx) => {
    const x = ctx.inputs[0];
    const s = shapeOf(ctx, x);
    const [sh, sw] = tuple(ctx.layer, "size", 2, 2);
    const outShape = [s[0], s[1] * sh, s[2] * sw, s[3]];
    const size = constI(ctx, "resize/size", [outShape[1], outShape[2]]);
    const bilinear = str(ctx.layer, "interpolation", "nearest") === "bilinear";
    const type = bilinear ? "RESIZE_BILINEAR" : "RESIZE_NEAREST_NEIGHBOR";
    return [emitOp(ctx, type, [x, size], outShape, "resize", { align_corners: false, half_pixel_centers: bilinear })];
  }
};
var upSampling1d = {
  classNames: ["UpSampling1D"],
  emit: (ctx) => {
    const x = ctx.inputs[0];
    const s = shapeOf(ctx, x);
    const n = tuple(ctx.layer, ["size", "length"], 1, 2)[0];
    const e = expandDims(ctx, x, 2);
    const tiled = emitOp(ctx, "TILE", [e, constI(ctx, "Tile/multiples", [1, 1, n, 1])], [s[0], s[1], n, s[2]], "Tile");
    return [reshape(ctx, tiled, [s[0], s[1] * n, s[2]])];
  }
};
var embedding = {
  classNames: ["Embedding"],
  check: (layer) => layer.weights.length >= 1 ? void 0 : "Embedding without its table",
  emit: (ctx) => {
    let x = ctx.inputs[0];
    const table = ctx.layer.weights[0];
    const s = shapeOf(ctx, x);
    if (ctx.builder.tensor(x).dtype !== "int32") {
      x = emitOp(ctx, "CAST", [x], s, "Cast", void 0, "int32");
    }
    const t = constF(ctx, "embedding_lookup", table.shape, table.data);
    return [emitOp(ctx, "GATHER", [t, x], [...s, table.shape[1]], "GatherV2", { axis: 0, batch_dims: 0 })];
  }
};
var reshapingLayers = [zeroPadding, cropping, upSampling2d, upSampling1d, embedding];

// src/convert/slicing.ts
var isIntOrNull = (v) => v === null || v === void 0 || Number.isInteger(v);
function sliceItem(fields) {
  const { start, stop, step } = fields;
  if (![start, stop, step].every(isIntOrNull) || step === 0) return void 0;
  return { kind: "slice", start: start ?? null, stop: stop ?? null, step: step ?? null };
}
function keyItem(value) {
  if (value === null) return { kind: "newaxis" };
  if (Number.isInteger(value)) return { kind: "index", index: value };
  if (!isObject(value)) return void 0;
  if (value.class_name === "__ellipsis__") return { kind: "ellipsis" };
  if (value.class_name === "__slice__" && isObject(value.config)) return sliceItem(value.config);
  if (!("class_name" in value) && "start" in value && "stop" in value) return sliceItem(value);
  return void 0;
}
var isTensorLike = (v) => isObject(v) && (typeof v.tensorArg === "number" || v.class_name === "__keras_tensor__") || Array.isArray(v) && typeof v[0] === "string";
function itemText(item) {
  if (item.kind === "index") return String(item.index);
  if (item.kind === "ellipsis") return "...";
  if (item.kind === "newaxis") return "None";
  return `${item.start ?? ""}:${item.stop ?? ""}${item.step === null ? "" : `:${item.step}`}`;
}
function elementText(value, tensorNames) {
  if (isObject(value) && typeof value.tensorArg === "number") return `<tensor "${tensorNames[value.tensorArg] ?? "?"}">`;
  if (Array.isArray(value) && typeof value[0] === "string") return `<tensor "${value[0]}">`;
  const fields = isObject(value) ? isObject(value.config) ? value.config : value : {};
  if (isTensorLike(value) || Object.values(fields).some(isTensorLike)) return "<tensor>";
  const item = keyItem(value);
  return item ? itemText(item) : JSON.stringify(value);
}
function parseSliceKey(key2, tensorNames = []) {
  const list = Array.isArray(key2) && !isTensorLike(key2) ? key2 : [key2];
  const text = `[${list.map((v) => elementText(v, tensorNames)).join(", ")}]`;
  const items = [];
  for (const value of list) {
    const shown = elementText(value, tensorNames);
    if (shown.startsWith("<tensor")) return `slicing key ${text} has a tensor-valued index, which is not supported (only constant ints, slices, Ellipsis and None)`;
    const item = keyItem(value);
    if (!item) return `slicing key ${text} has an element ${shown} that is not supported (only ints, slices, Ellipsis and None)`;
    items.push(item);
  }
  if (items.filter((i) => i.kind === "ellipsis").length > 1) return `slicing key ${text} has more than one Ellipsis`;
  const first = items.find((i) => i.kind !== "newaxis");
  if (items[0]?.kind === "newaxis") return `slicing key ${text} adds an axis before the batch axis, which is not supported`;
  if (first && !takesWholeAxis(first)) return `slicing key ${text} indexes the batch axis, which is not supported (take it whole with ":")`;
  return items;
}
var takesWholeAxis = (i) => i.kind === "ellipsis" || i.kind === "slice" && i.start === null && i.stop === null && (i.step === null || i.step === 1);
function sliceIndices(s, size) {
  const step = s.step ?? 1;
  const clamp = (v, fallback, low, high) => v === null ? fallback : Math.min(Math.max(v < 0 ? v + size : v, low), high);
  return step > 0 ? [clamp(s.start, 0, 0, size), clamp(s.stop, size, 0, size), step] : [clamp(s.start, size - 1, -1, size - 1), clamp(s.stop, -1, -1, size - 1), step];
}
function expandKey(items, rank) {
  const consumed = items.filter((i) => i.kind === "index" || i.kind === "slice").length;
  if (consumed > rank) return `the slicing key has ${consumed} indices for a tensor of rank ${rank}`;
  const withEllipsis = items.some((i) => i.kind === "ellipsis") ? items : [...items, { kind: "ellipsis" }];
  const whole = { kind: "slice", start: null, stop: null, step: null };
  return withEllipsis.flatMap((i) => i.kind === "ellipsis" ? Array(rank - consumed).fill(whole) : [i]);
}
function addAxis(plan, begin, end, stride, length) {
  plan.begin.push(begin);
  plan.end.push(end);
  plan.strides.push(stride);
  if (length === void 0) return;
  plan.sliceShape.push(length);
  plan.outShape.push(length);
}
function planSlice(items, shape) {
  const key2 = expandKey(items, shape.length);
  if (typeof key2 === "string") return key2;
  const plan = { begin: [], end: [], strides: [], beginMask: 0, endMask: 0, shrinkMask: 0, sliceShape: [], outShape: [] };
  for (const item of key2) {
    const axis = plan.begin.length;
    if (item.kind === "newaxis") {
      plan.outShape.push(1);
      continue;
    }
    const size = shape[axis];
    if (axis === 0) {
      if (!takesWholeAxis(item)) return 'the slicing key indexes the batch axis, which is not supported (take it whole with ":")';
      Object.assign(plan, { beginMask: 1, endMask: 1 });
      addAxis(plan, 0, 0, 1, size);
    } else if (item.kind === "index") {
      const index = item.index < 0 ? item.index + size : item.index;
      if (index < 0 || index >= size) return `index ${item.index} is out of range for axis ${axis} of size ${size}`;
      plan.shrinkMask |= 1 << axis;
      addAxis(plan, index, index + 1, 1, void 0);
    } else if (item.kind === "slice") {
      const [start, stop, step] = sliceIndices(item, size);
      const length = Math.max(0, Math.ceil((stop - start) / step));
      if (length === 0) return `the slice ${itemText(item)} of axis ${axis} (size ${size}) is empty, which is not supported`;
      if (stop < 0) plan.endMask |= 1 << axis;
      addAxis(plan, start, Math.max(stop, 0), step, length);
    }
  }
  if (plan.begin.length > 5) return `slicing a tensor of rank ${plan.begin.length} is not supported (at most 5)`;
  return plan;
}
var takesAll = (plan, shape) => plan.shrinkMask === 0 && plan.strides.every((s) => s === 1) && plan.begin.every((b) => b === 0) && plan.sliceShape.join() === shape.join();
function emitSlice(ctx, x, items) {
  const shape = shapeOf(ctx, x);
  const plan = planSlice(items, shape);
  const text = `slicing key [${items.map(itemText).join(", ")}]`;
  if (typeof plan === "string") throw new GateError("unsupported", `${text}: ${plan}`, { where: `layer ${ctx.layer.name}` }, "Rewrite the slice with constant indices that keep the batch axis whole, then re-save the model.");
  const addsAxes = plan.outShape.length !== plan.sliceShape.length;
  if (addsAxes && takesAll(plan, shape)) return reshape(ctx, x, plan.outShape, "strided_slice/Reshape");
  const inputs = [x, constI(ctx, "strided_slice/stack", plan.begin), constI(ctx, "strided_slice/stack_1", plan.end), constI(ctx, "strided_slice/stack_2", plan.strides)];
  const options = { begin_mask: plan.beginMask, end_mask: plan.endMask, ellipsis_mask: 0, new_axis_mask: 0, shrink_axis_mask: plan.shrinkMask, offset: false };
  const sliced = emitOp(ctx, "STRIDED_SLICE", inputs, plan.sliceShape, "strided_slice", options);
  return addsAxes ? reshape(ctx, sliced, plan.outShape, "strided_slice/Reshape") : sliced;
}
function storedKey(layer, call) {
  if (layer.className === "GetItem") return layer.callArgs?.[call]?.[1];
  return layer.callKwargs?.[call]?.slice_spec;
}
function checkCalls2(layer) {
  for (let call = 0; call < layer.inbound.length; call++) {
    const key2 = storedKey(layer, call);
    if (key2 === void 0) return `the call ${call} records no slicing key`;
    const items = parseSliceKey(key2, layer.inbound[call].map((ref) => ref.layer));
    if (typeof items === "string") return items;
  }
  return void 0;
}
var emitGetItem = (ctx) => [emitSlice(ctx, ctx.inputs[0], parseSliceKey(storedKey(ctx.layer, ctx.callIndex ?? 0)))];
var getItem = { classNames: ["GetItem"], modules: KERAS_OP_MODULES, check: checkCalls2, emit: emitGetItem };
var slicingOpLambda = {
  classNames: ["SlicingOpLambda"],
  check: (layer) => {
    const fn = String(layer.config.function ?? "");
    if (fn !== "__operators__.getitem") return `TensorFlow slicing function "${fn}" is not supported (only __operators__.getitem, x[...])`;
    return checkCalls2(layer);
  },
  emit: emitGetItem
};
var slicingLayers = [getItem, slicingOpLambda];

// src/convert/split-stack.ts
var axisOf = (layer) => layer.config.axis;
function realAxis(axis, rank) {
  if (!Number.isInteger(axis)) return void 0;
  const a = axis < 0 ? axis + rank : axis;
  return a > 0 && a < rank ? a : void 0;
}
var checkAxis = (layer) => Number.isInteger(axisOf(layer)) && axisOf(layer) !== 0 ? void 0 : `axis ${JSON.stringify(axisOf(layer))} is not supported (one integer axis other than the batch axis)`;
function axisOrThrow(ctx, rank) {
  const axis = realAxis(axisOf(ctx.layer), rank);
  if (axis === void 0) throw new Error(`axis ${JSON.stringify(axisOf(ctx.layer))} is the batch axis or out of range for rank ${rank}`);
  return axis;
}
function splitSizes(spec, size) {
  if (Number.isInteger(spec)) return size % spec === 0 ? Array(spec).fill(size / spec) : void 0;
  if (!Array.isArray(spec) || !spec.every(Number.isInteger)) return void 0;
  const cuts = [0, ...spec.map((i) => Math.min(Math.max(i < 0 ? i + size : i, 0), size)), size];
  const sizes = cuts.slice(1).map((c, k) => c - cuts[k]);
  return sizes.every((s) => s > 0) ? sizes : void 0;
}
function multiOutput(ctx, type, inputs, shapes, options) {
  const outs = shapes.map((shape, k) => ctx.builder.activation(tensorName(ctx, k ? `${type.toLowerCase()}:${k}` : type.toLowerCase()), shape));
  ctx.builder.op(type, inputs, outs, options, ctx.layer.name);
  return outs;
}
var split = {
  classNames: ["Split"],
  modules: KERAS_OP_MODULES,
  check: (layer) => {
    const spec = layer.config.indices_or_sections;
    const ok = Number.isInteger(spec) && spec > 0 || Array.isArray(spec) && spec.every(Number.isInteger);
    return checkAxis(layer) ?? (ok ? void 0 : `indices_or_sections ${JSON.stringify(spec)} is not supported (a count or a list of integer indices)`);
  },
  emit: (ctx) => {
    const x = ctx.inputs[0];
    const shape = shapeOf(ctx, x);
    const axis = axisOrThrow(ctx, shape.length);
    const sizes = splitSizes(ctx.layer.config.indices_or_sections, shape[axis]);
    if (!sizes) throw new Error(`indices_or_sections ${JSON.stringify(ctx.layer.config.indices_or_sections)} do not cut axis ${axis} of size ${shape[axis]} into non-empty pieces`);
    const shapes = sizes.map((s) => shape.map((d, i) => i === axis ? s : d));
    if (sizes.every((s) => s === sizes[0])) return multiOutput(ctx, "SPLIT", [constI(ctx, "split/split_dim", [axis], []), x], shapes, { num_splits: sizes.length });
    const inputs = [x, constI(ctx, "split/size_splits", sizes), constI(ctx, "split/split_dim", [axis], [])];
    return multiOutput(ctx, "SPLIT_V", inputs, shapes, { num_splits: sizes.length });
  }
};
var unstack = {
  classNames: ["Unstack"],
  modules: KERAS_OP_MODULES,
  check: checkAxis,
  emit: (ctx) => {
    const x = ctx.inputs[0];
    const shape = shapeOf(ctx, x);
    const axis = axisOrThrow(ctx, shape.length);
    const rest = shape.filter((_, i) => i !== axis);
    return multiOutput(ctx, "UNPACK", [x], Array.from({ length: shape[axis] }, () => rest), { num: shape[axis], axis });
  }
};
var stack = {
  classNames: ["Stack"],
  modules: KERAS_OP_MODULES,
  check: (layer) => layer.callArgs ? "stacking constants is not supported (only tensors)" : checkAxis(layer),
  emit: (ctx) => {
    const shape = shapeOf(ctx, ctx.inputs[0]);
    const axis = axisOrThrow(ctx, shape.length + 1);
    const outShape = [...shape.slice(0, axis), ctx.inputs.length, ...shape.slice(axis)];
    return [emitOp(ctx, "PACK", ctx.inputs, outShape, "stack", { values_count: ctx.inputs.length, axis })];
  }
};
function indexConstant(value) {
  if (Number.isInteger(value)) return { shape: [], data: [value] };
  if (!Array.isArray(value) || value.length === 0) return void 0;
  const items = value.map(indexConstant);
  if (items.some((c) => !c || c.shape.join() !== items[0].shape.join())) return void 0;
  return { shape: [value.length, ...items[0].shape], data: items.flatMap((c) => c.data) };
}
var takeIndices = (layer, call) => layer.callArgs?.[call]?.[1];
var take = {
  classNames: ["Take"],
  modules: KERAS_OP_MODULES,
  check: (layer) => {
    for (let call = 0; call < layer.inbound.length; call++) {
      const indices = takeIndices(layer, call);
      const tensor = indices === void 0 || isObject(indices) && "tensorArg" in indices;
      if (!indexConstant(indices)) return `take with ${tensor ? "tensor-valued indices" : `indices ${JSON.stringify(indices)}`} is not supported (only constant integer indices)`;
    }
    return checkAxis(layer);
  },
  emit: (ctx) => {
    const x = ctx.inputs[0];
    const shape = shapeOf(ctx, x);
    const axis = axisOrThrow(ctx, shape.length);
    const indices = indexConstant(takeIndices(ctx.layer, ctx.callIndex ?? 0));
    const size = shape[axis];
    if (indices.data.some((i) => i < -size || i >= size)) throw new Error(`take indices ${JSON.stringify(indices.data)} are out of range for axis ${axis} of size ${size}`);
    const ids = constI(ctx, "GatherV2/indices", indices.data.map((i) => i < 0 ? i + size : i), indices.shape);
    const outShape = [...shape.slice(0, axis), ...indices.shape, ...shape.slice(axis + 1)];
    return [emitOp(ctx, "GATHER", [x, ids], outShape, "GatherV2", { axis, batch_dims: 0 })];
  }
};
var splitStackLayers = [split, unstack, stack, take];

// src/convert/wrappers.ts
var ANY_RANK = /* @__PURE__ */ new Set(["Dense", "Activation", "ReLU", "LeakyReLU", "ELU", "Dropout", "GaussianNoise", "GaussianDropout", "AlphaDropout"]);
function innerLayer2(layer) {
  const inner = layer.config.layer;
  if (!inner || typeof inner.class_name !== "string" || typeof inner.config !== "object" || inner.config === null) return void 0;
  return { className: inner.class_name, name: layer.name, config: inner.config, inbound: layer.inbound, weights: layer.weights };
}
var timeDistributed = {
  classNames: ["TimeDistributed"],
  check: (layer) => {
    const inner = innerLayer2(layer);
    if (!inner) return "the wrapped layer is missing from the config";
    if (MODEL_CLASSES.has(inner.className)) return "a model wrapped in TimeDistributed is not supported";
    const reason = unsupportedReason(inner);
    return reason ? `wrapped ${inner.className}: ${reason}` : void 0;
  },
  emit: (ctx) => {
    const inner = innerLayer2(ctx.layer);
    const handler = handlerFor(inner.className);
    const x = ctx.inputs[0];
    const innerCtx = { ...ctx, layer: inner };
    if (ANY_RANK.has(inner.className)) return handler.emit(innerCtx);
    const [batch, steps, ...rest] = shapeOf(ctx, x);
    const flat = reshape(ctx, x, [batch * steps, ...rest], "Reshape");
    const y = handler.emit({ ...innerCtx, inputs: [flat] })[0];
    const [, ...out] = shapeOf(ctx, y);
    return [reshape(ctx, y, [batch, steps, ...out], "Reshape_1")];
  }
};
var wrapperLayers = [timeDistributed];

// src/convert/registry.ts
var FAMILIES = [
  coreLayers,
  activationLayers,
  convLayers,
  poolingLayers,
  normalizationLayers,
  mergeLayers,
  reshapingLayers,
  preprocessingLayers,
  wrapperLayers,
  RECURRENT_HANDLERS,
  attentionLayers,
  kerasOpLayers,
  slicingLayers,
  splitStackLayers
];
var REFUSED = {
  Lambda: "carries Python code, never executed"
};
var byClass = /* @__PURE__ */ new Map();
var byModuleClass = /* @__PURE__ */ new Map();
for (const handler of FAMILIES.flat()) {
  for (const name of handler.classNames) {
    const keys = handler.modules ? handler.modules.map((m) => `${m}.${name}`) : [name];
    const map = handler.modules ? byModuleClass : byClass;
    for (const key2 of keys) {
      if (map.has(key2)) throw new Error(`layer class ${key2} registered twice`);
      map.set(key2, handler);
    }
  }
}
var isOpModule = (module) => !!module && /^keras(\.src)?\.ops(\.|$)/.test(module);
var MODEL_CLASSES = /* @__PURE__ */ new Set(["Sequential", "Functional", "Model"]);
function handlerFor(className) {
  return byClass.get(className) ?? anyOpModule(className);
}
function handlerForLayer(layer) {
  if (!isOpModule(layer.module)) return layer.module && byModuleClass.get(`${layer.module}.${layer.className}`) || byClass.get(layer.className);
  return byModuleClass.get(`${layer.module}.${layer.className}`) ?? anyOpModule(layer.className);
}
function anyOpModule(className) {
  for (const [key2, handler] of byModuleClass) if (key2.endsWith(`.${className}`) && isOpModule(key2.slice(0, key2.lastIndexOf(".")))) return handler;
  return void 0;
}
function unsupportedReason(layer) {
  if (layer.className === "InputLayer" || layer.model) return void 0;
  const refused = REFUSED[layer.className];
  if (refused) return refused;
  const handler = handlerForLayer(layer);
  if (!handler && isOpModule(layer.module)) return `unknown Keras operation ${layer.module}.${layer.className}`;
  if (!handler) return MODEL_CLASSES.has(layer.className) ? "a nested model without its layer graph" : "unknown layer class";
  return handler.check?.(layer);
}
function supportedClassNames() {
  return [...byClass.keys(), ...byModuleClass.keys()].sort();
}

// src/convert/keras-builtins.ts
var KERAS_LAYERS = `
  Activation ActivityRegularization AdaptiveAveragePooling1D AdaptiveAveragePooling2D AdaptiveAveragePooling3D
  AdaptiveMaxPooling1D AdaptiveMaxPooling2D AdaptiveMaxPooling3D Add AdditiveAttention AlphaDropout Attention
  AugMix AutoContrast Average AveragePooling1D AveragePooling2D AveragePooling3D AvgPool1D AvgPool2D AvgPool3D
  BatchNormalization Bidirectional CategoryEncoding CenterCrop Concatenate
  ContrastLimitedAdaptiveHistogramEqualization Conv1D Conv1DTranspose Conv2D Conv2DTranspose Conv3D
  Conv3DTranspose ConvLSTM1D ConvLSTM2D ConvLSTM3D Convolution1D Convolution1DTranspose Convolution2D
  Convolution2DTranspose Convolution3D Convolution3DTranspose Cropping1D Cropping2D Cropping3D CutMix Dense
  DepthwiseConv1D DepthwiseConv2D Discretization Dot Dropout ELU EinsumDense Embedding Equalization Flatten
  FlaxLayer GRU GRUCell GaussianDropout GaussianNoise GlobalAveragePooling1D GlobalAveragePooling2D
  GlobalAveragePooling3D GlobalAvgPool1D GlobalAvgPool2D GlobalAvgPool3D GlobalMaxPool1D GlobalMaxPool2D
  GlobalMaxPool3D GlobalMaxPooling1D GlobalMaxPooling2D GlobalMaxPooling3D GroupNormalization GroupQueryAttention
  HashedCrossing Hashing Identity InputLayer IntegerLookup JaxLayer LSTM LSTMCell Lambda Layer LayerNormalization
  LeakyReLU Masking MaxNumBoundingBoxes MaxPool1D MaxPool2D MaxPool3D MaxPooling1D MaxPooling2D MaxPooling3D
  Maximum MelSpectrogram Minimum MixUp MultiHeadAttention Multiply Normalization PReLU Permute Pipeline
  RMSNormalization RNN RandAugment RandomBrightness RandomColorDegeneration RandomColorJitter RandomContrast
  RandomCrop RandomElasticTransform RandomErasing RandomFlip RandomGaussianBlur RandomGrayscale RandomHue
  RandomInvert RandomPerspective RandomPosterization RandomRotation RandomSaturation RandomSharpness RandomShear
  RandomTranslation RandomZoom ReLU RepeatVector Rescaling Reshape Resizing ReversibleEmbedding STFTSpectrogram
  SeparableConv1D SeparableConv2D SeparableConvolution1D SeparableConvolution2D SimpleRNN SimpleRNNCell Softmax
  Solarization SpatialDropout1D SpatialDropout2D SpatialDropout3D SpectralNormalization StackedRNNCells
  StringLookup Subtract TFSMLayer TextVectorization TimeDistributed TorchModuleWrapper UnitNormalization
  UpSampling1D UpSampling2D UpSampling3D Wrapper ZeroPadding1D ZeroPadding2D ZeroPadding3D
`;
var KERAS_OPERATIONS = `
  Abs Absolute AdaptiveAveragePool AdaptiveMaxPool AffineTransform All AllClose Amax Amin Angle Any Append Arange
  Arccos Arccosh Arcsin Arcsinh Arctan Arctan2 Arctanh Argmax Argmin Argpartition Argsort Array ArraySplit
  AssociativeScan AveragePool BatchNorm BinaryCrossentropy Bincount BitwiseAnd BitwiseInvert BitwiseLeftShift
  BitwiseNot BitwiseOr BitwiseRightShift BitwiseXor BroadcastTo CDist CTCDecode CTCLoss Cast
  CategoricalCrossentropy Cbrt Ceil Celu Cholesky CholeskyInverse Clip Cond Conj Conjugate Conv ConvTranspose
  ConvertToTensor Copy Corrcoef Correlate Cos Cosh CountNonzero CropImages Cross Cumprod Cumsum Deg2rad
  DepthToSpace DepthwiseConv Det Diag Diagflat Diagonal Diff Digitize Divide DivideNoNan DotProductAttention
  Dsplit Dstack Eig Eigh Einsum ElasticTransform Elu EmptyLike Equal Erf Erfc Erfinv Exp Exp2 ExpandDims Expm1
  ExtractPatches ExtractSequences FFT FFT2 Fabs Flip Fliplr Flipud Floor FloorDivide Fmax Fmin Fmod Fold ForiLoop
  Full FullLike GaussianBlur Gcd Gelu Geomspace GetItem Glu Greater GreaterEqual HSVToRGB HardShrink HardSigmoid
  HardSilu HardTanh Heaviside Histogram Hsplit Hstack Hypot I0 IFFT2 IRFFT ISTFT Imag InTopK Inner Inv IsIn
  Isclose Isfinite Isinf Isnan Isneginf Isposinf Isreal JVP Kron LayerNorm Lcm Ldexp LeakyRelu LeftShift Less
  LessEqual Linspace Log Log10 Log1p Log2 LogSigmoid LogSoftmax Logaddexp Logaddexp2 Logdet LogicalAnd LogicalNot
  LogicalOr LogicalXor Logspace Logsumexp Lstsq LuFactor Map MapCoordinates Matmul MatrixRank Max MaxPool Mean
  Median Meshgrid Min Mod Moments Moveaxis MultiHot NanToNum Nanargmax Nanargmin Nancumprod Nancumsum Nanmax
  Nanmean Nanmedian Nanmin Nanpercentile Nanprod Nanquantile Nanstd Nansum Nanvar Ndim Negative Nextafter Nonzero
  Norm Normalize NotEqual OneHot OnesLike Outer PSNR Pad PadImages Percentile PerspectiveTransform Pinv Polar
  Power Prod Ptp Qr Quantile RFFT RGBToGrayscale RGBToHSV RMSNorm Rad2deg Ravel Real Reciprocal Relu Relu6 Repeat
  Resize RightShift Roll Rot90 Round Rsqrt SSIM STFT SVD SaturateCast ScaleAndTranslate Scan Scatter ScatterUpdate
  SearchSorted SegmentMax SegmentMin SegmentProd SegmentReduction SegmentSum Select Selu SeparableConv Sigmoid
  Sign Signbit Silu Sin Sinc Sinh Size Slice SliceUpdate Slogdet SobelEdges SoftShrink Softplus Softsign Solve
  SolveTriangular Sort SpaceToDepth SparseCategoricalCrossentropy SparsePlus SparseSigmoid Sparsemax Split Sqrt
  Square Squareplus Squeeze Stack Std StopGradient Sum Swapaxes Switch Take TakeAlongAxis Tan Tanh TanhShrink
  Tensordot Threshold Tile TopK Trace Transpose Trapezoid Tril Triu TrueDivide Trunc Unfold Unique UnravelIndex
  Unstack Vander Var Vdot VectorizedMap View ViewAsComplex ViewAsReal Vsplit Vstack Where WhileLoop ZerosLike
`;
var KERAS_2_AND_APPLICATIONS = `
  BatchNormalizationV1 BatchNormalizationV2 CuDNNGRU CuDNNLSTM DenseFeatures LocallyConnected1D LocallyConnected2D
  ThresholdedReLU SyncBatchNormalization RandomHeight RandomWidth TensorFlowOpLayer ConvRNN2D AbstractRNNCell
  PeepholeLSTMCell Deconvolution2D Deconvolution3D RandomFourierFeatures CustomScaleLayer LayerScale
`;
var BUILT_IN = new Set([KERAS_LAYERS, KERAS_OPERATIONS, KERAS_2_AND_APPLICATIONS].join(" ").split(/\s+/).filter(Boolean));
function isKerasBuiltIn(className) {
  return BUILT_IN.has(className.startsWith("keras.") ? className.slice(className.lastIndexOf(".") + 1) : className);
}

// src/convert/unsupported-message.ts
var PYTHON_CLASSES = /* @__PURE__ */ new Set(["Lambda"]);
var CODE_SUBJECTS = { python: "Lambda layers", custom: "custom layer classes" };
var HINTS = {
  notYet: "These built-in Keras layers are not supported by tflite-gate yet (a converter limitation, not a fault in your model): `tflite-gate convert --help` lists the supported layers; please open an issue naming the layer.",
  settings: "These layer settings are not supported by the converter yet (a converter limitation): change them if you can and re-save the model, or open an issue; `tflite-gate convert --help` lists the supported layers.",
  incomplete: "These layers look incomplete in the file (weights, inputs or config missing): re-save the whole model with model.save(); if Keras itself loads the file, please open an issue."
};
var NAMES_PER_GROUP = 4;
var MAX_GROUPS = 8;
function causeOf(f) {
  if (PYTHON_CLASSES.has(f.className)) return "python";
  if (MODEL_CLASSES.has(f.className)) return "incomplete";
  if (!handlerFor(f.className)) return isKerasBuiltIn(f.className) ? "notYet" : "custom";
  return /not supported|only .* supported|outside/.test(f.reason) ? "settings" : "incomplete";
}
function groupLayers(found) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of found) {
    const reason = causeOf(f) === "notYet" ? "built-in Keras layer, not supported yet" : f.reason;
    const key2 = `${f.className}\0${reason}`;
    const group = groups.get(key2) ?? { className: f.className, reason, paths: [] };
    group.paths.push(f.path);
    groups.set(key2, group);
  }
  return [...groups.values()];
}
function renderGroup(g) {
  if (g.paths.length === 1) return `"${g.paths[0]}" (${g.className}): ${g.reason}`;
  const shown = g.paths.slice(0, NAMES_PER_GROUP).map((p) => `"${p}"`);
  const more = g.paths.length - shown.length;
  return `${g.className} \xD7${g.paths.length}: ${g.reason} (${shown.join(", ")}${more ? `, and ${more} more` : ""})`;
}
function renderGroups(groups) {
  const listed = groups.slice(0, MAX_GROUPS).map(renderGroup);
  const rest = groups.slice(MAX_GROUPS);
  if (rest.length) {
    const layers = rest.reduce((n, g) => n + g.paths.length, 0);
    listed.push(`and ${layers} more ${layers === 1 ? "layer" : "layers"} of ${rest.length} other ${rest.length === 1 ? "kind" : "kinds"}`);
  }
  return listed.join("; ");
}
function hintFor(found) {
  const specific = [...new Set(found.map((f) => f.hint).filter((h) => !!h))].map((h) => `${h[0].toUpperCase()}${h.slice(1)}.`);
  const causes = new Set(found.filter((f) => !f.hint).map(causeOf));
  const code = ["python", "custom"].filter((c) => causes.has(c)).map((c) => CODE_SUBJECTS[c]).join(" and ");
  const codeHint = code ? [`${code[0].toUpperCase()}${code.slice(1)} are Python code that is not in the file: rewrite them with built-in Keras layers, then re-save the model.`] : [];
  const general = Object.keys(HINTS).filter((c) => causes.has(c)).map((c) => HINTS[c]);
  return [...specific, ...codeHint, ...general].join("\n  ");
}
function refusedLayersError(found) {
  const noun = found.length === 1 ? "1 layer" : `${found.length} layers`;
  const where = found.length === 1 ? { where: `layer ${found[0].path}` } : {};
  return new GateError("unsupported", `${noun} cannot be converted: ${renderGroups(groupLayers(found))}`, where, hintFor(found));
}

// src/convert/check.ts
function findUnsupported(graph) {
  const found = layerProblems(graph);
  for (const mask of maskedConsumers(graph)) {
    const reason = `its input is masked by ${mask.source}`;
    const known = found.find((f) => f.path === mask.path);
    if (known) Object.assign(known, { reason: `${known.reason}; ${reason}`, hint: MASK_HINT });
    else found.push({ path: mask.path, className: mask.className, reason, hint: MASK_HINT });
  }
  return found;
}
function layerProblems(graph, prefix = "") {
  const found = [];
  for (const layer of graph.layers) {
    const path = prefix ? `${prefix}/${layer.name}` : layer.name;
    if (layer.model) {
      found.push(...layerProblems(layer.model, path));
      continue;
    }
    const reason = unsupportedReason(layer);
    if (reason) found.push({ path, className: layer.className, reason });
  }
  return found;
}
function unsupportedError(found) {
  return refusedLayersError(found);
}
function assertSupported(graph) {
  const found = findUnsupported(graph);
  if (found.length > 0) throw unsupportedError(found);
}

// src/convert/walk.ts
var key = (layer, call, tensor) => `${layer}\0${call}\0${tensor}`;
function walkGraph(graph, inputIds, scope, env) {
  const produced = /* @__PURE__ */ new Map();
  const callCount = new Map(graph.layers.map((l) => [l.name, l.inbound.length]));
  graph.inputs.forEach((ref, i) => {
    produced.set(key(ref.layer, ref.nodeIndex, ref.tensorIndex), inputIds[i]);
    produced.set(key(ref.layer, 0, ref.tensorIndex), inputIds[i]);
  });
  const inputLayers = new Set(graph.inputs.map((r) => r.layer));
  const resolve2 = (ref) => {
    const exact = produced.get(key(ref.layer, ref.nodeIndex, ref.tensorIndex));
    if (exact !== void 0) return exact;
    const calls = callCount.get(ref.layer) ?? 0;
    if (ref.nodeIndex >= calls && calls > 0) return produced.get(key(ref.layer, calls - 1, ref.tensorIndex));
    return void 0;
  };
  let pending = graph.layers.filter((l) => !inputLayers.has(l.name) && l.className !== "InputLayer").flatMap((layer) => layer.inbound.map((refs, index) => ({ layer, index, refs })));
  while (pending.length > 0) {
    const waiting = [];
    for (const call of pending) {
      const ids = call.refs.map(resolve2);
      if (ids.some((id) => id === void 0)) waiting.push(call);
      else emitCall(call, ids, scope, env).forEach((id, t) => produced.set(key(call.layer.name, call.index, t), id));
    }
    if (waiting.length === pending.length) throw danglingError(graph, waiting[0]);
    pending = waiting;
  }
  return graph.outputs.map((ref) => {
    const id = resolve2(ref);
    if (id === void 0) throw new GateError("bad-model", `model output "${ref.layer}" is not computed by any layer`, { where: `model ${graph.name}` });
    return id;
  });
}
function emitCall(call, inputs, scope, env) {
  const { layer } = call;
  const ctx = {
    builder: env.builder,
    layer,
    inputs,
    options: env.options,
    scope,
    kerasVersion: env.kerasVersion,
    callIndex: call.index,
    convertNested: (nestedInputs) => walkGraph(layer.model, nestedInputs, scope ? `${scope}/${layer.name}` : layer.name, env)
  };
  if (layer.model) return ctx.convertNested(inputs);
  const handler = handlerForLayer(layer);
  if (!handler) throw new Error(`layer ${layer.name} (${layer.className}) passed the check without a handler`);
  try {
    return handler.emit(ctx);
  } catch (error) {
    if (error instanceof GateError) throw error;
    throw new Error(`while converting layer "${layer.name}" (${layer.className}): ${error.message}`, { cause: error });
  }
}
function danglingError(graph, call) {
  const missing = call.refs.map((r) => r.layer).join(", ");
  return new GateError(
    "bad-model",
    `layer "${call.layer.name}" waits for inputs that no layer produces (${missing})`,
    { where: `model ${graph.name}, layer ${call.layer.name}` },
    "The layer graph in the file is inconsistent (a cycle or a missing layer); re-save the model from Keras."
  );
}

// src/convert/index.ts
var DEFAULT_CONVERT_OPTIONS = { batchSize: 1, dynamicBatch: false };
var INPUT_DTYPES = /* @__PURE__ */ new Set(["float32", "int32", "int64", "int8", "uint8", "bool"]);
function convertKerasModel(model, options = {}) {
  const opts = { ...DEFAULT_CONVERT_OPTIONS, ...options };
  const { graph: kgraph } = model;
  assertSupported(kgraph);
  const builder = new GraphBuilder();
  const inputIds = kgraph.inputs.map((ref, i) => {
    const shape = inputShape(kgraph.inputShapes[i] ?? [], ref.layer, opts);
    const declared = kgraph.inputDtypes[i] ?? "float32";
    const dtype = INPUT_DTYPES.has(declared) ? declared : "float32";
    const id = builder.activation(`serving_default_${ref.layer}:0`, shape, dtype);
    builder.inputs.push({ name: ref.layer, tensor: id });
    return id;
  });
  const outputIds = walkGraph(kgraph, inputIds, kgraph.name, { builder, options: opts, kerasVersion: model.kerasVersion });
  outputIds.forEach((id, i) => builder.outputs.push({ name: outputName(kgraph.outputs.map((r) => r.layer), i), tensor: id }));
  const graph = optimizeGraph(builder.build("tflite-gate"));
  nameOutputs(graph);
  if (opts.dynamicBatch) markDynamicBatch(graph);
  return graph;
}
function inputShape(declared, name, opts) {
  if (declared.length === 0) throw new GateError("unsupported", `input "${name}" has no declared shape`, { where: `input ${name}` }, "Give the model an explicit Input(shape=...) and re-save it.");
  return declared.map((d, i) => {
    if (i === 0) return opts.batchSize;
    if (d !== null && d > 0) return d;
    if (opts.sequenceLength) return opts.sequenceLength;
    throw new GateError(
      "unsupported",
      `input "${name}" has an unknown dimension ${i} (shape [${declared.map((x) => x ?? "None").join(", ")}])`,
      { where: `input ${name}` },
      "Pass --sequence_length N to fix variable-length dimensions, or give the Input a fixed shape."
    );
  });
}
function sequenceLengthNotes(graph, sequenceLength) {
  if (!sequenceLength) return [];
  const variable = graph.inputs.flatMap((ref, i) => {
    const declared = graph.inputShapes[i] ?? [];
    const dims = declared.map((d, k) => k > 0 && !(d !== null && d > 0) ? k : -1).filter((k) => k > 0);
    return dims.length ? [`input "${ref.layer}" [${declared.map((d) => d ?? "None").join(", ")}] dimension${dims.length > 1 ? "s" : ""} ${dims.join(", ")}`] : [];
  });
  if (variable.length === 0) return [`--sequence_length ${sequenceLength} ignored: every input of the model has a fixed shape`];
  return [`converted at sequence length ${sequenceLength} (--sequence_length) for the variable-length ${variable.join("; ")}: results hold for inputs of that length`];
}
function outputName(layers, i) {
  const name = layers[i];
  const earlier = layers.slice(0, i).filter((l) => l === name).length;
  return earlier === 0 ? name : `${name}_${earlier}`;
}
function nameOutputs(graph) {
  const inputs = new Set(graph.inputs.map((io) => io.tensor));
  graph.outputs.forEach((io, i) => {
    if (!inputs.has(io.tensor)) graph.tensors[io.tensor].name = `StatefulPartitionedCall_1:${i}`;
  });
}
function markDynamicBatch(graph) {
  const batched = new Set(graph.inputs.map((io) => io.tensor));
  for (const op of graph.ops) {
    if (op.type !== "SHAPE" && op.inputs.some((id) => batched.has(id))) op.outputs.forEach((id) => batched.add(id));
  }
  for (const id of batched) {
    const t = graph.tensors[id];
    if (t.shape.length > 0) t.shapeSignature = [-1, ...t.shape.slice(1)];
  }
}

// src/keras/probe.ts
var HDF5_SIGNATURE = [137, 72, 68, 70, 13, 10, 26, 10];
var ZIP_LOCAL_HEADER = [80, 75, 3, 4];
var ZIP_END_RECORD = [80, 75, 5, 6];
function hasBytesAt(bytes, offset, expected) {
  if (offset + expected.length > bytes.length) return false;
  return expected.every((value, i) => bytes[offset + i] === value);
}
function probeKerasFormat(bytes) {
  if (hasBytesAt(bytes, 0, ZIP_LOCAL_HEADER) || hasBytesAt(bytes, 0, ZIP_END_RECORD)) return "keras-zip";
  for (let offset = 0; offset + HDF5_SIGNATURE.length <= bytes.length; offset = offset === 0 ? 512 : offset * 2) {
    if (hasBytesAt(bytes, offset, HDF5_SIGNATURE)) return "hdf5";
  }
  return void 0;
}

// src/keras/inbound.ts
function refFromTriple(value, where) {
  if (!Array.isArray(value) || typeof value[0] !== "string") throw badModel(`expected [layer, node, tensor], got ${JSON.stringify(value)}`, where);
  const nodeIndex = value[1] ?? 0;
  const tensorIndex = value[2] ?? 0;
  if (typeof nodeIndex !== "number" || typeof tensorIndex !== "number") {
    throw badModel(`expected numeric node and tensor indices in ${JSON.stringify(value)}`, where);
  }
  return { layer: value[0], nodeIndex, tensorIndex };
}
function isTriple(value) {
  return Array.isArray(value) && typeof value[0] === "string" && (value.length === 1 || typeof value[1] === "number");
}
function parseRefList(value, where) {
  if (value === void 0 || value === null) return [];
  if (isTriple(value)) return [refFromTriple(value, where)];
  if (Array.isArray(value)) return value.flatMap((item) => parseRefList(item, where));
  if (isObject(value)) return Object.values(value).flatMap((item) => parseRefList(item, where));
  throw badModel(`cannot read layer references ${JSON.stringify(value)}`, where);
}
function collectKerasTensors(value, out, where) {
  if (Array.isArray(value)) {
    for (const item of value) collectKerasTensors(item, out, where);
  } else if (isObject(value)) {
    if (value.class_name === "__keras_tensor__") {
      const config = isObject(value.config) ? value.config : {};
      out.push(refFromTriple(config.keras_history, where));
    } else {
      for (const item of Object.values(value)) collectKerasTensors(item, out, where);
    }
  }
}
function argsWithTensorSlots(value, counter) {
  if (Array.isArray(value)) return value.map((item) => argsWithTensorSlots(item, counter));
  if (isObject(value) && value.class_name === "__keras_tensor__") return { tensorArg: counter.next++ };
  return value;
}
var MASK_KWARGS = /* @__PURE__ */ new Set(["mask", "attention_mask", "query_mask", "value_mask", "key_mask"]);
var isKeras2Tensor = (value) => Array.isArray(value) && value.length === 3 && typeof value[0] === "string" && typeof value[1] === "number";
function keras3KwargWithSlots(value, refs, where) {
  if (Array.isArray(value)) return value.map((item) => keras3KwargWithSlots(item, refs, where));
  if (!isObject(value) || value.class_name !== "__keras_tensor__") return value;
  collectKerasTensors(value, refs, where);
  return { tensorArg: refs.length - 1 };
}
function kwargTensorsToRefs(kwargs, refs, keras3, where) {
  const out = {};
  for (const [key2, value] of Object.entries(kwargs)) {
    if (MASK_KWARGS.has(key2)) out[key2] = value;
    else if (keras3) out[key2] = keras3KwargWithSlots(value, refs, where);
    else if (isKeras2Tensor(value)) {
      refs.push(refFromTriple(value, where));
      out[key2] = { tensorArg: refs.length - 1 };
    } else out[key2] = value;
  }
  return out;
}
function parseKeras3Call(call, where) {
  const refs = [];
  collectKerasTensors(call.args ?? [], refs, where);
  const args = Array.isArray(call.args) ? argsWithTensorSlots(call.args, { next: 0 }) : [];
  return { refs, kwargs: kwargTensorsToRefs(isObject(call.kwargs) ? call.kwargs : {}, refs, true, where), args };
}
function parseKeras2Call(call, where) {
  const refs = call.map((tensor) => refFromTriple(tensor, where));
  const last = call.length ? call[call.length - 1] : void 0;
  const kwargs = Array.isArray(last) && isObject(last[3]) ? last[3] : {};
  return { refs, kwargs: kwargTensorsToRefs(kwargs, refs, false, where), args: [] };
}
function parseInboundNodes(value, where) {
  const parsed = { inbound: [], kwargs: [], args: [] };
  if (value === void 0 || value === null) return parsed;
  if (!Array.isArray(value)) throw badModel("inbound_nodes is not a list", where);
  for (const call of value) {
    const { refs, kwargs, args } = isObject(call) ? parseKeras3Call(call, where) : Array.isArray(call) ? parseKeras2Call(isTriple(call) ? [call] : call, where) : (() => {
      throw badModel(`cannot read inbound node ${JSON.stringify(call)}`, where);
    })();
    parsed.inbound.push(refs);
    parsed.kwargs.push(kwargs);
    parsed.args.push(args);
  }
  return parsed;
}

// src/keras/config.ts
var MODEL_CLASSES2 = /* @__PURE__ */ new Set(["Sequential", "Functional", "Model"]);
function isModelEntry(entry) {
  const config = entry.config;
  if (entry.class_name === "Sequential") return true;
  return isObject(config) && Array.isArray(config.layers) && (MODEL_CLASSES2.has(String(entry.class_name)) || "input_layers" in config);
}
function buildModelGraph(root, where) {
  if (!isModelEntry(root)) {
    const className = typeof root.class_name === "string" ? root.class_name : "unknown";
    throw new GateError(
      "unsupported",
      `the model is a subclassed Keras model (class "${className}"): its file holds no layer graph to convert`,
      { where },
      "rebuild the model with the Sequential or functional API (keras.Model(inputs, outputs)) and save it with model.save()"
    );
  }
  return buildGraph(root, where);
}
function buildGraph(entry, where) {
  const config = entry.config;
  if (entry.class_name === "Sequential") {
    const seq = Array.isArray(config) ? { layers: config } : isObject(config) ? config : {};
    return buildSequential(seq, String(entry.name ?? seq.name ?? "sequential"), where);
  }
  return buildFunctional(config, String(entry.class_name), where);
}
function layerName(entry) {
  const config = isObject(entry.config) ? entry.config : {};
  const name = entry.name ?? config.name;
  return typeof name === "string" ? name : void 0;
}
function parseLayer(entry, index, where) {
  if (!isObject(entry) || typeof entry.class_name !== "string") throw badModel(`layer #${index} has no class_name`, where);
  const name = layerName(entry);
  if (!name) throw badModel(`layer #${index} (${entry.class_name}) has no name`, where);
  const config = isObject(entry.config) ? entry.config : {};
  const layer = { className: entry.class_name, name, config, inbound: [], weights: [] };
  if (typeof entry.module === "string") layer.module = entry.module;
  if (isModelEntry(entry)) layer.model = buildGraph(entry, `${where}: layer "${name}"`);
  return layer;
}
function layerList(config, where) {
  if (!Array.isArray(config.layers)) throw badModel('the model config has no "layers" list', where);
  return config.layers;
}
function buildSequential(config, name, where) {
  const place = `${where}: model "${name}"`;
  const layers = layerList(config, place).map((entry, i) => parseLayer(entry, i, place));
  if (layers.length === 0) throw badModel("the Sequential model has no layers", place);
  if (layers[0].className !== "InputLayer") layers.unshift(implicitInput(layers[0], config, place));
  for (let i = 1; i < layers.length; i++) layers[i].inbound = [[{ layer: layers[i - 1].name, nodeIndex: 0, tensorIndex: 0 }]];
  const input = { layer: layers[0].name, nodeIndex: 0, tensorIndex: 0 };
  const output = { layer: layers[layers.length - 1].name, nodeIndex: 0, tensorIndex: 0 };
  return { name, className: "Sequential", layers, inputs: [input], outputs: [output], ...inputSpecs(layers, [input], place) };
}
function implicitInput(first, config, where) {
  const shape = declaredShape(first.config) ?? first.model?.inputShapes[0] ?? // a nested model as the first layer brings its own input
  (Array.isArray(config.build_input_shape) ? config.build_input_shape : void 0);
  if (!shape) {
    throw new GateError(
      "unsupported",
      `the Sequential model declares no input shape (layer "${first.name}" has no batch_input_shape; the model was saved before it was built)`,
      { where },
      "give the model an input shape (keras.Input(shape=...) as its first layer) and save it again"
    );
  }
  const name = `${first.name}_input`;
  const dtype = first.model?.inputDtypes[0] ?? dtypeName(first.config.dtype);
  return { className: "InputLayer", name, config: { name, batch_input_shape: shape, dtype }, inbound: [], weights: [] };
}
function buildFunctional(config, className, where) {
  const name = String(config.name ?? "model");
  const place = `${where}: model "${name}"`;
  const entries = layerList(config, place);
  const layers = entries.map((entry, i) => {
    const layer = parseLayer(entry, i, place);
    const calls = parseInboundNodes(entry.inbound_nodes, `${place}: layer "${layer.name}"`);
    layer.inbound = calls.inbound;
    if (calls.kwargs.some((kwargs) => Object.keys(kwargs).length > 0)) layer.callKwargs = calls.kwargs;
    if (calls.args.some(hasConstant)) layer.callArgs = calls.args;
    if (!layer.module && isKeras3OpEntry(entry)) layer.module = KERAS3_OP_MODULE;
    return layer;
  });
  const inputs = parseRefList(config.input_layers, `${place}: input_layers`);
  const outputs = parseRefList(config.output_layers, `${place}: output_layers`);
  checkReferences(layers, inputs, outputs, place);
  return { name, className, layers, inputs, outputs, ...inputSpecs(layers, inputs, place) };
}
var KERAS3_OP_MODULE = "keras.src.ops";
function isKeras3OpEntry(entry) {
  const config = isObject(entry.config) ? entry.config : {};
  const calls = Array.isArray(entry.inbound_nodes) ? entry.inbound_nodes : [];
  return calls.length > 0 && calls.every(isObject) && !("trainable" in config) && !("dtype" in config) && !isModelEntry(entry);
}
function hasConstant(args) {
  return args.some((arg) => Array.isArray(arg) ? hasConstant(arg) : !(isObject(arg) && typeof arg.tensorArg === "number"));
}
function checkReferences(layers, inputs, outputs, where) {
  const names = new Set(layers.map((layer) => layer.name));
  const check2 = (ref, place) => {
    if (!names.has(ref.layer)) throw badModel(`refers to a layer "${ref.layer}" that the model does not have`, place);
  };
  for (const layer of layers) for (const call of layer.inbound) for (const ref of call) check2(ref, `${where}: layer "${layer.name}"`);
  inputs.forEach((ref) => check2(ref, `${where}: input_layers`));
  outputs.forEach((ref) => check2(ref, `${where}: output_layers`));
  if (inputs.length === 0) throw badModel("the model has no inputs", where);
  if (outputs.length === 0) throw badModel("the model has no outputs", where);
}
function declaredShape(config) {
  if (Array.isArray(config.batch_input_shape)) return config.batch_input_shape;
  if (Array.isArray(config.batch_shape)) return config.batch_shape;
  if (Array.isArray(config.input_shape)) return [null, ...config.input_shape];
  return void 0;
}
function dtypeName(value) {
  if (typeof value === "string") return value.startsWith("mixed_") ? "float32" : value;
  if (isObject(value) && isObject(value.config) && typeof value.config.name === "string") return dtypeName(value.config.name);
  return "float32";
}
function inputSpecs(layers, inputs, where) {
  const byName = new Map(layers.map((layer) => [layer.name, layer]));
  const inputShapes = inputs.map((ref) => {
    const layer = byName.get(ref.layer);
    const shape = layer ? declaredShape(layer.config) : void 0;
    if (!shape) throw badModel(`input "${ref.layer}" declares no shape`, where);
    return shape.map((dim) => typeof dim === "number" ? dim : null);
  });
  const inputDtypes = inputs.map((ref) => dtypeName(byName.get(ref.layer)?.config.dtype));
  return { inputShapes, inputDtypes };
}

// src/keras/hdf5-client.ts
import vm from "node:vm";

// node_modules/h5wasm/dist/esm/hdf5_util.js
async function Module(moduleArg = {}) {
  var moduleRtn;
  var Module2 = moduleArg;
  var ENVIRONMENT_IS_WEB = !!globalThis.window;
  var ENVIRONMENT_IS_WORKER = !!globalThis.WorkerGlobalScope;
  var ENVIRONMENT_IS_NODE = globalThis.process?.versions?.node && globalThis.process?.type != "renderer";
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = (status, toThrow) => {
    throw toThrow;
  };
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path) {
    if (Module2["locateFile"]) {
      return Module2["locateFile"](path, scriptDirectory);
    }
    return scriptDirectory + path;
  }
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = (url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(xhr.response);
        };
      }
      readAsync = async (url) => {
        var response = await fetch(url, { credentials: "same-origin" });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      };
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  function assert(condition, text) {
    if (!condition) {
      abort(text);
    }
  }
  function binaryDecode(bin) {
    for (var i2 = 0, l = bin.length, o = new Uint8Array(l), c; i2 < l; ++i2) {
      c = bin.charCodeAt(i2);
      o[i2] = ~c >> 8 & c;
    }
    return o;
  }
  var readyPromiseResolve, readyPromiseReject;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    HEAP8 = new Int8Array(b);
    HEAP16 = new Int16Array(b);
    Module2["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    HEAPU16 = new Uint16Array(b);
    HEAP32 = new Int32Array(b);
    HEAPU32 = new Uint32Array(b);
    HEAPF32 = new Float32Array(b);
    HEAPF64 = new Float64Array(b);
    HEAP64 = new BigInt64Array(b);
    HEAPU64 = new BigUint64Array(b);
  }
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module2["preRun"]) {
      if (typeof Module2["preRun"] == "function") Module2["preRun"] = [Module2["preRun"]];
      while (Module2["preRun"].length) {
        addOnPreRun(Module2["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    if (!Module2["noFSInit"] && !FS.initialized) FS.init();
    TTY.init();
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
    FS.ignorePermissions = false;
  }
  function preMain() {
  }
  function postRun() {
    if (Module2["postRun"]) {
      if (typeof Module2["postRun"] == "function") Module2["postRun"] = [Module2["postRun"]];
      while (Module2["postRun"].length) {
        addOnPostRun(Module2["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  function abort(what) {
    Module2["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  var wasmBinaryFile;
  function findWasmBinary() {
    throw new Error("hdf5_util.wasm is compiled by h5-module.ts and passed as instantiateWasm");
  }
  function getBinarySync(file) {
    return file;
  }
  async function getWasmBinary(binaryFile) {
    return getBinarySync(binaryFile);
  }
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary2 = await getWasmBinary(binaryFile);
      var instance = await WebAssembly.instantiate(binary2, imports);
      return instance;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  async function instantiateAsync(binary2, binaryFile, imports) {
    return instantiateArrayBuffer(binaryFile, imports);
  }
  function getWasmImports() {
    var GOTProxyHandler = new Proxy(/* @__PURE__ */ new Set([]), GOTHandler);
    var imports = { env: wasmImports, wasi_snapshot_preview1: wasmImports, "GOT.mem": GOTProxyHandler, "GOT.func": GOTProxyHandler };
    return imports;
  }
  async function createWasm() {
    function receiveInstance(instance, module) {
      wasmExports = instance.exports;
      var origExports = wasmExports;
      mergeLibSymbols(wasmExports, "main");
      var metadata = getDylinkMetadata(module);
      if (metadata.neededDynlibs) {
        dynamicLibraries = metadata.neededDynlibs.concat(dynamicLibraries);
      }
      assignWasmExports(wasmExports);
      updateGOT(origExports);
      LDSO.init();
      loadDylibs();
      updateMemoryViews();
      return wasmExports;
    }
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    var info = getWasmImports();
    if (Module2["instantiateWasm"]) {
      return new Promise((resolve2, reject) => {
        Module2["instantiateWasm"](info, (inst, mod) => {
          resolve2(receiveInstance(inst, mod));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  class ExitStatus {
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var GOTHandler = { get(weakImports, symName) {
    var rtn = GOT[symName];
    if (!rtn) {
      rtn = GOT[symName] = new WebAssembly.Global({ value: "i32", mutable: true }, -1);
    }
    if (!weakImports.has(symName)) {
      rtn.required = true;
    }
    return rtn;
  } };
  var callRuntimeCallbacks = (callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module2);
    }
  };
  var onPostRuns = [];
  var addOnPostRun = (cb) => onPostRuns.push(cb);
  var onPreRuns = [];
  var addOnPreRun = (cb) => onPreRuns.push(cb);
  var UTF8Decoder = globalThis.TextDecoder && new TextDecoder();
  var findStringEnd = (heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  };
  var UTF8ArrayToString = (heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str2 = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str2 += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str2 += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str2 += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str2 += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str2;
  };
  var getDylinkMetadata = (binary2) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary2[offset++];
    }
    function getLEB() {
      var ret = 0;
      var mul2 = 1;
      while (1) {
        var byte = binary2[offset++];
        ret += (byte & 127) * mul2;
        mul2 *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary2, offset - len, len);
    }
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    if (binary2 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary2 = new Uint8Array(dylinkSection[0]);
      end = binary2.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary2[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name = getString();
      failIf(name !== "dylink.0");
    }
    var customSection = { neededDynlibs: [], tlsExports: /* @__PURE__ */ new Set(), weakImports: /* @__PURE__ */ new Set(), runtimePaths: [] };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags = getLEB();
          if (flags & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags = getLEB();
          if ((flags & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  };
  var newDSO = (name, handle, syms) => {
    var dso = { refcount: Infinity, name, exports: syms, global: true };
    LDSO.loadedLibsByName[name] = dso;
    if (handle != void 0) {
      LDSO.loadedLibsByHandle[handle] = dso;
    }
    return dso;
  };
  var LDSO = { loadedLibsByName: {}, loadedLibsByHandle: {}, init() {
    newDSO("__main__", 0, wasmImports);
  } };
  var alignMemory = (size, alignment) => Math.ceil(size / alignment) * alignment;
  var getMemory = (size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    var sbrk_ptr = _emscripten_get_sbrk_ptr();
    HEAPU32[sbrk_ptr >> 2] = end;
    return ret;
  };
  var isInternalSym = (symName) => ["memory", "__memory_base", "__table_base", "__stack_pointer", "__indirect_function_table", "__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__");
  var wasmTableMirror = [];
  var getWasmTableEntry = (funcPtr) => {
    var func = wasmTableMirror[funcPtr];
    if (!func) {
      wasmTableMirror[funcPtr] = func = wasmTable.get(funcPtr);
    }
    return func;
  };
  var updateTableMap = (offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  };
  var functionsInTableMap;
  var getFunctionAddress = (func) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func) || 0;
  };
  var freeTableIndexes = [];
  var getEmptyTableSlot = () => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  };
  var setWasmTableEntry = (idx, func) => {
    wasmTable.set(idx, func);
    wasmTableMirror[idx] = wasmTable.get(idx);
  };
  var uleb128EncodeWithLen = (arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  };
  var wasmTypeCodes = { i: 127, p: 127, j: 126, f: 125, d: 124, e: 111 };
  var generateTypePack = (types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    return code;
  }));
  var convertJsFunctionToWasm = (func, sig) => {
    var bytes = Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0, 1, ...uleb128EncodeWithLen([1, 96, ...generateTypePack(sig.slice(1)), ...generateTypePack(sig[0] === "v" ? "" : sig[0])]), 2, 7, 1, 1, 101, 1, 102, 0, 0, 7, 5, 1, 1, 102, 0, 0);
    var module = new WebAssembly.Module(bytes);
    var instance = new WebAssembly.Instance(module, { e: { f: func } });
    var wrappedFunc = instance.exports["f"];
    return wrappedFunc;
  };
  var addFunction = (func, sig) => {
    var rtn = getFunctionAddress(func);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func, ret);
    return ret;
  };
  var updateGOT = (exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      var existingEntry = GOT[symName] && GOT[symName].value != -1;
      if (replace || !existingEntry) {
        var newValue;
        if (typeof value == "function") {
          newValue = addFunction(value);
        } else if (typeof value.value == "number") {
          newValue = value;
        } else {
          continue;
        }
        GOT[symName] ??= new WebAssembly.Global({ value: "i32", mutable: true });
        GOT[symName].value = newValue;
      }
    }
  };
  var isImmutableGlobal = (val) => {
    if (val instanceof WebAssembly.Global) {
      try {
        val.value = val.value;
      } catch {
        return true;
      }
    }
    return false;
  };
  var relocateExports = (exports, memoryBase = 0) => {
    function relocateExport(name, value) {
      if (isImmutableGlobal(value)) {
        return new WebAssembly.Global({ value: "i32" }, value.value + memoryBase);
      }
      return value;
    }
    var relocated = {};
    for (var e in exports) {
      relocated[e] = relocateExport(e, exports[e]);
    }
    return relocated;
  };
  var isSymbolDefined = (symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  };
  var createNamedFunction = (name, func) => Object.defineProperty(func, "name", { value: name });
  var dynCall = (sig, ptr, args = [], promising = false) => {
    var func = getWasmTableEntry(ptr);
    var rtn = func(...args);
    function convert(rtn2) {
      return rtn2;
    }
    return convert(rtn);
  };
  var stackSave = () => _emscripten_stack_get_current();
  var stackRestore = (val) => __emscripten_stack_restore(val);
  var createInvokeFunction = (sig) => (ptr, ...args) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  };
  var resolveGlobalSymbol = (symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createNamedFunction(symName, createInvokeFunction(symName.split("_")[1]));
    }
    return { sym, name: symName };
  };
  var onPostCtors = [];
  var addOnPostCtor = (cb) => onPostCtors.push(cb);
  var UTF8ToString = (ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "";
  var loadWebAssemblyModule = (binary2, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary2);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        HEAPU32[handle + 12 >> 2] = memoryBase;
        HEAP32[handle + 16 >> 2] = metadata.memorySize;
        HEAPU32[handle + 20 >> 2] = tableBase;
        HEAP32[handle + 24 >> 2] = metadata.tableSize;
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      var proxyHandler = { get(stubs, prop) {
        switch (prop) {
          case "__memory_base":
            return memoryBase;
          case "__table_base":
            return tableBase;
        }
        if (prop in wasmImports && !wasmImports[prop].stub) {
          var res = wasmImports[prop];
          return res;
        }
        if (!(prop in stubs)) {
          var resolved;
          stubs[prop] = (...args) => {
            resolved ||= resolveSymbol(prop);
            return resolved(...args);
          };
        }
        return stubs[prop];
      } };
      var proxy = new Proxy({}, proxyHandler);
      var GOTProxy = new Proxy(metadata.weakImports, GOTHandler);
      var info = { "GOT.mem": GOTProxy, "GOT.func": GOTProxy, env: proxy, wasi_snapshot_preview1: proxy };
      function postInstantiation(module2, instance2) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance2.exports, memoryBase);
        updateGOT(moduleExports);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body2) {
          var args = [];
          for (var arity = 0; ; arity++) {
            var argName = "$" + arity;
            if (!body2.includes(argName)) break;
            args.push(argName);
          }
          args = args.join(",");
          var func = `(${args}) => { ${body2} };`;
          abort("DYNAMIC_EXECUTION=0 was set, cannot eval");
        }
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"].value;
          var stop = moduleExports["__stop_em_asm"].value;
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name2, cSig, body2) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var arg of cSig) {
              var jsArg = arg.split(" ").pop();
              jsArgs.push(jsArg.replaceAll("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body2};`;
          abort("DYNAMIC_EXECUTION=0 was set, cannot eval");
        }
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name].value;
            var jsString = UTF8ToString(start);
            var [sig, body] = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), sig, body);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary2 instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary2, info);
          } else {
            ({ module: binary2, instance: instance2 } = await WebAssembly.instantiate(binary2, info));
          }
          return postInstantiation(binary2, instance2);
        })();
      }
      var module = binary2 instanceof WebAssembly.Module ? binary2 : new WebAssembly.Module(binary2);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    flags = { ...flags, rpath: { parentLibPath: libName, paths: metadata.runtimePaths } };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain2, needed2) => chain2.then(() => {
        needed2 = findLibraryFS(needed2, flags.rpath) ?? needed2;
        return loadDynamicLibrary(needed2, flags, localScope);
      }), Promise.resolve()).then(loadModule);
    }
    for (var needed of metadata.neededDynlibs) {
      needed = findLibraryFS(needed, flags.rpath) ?? needed;
      loadDynamicLibrary(needed, flags, localScope);
    }
    return loadModule();
  };
  var mergeLibSymbols = (exports, libName) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = (target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      };
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  };
  var asyncLoad = async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  };
  var preloadPlugins = [];
  var registerWasmPlugin = () => {
    var wasmPlugin = { promiseChainEnd: Promise.resolve(), canHandle: (name) => !Module2["noWasmDecoding"] && name.endsWith(".so"), handle: async (byteArray, name) => wasmPlugin.promiseChainEnd = wasmPlugin.promiseChainEnd.then(async () => {
      try {
        var exports = await loadWebAssemblyModule(byteArray, { loadAsync: true, nodelete: true }, name, {});
      } catch (error) {
        throw new Error(`failed to instantiate wasm: ${name}: ${error}`);
      }
      preloadedWasm[name] = exports;
      return byteArray;
    }) };
    preloadPlugins.push(wasmPlugin);
  };
  var preloadedWasm = {};
  var PATH = { isAbs: (path) => path.charAt(0) === "/", splitPath: (filename) => {
    var splitPathRe = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;
    return splitPathRe.exec(filename).slice(1);
  }, normalizeArray: (parts, allowAboveRoot) => {
    var up = 0;
    for (var i2 = parts.length - 1; i2 >= 0; i2--) {
      var last = parts[i2];
      if (last === ".") {
        parts.splice(i2, 1);
      } else if (last === "..") {
        parts.splice(i2, 1);
        up++;
      } else if (up) {
        parts.splice(i2, 1);
        up--;
      }
    }
    if (allowAboveRoot) {
      for (; up; up--) {
        parts.unshift("..");
      }
    }
    return parts;
  }, normalize: (path) => {
    var isAbsolute = PATH.isAbs(path), trailingSlash = path.slice(-1) === "/";
    path = PATH.normalizeArray(path.split("/").filter((p) => !!p), !isAbsolute).join("/");
    if (!path && !isAbsolute) {
      path = ".";
    }
    if (path && trailingSlash) {
      path += "/";
    }
    return (isAbsolute ? "/" : "") + path;
  }, dirname: (path) => {
    var result = PATH.splitPath(path), root = result[0], dir = result[1];
    if (!root && !dir) {
      return ".";
    }
    if (dir) {
      dir = dir.slice(0, -1);
    }
    return root + dir;
  }, basename: (path) => path && path.match(/([^\/]+|\/)\/*$/)[1], join: (...paths) => PATH.normalize(paths.join("/")), join2: (l, r) => PATH.normalize(l + "/" + r) };
  var replaceORIGIN = (parentLibName, rpath) => {
    if (rpath.startsWith("$ORIGIN")) {
      var origin = PATH.dirname(parentLibName);
      return rpath.replace("$ORIGIN", origin);
    }
    return rpath;
  };
  var withStackSave = (f) => {
    var stack2 = stackSave();
    var ret = f();
    stackRestore(stack2);
    return ret;
  };
  var stackAlloc = (sz) => __emscripten_stack_alloc(sz);
  var lengthBytesUTF8 = (str2) => {
    var len = 0;
    for (var i2 = 0; i2 < str2.length; ++i2) {
      var c = str2.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  };
  var stringToUTF8Array = (str2, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str2.length; ++i2) {
      var u = str2.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  };
  var stringToUTF8 = (str2, outPtr, maxBytesToWrite) => stringToUTF8Array(str2, HEAPU8, outPtr, maxBytesToWrite);
  var stringToUTF8OnStack = (str2) => {
    var size = lengthBytesUTF8(str2) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str2, ret, size);
    return ret;
  };
  var initRandomFill = () => (view) => crypto.getRandomValues(view);
  var randomFill = (view) => {
    (randomFill = initRandomFill())(view);
  };
  var PATH_FS = { resolve: (...args) => {
    var resolvedPath = "", resolvedAbsolute = false;
    for (var i2 = args.length - 1; i2 >= -1 && !resolvedAbsolute; i2--) {
      var path = i2 >= 0 ? args[i2] : FS.cwd();
      if (typeof path != "string") {
        throw new TypeError("Arguments to path.resolve must be strings");
      } else if (!path) {
        return "";
      }
      resolvedPath = path + "/" + resolvedPath;
      resolvedAbsolute = PATH.isAbs(path);
    }
    resolvedPath = PATH.normalizeArray(resolvedPath.split("/").filter((p) => !!p), !resolvedAbsolute).join("/");
    return (resolvedAbsolute ? "/" : "") + resolvedPath || ".";
  }, relative: (from, to) => {
    from = PATH_FS.resolve(from).slice(1);
    to = PATH_FS.resolve(to).slice(1);
    function trim(arr) {
      var start = 0;
      for (; start < arr.length; start++) {
        if (arr[start] !== "") break;
      }
      var end = arr.length - 1;
      for (; end >= 0; end--) {
        if (arr[end] !== "") break;
      }
      if (start > end) return [];
      return arr.slice(start, end - start + 1);
    }
    var fromParts = trim(from.split("/"));
    var toParts = trim(to.split("/"));
    var length = Math.min(fromParts.length, toParts.length);
    var samePartsLength = length;
    for (var i2 = 0; i2 < length; i2++) {
      if (fromParts[i2] !== toParts[i2]) {
        samePartsLength = i2;
        break;
      }
    }
    var outputParts = [];
    for (var i2 = samePartsLength; i2 < fromParts.length; i2++) {
      outputParts.push("..");
    }
    outputParts = outputParts.concat(toParts.slice(samePartsLength));
    return outputParts.join("/");
  } };
  var FS_stdin_getChar_buffer = [];
  var intArrayFromString = (stringy, dontAddNull, length) => {
    var len = length > 0 ? length : lengthBytesUTF8(stringy) + 1;
    var u8array = new Array(len);
    var numBytesWritten = stringToUTF8Array(stringy, u8array, 0, u8array.length);
    if (dontAddNull) u8array.length = numBytesWritten;
    return u8array;
  };
  var FS_stdin_getChar = () => {
    if (!FS_stdin_getChar_buffer.length) {
      var result = null;
      if (globalThis.window?.prompt) {
        result = window.prompt("Input: ");
        if (result !== null) {
          result += "\n";
        }
      } else {
      }
      if (!result) {
        return null;
      }
      FS_stdin_getChar_buffer = intArrayFromString(result, true);
    }
    return FS_stdin_getChar_buffer.shift();
  };
  var TTY = { ttys: [], init() {
  }, shutdown() {
  }, register(dev, ops) {
    TTY.ttys[dev] = { input: [], output: [], ops };
    FS.registerDevice(dev, TTY.stream_ops);
  }, stream_ops: { open(stream) {
    var tty = TTY.ttys[stream.node.rdev];
    if (!tty) {
      throw new FS.ErrnoError(43);
    }
    stream.tty = tty;
    stream.seekable = false;
  }, close(stream) {
    stream.tty.ops.fsync(stream.tty);
  }, fsync(stream) {
    stream.tty.ops.fsync(stream.tty);
  }, read(stream, buffer, offset, length, pos) {
    if (!stream.tty || !stream.tty.ops.get_char) {
      throw new FS.ErrnoError(60);
    }
    var bytesRead = 0;
    for (var i2 = 0; i2 < length; i2++) {
      var result;
      try {
        result = stream.tty.ops.get_char(stream.tty);
      } catch (e) {
        throw new FS.ErrnoError(29);
      }
      if (result === void 0 && bytesRead === 0) {
        throw new FS.ErrnoError(6);
      }
      if (result === null || result === void 0) break;
      bytesRead++;
      buffer[offset + i2] = result;
    }
    if (bytesRead) {
      stream.node.atime = Date.now();
    }
    return bytesRead;
  }, write(stream, buffer, offset, length, pos) {
    if (!stream.tty || !stream.tty.ops.put_char) {
      throw new FS.ErrnoError(60);
    }
    try {
      for (var i2 = 0; i2 < length; i2++) {
        stream.tty.ops.put_char(stream.tty, buffer[offset + i2]);
      }
    } catch (e) {
      throw new FS.ErrnoError(29);
    }
    if (length) {
      stream.node.mtime = stream.node.ctime = Date.now();
    }
    return i2;
  } }, default_tty_ops: { get_char(tty) {
    return FS_stdin_getChar();
  }, put_char(tty, val) {
    if (val === null || val === 10) {
      out(UTF8ArrayToString(tty.output));
      tty.output = [];
    } else {
      if (val != 0) tty.output.push(val);
    }
  }, fsync(tty) {
    if (tty.output?.length > 0) {
      out(UTF8ArrayToString(tty.output));
      tty.output = [];
    }
  }, ioctl_tcgets(tty) {
    return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
  }, ioctl_tcsets(tty, optional_actions, data) {
    return 0;
  }, ioctl_tiocgwinsz(tty) {
    return [24, 80];
  } }, default_tty1_ops: { put_char(tty, val) {
    if (val === null || val === 10) {
      err(UTF8ArrayToString(tty.output));
      tty.output = [];
    } else {
      if (val != 0) tty.output.push(val);
    }
  }, fsync(tty) {
    if (tty.output?.length > 0) {
      err(UTF8ArrayToString(tty.output));
      tty.output = [];
    }
  } } };
  var mmapAlloc = (size) => {
    abort();
  };
  var MEMFS = { ops_table: null, mount(mount) {
    return MEMFS.createNode(null, "/", 16895, 0);
  }, createNode(parent, name, mode, dev) {
    if (FS.isBlkdev(mode) || FS.isFIFO(mode)) {
      throw new FS.ErrnoError(63);
    }
    MEMFS.ops_table ||= { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } };
    var node = FS.createNode(parent, name, mode, dev);
    if (FS.isDir(node.mode)) {
      node.node_ops = MEMFS.ops_table.dir.node;
      node.stream_ops = MEMFS.ops_table.dir.stream;
      node.contents = {};
    } else if (FS.isFile(node.mode)) {
      node.node_ops = MEMFS.ops_table.file.node;
      node.stream_ops = MEMFS.ops_table.file.stream;
      node.usedBytes = 0;
      node.contents = null;
    } else if (FS.isLink(node.mode)) {
      node.node_ops = MEMFS.ops_table.link.node;
      node.stream_ops = MEMFS.ops_table.link.stream;
    } else if (FS.isChrdev(node.mode)) {
      node.node_ops = MEMFS.ops_table.chrdev.node;
      node.stream_ops = MEMFS.ops_table.chrdev.stream;
    }
    node.atime = node.mtime = node.ctime = Date.now();
    if (parent) {
      parent.contents[name] = node;
      parent.atime = parent.mtime = parent.ctime = node.atime;
    }
    return node;
  }, getFileDataAsTypedArray(node) {
    if (!node.contents) return new Uint8Array(0);
    if (node.contents.subarray) return node.contents.subarray(0, node.usedBytes);
    return new Uint8Array(node.contents);
  }, expandFileStorage(node, newCapacity) {
    var prevCapacity = node.contents ? node.contents.length : 0;
    if (prevCapacity >= newCapacity) return;
    var CAPACITY_DOUBLING_MAX = 1024 * 1024;
    newCapacity = Math.max(newCapacity, prevCapacity * (prevCapacity < CAPACITY_DOUBLING_MAX ? 2 : 1.125) >>> 0);
    if (prevCapacity != 0) newCapacity = Math.max(newCapacity, 256);
    var oldContents = node.contents;
    node.contents = new Uint8Array(newCapacity);
    if (node.usedBytes > 0) node.contents.set(oldContents.subarray(0, node.usedBytes), 0);
  }, resizeFileStorage(node, newSize) {
    if (node.usedBytes == newSize) return;
    if (newSize == 0) {
      node.contents = null;
      node.usedBytes = 0;
    } else {
      var oldContents = node.contents;
      node.contents = new Uint8Array(newSize);
      if (oldContents) {
        node.contents.set(oldContents.subarray(0, Math.min(newSize, node.usedBytes)));
      }
      node.usedBytes = newSize;
    }
  }, node_ops: { getattr(node) {
    var attr = {};
    attr.dev = FS.isChrdev(node.mode) ? node.id : 1;
    attr.ino = node.id;
    attr.mode = node.mode;
    attr.nlink = 1;
    attr.uid = 0;
    attr.gid = 0;
    attr.rdev = node.rdev;
    if (FS.isDir(node.mode)) {
      attr.size = 4096;
    } else if (FS.isFile(node.mode)) {
      attr.size = node.usedBytes;
    } else if (FS.isLink(node.mode)) {
      attr.size = node.link.length;
    } else {
      attr.size = 0;
    }
    attr.atime = new Date(node.atime);
    attr.mtime = new Date(node.mtime);
    attr.ctime = new Date(node.ctime);
    attr.blksize = 4096;
    attr.blocks = Math.ceil(attr.size / attr.blksize);
    return attr;
  }, setattr(node, attr) {
    for (const key2 of ["mode", "atime", "mtime", "ctime"]) {
      if (attr[key2] != null) {
        node[key2] = attr[key2];
      }
    }
    if (attr.size !== void 0) {
      MEMFS.resizeFileStorage(node, attr.size);
    }
  }, lookup(parent, name) {
    if (!MEMFS.doesNotExistError) {
      MEMFS.doesNotExistError = new FS.ErrnoError(44);
      MEMFS.doesNotExistError.stack = "<generic error, no stack>";
    }
    throw MEMFS.doesNotExistError;
  }, mknod(parent, name, mode, dev) {
    return MEMFS.createNode(parent, name, mode, dev);
  }, rename(old_node, new_dir, new_name) {
    var new_node;
    try {
      new_node = FS.lookupNode(new_dir, new_name);
    } catch (e) {
    }
    if (new_node) {
      if (FS.isDir(old_node.mode)) {
        for (var i2 in new_node.contents) {
          throw new FS.ErrnoError(55);
        }
      }
      FS.hashRemoveNode(new_node);
    }
    delete old_node.parent.contents[old_node.name];
    new_dir.contents[new_name] = old_node;
    old_node.name = new_name;
    new_dir.ctime = new_dir.mtime = old_node.parent.ctime = old_node.parent.mtime = Date.now();
  }, unlink(parent, name) {
    delete parent.contents[name];
    parent.ctime = parent.mtime = Date.now();
  }, rmdir(parent, name) {
    var node = FS.lookupNode(parent, name);
    for (var i2 in node.contents) {
      throw new FS.ErrnoError(55);
    }
    delete parent.contents[name];
    parent.ctime = parent.mtime = Date.now();
  }, readdir(node) {
    return [".", "..", ...Object.keys(node.contents)];
  }, symlink(parent, newname, oldpath) {
    var node = MEMFS.createNode(parent, newname, 511 | 40960, 0);
    node.link = oldpath;
    return node;
  }, readlink(node) {
    if (!FS.isLink(node.mode)) {
      throw new FS.ErrnoError(28);
    }
    return node.link;
  } }, stream_ops: { read(stream, buffer, offset, length, position) {
    var contents = stream.node.contents;
    if (position >= stream.node.usedBytes) return 0;
    var size = Math.min(stream.node.usedBytes - position, length);
    if (size > 8 && contents.subarray) {
      buffer.set(contents.subarray(position, position + size), offset);
    } else {
      for (var i2 = 0; i2 < size; i2++) buffer[offset + i2] = contents[position + i2];
    }
    return size;
  }, write(stream, buffer, offset, length, position, canOwn) {
    if (buffer.buffer === HEAP8.buffer) {
      canOwn = false;
    }
    if (!length) return 0;
    var node = stream.node;
    node.mtime = node.ctime = Date.now();
    if (buffer.subarray && (!node.contents || node.contents.subarray)) {
      if (canOwn) {
        node.contents = buffer.subarray(offset, offset + length);
        node.usedBytes = length;
        return length;
      } else if (node.usedBytes === 0 && position === 0) {
        node.contents = buffer.slice(offset, offset + length);
        node.usedBytes = length;
        return length;
      } else if (position + length <= node.usedBytes) {
        node.contents.set(buffer.subarray(offset, offset + length), position);
        return length;
      }
    }
    MEMFS.expandFileStorage(node, position + length);
    if (node.contents.subarray && buffer.subarray) {
      node.contents.set(buffer.subarray(offset, offset + length), position);
    } else {
      for (var i2 = 0; i2 < length; i2++) {
        node.contents[position + i2] = buffer[offset + i2];
      }
    }
    node.usedBytes = Math.max(node.usedBytes, position + length);
    return length;
  }, llseek(stream, offset, whence) {
    var position = offset;
    if (whence === 1) {
      position += stream.position;
    } else if (whence === 2) {
      if (FS.isFile(stream.node.mode)) {
        position += stream.node.usedBytes;
      }
    }
    if (position < 0) {
      throw new FS.ErrnoError(28);
    }
    return position;
  }, mmap(stream, length, position, prot, flags) {
    if (!FS.isFile(stream.node.mode)) {
      throw new FS.ErrnoError(43);
    }
    var ptr;
    var allocated;
    var contents = stream.node.contents;
    if (!(flags & 2) && contents && contents.buffer === HEAP8.buffer) {
      allocated = false;
      ptr = contents.byteOffset;
    } else {
      allocated = true;
      ptr = mmapAlloc(length);
      if (!ptr) {
        throw new FS.ErrnoError(48);
      }
      if (contents) {
        if (position > 0 || position + length < contents.length) {
          if (contents.subarray) {
            contents = contents.subarray(position, position + length);
          } else {
            contents = Array.prototype.slice.call(contents, position, position + length);
          }
        }
        HEAP8.set(contents, ptr);
      }
    }
    return { ptr, allocated };
  }, msync(stream, buffer, offset, length, mmapFlags) {
    MEMFS.stream_ops.write(stream, buffer, 0, length, offset, false);
    return 0;
  } } };
  var FS_modeStringToFlags = (str2) => {
    var flagModes = { r: 0, "r+": 2, w: 512 | 64 | 1, "w+": 512 | 64 | 2, a: 1024 | 64 | 1, "a+": 1024 | 64 | 2 };
    var flags = flagModes[str2];
    if (typeof flags == "undefined") {
      throw new Error(`Unknown file open mode: ${str2}`);
    }
    return flags;
  };
  var FS_getMode = (canRead, canWrite) => {
    var mode = 0;
    if (canRead) mode |= 292 | 73;
    if (canWrite) mode |= 146;
    return mode;
  };
  var IDBFS = { dbs: {}, indexedDB: () => indexedDB, DB_VERSION: 21, DB_STORE_NAME: "FILE_DATA", queuePersist: (mount) => {
    function onPersistComplete() {
      if (mount.idbPersistState === "again") startPersist();
      else mount.idbPersistState = 0;
    }
    function startPersist() {
      mount.idbPersistState = "idb";
      IDBFS.syncfs(mount, false, onPersistComplete);
    }
    if (!mount.idbPersistState) {
      mount.idbPersistState = setTimeout(startPersist, 0);
    } else if (mount.idbPersistState === "idb") {
      mount.idbPersistState = "again";
    }
  }, mount: (mount) => {
    var mnt = MEMFS.mount(mount);
    if (mount?.opts?.autoPersist) {
      mount.idbPersistState = 0;
      var memfs_node_ops = mnt.node_ops;
      mnt.node_ops = { ...mnt.node_ops };
      mnt.node_ops.mknod = (parent, name, mode, dev) => {
        var node = memfs_node_ops.mknod(parent, name, mode, dev);
        node.node_ops = mnt.node_ops;
        node.idbfs_mount = mnt.mount;
        node.memfs_stream_ops = node.stream_ops;
        node.stream_ops = { ...node.stream_ops };
        node.stream_ops.write = (stream, buffer, offset, length, position, canOwn) => {
          stream.node.isModified = true;
          return node.memfs_stream_ops.write(stream, buffer, offset, length, position, canOwn);
        };
        node.stream_ops.close = (stream) => {
          var n = stream.node;
          if (n.isModified) {
            IDBFS.queuePersist(n.idbfs_mount);
            n.isModified = false;
          }
          if (n.memfs_stream_ops.close) return n.memfs_stream_ops.close(stream);
        };
        IDBFS.queuePersist(mnt.mount);
        return node;
      };
      mnt.node_ops.rmdir = (...args) => (IDBFS.queuePersist(mnt.mount), memfs_node_ops.rmdir(...args));
      mnt.node_ops.symlink = (...args) => (IDBFS.queuePersist(mnt.mount), memfs_node_ops.symlink(...args));
      mnt.node_ops.unlink = (...args) => (IDBFS.queuePersist(mnt.mount), memfs_node_ops.unlink(...args));
      mnt.node_ops.rename = (...args) => (IDBFS.queuePersist(mnt.mount), memfs_node_ops.rename(...args));
    }
    return mnt;
  }, syncfs: (mount, populate, callback) => {
    IDBFS.getLocalSet(mount, (err2, local) => {
      if (err2) return callback(err2);
      IDBFS.getRemoteSet(mount, (err3, remote) => {
        if (err3) return callback(err3);
        var src = populate ? remote : local;
        var dst = populate ? local : remote;
        IDBFS.reconcile(src, dst, callback);
      });
    });
  }, quit: () => {
    for (var value of Object.values(IDBFS.dbs)) {
      value.close();
    }
    IDBFS.dbs = {};
  }, getDB: (name, callback) => {
    var db = IDBFS.dbs[name];
    if (db) {
      return callback(null, db);
    }
    var req;
    try {
      req = IDBFS.indexedDB().open(name, IDBFS.DB_VERSION);
    } catch (e) {
      return callback(e);
    }
    if (!req) {
      return callback("Unable to connect to IndexedDB");
    }
    req.onupgradeneeded = (e) => {
      var db2 = e.target.result;
      var transaction = e.target.transaction;
      var fileStore;
      if (db2.objectStoreNames.contains(IDBFS.DB_STORE_NAME)) {
        fileStore = transaction.objectStore(IDBFS.DB_STORE_NAME);
      } else {
        fileStore = db2.createObjectStore(IDBFS.DB_STORE_NAME);
      }
      if (!fileStore.indexNames.contains("timestamp")) {
        fileStore.createIndex("timestamp", "timestamp", { unique: false });
      }
    };
    req.onsuccess = () => {
      db = req.result;
      IDBFS.dbs[name] = db;
      callback(null, db);
    };
    req.onerror = (e) => {
      callback(e.target.error);
      e.preventDefault();
    };
  }, getLocalSet: (mount, callback) => {
    var entries = {};
    function isRealDir(p) {
      return p !== "." && p !== "..";
    }
    function toAbsolute(root) {
      return (p) => PATH.join2(root, p);
    }
    var check2 = FS.readdir(mount.mountpoint).filter(isRealDir).map(toAbsolute(mount.mountpoint));
    while (check2.length) {
      var path = check2.pop();
      var stat3;
      try {
        stat3 = FS.stat(path);
      } catch (e) {
        return callback(e);
      }
      if (FS.isDir(stat3.mode)) {
        check2.push(...FS.readdir(path).filter(isRealDir).map(toAbsolute(path)));
      }
      entries[path] = { timestamp: stat3.mtime };
    }
    return callback(null, { type: "local", entries });
  }, getRemoteSet: (mount, callback) => {
    var entries = {};
    IDBFS.getDB(mount.mountpoint, (err2, db) => {
      if (err2) return callback(err2);
      try {
        var transaction = db.transaction([IDBFS.DB_STORE_NAME], "readonly");
        transaction.onerror = (e) => {
          callback(e.target.error);
          e.preventDefault();
        };
        var store = transaction.objectStore(IDBFS.DB_STORE_NAME);
        var index = store.index("timestamp");
        index.openKeyCursor().onsuccess = (event) => {
          var cursor = event.target.result;
          if (!cursor) {
            return callback(null, { type: "remote", db, entries });
          }
          entries[cursor.primaryKey] = { timestamp: cursor.key };
          cursor.continue();
        };
      } catch (e) {
        return callback(e);
      }
    });
  }, loadLocalEntry: (path, callback) => {
    var stat3, node;
    try {
      var lookup = FS.lookupPath(path);
      node = lookup.node;
      stat3 = FS.stat(path);
    } catch (e) {
      return callback(e);
    }
    if (FS.isDir(stat3.mode)) {
      return callback(null, { timestamp: stat3.mtime, mode: stat3.mode });
    } else if (FS.isFile(stat3.mode)) {
      node.contents = MEMFS.getFileDataAsTypedArray(node);
      return callback(null, { timestamp: stat3.mtime, mode: stat3.mode, contents: node.contents });
    } else {
      return callback(new Error("node type not supported"));
    }
  }, storeLocalEntry: (path, entry, callback) => {
    try {
      if (FS.isDir(entry["mode"])) {
        FS.mkdirTree(path, entry["mode"]);
      } else if (FS.isFile(entry["mode"])) {
        FS.writeFile(path, entry["contents"], { canOwn: true });
      } else {
        return callback(new Error("node type not supported"));
      }
      FS.chmod(path, entry["mode"]);
      FS.utime(path, entry["timestamp"], entry["timestamp"]);
    } catch (e) {
      return callback(e);
    }
    callback(null);
  }, removeLocalEntry: (path, callback) => {
    try {
      var stat3 = FS.stat(path);
      if (FS.isDir(stat3.mode)) {
        FS.rmdir(path);
      } else if (FS.isFile(stat3.mode)) {
        FS.unlink(path);
      }
    } catch (e) {
      return callback(e);
    }
    callback(null);
  }, loadRemoteEntry: (store, path, callback) => {
    var req = store.get(path);
    req.onsuccess = (event) => callback(null, event.target.result);
    req.onerror = (e) => {
      callback(e.target.error);
      e.preventDefault();
    };
  }, storeRemoteEntry: (store, path, entry, callback) => {
    try {
      var req = store.put(entry, path);
    } catch (e) {
      callback(e);
      return;
    }
    req.onsuccess = (event) => callback();
    req.onerror = (e) => {
      callback(e.target.error);
      e.preventDefault();
    };
  }, removeRemoteEntry: (store, path, callback) => {
    var req = store.delete(path);
    req.onsuccess = (event) => callback();
    req.onerror = (e) => {
      callback(e.target.error);
      e.preventDefault();
    };
  }, reconcile: (src, dst, callback) => {
    var total = 0;
    var create = [];
    for (var [key2, e] of Object.entries(src.entries)) {
      var e2 = dst.entries[key2];
      if (!e2 || e["timestamp"].getTime() != e2["timestamp"].getTime()) {
        create.push(key2);
        total++;
      }
    }
    var remove = [];
    for (var key2 of Object.keys(dst.entries)) {
      if (!src.entries[key2]) {
        remove.push(key2);
        total++;
      }
    }
    if (!total) {
      return callback(null);
    }
    var errored = false;
    var db = src.type === "remote" ? src.db : dst.db;
    var transaction = db.transaction([IDBFS.DB_STORE_NAME], "readwrite");
    var store = transaction.objectStore(IDBFS.DB_STORE_NAME);
    function done(err2) {
      if (err2 && !errored) {
        errored = true;
        return callback(err2);
      }
    }
    transaction.onerror = transaction.onabort = (e3) => {
      done(e3.target.error);
      e3.preventDefault();
    };
    transaction.oncomplete = (e3) => {
      if (!errored) {
        callback(null);
      }
    };
    for (const path2 of create.sort()) {
      if (dst.type === "local") {
        IDBFS.loadRemoteEntry(store, path2, (err2, entry) => {
          if (err2) return done(err2);
          IDBFS.storeLocalEntry(path2, entry, done);
        });
      } else {
        IDBFS.loadLocalEntry(path2, (err2, entry) => {
          if (err2) return done(err2);
          IDBFS.storeRemoteEntry(store, path2, entry, done);
        });
      }
    }
    for (var path of remove.sort().reverse()) {
      if (dst.type === "local") {
        IDBFS.removeLocalEntry(path, done);
      } else {
        IDBFS.removeRemoteEntry(store, path, done);
      }
    }
  } };
  var WORKERFS = { DIR_MODE: 16895, FILE_MODE: 33279, reader: null, mount(mount) {
    assert(ENVIRONMENT_IS_WORKER);
    WORKERFS.reader ??= new FileReaderSync();
    var root = WORKERFS.createNode(null, "/", WORKERFS.DIR_MODE, 0);
    var createdParents = {};
    function ensureParent(path) {
      var parts = path.split("/");
      var parent = root;
      for (var i2 = 0; i2 < parts.length - 1; i2++) {
        var curr = parts.slice(0, i2 + 1).join("/");
        createdParents[curr] ||= WORKERFS.createNode(parent, parts[i2], WORKERFS.DIR_MODE, 0);
        parent = createdParents[curr];
      }
      return parent;
    }
    function base(path) {
      var parts = path.split("/");
      return parts[parts.length - 1];
    }
    for (var file of mount.opts["files"] || []) {
      WORKERFS.createNode(ensureParent(file.name), base(file.name), WORKERFS.FILE_MODE, 0, file, file.lastModifiedDate);
    }
    for (var obj of mount.opts["blobs"] || []) {
      WORKERFS.createNode(ensureParent(obj["name"]), base(obj["name"]), WORKERFS.FILE_MODE, 0, obj["data"]);
    }
    for (var pack of mount.opts["packages"] || []) {
      for (var file of pack["metadata"].files) {
        var name = file.filename.slice(1);
        WORKERFS.createNode(ensureParent(name), base(name), WORKERFS.FILE_MODE, 0, pack["blob"].slice(file.start, file.end));
      }
    }
    return root;
  }, createNode(parent, name, mode, dev, contents, mtime) {
    var node = FS.createNode(parent, name, mode);
    node.mode = mode;
    node.node_ops = WORKERFS.node_ops;
    node.stream_ops = WORKERFS.stream_ops;
    node.atime = node.mtime = node.ctime = (mtime || /* @__PURE__ */ new Date()).getTime();
    assert(WORKERFS.FILE_MODE !== WORKERFS.DIR_MODE);
    if (mode === WORKERFS.FILE_MODE) {
      node.size = contents.size;
      node.contents = contents;
    } else {
      node.size = 4096;
      node.contents = {};
    }
    if (parent) {
      parent.contents[name] = node;
    }
    return node;
  }, node_ops: { getattr(node) {
    return { dev: 1, ino: node.id, mode: node.mode, nlink: 1, uid: 0, gid: 0, rdev: 0, size: node.size, atime: new Date(node.atime), mtime: new Date(node.mtime), ctime: new Date(node.ctime), blksize: 4096, blocks: Math.ceil(node.size / 4096) };
  }, setattr(node, attr) {
    for (const key2 of ["mode", "atime", "mtime", "ctime"]) {
      if (attr[key2] != null) {
        node[key2] = attr[key2];
      }
    }
  }, lookup(parent, name) {
    throw new FS.ErrnoError(44);
  }, mknod(parent, name, mode, dev) {
    throw new FS.ErrnoError(63);
  }, rename(oldNode, newDir, newName) {
    throw new FS.ErrnoError(63);
  }, unlink(parent, name) {
    throw new FS.ErrnoError(63);
  }, rmdir(parent, name) {
    throw new FS.ErrnoError(63);
  }, readdir(node) {
    var entries = [".", ".."];
    for (var key2 of Object.keys(node.contents)) {
      entries.push(key2);
    }
    return entries;
  }, symlink(parent, newName, oldPath) {
    throw new FS.ErrnoError(63);
  } }, stream_ops: { read(stream, buffer, offset, length, position) {
    if (position >= stream.node.size) return 0;
    var chunk = stream.node.contents.slice(position, position + length);
    var ab = WORKERFS.reader.readAsArrayBuffer(chunk);
    buffer.set(new Uint8Array(ab), offset);
    return chunk.size;
  }, write(stream, buffer, offset, length, position) {
    throw new FS.ErrnoError(29);
  }, llseek(stream, offset, whence) {
    var position = offset;
    if (whence === 1) {
      position += stream.position;
    } else if (whence === 2) {
      if (FS.isFile(stream.node.mode)) {
        position += stream.node.size;
      }
    }
    if (position < 0) {
      throw new FS.ErrnoError(28);
    }
    return position;
  } } };
  var FS_createDataFile = (...args) => FS.createDataFile(...args);
  var getUniqueRunDependency = (id) => id;
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = (id) => {
    runDependencies--;
    Module2["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  };
  var addRunDependency = (id) => {
    runDependencies++;
    Module2["monitorRunDependencies"]?.(runDependencies);
  };
  var FS_handledByPreloadPlugin = async (byteArray, fullname) => {
    if (typeof Browser != "undefined") Browser.init();
    for (var plugin of preloadPlugins) {
      if (plugin["canHandle"](fullname)) {
        return plugin["handle"](byteArray, fullname);
      }
    }
    return byteArray;
  };
  var FS_preloadFile = async (parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish) => {
    var fullname = name ? PATH_FS.resolve(PATH.join2(parent, name)) : parent;
    var dep = getUniqueRunDependency(`cp ${fullname}`);
    addRunDependency(dep);
    try {
      var byteArray = url;
      if (typeof url == "string") {
        byteArray = await asyncLoad(url);
      }
      byteArray = await FS_handledByPreloadPlugin(byteArray, fullname);
      preFinish?.();
      if (!dontCreateFile) {
        FS_createDataFile(parent, name, byteArray, canRead, canWrite, canOwn);
      }
    } finally {
      removeRunDependency(dep);
    }
  };
  var FS_createPreloadedFile = (parent, name, url, canRead, canWrite, onload, onerror, dontCreateFile, canOwn, preFinish) => {
    FS_preloadFile(parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish).then(onload).catch(onerror);
  };
  var FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: null, currentPath: "/", initialized: false, ignorePermissions: true, filesystems: null, syncFSRequests: 0, readFiles: {}, ErrnoError: class {
    name = "ErrnoError";
    constructor(errno) {
      this.errno = errno;
    }
  }, FSStream: class {
    shared = {};
    get object() {
      return this.node;
    }
    set object(val) {
      this.node = val;
    }
    get isRead() {
      return (this.flags & 2097155) !== 1;
    }
    get isWrite() {
      return (this.flags & 2097155) !== 0;
    }
    get isAppend() {
      return this.flags & 1024;
    }
    get flags() {
      return this.shared.flags;
    }
    set flags(val) {
      this.shared.flags = val;
    }
    get position() {
      return this.shared.position;
    }
    set position(val) {
      this.shared.position = val;
    }
  }, FSNode: class {
    node_ops = {};
    stream_ops = {};
    readMode = 292 | 73;
    writeMode = 146;
    mounted = null;
    constructor(parent, name, mode, rdev) {
      if (!parent) {
        parent = this;
      }
      this.parent = parent;
      this.mount = parent.mount;
      this.id = FS.nextInode++;
      this.name = name;
      this.mode = mode;
      this.rdev = rdev;
      this.atime = this.mtime = this.ctime = Date.now();
    }
    get read() {
      return (this.mode & this.readMode) === this.readMode;
    }
    set read(val) {
      val ? this.mode |= this.readMode : this.mode &= ~this.readMode;
    }
    get write() {
      return (this.mode & this.writeMode) === this.writeMode;
    }
    set write(val) {
      val ? this.mode |= this.writeMode : this.mode &= ~this.writeMode;
    }
    get isFolder() {
      return FS.isDir(this.mode);
    }
    get isDevice() {
      return FS.isChrdev(this.mode);
    }
  }, lookupPath(path, opts = {}) {
    if (!path) {
      throw new FS.ErrnoError(44);
    }
    opts.follow_mount ??= true;
    if (!PATH.isAbs(path)) {
      path = FS.cwd() + "/" + path;
    }
    linkloop: for (var nlinks = 0; nlinks < 40; nlinks++) {
      var parts = path.split("/").filter((p) => !!p);
      var current = FS.root;
      var current_path = "/";
      for (var i2 = 0; i2 < parts.length; i2++) {
        var islast = i2 === parts.length - 1;
        if (islast && opts.parent) {
          break;
        }
        if (parts[i2] === ".") {
          continue;
        }
        if (parts[i2] === "..") {
          current_path = PATH.dirname(current_path);
          if (FS.isRoot(current)) {
            path = current_path + "/" + parts.slice(i2 + 1).join("/");
            nlinks--;
            continue linkloop;
          } else {
            current = current.parent;
          }
          continue;
        }
        current_path = PATH.join2(current_path, parts[i2]);
        try {
          current = FS.lookupNode(current, parts[i2]);
        } catch (e) {
          if (e?.errno === 44 && islast && opts.noent_okay) {
            return { path: current_path };
          }
          throw e;
        }
        if (FS.isMountpoint(current) && (!islast || opts.follow_mount)) {
          current = current.mounted.root;
        }
        if (FS.isLink(current.mode) && (!islast || opts.follow)) {
          if (!current.node_ops.readlink) {
            throw new FS.ErrnoError(52);
          }
          var link = current.node_ops.readlink(current);
          if (!PATH.isAbs(link)) {
            link = PATH.dirname(current_path) + "/" + link;
          }
          path = link + "/" + parts.slice(i2 + 1).join("/");
          continue linkloop;
        }
      }
      return { path: current_path, node: current };
    }
    throw new FS.ErrnoError(32);
  }, getPath(node) {
    var path;
    while (true) {
      if (FS.isRoot(node)) {
        var mount = node.mount.mountpoint;
        if (!path) return mount;
        return mount[mount.length - 1] !== "/" ? `${mount}/${path}` : mount + path;
      }
      path = path ? `${node.name}/${path}` : node.name;
      node = node.parent;
    }
  }, hashName(parentid, name) {
    var hash = 0;
    for (var i2 = 0; i2 < name.length; i2++) {
      hash = (hash << 5) - hash + name.charCodeAt(i2) | 0;
    }
    return (parentid + hash >>> 0) % FS.nameTable.length;
  }, hashAddNode(node) {
    var hash = FS.hashName(node.parent.id, node.name);
    node.name_next = FS.nameTable[hash];
    FS.nameTable[hash] = node;
  }, hashRemoveNode(node) {
    var hash = FS.hashName(node.parent.id, node.name);
    if (FS.nameTable[hash] === node) {
      FS.nameTable[hash] = node.name_next;
    } else {
      var current = FS.nameTable[hash];
      while (current) {
        if (current.name_next === node) {
          current.name_next = node.name_next;
          break;
        }
        current = current.name_next;
      }
    }
  }, lookupNode(parent, name) {
    var errCode = FS.mayLookup(parent);
    if (errCode) {
      throw new FS.ErrnoError(errCode);
    }
    var hash = FS.hashName(parent.id, name);
    for (var node = FS.nameTable[hash]; node; node = node.name_next) {
      var nodeName = node.name;
      if (node.parent.id === parent.id && nodeName === name) {
        return node;
      }
    }
    return FS.lookup(parent, name);
  }, createNode(parent, name, mode, rdev) {
    var node = new FS.FSNode(parent, name, mode, rdev);
    FS.hashAddNode(node);
    return node;
  }, destroyNode(node) {
    FS.hashRemoveNode(node);
  }, isRoot(node) {
    return node === node.parent;
  }, isMountpoint(node) {
    return !!node.mounted;
  }, isFile(mode) {
    return (mode & 61440) === 32768;
  }, isDir(mode) {
    return (mode & 61440) === 16384;
  }, isLink(mode) {
    return (mode & 61440) === 40960;
  }, isChrdev(mode) {
    return (mode & 61440) === 8192;
  }, isBlkdev(mode) {
    return (mode & 61440) === 24576;
  }, isFIFO(mode) {
    return (mode & 61440) === 4096;
  }, isSocket(mode) {
    return (mode & 49152) === 49152;
  }, flagsToPermissionString(flag) {
    var perms = ["r", "w", "rw"][flag & 3];
    if (flag & 512) {
      perms += "w";
    }
    return perms;
  }, nodePermissions(node, perms) {
    if (FS.ignorePermissions) {
      return 0;
    }
    if (perms.includes("r") && !(node.mode & 292)) {
      return 2;
    } else if (perms.includes("w") && !(node.mode & 146)) {
      return 2;
    } else if (perms.includes("x") && !(node.mode & 73)) {
      return 2;
    }
    return 0;
  }, mayLookup(dir) {
    if (!FS.isDir(dir.mode)) return 54;
    var errCode = FS.nodePermissions(dir, "x");
    if (errCode) return errCode;
    if (!dir.node_ops.lookup) return 2;
    return 0;
  }, mayCreate(dir, name) {
    if (!FS.isDir(dir.mode)) {
      return 54;
    }
    try {
      var node = FS.lookupNode(dir, name);
      return 20;
    } catch (e) {
    }
    return FS.nodePermissions(dir, "wx");
  }, mayDelete(dir, name, isdir) {
    var node;
    try {
      node = FS.lookupNode(dir, name);
    } catch (e) {
      return e.errno;
    }
    var errCode = FS.nodePermissions(dir, "wx");
    if (errCode) {
      return errCode;
    }
    if (isdir) {
      if (!FS.isDir(node.mode)) {
        return 54;
      }
      if (FS.isRoot(node) || FS.getPath(node) === FS.cwd()) {
        return 10;
      }
    } else {
      if (FS.isDir(node.mode)) {
        return 31;
      }
    }
    return 0;
  }, mayOpen(node, flags) {
    if (!node) {
      return 44;
    }
    if (FS.isLink(node.mode)) {
      return 32;
    } else if (FS.isDir(node.mode)) {
      if (FS.flagsToPermissionString(flags) !== "r" || flags & (512 | 64)) {
        return 31;
      }
    }
    return FS.nodePermissions(node, FS.flagsToPermissionString(flags));
  }, checkOpExists(op, err2) {
    if (!op) {
      throw new FS.ErrnoError(err2);
    }
    return op;
  }, MAX_OPEN_FDS: 4096, nextfd() {
    for (var fd = 0; fd <= FS.MAX_OPEN_FDS; fd++) {
      if (!FS.streams[fd]) {
        return fd;
      }
    }
    throw new FS.ErrnoError(33);
  }, getStreamChecked(fd) {
    var stream = FS.getStream(fd);
    if (!stream) {
      throw new FS.ErrnoError(8);
    }
    return stream;
  }, getStream: (fd) => FS.streams[fd], createStream(stream, fd = -1) {
    stream = Object.assign(new FS.FSStream(), stream);
    if (fd == -1) {
      fd = FS.nextfd();
    }
    stream.fd = fd;
    FS.streams[fd] = stream;
    return stream;
  }, closeStream(fd) {
    FS.streams[fd] = null;
  }, dupStream(origStream, fd = -1) {
    var stream = FS.createStream(origStream, fd);
    stream.stream_ops?.dup?.(stream);
    return stream;
  }, doSetAttr(stream, node, attr) {
    var setattr = stream?.stream_ops.setattr;
    var arg = setattr ? stream : node;
    setattr ??= node.node_ops.setattr;
    FS.checkOpExists(setattr, 63);
    setattr(arg, attr);
  }, chrdev_stream_ops: { open(stream) {
    var device = FS.getDevice(stream.node.rdev);
    stream.stream_ops = device.stream_ops;
    stream.stream_ops.open?.(stream);
  }, llseek() {
    throw new FS.ErrnoError(70);
  } }, major: (dev) => dev >> 8, minor: (dev) => dev & 255, makedev: (ma, mi) => ma << 8 | mi, registerDevice(dev, ops) {
    FS.devices[dev] = { stream_ops: ops };
  }, getDevice: (dev) => FS.devices[dev], getMounts(mount) {
    var mounts = [];
    var check2 = [mount];
    while (check2.length) {
      var m = check2.pop();
      mounts.push(m);
      check2.push(...m.mounts);
    }
    return mounts;
  }, syncfs(populate, callback) {
    if (typeof populate == "function") {
      callback = populate;
      populate = false;
    }
    FS.syncFSRequests++;
    if (FS.syncFSRequests > 1) {
      err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
    }
    var mounts = FS.getMounts(FS.root.mount);
    var completed = 0;
    function doCallback(errCode) {
      FS.syncFSRequests--;
      return callback(errCode);
    }
    function done(errCode) {
      if (errCode) {
        if (!done.errored) {
          done.errored = true;
          return doCallback(errCode);
        }
        return;
      }
      if (++completed >= mounts.length) {
        doCallback(null);
      }
    }
    for (var mount of mounts) {
      if (mount.type.syncfs) {
        mount.type.syncfs(mount, populate, done);
      } else {
        done(null);
      }
    }
  }, mount(type, opts, mountpoint) {
    var root = mountpoint === "/";
    var pseudo = !mountpoint;
    var node;
    if (root && FS.root) {
      throw new FS.ErrnoError(10);
    } else if (!root && !pseudo) {
      var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
      mountpoint = lookup.path;
      node = lookup.node;
      if (FS.isMountpoint(node)) {
        throw new FS.ErrnoError(10);
      }
      if (!FS.isDir(node.mode)) {
        throw new FS.ErrnoError(54);
      }
    }
    var mount = { type, opts, mountpoint, mounts: [] };
    var mountRoot = type.mount(mount);
    mountRoot.mount = mount;
    mount.root = mountRoot;
    if (root) {
      FS.root = mountRoot;
    } else if (node) {
      node.mounted = mount;
      if (node.mount) {
        node.mount.mounts.push(mount);
      }
    }
    return mountRoot;
  }, unmount(mountpoint) {
    var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
    if (!FS.isMountpoint(lookup.node)) {
      throw new FS.ErrnoError(28);
    }
    var node = lookup.node;
    var mount = node.mounted;
    var mounts = FS.getMounts(mount);
    for (var [hash, current] of Object.entries(FS.nameTable)) {
      while (current) {
        var next = current.name_next;
        if (mounts.includes(current.mount)) {
          FS.destroyNode(current);
        }
        current = next;
      }
    }
    node.mounted = null;
    var idx = node.mount.mounts.indexOf(mount);
    node.mount.mounts.splice(idx, 1);
  }, lookup(parent, name) {
    return parent.node_ops.lookup(parent, name);
  }, mknod(path, mode, dev) {
    var lookup = FS.lookupPath(path, { parent: true });
    var parent = lookup.node;
    var name = PATH.basename(path);
    if (!name) {
      throw new FS.ErrnoError(28);
    }
    if (name === "." || name === "..") {
      throw new FS.ErrnoError(20);
    }
    var errCode = FS.mayCreate(parent, name);
    if (errCode) {
      throw new FS.ErrnoError(errCode);
    }
    if (!parent.node_ops.mknod) {
      throw new FS.ErrnoError(63);
    }
    return parent.node_ops.mknod(parent, name, mode, dev);
  }, statfs(path) {
    return FS.statfsNode(FS.lookupPath(path, { follow: true }).node);
  }, statfsStream(stream) {
    return FS.statfsNode(stream.node);
  }, statfsNode(node) {
    var rtn = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 };
    if (node.node_ops.statfs) {
      Object.assign(rtn, node.node_ops.statfs(node.mount.opts.root));
    }
    return rtn;
  }, create(path, mode = 438) {
    mode &= 4095;
    mode |= 32768;
    return FS.mknod(path, mode, 0);
  }, mkdir(path, mode = 511) {
    mode &= 511 | 512;
    mode |= 16384;
    return FS.mknod(path, mode, 0);
  }, mkdirTree(path, mode) {
    var dirs = path.split("/");
    var d = "";
    for (var dir of dirs) {
      if (!dir) continue;
      if (d || PATH.isAbs(path)) d += "/";
      d += dir;
      try {
        FS.mkdir(d, mode);
      } catch (e) {
        if (e.errno != 20) throw e;
      }
    }
  }, mkdev(path, mode, dev) {
    if (typeof dev == "undefined") {
      dev = mode;
      mode = 438;
    }
    mode |= 8192;
    return FS.mknod(path, mode, dev);
  }, symlink(oldpath, newpath) {
    if (!PATH_FS.resolve(oldpath)) {
      throw new FS.ErrnoError(44);
    }
    var lookup = FS.lookupPath(newpath, { parent: true });
    var parent = lookup.node;
    if (!parent) {
      throw new FS.ErrnoError(44);
    }
    var newname = PATH.basename(newpath);
    var errCode = FS.mayCreate(parent, newname);
    if (errCode) {
      throw new FS.ErrnoError(errCode);
    }
    if (!parent.node_ops.symlink) {
      throw new FS.ErrnoError(63);
    }
    return parent.node_ops.symlink(parent, newname, oldpath);
  }, rename(old_path, new_path) {
    var old_dirname = PATH.dirname(old_path);
    var new_dirname = PATH.dirname(new_path);
    var old_name = PATH.basename(old_path);
    var new_name = PATH.basename(new_path);
    var lookup, old_dir, new_dir;
    lookup = FS.lookupPath(old_path, { parent: true });
    old_dir = lookup.node;
    lookup = FS.lookupPath(new_path, { parent: true });
    new_dir = lookup.node;
    if (!old_dir || !new_dir) throw new FS.ErrnoError(44);
    if (old_dir.mount !== new_dir.mount) {
      throw new FS.ErrnoError(75);
    }
    var old_node = FS.lookupNode(old_dir, old_name);
    var relative = PATH_FS.relative(old_path, new_dirname);
    if (relative.charAt(0) !== ".") {
      throw new FS.ErrnoError(28);
    }
    relative = PATH_FS.relative(new_path, old_dirname);
    if (relative.charAt(0) !== ".") {
      throw new FS.ErrnoError(55);
    }
    var new_node;
    try {
      new_node = FS.lookupNode(new_dir, new_name);
    } catch (e) {
    }
    if (old_node === new_node) {
      return;
    }
    var isdir = FS.isDir(old_node.mode);
    var errCode = FS.mayDelete(old_dir, old_name, isdir);
    if (errCode) {
      throw new FS.ErrnoError(errCode);
    }
    errCode = new_node ? FS.mayDelete(new_dir, new_name, isdir) : FS.mayCreate(new_dir, new_name);
    if (errCode) {
      throw new FS.ErrnoError(errCode);
    }
    if (!old_dir.node_ops.rename) {
      throw new FS.ErrnoError(63);
    }
    if (FS.isMountpoint(old_node) || new_node && FS.isMountpoint(new_node)) {
      throw new FS.ErrnoError(10);
    }
    if (new_dir !== old_dir) {
      errCode = FS.nodePermissions(old_dir, "w");
      if (errCode) {
        throw new FS.ErrnoError(errCode);
      }
    }
    FS.hashRemoveNode(old_node);
    try {
      old_dir.node_ops.rename(old_node, new_dir, new_name);
      old_node.parent = new_dir;
    } catch (e) {
      throw e;
    } finally {
      FS.hashAddNode(old_node);
    }
  }, rmdir(path) {
    var lookup = FS.lookupPath(path, { parent: true });
    var parent = lookup.node;
    var name = PATH.basename(path);
    var node = FS.lookupNode(parent, name);
    var errCode = FS.mayDelete(parent, name, true);
    if (errCode) {
      throw new FS.ErrnoError(errCode);
    }
    if (!parent.node_ops.rmdir) {
      throw new FS.ErrnoError(63);
    }
    if (FS.isMountpoint(node)) {
      throw new FS.ErrnoError(10);
    }
    parent.node_ops.rmdir(parent, name);
    FS.destroyNode(node);
  }, readdir(path) {
    var lookup = FS.lookupPath(path, { follow: true });
    var node = lookup.node;
    var readdir = FS.checkOpExists(node.node_ops.readdir, 54);
    return readdir(node);
  }, unlink(path) {
    var lookup = FS.lookupPath(path, { parent: true });
    var parent = lookup.node;
    if (!parent) {
      throw new FS.ErrnoError(44);
    }
    var name = PATH.basename(path);
    var node = FS.lookupNode(parent, name);
    var errCode = FS.mayDelete(parent, name, false);
    if (errCode) {
      throw new FS.ErrnoError(errCode);
    }
    if (!parent.node_ops.unlink) {
      throw new FS.ErrnoError(63);
    }
    if (FS.isMountpoint(node)) {
      throw new FS.ErrnoError(10);
    }
    parent.node_ops.unlink(parent, name);
    FS.destroyNode(node);
  }, readlink(path) {
    var lookup = FS.lookupPath(path);
    var link = lookup.node;
    if (!link) {
      throw new FS.ErrnoError(44);
    }
    if (!link.node_ops.readlink) {
      throw new FS.ErrnoError(28);
    }
    return link.node_ops.readlink(link);
  }, stat(path, dontFollow) {
    var lookup = FS.lookupPath(path, { follow: !dontFollow });
    var node = lookup.node;
    var getattr = FS.checkOpExists(node.node_ops.getattr, 63);
    return getattr(node);
  }, fstat(fd) {
    var stream = FS.getStreamChecked(fd);
    var node = stream.node;
    var getattr = stream.stream_ops.getattr;
    var arg = getattr ? stream : node;
    getattr ??= node.node_ops.getattr;
    FS.checkOpExists(getattr, 63);
    return getattr(arg);
  }, lstat(path) {
    return FS.stat(path, true);
  }, doChmod(stream, node, mode, dontFollow) {
    FS.doSetAttr(stream, node, { mode: mode & 4095 | node.mode & ~4095, ctime: Date.now(), dontFollow });
  }, chmod(path, mode, dontFollow) {
    var node;
    if (typeof path == "string") {
      var lookup = FS.lookupPath(path, { follow: !dontFollow });
      node = lookup.node;
    } else {
      node = path;
    }
    FS.doChmod(null, node, mode, dontFollow);
  }, lchmod(path, mode) {
    FS.chmod(path, mode, true);
  }, fchmod(fd, mode) {
    var stream = FS.getStreamChecked(fd);
    FS.doChmod(stream, stream.node, mode, false);
  }, doChown(stream, node, dontFollow) {
    FS.doSetAttr(stream, node, { timestamp: Date.now(), dontFollow });
  }, chown(path, uid, gid, dontFollow) {
    var node;
    if (typeof path == "string") {
      var lookup = FS.lookupPath(path, { follow: !dontFollow });
      node = lookup.node;
    } else {
      node = path;
    }
    FS.doChown(null, node, dontFollow);
  }, lchown(path, uid, gid) {
    FS.chown(path, uid, gid, true);
  }, fchown(fd, uid, gid) {
    var stream = FS.getStreamChecked(fd);
    FS.doChown(stream, stream.node, false);
  }, doTruncate(stream, node, len) {
    if (FS.isDir(node.mode)) {
      throw new FS.ErrnoError(31);
    }
    if (!FS.isFile(node.mode)) {
      throw new FS.ErrnoError(28);
    }
    var errCode = FS.nodePermissions(node, "w");
    if (errCode) {
      throw new FS.ErrnoError(errCode);
    }
    FS.doSetAttr(stream, node, { size: len, timestamp: Date.now() });
  }, truncate(path, len) {
    if (len < 0) {
      throw new FS.ErrnoError(28);
    }
    var node;
    if (typeof path == "string") {
      var lookup = FS.lookupPath(path, { follow: true });
      node = lookup.node;
    } else {
      node = path;
    }
    FS.doTruncate(null, node, len);
  }, ftruncate(fd, len) {
    var stream = FS.getStreamChecked(fd);
    if (len < 0 || (stream.flags & 2097155) === 0) {
      throw new FS.ErrnoError(28);
    }
    FS.doTruncate(stream, stream.node, len);
  }, utime(path, atime, mtime) {
    var lookup = FS.lookupPath(path, { follow: true });
    var node = lookup.node;
    var setattr = FS.checkOpExists(node.node_ops.setattr, 63);
    setattr(node, { atime, mtime });
  }, open(path, flags, mode = 438) {
    if (path === "") {
      throw new FS.ErrnoError(44);
    }
    flags = typeof flags == "string" ? FS_modeStringToFlags(flags) : flags;
    if (flags & 64) {
      mode = mode & 4095 | 32768;
    } else {
      mode = 0;
    }
    var node;
    var isDirPath;
    if (typeof path == "object") {
      node = path;
    } else {
      isDirPath = path.endsWith("/");
      var lookup = FS.lookupPath(path, { follow: !(flags & 131072), noent_okay: true });
      node = lookup.node;
      path = lookup.path;
    }
    var created = false;
    if (flags & 64) {
      if (node) {
        if (flags & 128) {
          throw new FS.ErrnoError(20);
        }
      } else if (isDirPath) {
        throw new FS.ErrnoError(31);
      } else {
        node = FS.mknod(path, mode | 511, 0);
        created = true;
      }
    }
    if (!node) {
      throw new FS.ErrnoError(44);
    }
    if (FS.isChrdev(node.mode)) {
      flags &= ~512;
    }
    if (flags & 65536 && !FS.isDir(node.mode)) {
      throw new FS.ErrnoError(54);
    }
    if (!created) {
      var errCode = FS.mayOpen(node, flags);
      if (errCode) {
        throw new FS.ErrnoError(errCode);
      }
    }
    if (flags & 512 && !created) {
      FS.truncate(node, 0);
    }
    flags &= ~(128 | 512 | 131072);
    var stream = FS.createStream({ node, path: FS.getPath(node), flags, seekable: true, position: 0, stream_ops: node.stream_ops, ungotten: [], error: false });
    if (stream.stream_ops.open) {
      stream.stream_ops.open(stream);
    }
    if (created) {
      FS.chmod(node, mode & 511);
    }
    if (Module2["logReadFiles"] && !(flags & 1)) {
      if (!(path in FS.readFiles)) {
        FS.readFiles[path] = 1;
      }
    }
    return stream;
  }, close(stream) {
    if (FS.isClosed(stream)) {
      throw new FS.ErrnoError(8);
    }
    if (stream.getdents) stream.getdents = null;
    try {
      if (stream.stream_ops.close) {
        stream.stream_ops.close(stream);
      }
    } catch (e) {
      throw e;
    } finally {
      FS.closeStream(stream.fd);
    }
    stream.fd = null;
  }, isClosed(stream) {
    return stream.fd === null;
  }, llseek(stream, offset, whence) {
    if (FS.isClosed(stream)) {
      throw new FS.ErrnoError(8);
    }
    if (!stream.seekable || !stream.stream_ops.llseek) {
      throw new FS.ErrnoError(70);
    }
    if (whence != 0 && whence != 1 && whence != 2) {
      throw new FS.ErrnoError(28);
    }
    stream.position = stream.stream_ops.llseek(stream, offset, whence);
    stream.ungotten = [];
    return stream.position;
  }, read(stream, buffer, offset, length, position) {
    if (length < 0 || position < 0) {
      throw new FS.ErrnoError(28);
    }
    if (FS.isClosed(stream)) {
      throw new FS.ErrnoError(8);
    }
    if ((stream.flags & 2097155) === 1) {
      throw new FS.ErrnoError(8);
    }
    if (FS.isDir(stream.node.mode)) {
      throw new FS.ErrnoError(31);
    }
    if (!stream.stream_ops.read) {
      throw new FS.ErrnoError(28);
    }
    var seeking = typeof position != "undefined";
    if (!seeking) {
      position = stream.position;
    } else if (!stream.seekable) {
      throw new FS.ErrnoError(70);
    }
    var bytesRead = stream.stream_ops.read(stream, buffer, offset, length, position);
    if (!seeking) stream.position += bytesRead;
    return bytesRead;
  }, write(stream, buffer, offset, length, position, canOwn) {
    if (length < 0 || position < 0) {
      throw new FS.ErrnoError(28);
    }
    if (FS.isClosed(stream)) {
      throw new FS.ErrnoError(8);
    }
    if ((stream.flags & 2097155) === 0) {
      throw new FS.ErrnoError(8);
    }
    if (FS.isDir(stream.node.mode)) {
      throw new FS.ErrnoError(31);
    }
    if (!stream.stream_ops.write) {
      throw new FS.ErrnoError(28);
    }
    if (stream.seekable && stream.flags & 1024) {
      FS.llseek(stream, 0, 2);
    }
    var seeking = typeof position != "undefined";
    if (!seeking) {
      position = stream.position;
    } else if (!stream.seekable) {
      throw new FS.ErrnoError(70);
    }
    var bytesWritten = stream.stream_ops.write(stream, buffer, offset, length, position, canOwn);
    if (!seeking) stream.position += bytesWritten;
    return bytesWritten;
  }, mmap(stream, length, position, prot, flags) {
    if ((prot & 2) !== 0 && (flags & 2) === 0 && (stream.flags & 2097155) !== 2) {
      throw new FS.ErrnoError(2);
    }
    if ((stream.flags & 2097155) === 1) {
      throw new FS.ErrnoError(2);
    }
    if (!stream.stream_ops.mmap) {
      throw new FS.ErrnoError(43);
    }
    if (!length) {
      throw new FS.ErrnoError(28);
    }
    return stream.stream_ops.mmap(stream, length, position, prot, flags);
  }, msync(stream, buffer, offset, length, mmapFlags) {
    if (!stream.stream_ops.msync) {
      return 0;
    }
    return stream.stream_ops.msync(stream, buffer, offset, length, mmapFlags);
  }, ioctl(stream, cmd, arg) {
    if (!stream.stream_ops.ioctl) {
      throw new FS.ErrnoError(59);
    }
    return stream.stream_ops.ioctl(stream, cmd, arg);
  }, readFile(path, opts = {}) {
    opts.flags = opts.flags || 0;
    opts.encoding = opts.encoding || "binary";
    if (opts.encoding !== "utf8" && opts.encoding !== "binary") {
      abort(`Invalid encoding type "${opts.encoding}"`);
    }
    var stream = FS.open(path, opts.flags);
    var stat3 = FS.stat(path);
    var length = stat3.size;
    var buf = new Uint8Array(length);
    FS.read(stream, buf, 0, length, 0);
    if (opts.encoding === "utf8") {
      buf = UTF8ArrayToString(buf);
    }
    FS.close(stream);
    return buf;
  }, writeFile(path, data, opts = {}) {
    opts.flags = opts.flags || 577;
    var stream = FS.open(path, opts.flags, opts.mode);
    if (typeof data == "string") {
      data = new Uint8Array(intArrayFromString(data, true));
    }
    if (ArrayBuffer.isView(data)) {
      FS.write(stream, data, 0, data.byteLength, void 0, opts.canOwn);
    } else {
      abort("Unsupported data type");
    }
    FS.close(stream);
  }, cwd: () => FS.currentPath, chdir(path) {
    var lookup = FS.lookupPath(path, { follow: true });
    if (lookup.node === null) {
      throw new FS.ErrnoError(44);
    }
    if (!FS.isDir(lookup.node.mode)) {
      throw new FS.ErrnoError(54);
    }
    var errCode = FS.nodePermissions(lookup.node, "x");
    if (errCode) {
      throw new FS.ErrnoError(errCode);
    }
    FS.currentPath = lookup.path;
  }, createDefaultDirectories() {
    FS.mkdir("/tmp");
    FS.mkdir("/home");
    FS.mkdir("/home/web_user");
  }, createDefaultDevices() {
    FS.mkdir("/dev");
    FS.registerDevice(FS.makedev(1, 3), { read: () => 0, write: (stream, buffer, offset, length, pos) => length, llseek: () => 0 });
    FS.mkdev("/dev/null", FS.makedev(1, 3));
    TTY.register(FS.makedev(5, 0), TTY.default_tty_ops);
    TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops);
    FS.mkdev("/dev/tty", FS.makedev(5, 0));
    FS.mkdev("/dev/tty1", FS.makedev(6, 0));
    var randomBuffer = new Uint8Array(1024), randomLeft = 0;
    var randomByte = () => {
      if (randomLeft === 0) {
        randomFill(randomBuffer);
        randomLeft = randomBuffer.byteLength;
      }
      return randomBuffer[--randomLeft];
    };
    FS.createDevice("/dev", "random", randomByte);
    FS.createDevice("/dev", "urandom", randomByte);
    FS.mkdir("/dev/shm");
    FS.mkdir("/dev/shm/tmp");
  }, createSpecialDirectories() {
    FS.mkdir("/proc");
    var proc_self = FS.mkdir("/proc/self");
    FS.mkdir("/proc/self/fd");
    FS.mount({ mount() {
      var node = FS.createNode(proc_self, "fd", 16895, 73);
      node.stream_ops = { llseek: MEMFS.stream_ops.llseek };
      node.node_ops = { lookup(parent, name) {
        var fd = +name;
        var stream = FS.getStreamChecked(fd);
        var ret = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => stream.path }, id: fd + 1 };
        ret.parent = ret;
        return ret;
      }, readdir() {
        return Array.from(FS.streams.entries()).filter(([k, v]) => v).map(([k, v]) => k.toString());
      } };
      return node;
    } }, {}, "/proc/self/fd");
  }, createStandardStreams(input, output, error) {
    if (input) {
      FS.createDevice("/dev", "stdin", input);
    } else {
      FS.symlink("/dev/tty", "/dev/stdin");
    }
    if (output) {
      FS.createDevice("/dev", "stdout", null, output);
    } else {
      FS.symlink("/dev/tty", "/dev/stdout");
    }
    if (error) {
      FS.createDevice("/dev", "stderr", null, error);
    } else {
      FS.symlink("/dev/tty1", "/dev/stderr");
    }
    var stdin = FS.open("/dev/stdin", 0);
    var stdout = FS.open("/dev/stdout", 1);
    var stderr = FS.open("/dev/stderr", 1);
  }, staticInit() {
    FS.nameTable = new Array(4096);
    FS.mount(MEMFS, {}, "/");
    FS.createDefaultDirectories();
    FS.createDefaultDevices();
    FS.createSpecialDirectories();
    FS.filesystems = { MEMFS, IDBFS, WORKERFS };
  }, init(input, output, error) {
    FS.initialized = true;
    input ??= Module2["stdin"];
    output ??= Module2["stdout"];
    error ??= Module2["stderr"];
    FS.createStandardStreams(input, output, error);
  }, quit() {
    FS.initialized = false;
    for (var stream of FS.streams) {
      if (stream) {
        FS.close(stream);
      }
    }
  }, findObject(path, dontResolveLastLink) {
    var ret = FS.analyzePath(path, dontResolveLastLink);
    if (!ret.exists) {
      return null;
    }
    return ret.object;
  }, analyzePath(path, dontResolveLastLink) {
    try {
      var lookup = FS.lookupPath(path, { follow: !dontResolveLastLink });
      path = lookup.path;
    } catch (e) {
    }
    var ret = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
    try {
      var lookup = FS.lookupPath(path, { parent: true });
      ret.parentExists = true;
      ret.parentPath = lookup.path;
      ret.parentObject = lookup.node;
      ret.name = PATH.basename(path);
      lookup = FS.lookupPath(path, { follow: !dontResolveLastLink });
      ret.exists = true;
      ret.path = lookup.path;
      ret.object = lookup.node;
      ret.name = lookup.node.name;
      ret.isRoot = lookup.path === "/";
    } catch (e) {
      ret.error = e.errno;
    }
    return ret;
  }, createPath(parent, path, canRead, canWrite) {
    parent = typeof parent == "string" ? parent : FS.getPath(parent);
    var parts = path.split("/").reverse();
    while (parts.length) {
      var part = parts.pop();
      if (!part) continue;
      var current = PATH.join2(parent, part);
      try {
        FS.mkdir(current);
      } catch (e) {
        if (e.errno != 20) throw e;
      }
      parent = current;
    }
    return current;
  }, createFile(parent, name, properties, canRead, canWrite) {
    var path = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name);
    var mode = FS_getMode(canRead, canWrite);
    return FS.create(path, mode);
  }, createDataFile(parent, name, data, canRead, canWrite, canOwn) {
    var path = name;
    if (parent) {
      parent = typeof parent == "string" ? parent : FS.getPath(parent);
      path = name ? PATH.join2(parent, name) : parent;
    }
    var mode = FS_getMode(canRead, canWrite);
    var node = FS.create(path, mode);
    if (data) {
      if (typeof data == "string") {
        var arr = new Array(data.length);
        for (var i2 = 0, len = data.length; i2 < len; ++i2) arr[i2] = data.charCodeAt(i2);
        data = arr;
      }
      FS.chmod(node, mode | 146);
      var stream = FS.open(node, 577);
      FS.write(stream, data, 0, data.length, 0, canOwn);
      FS.close(stream);
      FS.chmod(node, mode);
    }
  }, createDevice(parent, name, input, output) {
    var path = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name);
    var mode = FS_getMode(!!input, !!output);
    FS.createDevice.major ??= 64;
    var dev = FS.makedev(FS.createDevice.major++, 0);
    FS.registerDevice(dev, { open(stream) {
      stream.seekable = false;
    }, close(stream) {
      if (output?.buffer?.length) {
        output(10);
      }
    }, read(stream, buffer, offset, length, pos) {
      var bytesRead = 0;
      for (var i2 = 0; i2 < length; i2++) {
        var result;
        try {
          result = input();
        } catch (e) {
          throw new FS.ErrnoError(29);
        }
        if (result === void 0 && bytesRead === 0) {
          throw new FS.ErrnoError(6);
        }
        if (result === null || result === void 0) break;
        bytesRead++;
        buffer[offset + i2] = result;
      }
      if (bytesRead) {
        stream.node.atime = Date.now();
      }
      return bytesRead;
    }, write(stream, buffer, offset, length, pos) {
      for (var i2 = 0; i2 < length; i2++) {
        try {
          output(buffer[offset + i2]);
        } catch (e) {
          throw new FS.ErrnoError(29);
        }
      }
      if (length) {
        stream.node.mtime = stream.node.ctime = Date.now();
      }
      return i2;
    } });
    return FS.mkdev(path, mode, dev);
  }, forceLoadFile(obj) {
    if (obj.isDevice || obj.isFolder || obj.link || obj.contents) return true;
    if (globalThis.XMLHttpRequest) {
      abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
    } else {
      try {
        obj.contents = readBinary(obj.url);
      } catch (e) {
        throw new FS.ErrnoError(29);
      }
    }
  }, createLazyFile(parent, name, url, canRead, canWrite) {
    class LazyUint8Array {
      lengthKnown = false;
      chunks = [];
      get(idx) {
        if (idx > this.length - 1 || idx < 0) {
          return void 0;
        }
        var chunkOffset = idx % this.chunkSize;
        var chunkNum = idx / this.chunkSize | 0;
        return this.getter(chunkNum)[chunkOffset];
      }
      setDataGetter(getter) {
        this.getter = getter;
      }
      cacheLength() {
        var xhr = new XMLHttpRequest();
        xhr.open("HEAD", url, false);
        xhr.send(null);
        if (!(xhr.status >= 200 && xhr.status < 300 || xhr.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr.status);
        var datalength = Number(xhr.getResponseHeader("Content-length"));
        var header;
        var hasByteServing = (header = xhr.getResponseHeader("Accept-Ranges")) && header === "bytes";
        var usesGzip = (header = xhr.getResponseHeader("Content-Encoding")) && header === "gzip";
        var chunkSize = 1024 * 1024;
        if (!hasByteServing) chunkSize = datalength;
        var doXHR = (from, to) => {
          if (from > to) abort("invalid range (" + from + ", " + to + ") or no bytes requested!");
          if (to > datalength - 1) abort("only " + datalength + " bytes available! programmer error!");
          var xhr2 = new XMLHttpRequest();
          xhr2.open("GET", url, false);
          if (datalength !== chunkSize) xhr2.setRequestHeader("Range", "bytes=" + from + "-" + to);
          xhr2.responseType = "arraybuffer";
          if (xhr2.overrideMimeType) {
            xhr2.overrideMimeType("text/plain; charset=x-user-defined");
          }
          xhr2.send(null);
          if (!(xhr2.status >= 200 && xhr2.status < 300 || xhr2.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr2.status);
          if (xhr2.response !== void 0) {
            return new Uint8Array(xhr2.response || []);
          }
          return intArrayFromString(xhr2.responseText || "", true);
        };
        var lazyArray2 = this;
        lazyArray2.setDataGetter((chunkNum) => {
          var start = chunkNum * chunkSize;
          var end = (chunkNum + 1) * chunkSize - 1;
          end = Math.min(end, datalength - 1);
          if (typeof lazyArray2.chunks[chunkNum] == "undefined") {
            lazyArray2.chunks[chunkNum] = doXHR(start, end);
          }
          if (typeof lazyArray2.chunks[chunkNum] == "undefined") abort("doXHR failed!");
          return lazyArray2.chunks[chunkNum];
        });
        if (usesGzip || !datalength) {
          chunkSize = datalength = 1;
          datalength = this.getter(0).length;
          chunkSize = datalength;
          out("LazyFiles on gzip forces download of the whole file when length is accessed");
        }
        this._length = datalength;
        this._chunkSize = chunkSize;
        this.lengthKnown = true;
      }
      get length() {
        if (!this.lengthKnown) {
          this.cacheLength();
        }
        return this._length;
      }
      get chunkSize() {
        if (!this.lengthKnown) {
          this.cacheLength();
        }
        return this._chunkSize;
      }
    }
    if (globalThis.XMLHttpRequest) {
      if (!ENVIRONMENT_IS_WORKER) abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");
      var lazyArray = new LazyUint8Array();
      var properties = { isDevice: false, contents: lazyArray };
    } else {
      var properties = { isDevice: false, url };
    }
    var node = FS.createFile(parent, name, properties, canRead, canWrite);
    if (properties.contents) {
      node.contents = properties.contents;
    } else if (properties.url) {
      node.contents = null;
      node.url = properties.url;
    }
    Object.defineProperties(node, { usedBytes: { get: function() {
      return this.contents.length;
    } } });
    var stream_ops = {};
    for (const [key2, fn] of Object.entries(node.stream_ops)) {
      stream_ops[key2] = (...args) => {
        FS.forceLoadFile(node);
        return fn(...args);
      };
    }
    function writeChunks(stream, buffer, offset, length, position) {
      var contents = stream.node.contents;
      if (position >= contents.length) return 0;
      var size = Math.min(contents.length - position, length);
      if (contents.slice) {
        for (var i2 = 0; i2 < size; i2++) {
          buffer[offset + i2] = contents[position + i2];
        }
      } else {
        for (var i2 = 0; i2 < size; i2++) {
          buffer[offset + i2] = contents.get(position + i2);
        }
      }
      return size;
    }
    stream_ops.read = (stream, buffer, offset, length, position) => {
      FS.forceLoadFile(node);
      return writeChunks(stream, buffer, offset, length, position);
    };
    stream_ops.mmap = (stream, length, position, prot, flags) => {
      FS.forceLoadFile(node);
      var ptr = mmapAlloc(length);
      if (!ptr) {
        throw new FS.ErrnoError(48);
      }
      writeChunks(stream, HEAP8, ptr, length, position);
      return { ptr, allocated: true };
    };
    node.stream_ops = stream_ops;
    return node;
  } };
  var findLibraryFS = (libName, rpath) => {
    if (!runtimeInitialized) {
      return void 0;
    }
    if (PATH.isAbs(libName)) {
      try {
        FS.lookupPath(libName);
        return libName;
      } catch (e) {
        return void 0;
      }
    }
    var rpathResolved = (rpath?.paths || []).map((p) => replaceORIGIN(rpath?.parentLibPath, p));
    return withStackSave(() => {
      var bufSize = 2 * 255 + 2;
      var buf = stackAlloc(bufSize);
      var rpathC = stringToUTF8OnStack(rpathResolved.join(":"));
      var libNameC = stringToUTF8OnStack(libName);
      var resLibNameC = __emscripten_find_dylib(buf, rpathC, libNameC, bufSize);
      return resLibNameC ? UTF8ToString(resLibNameC) : void 0;
    });
  };
  function loadDynamicLibrary(libName, flags = { global: true, nodelete: true }, localScope, handle) {
    var dso = LDSO.loadedLibsByName[libName];
    if (dso) {
      if (!flags.global) {
        if (localScope) {
          Object.assign(localScope, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName);
      }
      if (flags.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle) {
        LDSO.loadedLibsByHandle[handle] = dso;
      }
      return flags.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName, handle, "loading");
    dso.refcount = flags.nodelete ? Infinity : 1;
    dso.global = flags.global;
    function loadLibData() {
      if (handle) {
        var data = HEAPU32[handle + 28 >> 2];
        var dataSize = HEAPU32[handle + 32 >> 2];
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var f = findLibraryFS(libName, flags.rpath);
      if (f) {
        var libData = FS.readFile(f, { encoding: "binary" });
        return flags.loadAsync ? Promise.resolve(libData) : libData;
      }
      var libFile = locateFile(libName);
      if (flags.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    function getExports() {
      var preloaded = preloadedWasm[libName];
      if (preloaded) {
        return flags.loadAsync ? Promise.resolve(preloaded) : preloaded;
      }
      if (flags.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags, libName, localScope, handle));
      }
      return loadWebAssemblyModule(loadLibData(), flags, libName, localScope, handle);
    }
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName);
      } else if (localScope) {
        Object.assign(localScope, exports);
      }
      dso.exports = exports;
    }
    if (flags.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  var reportUndefinedSymbols = () => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == -1) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          entry.value = 0;
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else if (typeof value.value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value} (${value})`);
        }
      }
    }
  };
  var loadDylibs = async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, { loadAsync: true, global: true, nodelete: true, allowUndefined: true });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  };
  var noExitRuntime = true;
  class ExceptionInfo {
    constructor(excPtr) {
      this.excPtr = excPtr;
      this.ptr = excPtr - 24;
    }
    set_type(type) {
      HEAPU32[this.ptr + 4 >> 2] = type;
    }
    get_type() {
      return HEAPU32[this.ptr + 4 >> 2];
    }
    set_destructor(destructor) {
      HEAPU32[this.ptr + 8 >> 2] = destructor;
    }
    get_destructor() {
      return HEAPU32[this.ptr + 8 >> 2];
    }
    set_caught(caught) {
      caught = caught ? 1 : 0;
      HEAP8[this.ptr + 12] = caught;
    }
    get_caught() {
      return HEAP8[this.ptr + 12] != 0;
    }
    set_rethrown(rethrown) {
      rethrown = rethrown ? 1 : 0;
      HEAP8[this.ptr + 13] = rethrown;
    }
    get_rethrown() {
      return HEAP8[this.ptr + 13] != 0;
    }
    init(type, destructor) {
      this.set_adjusted_ptr(0);
      this.set_type(type);
      this.set_destructor(destructor);
    }
    set_adjusted_ptr(adjustedPtr) {
      HEAPU32[this.ptr + 16 >> 2] = adjustedPtr;
    }
    get_adjusted_ptr() {
      return HEAPU32[this.ptr + 16 >> 2];
    }
  }
  var exceptionLast = 0;
  var uncaughtExceptionCount = 0;
  var ___cxa_throw = (ptr, type, destructor) => {
    var info = new ExceptionInfo(ptr);
    info.init(type, destructor);
    exceptionLast = ptr;
    uncaughtExceptionCount++;
    throw exceptionLast;
  };
  ___cxa_throw.sig = "vppp";
  var SYSCALLS = { calculateAt(dirfd, path, allowEmpty) {
    if (PATH.isAbs(path)) {
      return path;
    }
    var dir;
    if (dirfd === -100) {
      dir = FS.cwd();
    } else {
      var dirstream = SYSCALLS.getStreamFromFD(dirfd);
      dir = dirstream.path;
    }
    if (path.length == 0) {
      if (!allowEmpty) {
        throw new FS.ErrnoError(44);
      }
      return dir;
    }
    return dir + "/" + path;
  }, writeStat(buf, stat3) {
    HEAPU32[buf >> 2] = stat3.dev;
    HEAPU32[buf + 4 >> 2] = stat3.mode;
    HEAPU32[buf + 8 >> 2] = stat3.nlink;
    HEAPU32[buf + 12 >> 2] = stat3.uid;
    HEAPU32[buf + 16 >> 2] = stat3.gid;
    HEAPU32[buf + 20 >> 2] = stat3.rdev;
    HEAP64[buf + 24 >> 3] = BigInt(stat3.size);
    HEAP32[buf + 32 >> 2] = 4096;
    HEAP32[buf + 36 >> 2] = stat3.blocks;
    var atime = stat3.atime.getTime();
    var mtime = stat3.mtime.getTime();
    var ctime = stat3.ctime.getTime();
    HEAP64[buf + 40 >> 3] = BigInt(Math.floor(atime / 1e3));
    HEAPU32[buf + 48 >> 2] = atime % 1e3 * 1e3 * 1e3;
    HEAP64[buf + 56 >> 3] = BigInt(Math.floor(mtime / 1e3));
    HEAPU32[buf + 64 >> 2] = mtime % 1e3 * 1e3 * 1e3;
    HEAP64[buf + 72 >> 3] = BigInt(Math.floor(ctime / 1e3));
    HEAPU32[buf + 80 >> 2] = ctime % 1e3 * 1e3 * 1e3;
    HEAP64[buf + 88 >> 3] = BigInt(stat3.ino);
    return 0;
  }, writeStatFs(buf, stats) {
    HEAPU32[buf + 4 >> 2] = stats.bsize;
    HEAPU32[buf + 60 >> 2] = stats.bsize;
    HEAP64[buf + 8 >> 3] = BigInt(stats.blocks);
    HEAP64[buf + 16 >> 3] = BigInt(stats.bfree);
    HEAP64[buf + 24 >> 3] = BigInt(stats.bavail);
    HEAP64[buf + 32 >> 3] = BigInt(stats.files);
    HEAP64[buf + 40 >> 3] = BigInt(stats.ffree);
    HEAPU32[buf + 48 >> 2] = stats.fsid;
    HEAPU32[buf + 64 >> 2] = stats.flags;
    HEAPU32[buf + 56 >> 2] = stats.namelen;
  }, doMsync(addr, stream, len, flags, offset) {
    if (!FS.isFile(stream.node.mode)) {
      throw new FS.ErrnoError(43);
    }
    if (flags & 2) {
      return 0;
    }
    var buffer = HEAPU8.slice(addr, addr + len);
    FS.msync(stream, buffer, offset, len, flags);
  }, getStreamFromFD(fd) {
    var stream = FS.getStreamChecked(fd);
    return stream;
  }, varargs: void 0, getStr(ptr) {
    var ret = UTF8ToString(ptr);
    return ret;
  } };
  function ___syscall_dup3(fd, newfd, flags) {
    try {
      var old = SYSCALLS.getStreamFromFD(fd);
      if (old.fd === newfd) return -28;
      if (newfd < 0 || newfd >= FS.MAX_OPEN_FDS) return -8;
      var existing = FS.getStream(newfd);
      if (existing) FS.close(existing);
      return FS.dupStream(old, newfd).fd;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_dup3.sig = "iiii";
  function ___syscall_faccessat(dirfd, path, amode, flags) {
    try {
      path = SYSCALLS.getStr(path);
      path = SYSCALLS.calculateAt(dirfd, path);
      if (amode & ~7) {
        return -28;
      }
      var lookup = FS.lookupPath(path, { follow: true });
      var node = lookup.node;
      if (!node) {
        return -44;
      }
      var perms = "";
      if (amode & 4) perms += "r";
      if (amode & 2) perms += "w";
      if (amode & 1) perms += "x";
      if (perms && FS.nodePermissions(node, perms)) {
        return -2;
      }
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_faccessat.sig = "iipii";
  var syscallGetVarargI = () => {
    var ret = HEAP32[+SYSCALLS.varargs >> 2];
    SYSCALLS.varargs += 4;
    return ret;
  };
  var syscallGetVarargP = syscallGetVarargI;
  function ___syscall_fcntl64(fd, cmd, varargs) {
    SYSCALLS.varargs = varargs;
    try {
      var stream = SYSCALLS.getStreamFromFD(fd);
      switch (cmd) {
        case 0: {
          var arg = syscallGetVarargI();
          if (arg < 0) {
            return -28;
          }
          while (FS.streams[arg]) {
            arg++;
          }
          var newStream;
          newStream = FS.dupStream(stream, arg);
          return newStream.fd;
        }
        case 1:
        case 2:
          return 0;
        case 3:
          return stream.flags;
        case 4: {
          var arg = syscallGetVarargI();
          stream.flags |= arg;
          return 0;
        }
        case 12: {
          var arg = syscallGetVarargP();
          var offset = 0;
          HEAP16[arg + offset >> 1] = 2;
          return 0;
        }
        case 13:
        case 14:
          return 0;
      }
      return -28;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_fcntl64.sig = "iiip";
  function ___syscall_fstat64(fd, buf) {
    try {
      return SYSCALLS.writeStat(buf, FS.fstat(fd));
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_fstat64.sig = "iip";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = (num2) => num2 < INT53_MIN || num2 > INT53_MAX ? NaN : Number(num2);
  function ___syscall_ftruncate64(fd, length) {
    length = bigintToI53Checked(length);
    try {
      if (isNaN(length)) return -61;
      FS.ftruncate(fd, length);
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_ftruncate64.sig = "iij";
  function ___syscall_getcwd(buf, size) {
    try {
      if (size === 0) return -28;
      var cwd = FS.cwd();
      var cwdLengthInBytes = lengthBytesUTF8(cwd) + 1;
      if (size < cwdLengthInBytes) return -68;
      stringToUTF8(cwd, buf, size);
      return cwdLengthInBytes;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_getcwd.sig = "ipp";
  function ___syscall_getdents64(fd, dirp, count) {
    try {
      var stream = SYSCALLS.getStreamFromFD(fd);
      stream.getdents ||= FS.readdir(stream.path);
      var struct_size = 280;
      var pos = 0;
      var off = FS.llseek(stream, 0, 1);
      var startIdx = Math.floor(off / struct_size);
      var endIdx = Math.min(stream.getdents.length, startIdx + Math.floor(count / struct_size));
      for (var idx = startIdx; idx < endIdx; idx++) {
        var id;
        var type;
        var name = stream.getdents[idx];
        if (name === ".") {
          id = stream.node.id;
          type = 4;
        } else if (name === "..") {
          var lookup = FS.lookupPath(stream.path, { parent: true });
          id = lookup.node.id;
          type = 4;
        } else {
          var child;
          try {
            child = FS.lookupNode(stream.node, name);
          } catch (e) {
            if (e?.errno === 28) {
              continue;
            }
            throw e;
          }
          id = child.id;
          type = FS.isChrdev(child.mode) ? 2 : FS.isDir(child.mode) ? 4 : FS.isLink(child.mode) ? 10 : 8;
        }
        HEAP64[dirp + pos >> 3] = BigInt(id);
        HEAP64[dirp + pos + 8 >> 3] = BigInt((idx + 1) * struct_size);
        HEAP16[dirp + pos + 16 >> 1] = 280;
        HEAP8[dirp + pos + 18] = type;
        stringToUTF8(name, dirp + pos + 19, 256);
        pos += struct_size;
      }
      FS.llseek(stream, idx * struct_size, 0);
      return pos;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_getdents64.sig = "iipp";
  function ___syscall_ioctl(fd, op, varargs) {
    SYSCALLS.varargs = varargs;
    try {
      var stream = SYSCALLS.getStreamFromFD(fd);
      switch (op) {
        case 21509: {
          if (!stream.tty) return -59;
          return 0;
        }
        case 21505: {
          if (!stream.tty) return -59;
          if (stream.tty.ops.ioctl_tcgets) {
            var termios = stream.tty.ops.ioctl_tcgets(stream);
            var argp = syscallGetVarargP();
            HEAP32[argp >> 2] = termios.c_iflag || 0;
            HEAP32[argp + 4 >> 2] = termios.c_oflag || 0;
            HEAP32[argp + 8 >> 2] = termios.c_cflag || 0;
            HEAP32[argp + 12 >> 2] = termios.c_lflag || 0;
            for (var i2 = 0; i2 < 32; i2++) {
              HEAP8[argp + i2 + 17] = termios.c_cc[i2] || 0;
            }
            return 0;
          }
          return 0;
        }
        case 21510:
        case 21511:
        case 21512: {
          if (!stream.tty) return -59;
          return 0;
        }
        case 21506:
        case 21507:
        case 21508: {
          if (!stream.tty) return -59;
          if (stream.tty.ops.ioctl_tcsets) {
            var argp = syscallGetVarargP();
            var c_iflag = HEAP32[argp >> 2];
            var c_oflag = HEAP32[argp + 4 >> 2];
            var c_cflag = HEAP32[argp + 8 >> 2];
            var c_lflag = HEAP32[argp + 12 >> 2];
            var c_cc = [];
            for (var i2 = 0; i2 < 32; i2++) {
              c_cc.push(HEAP8[argp + i2 + 17]);
            }
            return stream.tty.ops.ioctl_tcsets(stream.tty, op, { c_iflag, c_oflag, c_cflag, c_lflag, c_cc });
          }
          return 0;
        }
        case 21519: {
          if (!stream.tty) return -59;
          var argp = syscallGetVarargP();
          HEAP32[argp >> 2] = 0;
          return 0;
        }
        case 21520: {
          if (!stream.tty) return -59;
          return -28;
        }
        case 21537:
        case 21531: {
          var argp = syscallGetVarargP();
          return FS.ioctl(stream, op, argp);
        }
        case 21523: {
          if (!stream.tty) return -59;
          if (stream.tty.ops.ioctl_tiocgwinsz) {
            var winsize = stream.tty.ops.ioctl_tiocgwinsz(stream.tty);
            var argp = syscallGetVarargP();
            HEAP16[argp >> 1] = winsize[0];
            HEAP16[argp + 2 >> 1] = winsize[1];
          }
          return 0;
        }
        case 21524: {
          if (!stream.tty) return -59;
          return 0;
        }
        case 21515: {
          if (!stream.tty) return -59;
          return 0;
        }
        default:
          return -28;
      }
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_ioctl.sig = "iiip";
  function ___syscall_lstat64(path, buf) {
    try {
      path = SYSCALLS.getStr(path);
      return SYSCALLS.writeStat(buf, FS.lstat(path));
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_lstat64.sig = "ipp";
  function ___syscall_newfstatat(dirfd, path, buf, flags) {
    try {
      path = SYSCALLS.getStr(path);
      var nofollow = flags & 256;
      var allowEmpty = flags & 4096;
      flags = flags & ~6400;
      path = SYSCALLS.calculateAt(dirfd, path, allowEmpty);
      return SYSCALLS.writeStat(buf, nofollow ? FS.lstat(path) : FS.stat(path));
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_newfstatat.sig = "iippi";
  function ___syscall_openat(dirfd, path, flags, varargs) {
    SYSCALLS.varargs = varargs;
    try {
      path = SYSCALLS.getStr(path);
      path = SYSCALLS.calculateAt(dirfd, path);
      var mode = varargs ? syscallGetVarargI() : 0;
      return FS.open(path, flags, mode).fd;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_openat.sig = "iipip";
  function ___syscall_readlinkat(dirfd, path, buf, bufsize) {
    try {
      path = SYSCALLS.getStr(path);
      path = SYSCALLS.calculateAt(dirfd, path);
      if (bufsize <= 0) return -28;
      var ret = FS.readlink(path);
      var len = Math.min(bufsize, lengthBytesUTF8(ret));
      var endChar = HEAP8[buf + len];
      stringToUTF8(ret, buf, bufsize + 1);
      HEAP8[buf + len] = endChar;
      return len;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_readlinkat.sig = "iippp";
  function ___syscall_rmdir(path) {
    try {
      path = SYSCALLS.getStr(path);
      FS.rmdir(path);
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_rmdir.sig = "ip";
  function ___syscall_stat64(path, buf) {
    try {
      path = SYSCALLS.getStr(path);
      return SYSCALLS.writeStat(buf, FS.stat(path));
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_stat64.sig = "ipp";
  function ___syscall_unlinkat(dirfd, path, flags) {
    try {
      path = SYSCALLS.getStr(path);
      path = SYSCALLS.calculateAt(dirfd, path);
      if (!flags) {
        FS.unlink(path);
      } else if (flags === 512) {
        FS.rmdir(path);
      } else {
        return -28;
      }
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_unlinkat.sig = "iipi";
  var __abort_js = () => abort("");
  __abort_js.sig = "v";
  var dlSetError = (msg) => {
    var sp = stackSave();
    var cmsg = stringToUTF8OnStack(msg);
    ___dl_seterr(cmsg, 0);
    stackRestore(sp);
  };
  var dlopenInternal = (handle, jsflags) => {
    var filename = UTF8ToString(handle + 36);
    var flags = HEAP32[handle + 4 >> 2];
    filename = PATH.normalize(filename);
    var global = Boolean(flags & 256);
    var localScope = global ? null : {};
    var combinedFlags = { global, nodelete: Boolean(flags & 4096), loadAsync: jsflags.loadAsync };
    if (jsflags.loadAsync) {
      return loadDynamicLibrary(filename, combinedFlags, localScope, handle);
    }
    try {
      return loadDynamicLibrary(filename, combinedFlags, localScope, handle);
    } catch (e) {
      dlSetError(`could not load dynamic lib: ${filename}
${e}`);
      return 0;
    }
  };
  var __dlopen_js = (handle) => dlopenInternal(handle, { loadAsync: false });
  __dlopen_js.sig = "pp";
  var __dlsym_js = (handle, symbol, symbolIndex) => {
    symbol = UTF8ToString(symbol);
    var result;
    var newSymIndex;
    var lib = LDSO.loadedLibsByHandle[handle];
    newSymIndex = Object.keys(lib.exports).indexOf(symbol);
    if (newSymIndex == -1 || lib.exports[symbol].stub) {
      dlSetError(`Tried to lookup unknown symbol "${symbol}" in dynamic lib: ${lib.name}`);
      return 0;
    }
    result = lib.exports[symbol];
    if (typeof result == "function") {
      var addr = getFunctionAddress(result);
      if (addr) {
        result = addr;
      } else {
        result = addFunction(result, result.sig);
        HEAPU32[symbolIndex >> 2] = newSymIndex;
      }
    }
    return result;
  };
  __dlsym_js.sig = "pppp";
  var AsciiToString = (ptr) => {
    var str2 = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str2;
      str2 += String.fromCharCode(ch);
    }
  };
  var awaitingDependencies = {};
  var registeredTypes = {};
  var typeDependencies = {};
  var BindingError = class BindingError extends Error {
    constructor(message) {
      super(message);
      this.name = "BindingError";
    }
  };
  var throwBindingError = (message) => {
    throw new BindingError(message);
  };
  function sharedRegisterType(rawType, registeredInstance, options = {}) {
    var name = registeredInstance.name;
    if (!rawType) {
      throwBindingError(`type "${name}" must have a positive integer typeid pointer`);
    }
    if (registeredTypes.hasOwnProperty(rawType)) {
      if (options.ignoreDuplicateRegistrations) {
        return;
      } else {
        throwBindingError(`Cannot register type '${name}' twice`);
      }
    }
    registeredTypes[rawType] = registeredInstance;
    delete typeDependencies[rawType];
    if (awaitingDependencies.hasOwnProperty(rawType)) {
      var callbacks = awaitingDependencies[rawType];
      delete awaitingDependencies[rawType];
      callbacks.forEach((cb) => cb());
    }
  }
  function registerType(rawType, registeredInstance, options = {}) {
    return sharedRegisterType(rawType, registeredInstance, options);
  }
  var integerReadValueFromPointer = (name, width, signed) => {
    switch (width) {
      case 1:
        return signed ? (pointer) => HEAP8[pointer] : (pointer) => HEAPU8[pointer];
      case 2:
        return signed ? (pointer) => HEAP16[pointer >> 1] : (pointer) => HEAPU16[pointer >> 1];
      case 4:
        return signed ? (pointer) => HEAP32[pointer >> 2] : (pointer) => HEAPU32[pointer >> 2];
      case 8:
        return signed ? (pointer) => HEAP64[pointer >> 3] : (pointer) => HEAPU64[pointer >> 3];
      default:
        throw new TypeError(`invalid integer width (${width}): ${name}`);
    }
  };
  var __embind_register_bigint = (primitiveType, name, size, minRange, maxRange) => {
    name = AsciiToString(name);
    const isUnsignedType = minRange === 0n;
    let fromWireType = (value) => value;
    if (isUnsignedType) {
      const bitSize = size * 8;
      fromWireType = (value) => BigInt.asUintN(bitSize, value);
      maxRange = fromWireType(maxRange);
    }
    registerType(primitiveType, { name, fromWireType, toWireType: (destructors, value) => {
      if (typeof value == "number") {
        value = BigInt(value);
      }
      return value;
    }, readValueFromPointer: integerReadValueFromPointer(name, size, !isUnsignedType), destructorFunction: null });
  };
  __embind_register_bigint.sig = "vpppjj";
  var __embind_register_bool = (rawType, name, trueValue, falseValue) => {
    name = AsciiToString(name);
    registerType(rawType, { name, fromWireType: function(wt) {
      return !!wt;
    }, toWireType: function(destructors, o) {
      return o ? trueValue : falseValue;
    }, readValueFromPointer: function(pointer) {
      return this.fromWireType(HEAPU8[pointer]);
    }, destructorFunction: null });
  };
  __embind_register_bool.sig = "vppii";
  var shallowCopyInternalPointer = (o) => ({ count: o.count, deleteScheduled: o.deleteScheduled, preservePointerOnDelete: o.preservePointerOnDelete, ptr: o.ptr, ptrType: o.ptrType, smartPtr: o.smartPtr, smartPtrType: o.smartPtrType });
  var throwInstanceAlreadyDeleted = (obj) => {
    function getInstanceTypeName(handle) {
      return handle.$$.ptrType.registeredClass.name;
    }
    throwBindingError(getInstanceTypeName(obj) + " instance already deleted");
  };
  var finalizationRegistry = false;
  var detachFinalizer = (handle) => {
  };
  var runDestructor = ($$) => {
    if ($$.smartPtr) {
      $$.smartPtrType.rawDestructor($$.smartPtr);
    } else {
      $$.ptrType.registeredClass.rawDestructor($$.ptr);
    }
  };
  var releaseClassHandle = ($$) => {
    $$.count.value -= 1;
    var toDelete = 0 === $$.count.value;
    if (toDelete) {
      runDestructor($$);
    }
  };
  var attachFinalizer = (handle) => {
    if (!globalThis.FinalizationRegistry) {
      attachFinalizer = (handle2) => handle2;
      return handle;
    }
    finalizationRegistry = new FinalizationRegistry((info) => {
      releaseClassHandle(info.$$);
    });
    attachFinalizer = (handle2) => {
      var $$ = handle2.$$;
      var hasSmartPtr = !!$$.smartPtr;
      if (hasSmartPtr) {
        var info = { $$ };
        finalizationRegistry.register(handle2, info, handle2);
      }
      return handle2;
    };
    detachFinalizer = (handle2) => finalizationRegistry.unregister(handle2);
    return attachFinalizer(handle);
  };
  var deletionQueue = [];
  var flushPendingDeletes = () => {
    while (deletionQueue.length) {
      var obj = deletionQueue.pop();
      obj.$$.deleteScheduled = false;
      obj["delete"]();
    }
  };
  var delayFunction;
  var init_ClassHandle = () => {
    let proto = ClassHandle.prototype;
    Object.assign(proto, { isAliasOf(other) {
      if (!(this instanceof ClassHandle)) {
        return false;
      }
      if (!(other instanceof ClassHandle)) {
        return false;
      }
      var leftClass = this.$$.ptrType.registeredClass;
      var left = this.$$.ptr;
      other.$$ = other.$$;
      var rightClass = other.$$.ptrType.registeredClass;
      var right = other.$$.ptr;
      while (leftClass.baseClass) {
        left = leftClass.upcast(left);
        leftClass = leftClass.baseClass;
      }
      while (rightClass.baseClass) {
        right = rightClass.upcast(right);
        rightClass = rightClass.baseClass;
      }
      return leftClass === rightClass && left === right;
    }, clone() {
      if (!this.$$.ptr) {
        throwInstanceAlreadyDeleted(this);
      }
      if (this.$$.preservePointerOnDelete) {
        this.$$.count.value += 1;
        return this;
      } else {
        var clone = attachFinalizer(Object.create(Object.getPrototypeOf(this), { $$: { value: shallowCopyInternalPointer(this.$$) } }));
        clone.$$.count.value += 1;
        clone.$$.deleteScheduled = false;
        return clone;
      }
    }, delete() {
      if (!this.$$.ptr) {
        throwInstanceAlreadyDeleted(this);
      }
      if (this.$$.deleteScheduled && !this.$$.preservePointerOnDelete) {
        throwBindingError("Object already scheduled for deletion");
      }
      detachFinalizer(this);
      releaseClassHandle(this.$$);
      if (!this.$$.preservePointerOnDelete) {
        this.$$.smartPtr = void 0;
        this.$$.ptr = void 0;
      }
    }, isDeleted() {
      return !this.$$.ptr;
    }, deleteLater() {
      if (!this.$$.ptr) {
        throwInstanceAlreadyDeleted(this);
      }
      if (this.$$.deleteScheduled && !this.$$.preservePointerOnDelete) {
        throwBindingError("Object already scheduled for deletion");
      }
      deletionQueue.push(this);
      if (deletionQueue.length === 1 && delayFunction) {
        delayFunction(flushPendingDeletes);
      }
      this.$$.deleteScheduled = true;
      return this;
    } });
    const symbolDispose = Symbol.dispose;
    if (symbolDispose) {
      proto[symbolDispose] = proto["delete"];
    }
  };
  function ClassHandle() {
  }
  var registeredPointers = {};
  var ensureOverloadTable = (proto, methodName, humanName) => {
    if (void 0 === proto[methodName].overloadTable) {
      var prevFunc = proto[methodName];
      proto[methodName] = function(...args) {
        if (!proto[methodName].overloadTable.hasOwnProperty(args.length)) {
          throwBindingError(`Function '${humanName}' called with an invalid number of arguments (${args.length}) - expects one of (${proto[methodName].overloadTable})!`);
        }
        return proto[methodName].overloadTable[args.length].apply(this, args);
      };
      proto[methodName].overloadTable = [];
      proto[methodName].overloadTable[prevFunc.argCount] = prevFunc;
    }
  };
  var exposePublicSymbol = (name, value, numArguments) => {
    if (Module2.hasOwnProperty(name)) {
      if (void 0 === numArguments || void 0 !== Module2[name].overloadTable && void 0 !== Module2[name].overloadTable[numArguments]) {
        throwBindingError(`Cannot register public name '${name}' twice`);
      }
      ensureOverloadTable(Module2, name, name);
      if (Module2[name].overloadTable.hasOwnProperty(numArguments)) {
        throwBindingError(`Cannot register multiple overloads of a function with the same number of arguments (${numArguments})!`);
      }
      Module2[name].overloadTable[numArguments] = value;
    } else {
      Module2[name] = value;
      Module2[name].argCount = numArguments;
    }
  };
  var char_0 = 48;
  var char_9 = 57;
  var makeLegalFunctionName = (name) => {
    name = name.replace(/[^a-zA-Z0-9_]/g, "$");
    var f = name.charCodeAt(0);
    if (f >= char_0 && f <= char_9) {
      return `_${name}`;
    }
    return name;
  };
  function RegisteredClass(name, constructor, instancePrototype, rawDestructor, baseClass, getActualType, upcast, downcast) {
    this.name = name;
    this.constructor = constructor;
    this.instancePrototype = instancePrototype;
    this.rawDestructor = rawDestructor;
    this.baseClass = baseClass;
    this.getActualType = getActualType;
    this.upcast = upcast;
    this.downcast = downcast;
    this.pureVirtualFunctions = [];
  }
  var upcastPointer = (ptr, ptrClass, desiredClass) => {
    while (ptrClass !== desiredClass) {
      if (!ptrClass.upcast) {
        throwBindingError(`Expected null or instance of ${desiredClass.name}, got an instance of ${ptrClass.name}`);
      }
      ptr = ptrClass.upcast(ptr);
      ptrClass = ptrClass.baseClass;
    }
    return ptr;
  };
  var embindRepr = (v) => {
    if (v === null) {
      return "null";
    }
    var t = typeof v;
    if (t === "object" || t === "array" || t === "function") {
      return v.toString();
    } else {
      return "" + v;
    }
  };
  function constNoSmartPtrRawPointerToWireType(destructors, handle) {
    if (handle === null) {
      if (this.isReference) {
        throwBindingError(`null is not a valid ${this.name}`);
      }
      return 0;
    }
    if (!handle.$$) {
      throwBindingError(`Cannot pass "${embindRepr(handle)}" as a ${this.name}`);
    }
    if (!handle.$$.ptr) {
      throwBindingError(`Cannot pass deleted object as a pointer of type ${this.name}`);
    }
    var handleClass = handle.$$.ptrType.registeredClass;
    var ptr = upcastPointer(handle.$$.ptr, handleClass, this.registeredClass);
    return ptr;
  }
  function genericPointerToWireType(destructors, handle) {
    var ptr;
    if (handle === null) {
      if (this.isReference) {
        throwBindingError(`null is not a valid ${this.name}`);
      }
      if (this.isSmartPointer) {
        ptr = this.rawConstructor();
        if (destructors !== null) {
          destructors.push(this.rawDestructor, ptr);
        }
        return ptr;
      } else {
        return 0;
      }
    }
    if (!handle || !handle.$$) {
      throwBindingError(`Cannot pass "${embindRepr(handle)}" as a ${this.name}`);
    }
    if (!handle.$$.ptr) {
      throwBindingError(`Cannot pass deleted object as a pointer of type ${this.name}`);
    }
    if (!this.isConst && handle.$$.ptrType.isConst) {
      throwBindingError(`Cannot convert argument of type ${handle.$$.smartPtrType ? handle.$$.smartPtrType.name : handle.$$.ptrType.name} to parameter type ${this.name}`);
    }
    var handleClass = handle.$$.ptrType.registeredClass;
    ptr = upcastPointer(handle.$$.ptr, handleClass, this.registeredClass);
    if (this.isSmartPointer) {
      if (void 0 === handle.$$.smartPtr) {
        throwBindingError("Passing raw pointer to smart pointer is illegal");
      }
      switch (this.sharingPolicy) {
        case 0:
          if (handle.$$.smartPtrType === this) {
            ptr = handle.$$.smartPtr;
          } else {
            throwBindingError(`Cannot convert argument of type ${handle.$$.smartPtrType ? handle.$$.smartPtrType.name : handle.$$.ptrType.name} to parameter type ${this.name}`);
          }
          break;
        case 1:
          ptr = handle.$$.smartPtr;
          break;
        case 2:
          if (handle.$$.smartPtrType === this) {
            ptr = handle.$$.smartPtr;
          } else {
            var clonedHandle = handle["clone"]();
            ptr = this.rawShare(ptr, Emval.toHandle(() => clonedHandle["delete"]()));
            if (destructors !== null) {
              destructors.push(this.rawDestructor, ptr);
            }
          }
          break;
        default:
          throwBindingError("Unsupported sharing policy");
      }
    }
    return ptr;
  }
  function nonConstNoSmartPtrRawPointerToWireType(destructors, handle) {
    if (handle === null) {
      if (this.isReference) {
        throwBindingError(`null is not a valid ${this.name}`);
      }
      return 0;
    }
    if (!handle.$$) {
      throwBindingError(`Cannot pass "${embindRepr(handle)}" as a ${this.name}`);
    }
    if (!handle.$$.ptr) {
      throwBindingError(`Cannot pass deleted object as a pointer of type ${this.name}`);
    }
    if (handle.$$.ptrType.isConst) {
      throwBindingError(`Cannot convert argument of type ${handle.$$.ptrType.name} to parameter type ${this.name}`);
    }
    var handleClass = handle.$$.ptrType.registeredClass;
    var ptr = upcastPointer(handle.$$.ptr, handleClass, this.registeredClass);
    return ptr;
  }
  function readPointer(pointer) {
    return this.fromWireType(HEAPU32[pointer >> 2]);
  }
  var downcastPointer = (ptr, ptrClass, desiredClass) => {
    if (ptrClass === desiredClass) {
      return ptr;
    }
    if (void 0 === desiredClass.baseClass) {
      return null;
    }
    var rv = downcastPointer(ptr, ptrClass, desiredClass.baseClass);
    if (rv === null) {
      return null;
    }
    return desiredClass.downcast(rv);
  };
  var registeredInstances = {};
  var getBasestPointer = (class_, ptr) => {
    if (ptr === void 0) {
      throwBindingError("ptr should not be undefined");
    }
    while (class_.baseClass) {
      ptr = class_.upcast(ptr);
      class_ = class_.baseClass;
    }
    return ptr;
  };
  var getInheritedInstance = (class_, ptr) => {
    ptr = getBasestPointer(class_, ptr);
    return registeredInstances[ptr];
  };
  var InternalError = class InternalError extends Error {
    constructor(message) {
      super(message);
      this.name = "InternalError";
    }
  };
  var throwInternalError = (message) => {
    throw new InternalError(message);
  };
  var makeClassHandle = (prototype, record) => {
    if (!record.ptrType || !record.ptr) {
      throwInternalError("makeClassHandle requires ptr and ptrType");
    }
    var hasSmartPtrType = !!record.smartPtrType;
    var hasSmartPtr = !!record.smartPtr;
    if (hasSmartPtrType !== hasSmartPtr) {
      throwInternalError("Both smartPtrType and smartPtr must be specified");
    }
    record.count = { value: 1 };
    return attachFinalizer(Object.create(prototype, { $$: { value: record, writable: true } }));
  };
  function RegisteredPointer_fromWireType(ptr) {
    var rawPointer = this.getPointee(ptr);
    if (!rawPointer) {
      this.destructor(ptr);
      return null;
    }
    var registeredInstance = getInheritedInstance(this.registeredClass, rawPointer);
    if (void 0 !== registeredInstance) {
      if (0 === registeredInstance.$$.count.value) {
        registeredInstance.$$.ptr = rawPointer;
        registeredInstance.$$.smartPtr = ptr;
        return registeredInstance["clone"]();
      } else {
        var rv = registeredInstance["clone"]();
        this.destructor(ptr);
        return rv;
      }
    }
    function makeDefaultHandle() {
      if (this.isSmartPointer) {
        return makeClassHandle(this.registeredClass.instancePrototype, { ptrType: this.pointeeType, ptr: rawPointer, smartPtrType: this, smartPtr: ptr });
      } else {
        return makeClassHandle(this.registeredClass.instancePrototype, { ptrType: this, ptr });
      }
    }
    var actualType = this.registeredClass.getActualType(rawPointer);
    var registeredPointerRecord = registeredPointers[actualType];
    if (!registeredPointerRecord) {
      return makeDefaultHandle.call(this);
    }
    var toType;
    if (this.isConst) {
      toType = registeredPointerRecord.constPointerType;
    } else {
      toType = registeredPointerRecord.pointerType;
    }
    var dp = downcastPointer(rawPointer, this.registeredClass, toType.registeredClass);
    if (dp === null) {
      return makeDefaultHandle.call(this);
    }
    if (this.isSmartPointer) {
      return makeClassHandle(toType.registeredClass.instancePrototype, { ptrType: toType, ptr: dp, smartPtrType: this, smartPtr: ptr });
    } else {
      return makeClassHandle(toType.registeredClass.instancePrototype, { ptrType: toType, ptr: dp });
    }
  }
  var init_RegisteredPointer = () => {
    Object.assign(RegisteredPointer.prototype, { getPointee(ptr) {
      if (this.rawGetPointee) {
        ptr = this.rawGetPointee(ptr);
      }
      return ptr;
    }, destructor(ptr) {
      this.rawDestructor?.(ptr);
    }, readValueFromPointer: readPointer, fromWireType: RegisteredPointer_fromWireType });
  };
  function RegisteredPointer(name, registeredClass, isReference, isConst, isSmartPointer, pointeeType, sharingPolicy, rawGetPointee, rawConstructor, rawShare, rawDestructor) {
    this.name = name;
    this.registeredClass = registeredClass;
    this.isReference = isReference;
    this.isConst = isConst;
    this.isSmartPointer = isSmartPointer;
    this.pointeeType = pointeeType;
    this.sharingPolicy = sharingPolicy;
    this.rawGetPointee = rawGetPointee;
    this.rawConstructor = rawConstructor;
    this.rawShare = rawShare;
    this.rawDestructor = rawDestructor;
    if (!isSmartPointer && registeredClass.baseClass === void 0) {
      if (isConst) {
        this.toWireType = constNoSmartPtrRawPointerToWireType;
        this.destructorFunction = null;
      } else {
        this.toWireType = nonConstNoSmartPtrRawPointerToWireType;
        this.destructorFunction = null;
      }
    } else {
      this.toWireType = genericPointerToWireType;
    }
  }
  var replacePublicSymbol = (name, value, numArguments) => {
    if (!Module2.hasOwnProperty(name)) {
      throwInternalError("Replacing nonexistent public symbol");
    }
    if (void 0 !== Module2[name].overloadTable && void 0 !== numArguments) {
      Module2[name].overloadTable[numArguments] = value;
    } else {
      Module2[name] = value;
      Module2[name].argCount = numArguments;
    }
  };
  var embind__requireFunction = (signature, rawFunction, isAsync = false) => {
    signature = AsciiToString(signature);
    function makeDynCaller() {
      var rtn = getWasmTableEntry(rawFunction);
      return rtn;
    }
    var fp = makeDynCaller();
    if (typeof fp != "function") {
      throwBindingError(`unknown function pointer with signature ${signature}: ${rawFunction}`);
    }
    return fp;
  };
  class UnboundTypeError extends Error {
  }
  var getTypeName = (type) => {
    var ptr = ___getTypeName(type);
    var rv = AsciiToString(ptr);
    _free(ptr);
    return rv;
  };
  var throwUnboundTypeError = (message, types) => {
    var unboundTypes = [];
    var seen = {};
    function visit(type) {
      if (seen[type]) {
        return;
      }
      if (registeredTypes[type]) {
        return;
      }
      if (typeDependencies[type]) {
        typeDependencies[type].forEach(visit);
        return;
      }
      unboundTypes.push(type);
      seen[type] = true;
    }
    types.forEach(visit);
    throw new UnboundTypeError(`${message}: ` + unboundTypes.map(getTypeName).join([", "]));
  };
  var whenDependentTypesAreResolved = (myTypes, dependentTypes, getTypeConverters) => {
    myTypes.forEach((type) => typeDependencies[type] = dependentTypes);
    function onComplete(typeConverters2) {
      var myTypeConverters = getTypeConverters(typeConverters2);
      if (myTypeConverters.length !== myTypes.length) {
        throwInternalError("Mismatched type converter count");
      }
      for (var i2 = 0; i2 < myTypes.length; ++i2) {
        registerType(myTypes[i2], myTypeConverters[i2]);
      }
    }
    var typeConverters = new Array(dependentTypes.length);
    var unregisteredTypes = [];
    var registered = 0;
    for (let [i2, dt] of dependentTypes.entries()) {
      if (registeredTypes.hasOwnProperty(dt)) {
        typeConverters[i2] = registeredTypes[dt];
      } else {
        unregisteredTypes.push(dt);
        if (!awaitingDependencies.hasOwnProperty(dt)) {
          awaitingDependencies[dt] = [];
        }
        awaitingDependencies[dt].push(() => {
          typeConverters[i2] = registeredTypes[dt];
          ++registered;
          if (registered === unregisteredTypes.length) {
            onComplete(typeConverters);
          }
        });
      }
    }
    if (0 === unregisteredTypes.length) {
      onComplete(typeConverters);
    }
  };
  var __embind_register_class = (rawType, rawPointerType, rawConstPointerType, baseClassRawType, getActualTypeSignature, getActualType, upcastSignature, upcast, downcastSignature, downcast, name, destructorSignature, rawDestructor) => {
    name = AsciiToString(name);
    getActualType = embind__requireFunction(getActualTypeSignature, getActualType);
    upcast &&= embind__requireFunction(upcastSignature, upcast);
    downcast &&= embind__requireFunction(downcastSignature, downcast);
    rawDestructor = embind__requireFunction(destructorSignature, rawDestructor);
    var legalFunctionName = makeLegalFunctionName(name);
    exposePublicSymbol(legalFunctionName, function() {
      throwUnboundTypeError(`Cannot construct ${name} due to unbound types`, [baseClassRawType]);
    });
    whenDependentTypesAreResolved([rawType, rawPointerType, rawConstPointerType], baseClassRawType ? [baseClassRawType] : [], (base) => {
      base = base[0];
      var baseClass;
      var basePrototype;
      if (baseClassRawType) {
        baseClass = base.registeredClass;
        basePrototype = baseClass.instancePrototype;
      } else {
        basePrototype = ClassHandle.prototype;
      }
      var constructor = createNamedFunction(name, function(...args) {
        if (Object.getPrototypeOf(this) !== instancePrototype) {
          throw new BindingError(`Use 'new' to construct ${name}`);
        }
        if (void 0 === registeredClass.constructor_body) {
          throw new BindingError(`${name} has no accessible constructor`);
        }
        var body = registeredClass.constructor_body[args.length];
        if (void 0 === body) {
          throw new BindingError(`Tried to invoke ctor of ${name} with invalid number of parameters (${args.length}) - expected (${Object.keys(registeredClass.constructor_body).toString()}) parameters instead!`);
        }
        return body.apply(this, args);
      });
      var instancePrototype = Object.create(basePrototype, { constructor: { value: constructor } });
      constructor.prototype = instancePrototype;
      var registeredClass = new RegisteredClass(name, constructor, instancePrototype, rawDestructor, baseClass, getActualType, upcast, downcast);
      if (registeredClass.baseClass) {
        registeredClass.baseClass.__derivedClasses ??= [];
        registeredClass.baseClass.__derivedClasses.push(registeredClass);
      }
      var referenceConverter = new RegisteredPointer(name, registeredClass, true, false, false);
      var pointerConverter = new RegisteredPointer(name + "*", registeredClass, false, false, false);
      var constPointerConverter = new RegisteredPointer(name + " const*", registeredClass, false, true, false);
      registeredPointers[rawType] = { pointerType: pointerConverter, constPointerType: constPointerConverter };
      replacePublicSymbol(legalFunctionName, constructor);
      return [referenceConverter, pointerConverter, constPointerConverter];
    });
  };
  __embind_register_class.sig = "vppppppppppppp";
  var heap32VectorToArray = (count, firstElement) => {
    var array = [];
    for (var i2 = 0; i2 < count; i2++) {
      array.push(HEAPU32[firstElement + i2 * 4 >> 2]);
    }
    return array;
  };
  var runDestructors = (destructors) => {
    while (destructors.length) {
      var ptr = destructors.pop();
      var del = destructors.pop();
      del(ptr);
    }
  };
  function usesDestructorStack(argTypes) {
    for (var i2 = 1; i2 < argTypes.length; ++i2) {
      if (argTypes[i2] !== null && argTypes[i2].destructorFunction === void 0) {
        return true;
      }
    }
    return false;
  }
  function craftInvokerFunction(humanName, argTypes, classType, cppInvokerFunc, cppTargetFunc, isAsync) {
    var argCount = argTypes.length;
    if (argCount < 2) {
      throwBindingError("argTypes array size mismatch! Must at least get return value and 'this' types!");
    }
    var isClassMethodFunc = argTypes[1] !== null && classType !== null;
    var needsDestructorStack = usesDestructorStack(argTypes);
    var returns = !argTypes[0].isVoid;
    var expectedArgCount = argCount - 2;
    var argsWired = new Array(expectedArgCount);
    var invokerFuncArgs = [];
    var destructors = [];
    var invokerFn = function(...args) {
      destructors.length = 0;
      var thisWired;
      invokerFuncArgs.length = isClassMethodFunc ? 2 : 1;
      invokerFuncArgs[0] = cppTargetFunc;
      if (isClassMethodFunc) {
        thisWired = argTypes[1].toWireType(destructors, this);
        invokerFuncArgs[1] = thisWired;
      }
      for (var i2 = 0; i2 < expectedArgCount; ++i2) {
        argsWired[i2] = argTypes[i2 + 2].toWireType(destructors, args[i2]);
        invokerFuncArgs.push(argsWired[i2]);
      }
      var rv = cppInvokerFunc(...invokerFuncArgs);
      function onDone(rv2) {
        if (needsDestructorStack) {
          runDestructors(destructors);
        } else {
          for (var i3 = isClassMethodFunc ? 1 : 2; i3 < argTypes.length; i3++) {
            var param = i3 === 1 ? thisWired : argsWired[i3 - 2];
            if (argTypes[i3].destructorFunction !== null) {
              argTypes[i3].destructorFunction(param);
            }
          }
        }
        if (returns) {
          return argTypes[0].fromWireType(rv2);
        }
      }
      return onDone(rv);
    };
    return createNamedFunction(humanName, invokerFn);
  }
  var __embind_register_class_constructor = (rawClassType, argCount, rawArgTypesAddr, invokerSignature, invoker, rawConstructor) => {
    var rawArgTypes = heap32VectorToArray(argCount, rawArgTypesAddr);
    invoker = embind__requireFunction(invokerSignature, invoker);
    whenDependentTypesAreResolved([], [rawClassType], (classType) => {
      classType = classType[0];
      var humanName = `constructor ${classType.name}`;
      if (void 0 === classType.registeredClass.constructor_body) {
        classType.registeredClass.constructor_body = [];
      }
      if (void 0 !== classType.registeredClass.constructor_body[argCount - 1]) {
        throw new BindingError(`Cannot register multiple constructors with identical number of parameters (${argCount - 1}) for class '${classType.name}'! Overload resolution is currently only performed using the parameter count, not actual type info!`);
      }
      classType.registeredClass.constructor_body[argCount - 1] = () => {
        throwUnboundTypeError(`Cannot construct ${classType.name} due to unbound types`, rawArgTypes);
      };
      whenDependentTypesAreResolved([], rawArgTypes, (argTypes) => {
        argTypes.splice(1, 0, null);
        classType.registeredClass.constructor_body[argCount - 1] = craftInvokerFunction(humanName, argTypes, null, invoker, rawConstructor);
        return [];
      });
      return [];
    });
  };
  __embind_register_class_constructor.sig = "vpipppp";
  var getFunctionName = (signature) => {
    signature = signature.trim();
    const argsIndex = signature.indexOf("(");
    if (argsIndex === -1) return signature;
    return signature.slice(0, argsIndex);
  };
  var __embind_register_class_function = (rawClassType, methodName, argCount, rawArgTypesAddr, invokerSignature, rawInvoker, context, isPureVirtual, isAsync, isNonnullReturn) => {
    var rawArgTypes = heap32VectorToArray(argCount, rawArgTypesAddr);
    methodName = AsciiToString(methodName);
    methodName = getFunctionName(methodName);
    rawInvoker = embind__requireFunction(invokerSignature, rawInvoker, isAsync);
    whenDependentTypesAreResolved([], [rawClassType], (classType) => {
      classType = classType[0];
      var humanName = `${classType.name}.${methodName}`;
      if (methodName.startsWith("@@")) {
        methodName = Symbol[methodName.substring(2)];
      }
      if (isPureVirtual) {
        classType.registeredClass.pureVirtualFunctions.push(methodName);
      }
      function unboundTypesHandler() {
        throwUnboundTypeError(`Cannot call ${humanName} due to unbound types`, rawArgTypes);
      }
      var proto = classType.registeredClass.instancePrototype;
      var method = proto[methodName];
      if (void 0 === method || void 0 === method.overloadTable && method.className !== classType.name && method.argCount === argCount - 2) {
        unboundTypesHandler.argCount = argCount - 2;
        unboundTypesHandler.className = classType.name;
        proto[methodName] = unboundTypesHandler;
      } else {
        ensureOverloadTable(proto, methodName, humanName);
        proto[methodName].overloadTable[argCount - 2] = unboundTypesHandler;
      }
      whenDependentTypesAreResolved([], rawArgTypes, (argTypes) => {
        var memberFunction = craftInvokerFunction(humanName, argTypes, classType, rawInvoker, context, isAsync);
        if (void 0 === proto[methodName].overloadTable) {
          memberFunction.argCount = argCount - 2;
          proto[methodName] = memberFunction;
        } else {
          proto[methodName].overloadTable[argCount - 2] = memberFunction;
        }
        return [];
      });
      return [];
    });
  };
  __embind_register_class_function.sig = "vppippppiii";
  var validateThis = (this_, classType, humanName) => {
    if (!(this_ instanceof Object)) {
      throwBindingError(`${humanName} with invalid "this": ${this_}`);
    }
    if (!(this_ instanceof classType.registeredClass.constructor)) {
      throwBindingError(`${humanName} incompatible with "this" of type ${this_.constructor.name}`);
    }
    if (!this_.$$.ptr) {
      throwBindingError(`cannot call emscripten binding method ${humanName} on deleted object`);
    }
    return upcastPointer(this_.$$.ptr, this_.$$.ptrType.registeredClass, classType.registeredClass);
  };
  var __embind_register_class_property = (classType, fieldName, getterReturnType, getterSignature, getter, getterContext, setterArgumentType, setterSignature, setter, setterContext) => {
    fieldName = AsciiToString(fieldName);
    getter = embind__requireFunction(getterSignature, getter);
    whenDependentTypesAreResolved([], [classType], (classType2) => {
      classType2 = classType2[0];
      var humanName = `${classType2.name}.${fieldName}`;
      var desc = { get() {
        throwUnboundTypeError(`Cannot access ${humanName} due to unbound types`, [getterReturnType, setterArgumentType]);
      }, enumerable: true, configurable: true };
      if (setter) {
        desc.set = () => throwUnboundTypeError(`Cannot access ${humanName} due to unbound types`, [getterReturnType, setterArgumentType]);
      } else {
        desc.set = (v) => throwBindingError(humanName + " is a read-only property");
      }
      Object.defineProperty(classType2.registeredClass.instancePrototype, fieldName, desc);
      whenDependentTypesAreResolved([], setter ? [getterReturnType, setterArgumentType] : [getterReturnType], (types) => {
        var getterReturnType2 = types[0];
        var desc2 = { get() {
          var ptr = validateThis(this, classType2, humanName + " getter");
          return getterReturnType2.fromWireType(getter(getterContext, ptr));
        }, enumerable: true };
        if (setter) {
          setter = embind__requireFunction(setterSignature, setter);
          var setterArgumentType2 = types[1];
          desc2.set = function(v) {
            var ptr = validateThis(this, classType2, humanName + " setter");
            var destructors = [];
            setter(setterContext, ptr, setterArgumentType2.toWireType(destructors, v));
            runDestructors(destructors);
          };
        }
        Object.defineProperty(classType2.registeredClass.instancePrototype, fieldName, desc2);
        return [];
      });
      return [];
    });
  };
  __embind_register_class_property.sig = "vpppppppppp";
  var __embind_register_constant = (name, type, value) => {
    name = AsciiToString(name);
    whenDependentTypesAreResolved([], [type], (type2) => {
      type2 = type2[0];
      Module2[name] = type2.fromWireType(value);
      return [];
    });
  };
  __embind_register_constant.sig = "vppd";
  var emval_freelist = [];
  var emval_handles = [0, 1, , 1, null, 1, true, 1, false, 1];
  var __emval_decref = (handle) => {
    if (handle > 9 && 0 === --emval_handles[handle + 1]) {
      emval_handles[handle] = void 0;
      emval_freelist.push(handle);
    }
  };
  __emval_decref.sig = "vp";
  var Emval = { toValue: (handle) => {
    if (!handle) {
      throwBindingError(`Cannot use deleted val. handle = ${handle}`);
    }
    return emval_handles[handle];
  }, toHandle: (value) => {
    switch (value) {
      case void 0:
        return 2;
      case null:
        return 4;
      case true:
        return 6;
      case false:
        return 8;
      default: {
        const handle = emval_freelist.pop() || emval_handles.length;
        emval_handles[handle] = value;
        emval_handles[handle + 1] = 1;
        return handle;
      }
    }
  } };
  var EmValType = { name: "emscripten::val", fromWireType: (handle) => {
    var rv = Emval.toValue(handle);
    __emval_decref(handle);
    return rv;
  }, toWireType: (destructors, value) => Emval.toHandle(value), readValueFromPointer: readPointer, destructorFunction: null };
  var __embind_register_emval = (rawType) => registerType(rawType, EmValType);
  __embind_register_emval.sig = "vp";
  var enumReadValueFromPointer = (name, width, signed) => {
    switch (width) {
      case 1:
        return signed ? function(pointer) {
          return this.fromWireType(HEAP8[pointer]);
        } : function(pointer) {
          return this.fromWireType(HEAPU8[pointer]);
        };
      case 2:
        return signed ? function(pointer) {
          return this.fromWireType(HEAP16[pointer >> 1]);
        } : function(pointer) {
          return this.fromWireType(HEAPU16[pointer >> 1]);
        };
      case 4:
        return signed ? function(pointer) {
          return this.fromWireType(HEAP32[pointer >> 2]);
        } : function(pointer) {
          return this.fromWireType(HEAPU32[pointer >> 2]);
        };
      default:
        throw new TypeError(`invalid integer width (${width}): ${name}`);
    }
  };
  function getEnumValueType(rawValueType) {
    return rawValueType === 0 ? "object" : rawValueType === 1 ? "number" : "string";
  }
  var __embind_register_enum = (rawType, name, size, isSigned, rawValueType) => {
    name = AsciiToString(name);
    const valueType = getEnumValueType(rawValueType);
    switch (valueType) {
      case "object": {
        let ctor = function() {
        };
        ctor.values = {};
        registerType(rawType, { name, constructor: ctor, valueType, fromWireType: function(c) {
          return this.constructor.values[c];
        }, toWireType: (destructors, c) => c.value, readValueFromPointer: enumReadValueFromPointer(name, size, isSigned), destructorFunction: null });
        exposePublicSymbol(name, ctor);
        break;
      }
      case "number": {
        var keysMap = {};
        registerType(rawType, { name, keysMap, valueType, fromWireType: (c) => c, toWireType: (destructors, c) => c, readValueFromPointer: enumReadValueFromPointer(name, size, isSigned), destructorFunction: null });
        exposePublicSymbol(name, keysMap);
        delete Module2[name].argCount;
        break;
      }
      case "string": {
        var valuesMap = {};
        var reverseMap = {};
        var keysMap = {};
        registerType(rawType, { name, valuesMap, reverseMap, keysMap, valueType, fromWireType: function(c) {
          return this.reverseMap[c];
        }, toWireType: function(destructors, c) {
          return this.valuesMap[c];
        }, readValueFromPointer: enumReadValueFromPointer(name, size, isSigned), destructorFunction: null });
        exposePublicSymbol(name, keysMap);
        delete Module2[name].argCount;
        break;
      }
    }
  };
  __embind_register_enum.sig = "vpppii";
  var requireRegisteredType = (rawType, humanName) => {
    var impl = registeredTypes[rawType];
    if (void 0 === impl) {
      throwBindingError(`${humanName} has unknown type ${getTypeName(rawType)}`);
    }
    return impl;
  };
  var __embind_register_enum_value = (rawEnumType, name, enumValue) => {
    var enumType = requireRegisteredType(rawEnumType, "enum");
    name = AsciiToString(name);
    switch (enumType.valueType) {
      case "object": {
        var Enum = enumType.constructor;
        var Value = Object.create(enumType.constructor.prototype, { value: { value: enumValue }, constructor: { value: createNamedFunction(`${enumType.name}_${name}`, function() {
        }) } });
        Enum.values[enumValue] = Value;
        Enum[name] = Value;
        break;
      }
      case "number": {
        enumType.keysMap[name] = enumValue;
        break;
      }
      case "string": {
        enumType.valuesMap[name] = enumValue;
        enumType.reverseMap[enumValue] = name;
        enumType.keysMap[name] = name;
        break;
      }
    }
  };
  __embind_register_enum_value.sig = "vppi";
  var floatReadValueFromPointer = (name, width) => {
    switch (width) {
      case 4:
        return function(pointer) {
          return this.fromWireType(HEAPF32[pointer >> 2]);
        };
      case 8:
        return function(pointer) {
          return this.fromWireType(HEAPF64[pointer >> 3]);
        };
      default:
        throw new TypeError(`invalid float width (${width}): ${name}`);
    }
  };
  var __embind_register_float = (rawType, name, size) => {
    name = AsciiToString(name);
    registerType(rawType, { name, fromWireType: (value) => value, toWireType: (destructors, value) => value, readValueFromPointer: floatReadValueFromPointer(name, size), destructorFunction: null });
  };
  __embind_register_float.sig = "vppp";
  var __embind_register_function = (name, argCount, rawArgTypesAddr, signature, rawInvoker, fn, isAsync, isNonnullReturn) => {
    var argTypes = heap32VectorToArray(argCount, rawArgTypesAddr);
    name = AsciiToString(name);
    name = getFunctionName(name);
    rawInvoker = embind__requireFunction(signature, rawInvoker, isAsync);
    exposePublicSymbol(name, function() {
      throwUnboundTypeError(`Cannot call ${name} due to unbound types`, argTypes);
    }, argCount - 1);
    whenDependentTypesAreResolved([], argTypes, (argTypes2) => {
      var invokerArgsArray = [argTypes2[0], null].concat(argTypes2.slice(1));
      replacePublicSymbol(name, craftInvokerFunction(name, invokerArgsArray, null, rawInvoker, fn, isAsync), argCount - 1);
      return [];
    });
  };
  __embind_register_function.sig = "vpippppii";
  var __embind_register_integer = (primitiveType, name, size, minRange, maxRange) => {
    name = AsciiToString(name);
    const isUnsignedType = minRange === 0;
    let fromWireType = (value) => value;
    if (isUnsignedType) {
      var bitshift = 32 - 8 * size;
      fromWireType = (value) => value << bitshift >>> bitshift;
      maxRange = fromWireType(maxRange);
    }
    registerType(primitiveType, { name, fromWireType, toWireType: (destructors, value) => value, readValueFromPointer: integerReadValueFromPointer(name, size, minRange !== 0), destructorFunction: null });
  };
  __embind_register_integer.sig = "vpppii";
  var __embind_register_memory_view = (rawType, dataTypeIndex, name) => {
    var typeMapping = [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array];
    var TA = typeMapping[dataTypeIndex];
    function decodeMemoryView(handle) {
      var size = HEAPU32[handle >> 2];
      var data = HEAPU32[handle + 4 >> 2];
      return new TA(HEAP8.buffer, data, size);
    }
    name = AsciiToString(name);
    registerType(rawType, { name, fromWireType: decodeMemoryView, readValueFromPointer: decodeMemoryView }, { ignoreDuplicateRegistrations: true });
  };
  __embind_register_memory_view.sig = "vpip";
  var EmValOptionalType = Object.assign({ optional: true }, EmValType);
  var __embind_register_optional = (rawOptionalType, rawType) => {
    registerType(rawOptionalType, EmValOptionalType);
  };
  __embind_register_optional.sig = "vpp";
  var __embind_register_std_string = (rawType, name) => {
    name = AsciiToString(name);
    var stdStringIsUTF8 = true;
    registerType(rawType, { name, fromWireType(value) {
      var length = HEAPU32[value >> 2];
      var payload = value + 4;
      var str2;
      if (stdStringIsUTF8) {
        str2 = UTF8ToString(payload, length, true);
      } else {
        str2 = "";
        for (var i2 = 0; i2 < length; ++i2) {
          str2 += String.fromCharCode(HEAPU8[payload + i2]);
        }
      }
      _free(value);
      return str2;
    }, toWireType(destructors, value) {
      if (value instanceof ArrayBuffer) {
        value = new Uint8Array(value);
      }
      var length;
      var valueIsOfTypeString = typeof value == "string";
      if (!(valueIsOfTypeString || ArrayBuffer.isView(value) && value.BYTES_PER_ELEMENT == 1)) {
        throwBindingError("Cannot pass non-string to std::string");
      }
      if (stdStringIsUTF8 && valueIsOfTypeString) {
        length = lengthBytesUTF8(value);
      } else {
        length = value.length;
      }
      var base = _malloc(4 + length + 1);
      var ptr = base + 4;
      HEAPU32[base >> 2] = length;
      if (valueIsOfTypeString) {
        if (stdStringIsUTF8) {
          stringToUTF8(value, ptr, length + 1);
        } else {
          for (var i2 = 0; i2 < length; ++i2) {
            var charCode = value.charCodeAt(i2);
            if (charCode > 255) {
              _free(base);
              throwBindingError("String has UTF-16 code units that do not fit in 8 bits");
            }
            HEAPU8[ptr + i2] = charCode;
          }
        }
      } else {
        HEAPU8.set(value, ptr);
      }
      if (destructors !== null) {
        destructors.push(_free, base);
      }
      return base;
    }, readValueFromPointer: readPointer, destructorFunction(ptr) {
      _free(ptr);
    } });
  };
  __embind_register_std_string.sig = "vpp";
  var UTF16Decoder = globalThis.TextDecoder ? new TextDecoder("utf-16le") : void 0;
  var UTF16ToString = (ptr, maxBytesToRead, ignoreNul) => {
    var idx = ptr >> 1;
    var endIdx = findStringEnd(HEAPU16, idx, maxBytesToRead / 2, ignoreNul);
    if (endIdx - idx > 16 && UTF16Decoder) return UTF16Decoder.decode(HEAPU16.subarray(idx, endIdx));
    var str2 = "";
    for (var i2 = idx; i2 < endIdx; ++i2) {
      var codeUnit = HEAPU16[i2];
      str2 += String.fromCharCode(codeUnit);
    }
    return str2;
  };
  var stringToUTF16 = (str2, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str2.length * 2 ? maxBytesToWrite / 2 : str2.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str2.charCodeAt(i2);
      HEAP16[outPtr >> 1] = codeUnit;
      outPtr += 2;
    }
    HEAP16[outPtr >> 1] = 0;
    return outPtr - startPtr;
  };
  var lengthBytesUTF16 = (str2) => str2.length * 2;
  var UTF32ToString = (ptr, maxBytesToRead, ignoreNul) => {
    var str2 = "";
    var startIdx = ptr >> 2;
    for (var i2 = 0; !(i2 >= maxBytesToRead / 4); i2++) {
      var utf32 = HEAPU32[startIdx + i2];
      if (!utf32 && !ignoreNul) break;
      str2 += String.fromCodePoint(utf32);
    }
    return str2;
  };
  var stringToUTF32 = (str2, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 4) return 0;
    var startPtr = outPtr;
    var endPtr = startPtr + maxBytesToWrite - 4;
    for (var i2 = 0; i2 < str2.length; ++i2) {
      var codePoint = str2.codePointAt(i2);
      if (codePoint > 65535) {
        i2++;
      }
      HEAP32[outPtr >> 2] = codePoint;
      outPtr += 4;
      if (outPtr + 4 > endPtr) break;
    }
    HEAP32[outPtr >> 2] = 0;
    return outPtr - startPtr;
  };
  var lengthBytesUTF32 = (str2) => {
    var len = 0;
    for (var i2 = 0; i2 < str2.length; ++i2) {
      var codePoint = str2.codePointAt(i2);
      if (codePoint > 65535) {
        i2++;
      }
      len += 4;
    }
    return len;
  };
  var __embind_register_std_wstring = (rawType, charSize, name) => {
    name = AsciiToString(name);
    var decodeString, encodeString, lengthBytesUTF;
    if (charSize === 2) {
      decodeString = UTF16ToString;
      encodeString = stringToUTF16;
      lengthBytesUTF = lengthBytesUTF16;
    } else {
      decodeString = UTF32ToString;
      encodeString = stringToUTF32;
      lengthBytesUTF = lengthBytesUTF32;
    }
    registerType(rawType, { name, fromWireType: (value) => {
      var length = HEAPU32[value >> 2];
      var str2 = decodeString(value + 4, length * charSize, true);
      _free(value);
      return str2;
    }, toWireType: (destructors, value) => {
      if (!(typeof value == "string")) {
        throwBindingError(`Cannot pass non-string to C++ string type ${name}`);
      }
      var length = lengthBytesUTF(value);
      var ptr = _malloc(4 + length + charSize);
      HEAPU32[ptr >> 2] = length / charSize;
      encodeString(value, ptr + 4, length + charSize);
      if (destructors !== null) {
        destructors.push(_free, ptr);
      }
      return ptr;
    }, readValueFromPointer: readPointer, destructorFunction(ptr) {
      _free(ptr);
    } });
  };
  __embind_register_std_wstring.sig = "vppp";
  var __embind_register_void = (rawType, name) => {
    name = AsciiToString(name);
    registerType(rawType, { isVoid: true, name, fromWireType: () => void 0, toWireType: (destructors, o) => void 0 });
  };
  __embind_register_void.sig = "vpp";
  var __emval_array_to_memory_view = (dst, src) => {
    dst = Emval.toValue(dst);
    src = Emval.toValue(src);
    dst.set(src);
  };
  __emval_array_to_memory_view.sig = "vpp";
  var emval_methodCallers = [];
  var emval_addMethodCaller = (caller) => {
    var id = emval_methodCallers.length;
    emval_methodCallers.push(caller);
    return id;
  };
  var emval_lookupTypes = (argCount, argTypes) => {
    var a = new Array(argCount);
    for (var i2 = 0; i2 < argCount; ++i2) {
      a[i2] = requireRegisteredType(HEAPU32[argTypes + i2 * 4 >> 2], `parameter ${i2}`);
    }
    return a;
  };
  var emval_returnValue = (toReturnWire, destructorsRef, handle) => {
    var destructors = [];
    var result = toReturnWire(destructors, handle);
    if (destructors.length) {
      HEAPU32[destructorsRef >> 2] = Emval.toHandle(destructors);
    }
    return result;
  };
  var emval_symbols = {};
  var getStringOrSymbol = (address) => {
    var symbol = emval_symbols[address];
    if (symbol === void 0) {
      return AsciiToString(address);
    }
    return symbol;
  };
  var __emval_create_invoker = (argCount, argTypesPtr, kind) => {
    var GenericWireTypeSize = 8;
    var [retType, ...argTypes] = emval_lookupTypes(argCount, argTypesPtr);
    var toReturnWire = retType.toWireType.bind(retType);
    var argFromPtr = argTypes.map((type) => type.readValueFromPointer.bind(type));
    argCount--;
    var argN = new Array(argCount);
    var invokerFunction = (handle, methodName, destructorsRef, args) => {
      var offset = 0;
      for (var i2 = 0; i2 < argCount; ++i2) {
        argN[i2] = argFromPtr[i2](args + offset);
        offset += GenericWireTypeSize;
      }
      var rv;
      switch (kind) {
        case 0:
          rv = Emval.toValue(handle).apply(null, argN);
          break;
        case 2:
          rv = Reflect.construct(Emval.toValue(handle), argN);
          break;
        case 3:
          rv = argN[0];
          break;
        case 1:
          rv = Emval.toValue(handle)[getStringOrSymbol(methodName)](...argN);
          break;
      }
      return emval_returnValue(toReturnWire, destructorsRef, rv);
    };
    var functionName = `methodCaller<(${argTypes.map((t) => t.name)}) => ${retType.name}>`;
    return emval_addMethodCaller(createNamedFunction(functionName, invokerFunction));
  };
  __emval_create_invoker.sig = "pipi";
  var __emval_equals = (first, second) => {
    first = Emval.toValue(first);
    second = Emval.toValue(second);
    return first == second;
  };
  __emval_equals.sig = "ipp";
  var __emval_get_property = (handle, key2) => {
    handle = Emval.toValue(handle);
    key2 = Emval.toValue(key2);
    return Emval.toHandle(handle[key2]);
  };
  __emval_get_property.sig = "ppp";
  var __emval_incref = (handle) => {
    if (handle > 9) {
      emval_handles[handle + 1] += 1;
    }
  };
  __emval_incref.sig = "vp";
  var __emval_invoke = (caller, handle, methodName, destructorsRef, args) => emval_methodCallers[caller](handle, methodName, destructorsRef, args);
  __emval_invoke.sig = "dppppp";
  var __emval_invoke_i64 = (a1, a2, a3, a4, a5) => __emval_invoke(a1, a2, a3, a4, a5);
  __emval_invoke_i64.sig = "jppppp";
  var __emval_new_array = () => Emval.toHandle([]);
  __emval_new_array.sig = "p";
  var __emval_new_array_from_memory_view = (view) => {
    view = Emval.toValue(view);
    var a = new Array(view.length);
    for (var i2 = 0; i2 < view.length; i2++) a[i2] = view[i2];
    return Emval.toHandle(a);
  };
  __emval_new_array_from_memory_view.sig = "pp";
  var __emval_new_cstring = (v) => Emval.toHandle(getStringOrSymbol(v));
  __emval_new_cstring.sig = "pp";
  var __emval_new_object = () => Emval.toHandle({});
  __emval_new_object.sig = "p";
  var __emval_new_u8string = (v) => Emval.toHandle(UTF8ToString(v));
  __emval_new_u8string.sig = "pp";
  var __emval_run_destructors = (handle) => {
    var destructors = Emval.toValue(handle);
    runDestructors(destructors);
    __emval_decref(handle);
  };
  __emval_run_destructors.sig = "vp";
  var __emval_set_property = (handle, key2, value) => {
    handle = Emval.toValue(handle);
    key2 = Emval.toValue(key2);
    value = Emval.toValue(value);
    handle[key2] = value;
  };
  __emval_set_property.sig = "vppp";
  function __gmtime_js(time, tmPtr) {
    time = bigintToI53Checked(time);
    var date = new Date(time * 1e3);
    HEAP32[tmPtr >> 2] = date.getUTCSeconds();
    HEAP32[tmPtr + 4 >> 2] = date.getUTCMinutes();
    HEAP32[tmPtr + 8 >> 2] = date.getUTCHours();
    HEAP32[tmPtr + 12 >> 2] = date.getUTCDate();
    HEAP32[tmPtr + 16 >> 2] = date.getUTCMonth();
    HEAP32[tmPtr + 20 >> 2] = date.getUTCFullYear() - 1900;
    HEAP32[tmPtr + 24 >> 2] = date.getUTCDay();
    var start = Date.UTC(date.getUTCFullYear(), 0, 1, 0, 0, 0, 0);
    var yday = (date.getTime() - start) / (1e3 * 60 * 60 * 24) | 0;
    HEAP32[tmPtr + 28 >> 2] = yday;
  }
  __gmtime_js.sig = "vjp";
  var isLeapYear = (year) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  var MONTH_DAYS_LEAP_CUMULATIVE = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335];
  var MONTH_DAYS_REGULAR_CUMULATIVE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
  var ydayFromDate = (date) => {
    var leap = isLeapYear(date.getFullYear());
    var monthDaysCumulative = leap ? MONTH_DAYS_LEAP_CUMULATIVE : MONTH_DAYS_REGULAR_CUMULATIVE;
    var yday = monthDaysCumulative[date.getMonth()] + date.getDate() - 1;
    return yday;
  };
  function __localtime_js(time, tmPtr) {
    time = bigintToI53Checked(time);
    var date = new Date(time * 1e3);
    HEAP32[tmPtr >> 2] = date.getSeconds();
    HEAP32[tmPtr + 4 >> 2] = date.getMinutes();
    HEAP32[tmPtr + 8 >> 2] = date.getHours();
    HEAP32[tmPtr + 12 >> 2] = date.getDate();
    HEAP32[tmPtr + 16 >> 2] = date.getMonth();
    HEAP32[tmPtr + 20 >> 2] = date.getFullYear() - 1900;
    HEAP32[tmPtr + 24 >> 2] = date.getDay();
    var yday = ydayFromDate(date) | 0;
    HEAP32[tmPtr + 28 >> 2] = yday;
    HEAP32[tmPtr + 36 >> 2] = -(date.getTimezoneOffset() * 60);
    var start = new Date(date.getFullYear(), 0, 1);
    var summerOffset = new Date(date.getFullYear(), 6, 1).getTimezoneOffset();
    var winterOffset = start.getTimezoneOffset();
    var dst = (summerOffset != winterOffset && date.getTimezoneOffset() == Math.min(winterOffset, summerOffset)) | 0;
    HEAP32[tmPtr + 32 >> 2] = dst;
  }
  __localtime_js.sig = "vjp";
  var __mktime_js = function(tmPtr) {
    var ret = (() => {
      var date = new Date(HEAP32[tmPtr + 20 >> 2] + 1900, HEAP32[tmPtr + 16 >> 2], HEAP32[tmPtr + 12 >> 2], HEAP32[tmPtr + 8 >> 2], HEAP32[tmPtr + 4 >> 2], HEAP32[tmPtr >> 2], 0);
      var dst = HEAP32[tmPtr + 32 >> 2];
      var guessedOffset = date.getTimezoneOffset();
      var start = new Date(date.getFullYear(), 0, 1);
      var summerOffset = new Date(date.getFullYear(), 6, 1).getTimezoneOffset();
      var winterOffset = start.getTimezoneOffset();
      var dstOffset = Math.min(winterOffset, summerOffset);
      if (dst < 0) {
        HEAP32[tmPtr + 32 >> 2] = Number(summerOffset != winterOffset && dstOffset == guessedOffset);
      } else if (dst > 0 != (dstOffset == guessedOffset)) {
        var nonDstOffset = Math.max(winterOffset, summerOffset);
        var trueOffset = dst > 0 ? dstOffset : nonDstOffset;
        date.setTime(date.getTime() + (trueOffset - guessedOffset) * 6e4);
      }
      HEAP32[tmPtr + 24 >> 2] = date.getDay();
      var yday = ydayFromDate(date) | 0;
      HEAP32[tmPtr + 28 >> 2] = yday;
      HEAP32[tmPtr >> 2] = date.getSeconds();
      HEAP32[tmPtr + 4 >> 2] = date.getMinutes();
      HEAP32[tmPtr + 8 >> 2] = date.getHours();
      HEAP32[tmPtr + 12 >> 2] = date.getDate();
      HEAP32[tmPtr + 16 >> 2] = date.getMonth();
      HEAP32[tmPtr + 20 >> 2] = date.getYear();
      var timeMs = date.getTime();
      if (isNaN(timeMs)) {
        return -1;
      }
      return timeMs / 1e3;
    })();
    return BigInt(ret);
  };
  __mktime_js.sig = "jp";
  var __tzset_js = (timezone, daylight, std_name, dst_name) => {
    var currentYear = (/* @__PURE__ */ new Date()).getFullYear();
    var winter = new Date(currentYear, 0, 1);
    var summer = new Date(currentYear, 6, 1);
    var winterOffset = winter.getTimezoneOffset();
    var summerOffset = summer.getTimezoneOffset();
    var stdTimezoneOffset = Math.max(winterOffset, summerOffset);
    HEAPU32[timezone >> 2] = stdTimezoneOffset * 60;
    HEAP32[daylight >> 2] = Number(winterOffset != summerOffset);
    var extractZone = (timezoneOffset) => {
      var sign = timezoneOffset >= 0 ? "-" : "+";
      var absOffset = Math.abs(timezoneOffset);
      var hours = String(Math.floor(absOffset / 60)).padStart(2, "0");
      var minutes = String(absOffset % 60).padStart(2, "0");
      return `UTC${sign}${hours}${minutes}`;
    };
    var winterName = extractZone(winterOffset);
    var summerName = extractZone(summerOffset);
    if (summerOffset < winterOffset) {
      stringToUTF8(winterName, std_name, 17);
      stringToUTF8(summerName, dst_name, 17);
    } else {
      stringToUTF8(winterName, dst_name, 17);
      stringToUTF8(summerName, std_name, 17);
    }
  };
  __tzset_js.sig = "vpppp";
  var _emscripten_get_now = () => performance.now();
  _emscripten_get_now.sig = "d";
  var _emscripten_date_now = () => Date.now();
  _emscripten_date_now.sig = "d";
  var nowIsMonotonic = 1;
  var checkWasiClock = (clock_id) => clock_id >= 0 && clock_id <= 3;
  function _clock_time_get(clk_id, ignored_precision, ptime) {
    ignored_precision = bigintToI53Checked(ignored_precision);
    if (!checkWasiClock(clk_id)) {
      return 28;
    }
    var now;
    if (clk_id === 0) {
      now = _emscripten_date_now();
    } else if (nowIsMonotonic) {
      now = _emscripten_get_now();
    } else {
      return 52;
    }
    var nsec = Math.round(now * 1e3 * 1e3);
    HEAP64[ptime >> 3] = BigInt(nsec);
    return 0;
  }
  _clock_time_get.sig = "iijp";
  var getHeapMax = () => 2147483648;
  var _emscripten_get_heap_max = () => getHeapMax();
  _emscripten_get_heap_max.sig = "p";
  var growMemory = (size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  };
  var _emscripten_resize_heap = (requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  };
  _emscripten_resize_heap.sig = "ip";
  var ENV = {};
  var getExecutableName = () => thisProgram || "./this.program";
  var getEnvStrings = () => {
    if (!getEnvStrings.strings) {
      var lang = (globalThis.navigator?.language ?? "C").replace("-", "_") + ".UTF-8";
      var env = { USER: "web_user", LOGNAME: "web_user", PATH: "/", PWD: "/", HOME: "/home/web_user", LANG: lang, _: getExecutableName() };
      for (var x in ENV) {
        if (ENV[x] === void 0) delete env[x];
        else env[x] = ENV[x];
      }
      var strings = [];
      for (var x in env) {
        strings.push(`${x}=${env[x]}`);
      }
      getEnvStrings.strings = strings;
    }
    return getEnvStrings.strings;
  };
  var _environ_get = (__environ, environ_buf) => {
    var bufSize = 0;
    var envp = 0;
    for (var string of getEnvStrings()) {
      var ptr = environ_buf + bufSize;
      HEAPU32[__environ + envp >> 2] = ptr;
      bufSize += stringToUTF8(string, ptr, Infinity) + 1;
      envp += 4;
    }
    return 0;
  };
  _environ_get.sig = "ipp";
  var _environ_sizes_get = (penviron_count, penviron_buf_size) => {
    var strings = getEnvStrings();
    HEAPU32[penviron_count >> 2] = strings.length;
    var bufSize = 0;
    for (var string of strings) {
      bufSize += lengthBytesUTF8(string) + 1;
    }
    HEAPU32[penviron_buf_size >> 2] = bufSize;
    return 0;
  };
  _environ_sizes_get.sig = "ipp";
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0;
  var _proc_exit = (code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module2["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  };
  _proc_exit.sig = "vi";
  var exitJS = (status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  };
  var _exit = exitJS;
  _exit.sig = "vi";
  function _fd_close(fd) {
    try {
      var stream = SYSCALLS.getStreamFromFD(fd);
      FS.close(stream);
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return e.errno;
    }
  }
  _fd_close.sig = "ii";
  var doReadv = (stream, iov, iovcnt, offset) => {
    var ret = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = HEAPU32[iov >> 2];
      var len = HEAPU32[iov + 4 >> 2];
      iov += 8;
      var curr = FS.read(stream, HEAP8, ptr, len, offset);
      if (curr < 0) return -1;
      ret += curr;
      if (curr < len) break;
      if (typeof offset != "undefined") {
        offset += curr;
      }
    }
    return ret;
  };
  function _fd_pread(fd, iov, iovcnt, offset, pnum) {
    offset = bigintToI53Checked(offset);
    try {
      if (isNaN(offset)) return 61;
      var stream = SYSCALLS.getStreamFromFD(fd);
      var num2 = doReadv(stream, iov, iovcnt, offset);
      HEAPU32[pnum >> 2] = num2;
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return e.errno;
    }
  }
  _fd_pread.sig = "iippjp";
  var doWritev = (stream, iov, iovcnt, offset) => {
    var ret = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = HEAPU32[iov >> 2];
      var len = HEAPU32[iov + 4 >> 2];
      iov += 8;
      var curr = FS.write(stream, HEAP8, ptr, len, offset);
      if (curr < 0) return -1;
      ret += curr;
      if (curr < len) {
        break;
      }
      if (typeof offset != "undefined") {
        offset += curr;
      }
    }
    return ret;
  };
  function _fd_pwrite(fd, iov, iovcnt, offset, pnum) {
    offset = bigintToI53Checked(offset);
    try {
      if (isNaN(offset)) return 61;
      var stream = SYSCALLS.getStreamFromFD(fd);
      var num2 = doWritev(stream, iov, iovcnt, offset);
      HEAPU32[pnum >> 2] = num2;
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return e.errno;
    }
  }
  _fd_pwrite.sig = "iippjp";
  function _fd_read(fd, iov, iovcnt, pnum) {
    try {
      var stream = SYSCALLS.getStreamFromFD(fd);
      var num2 = doReadv(stream, iov, iovcnt);
      HEAPU32[pnum >> 2] = num2;
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return e.errno;
    }
  }
  _fd_read.sig = "iippp";
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    try {
      if (isNaN(offset)) return 61;
      var stream = SYSCALLS.getStreamFromFD(fd);
      FS.llseek(stream, offset, whence);
      HEAP64[newOffset >> 3] = BigInt(stream.position);
      if (stream.getdents && offset === 0 && whence === 0) stream.getdents = null;
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return e.errno;
    }
  }
  _fd_seek.sig = "iijip";
  function _fd_write(fd, iov, iovcnt, pnum) {
    try {
      var stream = SYSCALLS.getStreamFromFD(fd);
      var num2 = doWritev(stream, iov, iovcnt);
      HEAPU32[pnum >> 2] = num2;
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return e.errno;
    }
  }
  _fd_write.sig = "iippp";
  var handleException = (e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  };
  var getCFunc = (ident) => {
    var func = Module2["_" + ident];
    return func;
  };
  var writeArrayToMemory = (array, buffer) => {
    HEAP8.set(array, buffer);
  };
  var ccall = (ident, returnType, argTypes, args, opts) => {
    var toC = { string: (str2) => {
      var ret2 = 0;
      if (str2 !== null && str2 !== void 0 && str2 !== 0) {
        ret2 = stringToUTF8OnStack(str2);
      }
      return ret2;
    }, array: (arr) => {
      var ret2 = stackAlloc(arr.length);
      writeArrayToMemory(arr, ret2);
      return ret2;
    } };
    function convertReturnValue(ret2) {
      if (returnType === "string") {
        return UTF8ToString(ret2);
      }
      if (returnType === "boolean") return Boolean(ret2);
      return ret2;
    }
    var func = getCFunc(ident);
    var cArgs = [];
    var stack2 = 0;
    if (args) {
      for (var i2 = 0; i2 < args.length; i2++) {
        var converter = toC[argTypes[i2]];
        if (converter) {
          if (stack2 === 0) stack2 = stackSave();
          cArgs[i2] = converter(args[i2]);
        } else {
          cArgs[i2] = args[i2];
        }
      }
    }
    var ret = func(...cArgs);
    function onDone(ret2) {
      if (stack2 !== 0) stackRestore(stack2);
      return convertReturnValue(ret2);
    }
    ret = onDone(ret);
    return ret;
  };
  var cwrap = (ident, returnType, argTypes, opts) => {
    var numericArgs = !argTypes || argTypes.every((type) => type === "number" || type === "boolean");
    var numericRet = returnType !== "string";
    if (numericRet && numericArgs && !opts) {
      return getCFunc(ident);
    }
    return (...args) => ccall(ident, returnType, argTypes, args, opts);
  };
  var FS_createPath = (...args) => FS.createPath(...args);
  var FS_unlink = (...args) => FS.unlink(...args);
  var FS_createLazyFile = (...args) => FS.createLazyFile(...args);
  var FS_createDevice = (...args) => FS.createDevice(...args);
  var getTempRet0 = (val) => __emscripten_tempret_get();
  var _getTempRet0 = getTempRet0;
  for (var base64ReverseLookup = new Uint8Array(123), i = 25; i >= 0; --i) {
    base64ReverseLookup[48 + i] = 52 + i;
    base64ReverseLookup[65 + i] = i;
    base64ReverseLookup[97 + i] = 26 + i;
  }
  base64ReverseLookup[43] = 62;
  base64ReverseLookup[47] = 63;
  registerWasmPlugin();
  FS.createPreloadedFile = FS_createPreloadedFile;
  FS.preloadFile = FS_preloadFile;
  FS.staticInit();
  init_ClassHandle();
  init_RegisteredPointer();
  {
    if (Module2["preloadPlugins"]) preloadPlugins = Module2["preloadPlugins"];
    if (Module2["noExitRuntime"]) noExitRuntime = Module2["noExitRuntime"];
    if (Module2["print"]) out = Module2["print"];
    if (Module2["printErr"]) err = Module2["printErr"];
    if (Module2["dynamicLibraries"]) dynamicLibraries = Module2["dynamicLibraries"];
    if (Module2["wasmBinary"]) wasmBinary = Module2["wasmBinary"];
    if (Module2["arguments"]) arguments_ = Module2["arguments"];
    if (Module2["thisProgram"]) thisProgram = Module2["thisProgram"];
    if (Module2["preInit"]) {
      if (typeof Module2["preInit"] == "function") Module2["preInit"] = [Module2["preInit"]];
      while (Module2["preInit"].length > 0) {
        Module2["preInit"].shift()();
      }
    }
  }
  Module2["addRunDependency"] = addRunDependency;
  Module2["removeRunDependency"] = removeRunDependency;
  Module2["ccall"] = ccall;
  Module2["cwrap"] = cwrap;
  Module2["UTF8ToString"] = UTF8ToString;
  Module2["AsciiToString"] = AsciiToString;
  Module2["FS_preloadFile"] = FS_preloadFile;
  Module2["FS_unlink"] = FS_unlink;
  Module2["FS_createPath"] = FS_createPath;
  Module2["FS_createDevice"] = FS_createDevice;
  Module2["FS"] = FS;
  Module2["FS_createDataFile"] = FS_createDataFile;
  Module2["FS_createLazyFile"] = FS_createLazyFile;
  Module2["_getTempRet0"] = _getTempRet0;
  function throw_error(string_error) {
    throw new Error(UTF8ToString(string_error));
  }
  throw_error.sig = "vi";
  var ___getTypeName, _H5open, _H5Fcreate, _H5Fopen, _H5Fclose, _malloc, _free, _H5Tget_size, _H5Tget_class, _H5Tget_order, _H5free_memory, _H5Sget_simple_extent_dims, _H5Pget_chunk, _strdup, _strlen, _realloc, _H5Tget_native_type, _calloc, _snprintf, _strcmp, _iprintf, _getenv, _siprintf, _H5allocate_memory, _H5Epush2, _clock_gettime, _log10, _strcpy, _H5Pexist, _H5Pfill_value_defined, _H5Pmodify_filter, _H5Pget_filter_by_id2, _H5Sis_simple, _sscanf, _memset, _pthread_mutex_lock, _pthread_mutex_unlock, ___dl_seterr, __emscripten_find_dylib, _memcpy, _memmove, _frexp, _frexpf, _htonl, _htons, _ldexpf, _pthread_mutex_init, _pthread_barrier_init, _pthread_cond_init, _pthread_atfork, _pthread_create, _pthread_once, _ntohl, _ntohs, _pthread_attr_init, _pthread_attr_setdetachstate, _posix_memalign, _emscripten_get_sbrk_ptr, _setThrew, ___wasm_setjmp, __emscripten_tempret_get, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, memory, ___stack_pointer, _H5_libinit_g, _H5_libterm_g, _H5P_CLS_DATASET_CREATE_ID_g, __indirect_function_table, _H5T_NATIVE_UINT_g, _stderr, _H5T_STD_U32BE_g, _H5T_STD_U32LE_g, _H5T_STD_U64BE_g, _H5T_STD_U64LE_g, _stdin, _stdout, _H5E_CANTINIT_g, _H5E_RESOURCE_g, _H5E_CANTGET_g, _H5E_BADVALUE_g, _H5E_ARGS_g, _H5E_BADTYPE_g, _H5E_READERROR_g, _H5E_CANTREGISTER_g, _H5E_NOSPACE_g, _H5E_OVERFLOW_g, _H5E_CALLBACK_g, _H5E_CANTFILTER_g, _H5E_PLINE_g, _H5E_ERR_CLS_g, _H5T_NATIVE_UINT32_g, _H5T_NATIVE_UINT64_g, ___heap_base, ___THREW__, ___threwValue, wasmTable, wasmMemory;
  function assignWasmExports(wasmExports2) {
    ___getTypeName = wasmExports2["__getTypeName"];
    _H5open = Module2["_H5open"] = wasmExports2["H5open"];
    _H5Fcreate = Module2["_H5Fcreate"] = wasmExports2["H5Fcreate"];
    _H5Fopen = Module2["_H5Fopen"] = wasmExports2["H5Fopen"];
    _H5Fclose = Module2["_H5Fclose"] = wasmExports2["H5Fclose"];
    _malloc = Module2["_malloc"] = wasmExports2["malloc"];
    _free = Module2["_free"] = wasmExports2["free"];
    _H5Tget_size = Module2["_H5Tget_size"] = wasmExports2["H5Tget_size"];
    _H5Tget_class = Module2["_H5Tget_class"] = wasmExports2["H5Tget_class"];
    _H5Tget_order = Module2["_H5Tget_order"] = wasmExports2["H5Tget_order"];
    _H5free_memory = Module2["_H5free_memory"] = wasmExports2["H5free_memory"];
    _H5Sget_simple_extent_dims = Module2["_H5Sget_simple_extent_dims"] = wasmExports2["H5Sget_simple_extent_dims"];
    _H5Pget_chunk = Module2["_H5Pget_chunk"] = wasmExports2["H5Pget_chunk"];
    _strdup = Module2["_strdup"] = wasmExports2["strdup"];
    _strlen = Module2["_strlen"] = wasmExports2["strlen"];
    _realloc = Module2["_realloc"] = wasmExports2["realloc"];
    _H5Tget_native_type = Module2["_H5Tget_native_type"] = wasmExports2["H5Tget_native_type"];
    _calloc = Module2["_calloc"] = wasmExports2["calloc"];
    _snprintf = Module2["_snprintf"] = wasmExports2["snprintf"];
    _strcmp = Module2["_strcmp"] = wasmExports2["strcmp"];
    _iprintf = Module2["_iprintf"] = wasmExports2["iprintf"];
    _getenv = Module2["_getenv"] = wasmExports2["getenv"];
    _siprintf = Module2["_siprintf"] = wasmExports2["siprintf"];
    _H5allocate_memory = Module2["_H5allocate_memory"] = wasmExports2["H5allocate_memory"];
    _H5Epush2 = Module2["_H5Epush2"] = wasmExports2["H5Epush2"];
    _clock_gettime = Module2["_clock_gettime"] = wasmExports2["clock_gettime"];
    _log10 = Module2["_log10"] = wasmExports2["log10"];
    _strcpy = Module2["_strcpy"] = wasmExports2["strcpy"];
    _H5Pexist = Module2["_H5Pexist"] = wasmExports2["H5Pexist"];
    _H5Pfill_value_defined = Module2["_H5Pfill_value_defined"] = wasmExports2["H5Pfill_value_defined"];
    _H5Pmodify_filter = Module2["_H5Pmodify_filter"] = wasmExports2["H5Pmodify_filter"];
    _H5Pget_filter_by_id2 = Module2["_H5Pget_filter_by_id2"] = wasmExports2["H5Pget_filter_by_id2"];
    _H5Sis_simple = Module2["_H5Sis_simple"] = wasmExports2["H5Sis_simple"];
    _sscanf = Module2["_sscanf"] = wasmExports2["sscanf"];
    _memset = Module2["_memset"] = wasmExports2["memset"];
    _pthread_mutex_lock = Module2["_pthread_mutex_lock"] = wasmExports2["pthread_mutex_lock"];
    _pthread_mutex_unlock = Module2["_pthread_mutex_unlock"] = wasmExports2["pthread_mutex_unlock"];
    ___dl_seterr = wasmExports2["__dl_seterr"];
    __emscripten_find_dylib = wasmExports2["_emscripten_find_dylib"];
    _memcpy = Module2["_memcpy"] = wasmExports2["memcpy"];
    _memmove = Module2["_memmove"] = wasmExports2["memmove"];
    _frexp = Module2["_frexp"] = wasmExports2["frexp"];
    _frexpf = Module2["_frexpf"] = wasmExports2["frexpf"];
    _htonl = Module2["_htonl"] = wasmExports2["htonl"];
    _htons = Module2["_htons"] = wasmExports2["htons"];
    _ldexpf = Module2["_ldexpf"] = wasmExports2["ldexpf"];
    _pthread_mutex_init = Module2["_pthread_mutex_init"] = wasmExports2["pthread_mutex_init"];
    _pthread_barrier_init = Module2["_pthread_barrier_init"] = wasmExports2["pthread_barrier_init"];
    _pthread_cond_init = Module2["_pthread_cond_init"] = wasmExports2["pthread_cond_init"];
    _pthread_atfork = Module2["_pthread_atfork"] = wasmExports2["pthread_atfork"];
    _pthread_create = Module2["_pthread_create"] = wasmExports2["pthread_create"];
    _pthread_once = Module2["_pthread_once"] = wasmExports2["pthread_once"];
    _ntohl = Module2["_ntohl"] = wasmExports2["ntohl"];
    _ntohs = Module2["_ntohs"] = wasmExports2["ntohs"];
    _pthread_attr_init = Module2["_pthread_attr_init"] = wasmExports2["pthread_attr_init"];
    _pthread_attr_setdetachstate = Module2["_pthread_attr_setdetachstate"] = wasmExports2["pthread_attr_setdetachstate"];
    _posix_memalign = Module2["_posix_memalign"] = wasmExports2["posix_memalign"];
    _emscripten_get_sbrk_ptr = wasmExports2["emscripten_get_sbrk_ptr"];
    _setThrew = wasmExports2["setThrew"];
    ___wasm_setjmp = Module2["___wasm_setjmp"] = wasmExports2["__wasm_setjmp"];
    __emscripten_tempret_get = wasmExports2["_emscripten_tempret_get"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    memory = wasmMemory = wasmExports2["memory"];
    ___stack_pointer = wasmExports2["__stack_pointer"];
    _H5_libinit_g = Module2["_H5_libinit_g"] = wasmExports2["H5_libinit_g"].value;
    _H5_libterm_g = Module2["_H5_libterm_g"] = wasmExports2["H5_libterm_g"].value;
    _H5P_CLS_DATASET_CREATE_ID_g = Module2["_H5P_CLS_DATASET_CREATE_ID_g"] = wasmExports2["H5P_CLS_DATASET_CREATE_ID_g"].value;
    __indirect_function_table = wasmTable = wasmExports2["__indirect_function_table"];
    _H5T_NATIVE_UINT_g = Module2["_H5T_NATIVE_UINT_g"] = wasmExports2["H5T_NATIVE_UINT_g"].value;
    _stderr = Module2["_stderr"] = wasmExports2["stderr"].value;
    _H5T_STD_U32BE_g = Module2["_H5T_STD_U32BE_g"] = wasmExports2["H5T_STD_U32BE_g"].value;
    _H5T_STD_U32LE_g = Module2["_H5T_STD_U32LE_g"] = wasmExports2["H5T_STD_U32LE_g"].value;
    _H5T_STD_U64BE_g = Module2["_H5T_STD_U64BE_g"] = wasmExports2["H5T_STD_U64BE_g"].value;
    _H5T_STD_U64LE_g = Module2["_H5T_STD_U64LE_g"] = wasmExports2["H5T_STD_U64LE_g"].value;
    _stdin = Module2["_stdin"] = wasmExports2["stdin"].value;
    _stdout = Module2["_stdout"] = wasmExports2["stdout"].value;
    _H5E_CANTINIT_g = Module2["_H5E_CANTINIT_g"] = wasmExports2["H5E_CANTINIT_g"].value;
    _H5E_RESOURCE_g = Module2["_H5E_RESOURCE_g"] = wasmExports2["H5E_RESOURCE_g"].value;
    _H5E_CANTGET_g = Module2["_H5E_CANTGET_g"] = wasmExports2["H5E_CANTGET_g"].value;
    _H5E_BADVALUE_g = Module2["_H5E_BADVALUE_g"] = wasmExports2["H5E_BADVALUE_g"].value;
    _H5E_ARGS_g = Module2["_H5E_ARGS_g"] = wasmExports2["H5E_ARGS_g"].value;
    _H5E_BADTYPE_g = Module2["_H5E_BADTYPE_g"] = wasmExports2["H5E_BADTYPE_g"].value;
    _H5E_READERROR_g = Module2["_H5E_READERROR_g"] = wasmExports2["H5E_READERROR_g"].value;
    _H5E_CANTREGISTER_g = Module2["_H5E_CANTREGISTER_g"] = wasmExports2["H5E_CANTREGISTER_g"].value;
    _H5E_NOSPACE_g = Module2["_H5E_NOSPACE_g"] = wasmExports2["H5E_NOSPACE_g"].value;
    _H5E_OVERFLOW_g = Module2["_H5E_OVERFLOW_g"] = wasmExports2["H5E_OVERFLOW_g"].value;
    _H5E_CALLBACK_g = Module2["_H5E_CALLBACK_g"] = wasmExports2["H5E_CALLBACK_g"].value;
    _H5E_CANTFILTER_g = Module2["_H5E_CANTFILTER_g"] = wasmExports2["H5E_CANTFILTER_g"].value;
    _H5E_PLINE_g = Module2["_H5E_PLINE_g"] = wasmExports2["H5E_PLINE_g"].value;
    _H5E_ERR_CLS_g = Module2["_H5E_ERR_CLS_g"] = wasmExports2["H5E_ERR_CLS_g"].value;
    _H5T_NATIVE_UINT32_g = Module2["_H5T_NATIVE_UINT32_g"] = wasmExports2["H5T_NATIVE_UINT32_g"].value;
    _H5T_NATIVE_UINT64_g = Module2["_H5T_NATIVE_UINT64_g"] = wasmExports2["H5T_NATIVE_UINT64_g"].value;
    ___heap_base = wasmExports2["__heap_base"].value;
    ___THREW__ = Module2["___THREW__"] = wasmExports2["__THREW__"].value;
    ___threwValue = Module2["___threwValue"] = wasmExports2["__threwValue"].value;
  }
  var wasmImports = { __cxa_throw: ___cxa_throw, __syscall_dup3: ___syscall_dup3, __syscall_faccessat: ___syscall_faccessat, __syscall_fcntl64: ___syscall_fcntl64, __syscall_fstat64: ___syscall_fstat64, __syscall_ftruncate64: ___syscall_ftruncate64, __syscall_getcwd: ___syscall_getcwd, __syscall_getdents64: ___syscall_getdents64, __syscall_ioctl: ___syscall_ioctl, __syscall_lstat64: ___syscall_lstat64, __syscall_newfstatat: ___syscall_newfstatat, __syscall_openat: ___syscall_openat, __syscall_readlinkat: ___syscall_readlinkat, __syscall_rmdir: ___syscall_rmdir, __syscall_stat64: ___syscall_stat64, __syscall_unlinkat: ___syscall_unlinkat, _abort_js: __abort_js, _dlopen_js: __dlopen_js, _dlsym_js: __dlsym_js, _embind_register_bigint: __embind_register_bigint, _embind_register_bool: __embind_register_bool, _embind_register_class: __embind_register_class, _embind_register_class_constructor: __embind_register_class_constructor, _embind_register_class_function: __embind_register_class_function, _embind_register_class_property: __embind_register_class_property, _embind_register_constant: __embind_register_constant, _embind_register_emval: __embind_register_emval, _embind_register_enum: __embind_register_enum, _embind_register_enum_value: __embind_register_enum_value, _embind_register_float: __embind_register_float, _embind_register_function: __embind_register_function, _embind_register_integer: __embind_register_integer, _embind_register_memory_view: __embind_register_memory_view, _embind_register_optional: __embind_register_optional, _embind_register_std_string: __embind_register_std_string, _embind_register_std_wstring: __embind_register_std_wstring, _embind_register_void: __embind_register_void, _emval_array_to_memory_view: __emval_array_to_memory_view, _emval_create_invoker: __emval_create_invoker, _emval_decref: __emval_decref, _emval_equals: __emval_equals, _emval_get_property: __emval_get_property, _emval_incref: __emval_incref, _emval_invoke: __emval_invoke, _emval_invoke_i64: __emval_invoke_i64, _emval_new_array: __emval_new_array, _emval_new_array_from_memory_view: __emval_new_array_from_memory_view, _emval_new_cstring: __emval_new_cstring, _emval_new_object: __emval_new_object, _emval_new_u8string: __emval_new_u8string, _emval_run_destructors: __emval_run_destructors, _emval_set_property: __emval_set_property, _gmtime_js: __gmtime_js, _localtime_js: __localtime_js, _mktime_js: __mktime_js, _tzset_js: __tzset_js, clock_time_get: _clock_time_get, emscripten_date_now: _emscripten_date_now, emscripten_get_heap_max: _emscripten_get_heap_max, emscripten_get_now: _emscripten_get_now, emscripten_resize_heap: _emscripten_resize_heap, environ_get: _environ_get, environ_sizes_get: _environ_sizes_get, exit: _exit, fd_close: _fd_close, fd_pread: _fd_pread, fd_pwrite: _fd_pwrite, fd_read: _fd_read, fd_seek: _fd_seek, fd_write: _fd_write, getTempRet0: _getTempRet0, throw_error };
  function callMain(args = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args.unshift(thisProgram);
    var argc = args.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    for (var arg of args) {
      HEAPU32[argv_ptr >> 2] = stringToUTF8OnStack(arg);
      argv_ptr += 4;
    }
    HEAPU32[argv_ptr >> 2] = 0;
    try {
      var ret = entryFunction(argc, argv);
      exitJS(ret, true);
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  function run2(args = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run2;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run2;
      return;
    }
    function doRun() {
      Module2["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module2);
      Module2["onRuntimeInitialized"]?.();
      var noInitialRun = Module2["noInitialRun"] || false;
      if (!noInitialRun) callMain(args);
      postRun();
    }
    if (Module2["setStatus"]) {
      Module2["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module2["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  var wasmExports;
  wasmExports = await createWasm();
  run2();
  if (runtimeInitialized) {
    moduleRtn = Module2;
  } else {
    moduleRtn = new Promise((resolve2, reject) => {
      readyPromiseResolve = resolve2;
      readyPromiseReject = reject;
    });
  }
  ;
  return moduleRtn;
}
var hdf5_util_default = Module;

// src/keras/h5-module.ts
var createModule = hdf5_util_default;
function fromCompiled(code, options) {
  const instantiateWasm = (imports, done) => {
    void wasm.instantiate(code, imports).then((instance) => done(instance, code));
    return {};
  };
  return createModule({ ...options, noInitialRun: true, instantiateWasm });
}
async function fromEmbedded(options) {
  const original = wasm.instantiate;
  wasm.instantiate = async (source, imports) => {
    const result = await original.call(wasm, source, imports);
    if (result.module) keepCompiledH5Wasm(result.module);
    return result;
  };
  try {
    return await createModule({ ...options, noInitialRun: true });
  } finally {
    wasm.instantiate = original;
  }
}
async function freshH5Module(options = {}) {
  const code = await compileH5Wasm();
  return code ? fromCompiled(code, options) : fromEmbedded(options);
}

// src/keras/numeric.ts
var readers = {
  "float/2": (view, offset, little) => halfToFloat(view.getUint16(offset, little)),
  "float/4": (view, offset, little) => view.getFloat32(offset, little),
  "float/8": (view, offset, little) => view.getFloat64(offset, little),
  "bfloat16/2": (view, offset, little) => bfloat16ToFloat(view.getUint16(offset, little)),
  "int/1": (view, offset) => view.getInt8(offset),
  "int/2": (view, offset, little) => view.getInt16(offset, little),
  "int/4": (view, offset, little) => view.getInt32(offset, little),
  "int/8": (view, offset, little) => Number(view.getBigInt64(offset, little)),
  "uint/1": (view, offset) => view.getUint8(offset),
  "uint/2": (view, offset, little) => view.getUint16(offset, little),
  "uint/4": (view, offset, little) => view.getUint32(offset, little),
  "uint/8": (view, offset, little) => Number(view.getBigUint64(offset, little))
};
function toFloat32(raw, kind, size, littleEndian) {
  if (kind === "float" && size === 4 && littleEndian && raw.byteOffset % 4 === 0) {
    const whole = raw.byteOffset === 0 && raw.byteLength === raw.buffer.byteLength;
    const own = whole ? raw.buffer : raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength);
    return new Float32Array(own, 0, raw.byteLength >> 2);
  }
  const read = readers[`${kind}/${size}`];
  if (!read) return void 0;
  const count = Math.floor(raw.byteLength / size);
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = read(view, i * size, littleEndian);
  return out;
}
function readNumbers(raw, kind, size, littleEndian) {
  const read = readers[`${kind}/${size}`];
  if (!read) return void 0;
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  return Array.from({ length: Math.floor(raw.byteLength / size) }, (_, i) => read(view, i * size, littleEndian));
}
function bfloat16ToFloat(bits) {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, bits << 16, false);
  return view.getFloat32(0, false);
}

// src/keras/hdf5-dump.ts
var H5T_INTEGER = 0;
var H5T_FLOAT = 1;
var H5T_STRING = 3;
var MAX_ATTR_BYTES = 64 * 1024 * 1024;
var MAX_DEPTH = 32;
var MAX_OBJECTS = 2e5;
var Hdf5ReadFailure = class extends Error {
  constructor(failure) {
    super(failure.message);
    this.failure = failure;
  }
  failure;
};
function fail(message, where, hint) {
  throw new Hdf5ReadFailure({ kind: "bad-model", message, where: where || "/", hint });
}
var h5path = (path) => `/${path}`;
var numberKind = (meta) => meta.type === H5T_FLOAT ? "float" : meta.signed ? "int" : "uint";
var Hdf5Dumper = class {
  constructor(module, fileId, request, errorLines = () => 0) {
    this.module = module;
    this.fileId = fileId;
    this.request = request;
    this.errorLines = errorLines;
  }
  module;
  fileId;
  request;
  errorLines;
  groupAttrs = {};
  pending = [];
  objects = 0;
  /** The HDF5 path currently being read, for error messages. */
  where = "/";
  dump() {
    this.where = "/ (root attributes)";
    const rootAttrs = this.readAttrs("");
    this.groupAttrs[""] = rootAttrs;
    this.walk("", 0);
    this.checkDeclaredSizes();
    const datasets = this.pending.map((entry) => this.readDataset(entry.path, entry.metadata, entry.bfloat16));
    return { rootAttrs, groupAttrs: this.groupAttrs, datasets };
  }
  walk(path, depth) {
    const max = this.request.limits.maxDepth ?? MAX_DEPTH;
    if (depth > max) fail(`groups nested deeper than ${max} levels (a link cycle?)`, path, "If this is intended, raise the limit: action input `max-config-depth` or CLI flag --max-config-depth.");
    this.where = path || "/";
    const types = this.childTypes(path);
    for (const name of this.module.get_names(this.fileId, h5path(path), false)) {
      if (depth === 0 && this.request.skipGroups.includes(name)) continue;
      if (++this.objects > MAX_OBJECTS) fail(`more than ${MAX_OBJECTS} objects in the file`, path);
      const child = path ? `${path}/${name}` : name;
      this.where = child;
      const listed = types[name];
      const type = listed === this.module.H5G_GROUP || listed === this.module.H5G_DATASET ? listed : this.module.get_type(this.fileId, h5path(child));
      if (type === this.module.H5G_GROUP) {
        this.groupAttrs[child] = this.readAttrs(child);
        this.walk(child, depth + 1);
      } else if (type === this.module.H5G_DATASET) {
        this.queueDataset(child);
      }
    }
  }
  /**
   * The object type of every child of a group, in one call (resolving each child by its path costs 2-3x more:
   * MobileNetV2 ~10 ms). Only group and dataset answers are used; anything else is asked again per child,
   * by path, as before; so is every child of a group holding a link that cannot be opened (a dangling soft or
   * external link: the one call then reports an HDF5 error and a stale type), so such links are skipped as before.
   */
  childTypes(path) {
    const module = this.module;
    const before = this.errorLines();
    const types = module.get_types(this.fileId, h5path(path));
    return this.errorLines() === before ? types : {};
  }
  readAttrs(path) {
    const out = {};
    const base = this.where;
    for (const name of this.module.get_attribute_names(this.fileId, h5path(path))) {
      this.where = `${base} attribute "${name}"`;
      const meta = this.module.get_attribute_metadata(this.fileId, h5path(path), name);
      if (![H5T_INTEGER, H5T_FLOAT, H5T_STRING].includes(meta.type) || !meta.shape) continue;
      if (meta.size * meta.total_size > MAX_ATTR_BYTES) fail("attribute larger than 64 MiB", this.where);
      const values = this.readAttrValues(path, name, meta);
      if (values) out[name] = meta.shape.length === 0 && values.length === 1 ? values[0] : values;
    }
    this.where = base;
    return out;
  }
  readAttrValues(path, name, meta) {
    const m = this.module;
    const nbytes = meta.size * meta.total_size;
    const ptr = m._malloc(Math.max(1, nbytes));
    if (!ptr) fail(`cannot allocate ${nbytes} bytes`, this.where);
    try {
      m.get_attribute_data(this.fileId, h5path(path), name, BigInt(ptr));
      const raw = m.HEAPU8.slice(ptr, ptr + nbytes);
      if (meta.type !== H5T_STRING) return readNumbers(raw, numberKind(meta), meta.size, meta.littleEndian);
      if (meta.vlen) {
        const read = meta.cset === 1 ? m.UTF8ToString : m.AsciiToString;
        const pointers = new Uint32Array(raw.buffer, 0, Math.floor(raw.byteLength / 4));
        const strings = Array.from(pointers, (p) => read(p));
        m.reclaim_vlen_memory(this.fileId, h5path(path), name, BigInt(ptr));
        return strings;
      }
      const decoder2 = new TextDecoder(meta.cset === 1 ? "utf-8" : "latin1");
      return Array.from({ length: meta.total_size }, (_, i) => {
        const bytes = raw.subarray(i * meta.size, (i + 1) * meta.size);
        const end = bytes.indexOf(0);
        return decoder2.decode(end < 0 ? bytes : bytes.subarray(0, end));
      });
    } finally {
      m._free(ptr);
    }
  }
  queueDataset(path) {
    const metadata = this.module.get_dataset_metadata(this.fileId, h5path(path));
    if (metadata.type !== H5T_FLOAT && metadata.type !== H5T_INTEGER) return;
    const bfloat16 = metadata.type === H5T_INTEGER && metadata.size === 2 && this.readAttrs(path).dtype === "bfloat16";
    this.pending.push({ path, metadata, bfloat16 });
  }
  checkDeclaredSizes() {
    let total = 0;
    for (const { path, metadata } of this.pending) {
      const shape = metadata.shape ?? [];
      const count = shape.reduce((product, dim) => product * dim, 1);
      if (!shape.every((dim) => Number.isSafeInteger(dim) && dim >= 0) || !Number.isSafeInteger(count)) {
        fail(`dataset declares an impossible shape [${shape.join(", ")}]`, path);
      }
      total += count * 4;
      if (total > this.request.limits.maxTotalBytes) {
        fail(
          `dataset declares shape [${shape.join(", ")}] (${count} values): the weights would need more than ${this.request.limits.maxTotalBytes} bytes, far more than this file can hold`,
          path,
          "the file is corrupt; save the model again"
        );
      }
    }
  }
  readDataset(path, metadata, bfloat16) {
    this.where = path;
    const m = this.module;
    const nbytes = metadata.size * metadata.total_size;
    let raw = new Uint8Array(0);
    if (nbytes > 0) {
      const ptr = m._malloc(nbytes);
      if (!ptr) fail(`cannot allocate ${nbytes} bytes`, path);
      try {
        m.get_dataset_data(this.fileId, h5path(path), null, null, null, BigInt(ptr));
        raw = m.HEAPU8.slice(ptr, ptr + nbytes);
      } finally {
        m._free(ptr);
      }
    }
    const kind = bfloat16 ? "bfloat16" : numberKind(metadata);
    const data = toFloat32(raw, kind, metadata.size, metadata.littleEndian);
    if (!data) fail(`unsupported number format (${kind}, ${metadata.size} bytes)`, path);
    return { path, shape: metadata.shape ?? [], data };
  }
};

// src/keras/hdf5-read.ts
var FILE = "/model.h5";
function hdf5Detail(log) {
  const minor = log.map((line) => /minor: (.*)$/.exec(line)?.[1]).filter(Boolean);
  return minor.length ? ` (HDF5: ${minor[minor.length - 1]})` : "";
}
function openFailure(request, log) {
  const detail = hdf5Detail(log);
  if (/truncated/i.test(detail)) {
    const where = `end of file (byte ${request.bytes.byteLength})`;
    return { ok: false, failure: { kind: "bad-model", message: `the file is truncated: HDF5 data continues past its end${detail}`, where } };
  }
  return { ok: false, failure: { kind: "bad-model", message: `not a readable HDF5 file${detail}`, where: "superblock" } };
}
function readHdf5File(module, request, log, printed = () => log.length) {
  let dumper;
  try {
    const writeFile = module.FS.writeFile;
    writeFile.call(module.FS, FILE, request.bytes, { canOwn: true });
    const fileId = module.open(FILE, module.H5F_ACC_RDONLY, false, -1, -1);
    if (fileId < 0n) return openFailure(request, log);
    dumper = new Hdf5Dumper(module, fileId, request, printed);
    return { ok: true, tree: dumper.dump() };
  } catch (error) {
    if (error instanceof Hdf5ReadFailure) return { ok: false, failure: error.failure };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { kind: "bad-model", message: `cannot read: ${message}${hdf5Detail(log)}`, where: dumper?.where ?? "superblock" } };
  }
}

// src/keras/hdf5-client.ts
var MB = 1024 * 1024;
var MAX_LOG_LINES = 200;
function defaultHdf5DeadlineMs(byteLength) {
  return Math.min(2e4, Math.round(4e3 + 200 * byteLength / MB));
}
async function readHdf5Tree(bytes, fileName, options = {}) {
  const timeoutMs = options.timeoutMs ?? defaultHdf5DeadlineMs(bytes.byteLength);
  const request = {
    bytes,
    skipGroups: options.skipGroups ?? ["optimizer_weights", "optimizer"],
    // Weights as float32 can exceed the file size (float16 files double) but never by much more.
    limits: { maxTotalBytes: 4 * bytes.byteLength + 16 * MB, ...options.maxDepth ? { maxDepth: options.maxDepth } : {} }
  };
  const place = (where2) => ({ file: fileName, where: [options.entry, where2].filter(Boolean).join(": ") || void 0 });
  const reply = await readWithDeadline(request, timeoutMs, place);
  if (reply.ok) return reply.tree;
  const { kind, message, where, hint } = reply.failure;
  throw new GateError(kind, message, place(where), hint ?? "the file is damaged or not a Keras model; save the model again");
}
var watchdog = { script: new vm.Script("read()"), context: vm.createContext({ read: void 0 }) };
async function readWithDeadline(request, timeoutMs, place) {
  const log = [];
  let printed = 0;
  const keep = (line) => {
    printed++;
    if (log.length < MAX_LOG_LINES) log.push(String(line));
  };
  const module = await freshH5Module({ print: keep, printErr: keep });
  watchdog.context.read = () => readHdf5File(module, request, log, () => printed);
  try {
    return watchdog.script.runInContext(watchdog.context, { timeout: timeoutMs });
  } catch (error) {
    if (error.code !== "ERR_SCRIPT_EXECUTION_TIMEOUT") throw error;
    const seconds = (timeoutMs / 1e3).toFixed(1);
    const hint = "the file is probably corrupt (the HDF5 library loops on it); save the model again";
    throw new GateError("timeout", `reading the HDF5 data did not finish within ${seconds} s`, place(), hint);
  } finally {
    watchdog.context.read = void 0;
  }
}

// src/keras/weights-legacy.ts
function attachLegacyWeights(graph, tree) {
  const root = "model_weights";
  const rootAttrs = tree.groupAttrs[root];
  if (!rootAttrs) throw badModel("the file has a model config but no model_weights group", root);
  const datasets = new Map(tree.datasets.map((d) => [d.path, d]));
  const byName = new Map(graph.layers.map((layer) => [layer.name, layer]));
  for (const name of attrStrings(rootAttrs.layer_names)) {
    const group = `${root}/${name}`;
    const weightNames = attrStrings(tree.groupAttrs[group]?.weight_names);
    if (weightNames.length === 0) continue;
    const layer = byName.get(name);
    if (!layer) throw badModel(`holds weights for a layer "${name}" that the model config does not have`, group);
    const tensors = weightNames.map((weightName) => weightTensor(datasets, group, weightName));
    if (layer.model) distribute(layer, layer.model, tensors, group);
    else layer.weights = tensors;
  }
}
function weightTensor(datasets, group, name) {
  const data = datasets.get(`${group}/${name}`);
  if (!data) throw badModel(`weight "${name}" is listed in weight_names but not stored`, `${group}/${name}`);
  return { name, shape: data.shape, data: data.data };
}
function distribute(owner, model, tensors, group) {
  for (const tensor of tensors) {
    const target = innerLayerFor(model, tensor.name);
    if (!target) {
      throw badModel(`weight "${tensor.name}" belongs to no layer of the nested model "${owner.name}"`, `${group}/${tensor.name}`);
    }
    target.weights.push(tensor);
  }
}
function innerLayerFor(model, weightName) {
  const parts = weightName.split("/").slice(0, -1);
  let current = model;
  for (const part of parts) {
    if (part === current.name) continue;
    const layer = current.layers.find((candidate) => candidate.name === part);
    if (!layer) continue;
    if (!layer.model) return layer;
    current = layer.model;
  }
  for (const part of parts) {
    const leaf = findLeaf(model, part);
    if (leaf) return leaf;
  }
  return void 0;
}
function findLeaf(model, name) {
  for (const layer of model.layers) {
    if (layer.model) {
      const inner = findLeaf(layer.model, name);
      if (inner) return inner;
    } else if (layer.name === name) {
      return layer;
    }
  }
  return void 0;
}

// src/keras/h5-model.ts
var WEIGHTS_ONLY_MESSAGE = "this file holds only weights (saved with save_weights); save the whole model with model.save()";
function looksLikeWeightsOnly(tree) {
  if ("model_weights" in tree.groupAttrs) return false;
  return "layer_names" in tree.rootAttrs || "layers" in tree.groupAttrs;
}
function modelFromHdf5Tree(tree, maxDepth) {
  const configText = attrString(tree.rootAttrs.model_config);
  if (configText === void 0) {
    if (looksLikeWeightsOnly(tree)) throw new GateError("unsupported", WEIGHTS_ONLY_MESSAGE, { where: "/ (no model_config attribute)" });
    const damaged = "model_weights" in tree.groupAttrs;
    const message = damaged ? "the model_config attribute is missing or unreadable (damaged file?)" : "an HDF5 file without a Keras model_config attribute: not a Keras model";
    throw badModel(message, "/", damaged ? "save the model again with model.save()" : "pass a file written by Keras model.save()");
  }
  const where = "root attribute model_config";
  const graph = buildModelGraph(parseJsonText(configText, where, maxDepth), where);
  attachLegacyWeights(graph, tree);
  return {
    format: "hdf5",
    kerasVersion: attrString(tree.rootAttrs.keras_version) ?? "",
    backend: attrString(tree.rootAttrs.backend) ?? "",
    graph
  };
}
async function readHdf5Model(bytes, fileName, options = {}) {
  const tree = await readHdf5Tree(bytes, fileName, options);
  return modelFromHdf5Tree(tree, options.maxDepth);
}

// src/keras/weights-v3.ts
function toSnakeCase(name) {
  return name.replace(/\W+/g, "").replace(/(.)([A-Z][a-z]+)/g, "$1_$2").replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
}
var TF_KERAS_CONTAINER = "_layer_checkpoint_dependencies";
function containerKeys(graph, tree, base) {
  const keys = /* @__PURE__ */ new Map();
  if (base.endsWith(TF_KERAS_CONTAINER)) {
    for (const layer of graph.layers) keys.set(layer.name, `${base}/${layer.name}`);
    return keys;
  }
  const used = /* @__PURE__ */ new Map();
  for (const layer of graph.layers) {
    if (graph.className === "Sequential" && layer.className === "InputLayer") continue;
    const snake = toSnakeCase(layer.className);
    const count = used.get(snake);
    used.set(snake, count === void 0 ? 0 : count + 1);
    keys.set(layer.name, `${base}/${count === void 0 ? snake : `${snake}_${count + 1}`}`);
  }
  const prefix = `${base}/`;
  for (const [path, attrs] of Object.entries(tree.groupAttrs)) {
    if (!path.startsWith(prefix) || !path.endsWith("/vars") || typeof attrs.name !== "string") continue;
    const key2 = path.slice(prefix.length, -"/vars".length);
    if (!key2.includes("/")) keys.set(attrs.name, `${base}/${key2}`);
  }
  return keys;
}
function normaliseSeparators(tree) {
  const fix = (path) => path.replace(/\\/g, "/");
  const groupAttrs = Object.fromEntries(Object.entries(tree.groupAttrs).map(([path, attrs]) => [fix(path), attrs]));
  return { rootAttrs: tree.rootAttrs, groupAttrs, datasets: tree.datasets.map((d) => ({ ...d, path: fix(d.path) })) };
}
function hasGroup(tree, path) {
  return Object.keys(tree.groupAttrs).some((group) => group === path || group.startsWith(`${path}/`));
}
function containerOf(tree, path) {
  const join2 = (name) => path ? `${path}/${name}` : name;
  return hasGroup(tree, join2(TF_KERAS_CONTAINER)) && !hasGroup(tree, join2("layers")) ? join2(TF_KERAS_CONTAINER) : join2("layers");
}
function attachV3Weights(graph, tree, base = containerOf(tree, "")) {
  const keys = containerKeys(graph, tree, base);
  for (const layer of graph.layers) {
    const path = keys.get(layer.name);
    if (!path) continue;
    if (layer.model) attachV3Weights(layer.model, tree, containerOf(tree, path));
    else layer.weights = layerVariables(tree.datasets, path);
  }
}
function layerVariables(datasets, path) {
  const prefix = `${path}/`;
  return datasets.filter((d) => d.path.startsWith(prefix) && !/(^|\/)seed_generator[^/]*\//.test(d.path.slice(prefix.length))).sort((a, b) => compareVarPaths(a.path.slice(prefix.length), b.path.slice(prefix.length))).map((d) => ({ name: d.path, shape: d.shape, data: d.data }));
}
var SEGMENT_ORDER = { vars: 0, forward_layer: 1, backward_layer: 2 };
function compareSegments(a, b) {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) - Number(b);
  const rankA = SEGMENT_ORDER[a] ?? 3;
  const rankB = SEGMENT_ORDER[b] ?? 3;
  if (rankA !== rankB) return rankA - rankB;
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareVarPaths(a, b) {
  const partsA = a.split("/");
  const partsB = b.split("/");
  for (let i = 0; i < Math.min(partsA.length, partsB.length); i++) {
    const order = compareSegments(partsA[i], partsB[i]);
    if (order !== 0) return order;
  }
  return partsA.length - partsB.length;
}

// src/keras/keras-zip.ts
var CONFIG = "config.json";
var METADATA = "metadata.json";
var WEIGHTS = "model.weights.h5";
var decoder = new TextDecoder("utf-8", { fatal: false });
var KERAS_ZIP_LIMITS = { maxEntryBytes: 1536 * 1024 * 1024, maxTotalBytes: 2048 * 1024 * 1024, maxRatio: 200 };
function kerasSource(fileName) {
  const hint = "the file is damaged or was not written by Keras; save the model again";
  return { file: fileName, kind: "bad-model", expected: "a .keras file", hint, limits: KERAS_ZIP_LIMITS };
}
function readEntries(bytes, fileName) {
  const zip = openZip(bytes, kerasSource(fileName));
  if (zip.entries.length === 0) throw badModel("an empty .keras archive (a zip with no files)", "byte 0", 'save the model with model.save("model.keras")');
  const out = /* @__PURE__ */ new Map();
  for (const name of [CONFIG, METADATA, WEIGHTS]) {
    const data = zip.read(name);
    if (data) out.set(name, data);
  }
  return out;
}
async function readKerasZip(bytes, fileName, options = {}) {
  const entries = readEntries(bytes, fileName);
  const configBytes = entries.get(CONFIG);
  if (!configBytes) throw badModel(`the .keras archive has no ${CONFIG}`, `zip entry "${CONFIG}"`, 'save the model with model.save("model.keras")');
  const config = parseJsonText(decoder.decode(configBytes), `zip entry "${CONFIG}"`, options.maxDepth);
  const graph = buildModelGraph(config, `zip entry "${CONFIG}"`);
  const metadataBytes = entries.get(METADATA);
  const metadata = metadataBytes ? parseJsonText(decoder.decode(metadataBytes), `zip entry "${METADATA}"`, options.maxDepth) : {};
  const weights = entries.get(WEIGHTS);
  if (!weights) throw badModel(`the .keras archive has no ${WEIGHTS}`, `zip entry "${WEIGHTS}"`);
  const tree = await readHdf5Tree(weights, fileName, { ...options, entry: `zip entry "${WEIGHTS}"` });
  attachV3Weights(graph, normaliseSeparators(tree));
  return {
    format: "keras-zip",
    kerasVersion: typeof metadata.keras_version === "string" ? metadata.keras_version : "",
    backend: typeof config.backend === "string" ? config.backend : "",
    graph
  };
}

// src/keras/index.ts
async function readKerasModel(bytes, fileName, options = {}) {
  const format = probeKerasFormat(bytes);
  try {
    if (format === "hdf5") return await readHdf5Model(bytes, fileName, options);
    if (format === "keras-zip") return await readKerasZip(bytes, fileName, options);
  } catch (error) {
    throw error instanceof GateError ? error.withFile(fileName) : error;
  }
  throw new GateError(
    "bad-model",
    "not a Keras model: it is neither HDF5 (.h5) nor a .keras zip archive",
    { file: fileName, where: "byte 0" },
    "Pass a Keras model.save() file (.h5 or .keras)."
  );
}

// src/pipeline/model-file.ts
import { stat } from "node:fs/promises";
var FOLDER = "is a folder, not a model file (TensorFlow SavedModel folders are not supported)";
function readFailure(code) {
  if (code === "ENOENT" || code === "ENOTDIR") return "file not found";
  if (code === "EISDIR") return FOLDER;
  if (code === "EACCES" || code === "EPERM") return "permission denied: cannot read the file";
  return `cannot read the file (${code ?? "unknown error"})`;
}
async function readModelFile(path, shown, flag, limits) {
  const hint = flag ? `Check the ${flag} path.` : "Check the path.";
  let bytes;
  try {
    if ((await stat(path)).isDirectory()) throw new GateError("usage", FOLDER, { file: shown }, "Pass the model file itself (.h5, .keras or .tflite), not a folder.");
    bytes = readRegularFile({ path, name: shown, kind: "usage" }, { maxBytes: limitBytes(limits, "modelMib"), limit: "modelMib" });
  } catch (error) {
    if (error instanceof GateError) throw error;
    throw new GateError("usage", readFailure(error.code), { file: shown }, hint);
  }
  if (bytes.byteLength === 0) throw new GateError("usage", "the file is empty (0 bytes)", { file: shown }, `${hint} A model file written by model.save() (.h5 or .keras) or a .tflite is expected.`);
  return bytes;
}
var FORMATS = {
  tflite: { is: isTflite, label: "TFLite", names: ["TFLite (.tflite)"], from: "a .tflite file" },
  keras: { is: (bytes) => probeKerasFormat(bytes) !== void 0, label: "Keras", names: ["HDF5 (.h5)", "a .keras zip archive"], from: "a Keras model.save() file (.h5 or .keras)" },
  onnx: { is: probeOnnx, label: "ONNX", names: ["ONNX (.onnx)"], from: "an ONNX file (.onnx, e.g. from torch.onnx.export)" }
};
function joined(items, word) {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} ${word} ${items.at(-1)}`;
}
function checkModelFormat(bytes, shown, accepts) {
  if (accepts.some((format) => FORMATS[format].is(bytes))) return;
  const formats = accepts.map((format) => FORMATS[format]);
  throw new GateError(
    "bad-model",
    `not a ${joined(formats.map((f) => f.label), "or")} model: it is neither ${joined(formats.flatMap((f) => f.names), "nor")}`,
    { file: shown, where: "byte 0" },
    `Pass ${joined(formats.map((f) => f.from), "or")}.`
  );
}

// src/pipeline/convert.ts
import { mkdir, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, dirname, extname, join, resolve } from "node:path";

// src/pipeline/convert-files.ts
import { stat as stat2 } from "node:fs/promises";
async function statOrUndefined(path) {
  try {
    return await stat2(path);
  } catch {
    return void 0;
  }
}
async function readKerasFile(input, shown, limits) {
  const bytes = await readModelFile(input, shown, "--keras-model-file", limits);
  if (isTflite(bytes)) {
    throw new GateError(
      "usage",
      "already a TensorFlow Lite model (TFL3 identifier at byte 4), nothing to convert",
      { file: shown },
      `Use \`tflite-gate inspect ${shown}\` to look at it, or \`tflite-gate evaluate --model ${shown}\` to run it.`
    );
  }
  checkModelFormat(bytes, shown, ["keras", "onnx"]);
  return bytes;
}
async function checkOutputPaths(input, outputs) {
  const source = await statOrUndefined(input);
  for (const output of outputs) {
    const target = await statOrUndefined(output);
    if (!target) continue;
    if (target.isDirectory()) {
      throw new GateError("usage", "the output path is a directory", { file: output }, "Give the .tflite file to write, e.g. --output_file=DIR/model.tflite.");
    }
    if (source && target.dev === source.dev && target.ino === source.ino) {
      throw new GateError(
        "usage",
        `the output path is the input model (${input}); converting would overwrite your Keras model`,
        { file: output },
        "Choose another --output_file, e.g. model.tflite."
      );
    }
  }
  for (const output of outputs) checkWritable(output, "file", { mode: "follow", what: "the output", hint: "Check the --output_file path and that its folder is writable." });
}

// src/pipeline/convert.ts
async function sourceGraph(bytes, fileName, options) {
  if (probeOnnx(bytes)) return (await import("./onnx-ES3QFDA5.js")).convertOnnxBytes(bytes, fileName, options);
  const model = await readKerasModel(bytes, fileName, { timeoutMs: options.timeoutMs, maxDepth: options.maxConfigDepth });
  options.onProgress?.({ step: "convert", layers: model.graph.layers.length });
  let graph;
  try {
    graph = convertKerasModel(model, options);
  } catch (error) {
    throw error instanceof GateError ? error.withFile(fileName) : error;
  }
  return { model, graph, notes: [...sequenceLengthNotes(model.graph, options.sequenceLength), ...recurrentFormNotes(model.graph, graph, options)] };
}
async function convertBytes(bytes, fileName, options = {}) {
  options.onProgress?.({ step: "read", bytes: bytes.byteLength });
  const variants = options.variants ?? ["float32"];
  const pool = variants.includes("int8") && options.int8 ? await int8Pool(options.int8) : void 0;
  if (bytes.byteLength >= EARLY_POOL_BYTES) pool?.get().catch(() => void 0);
  try {
    const { model, graph, notes } = await sourceGraph(bytes, fileName, options);
    const out = [];
    for (const variant of variants) out.push(await variantGraph(variant, graph, model, fileName, options, pool));
    return { model, variants: out, notes };
  } finally {
    await pool?.close();
  }
}
var EARLY_POOL_BYTES = 8 * 1024 * 1024;
var POOL_MIN_MACS = 15e8;
async function int8Pool(int8) {
  const { DEFAULT_WORKERS } = await import("./quantize-WTVQJLL2.js");
  const { LazyPool } = await import("./pool-XV6UK5X6.js");
  const workers = Math.min(int8.workers ?? DEFAULT_WORKERS, availableParallelism());
  return workers > 1 ? new LazyPool(workers) : void 0;
}
async function variantGraph(variant, graph, model, fileName, options, pool) {
  if (variant === "float32" || variant === "float16") {
    const g = variant === "float16" ? toFloat16(graph) : graph;
    return { variant, graph: g, data: writeTflite(g) };
  }
  const int8 = options.int8;
  const { loadCalibrationData, quantizeModel, recurrentLayers: recurrentLayers2 } = await import("./quantize-WTVQJLL2.js");
  const { layerErrors, layerErrorSamples } = await import("./layer-error-JL2FCONT.js");
  const calibration = variant === "int8" && int8 ? typeof int8.dataset === "string" ? await loadCalibrationData(int8.dataset, graph, int8.data).catch((error) => {
    throw error instanceof GateError ? error.renamingFile(int8.dataset, int8.datasetName) : error;
  }) : int8.dataset : void 0;
  const { modelStats } = await import("./model-stats-JNY2T5UC.js");
  const compared = calibration ? layerErrorSamples(graph, calibration.count) : 0;
  const pooled = calibration !== void 0 && modelStats(graph).macs * (calibration.count + 2 * compared) >= POOL_MIN_MACS;
  const workers = pooled ? int8?.workers : 1;
  const q = await quantizeModel(graph, {
    mode: variant,
    file: fileName,
    ...pool && pooled ? { pool } : {},
    ..."nodes" in model ? {} : { keepFloat: recurrentLayers2(model.graph) },
    ...options.onProgress ? { onProgress: (done, total) => options.onProgress({ step: "calibrate", done, total }) } : {},
    ...calibration ? { calibration } : {},
    ...int8?.inferenceType ? { inferenceType: int8.inferenceType } : {},
    ...workers ? { workers } : {}
  });
  const layerProgress = options.onProgress && ((done, total) => options.onProgress({ step: "layer-errors", done, total }));
  const layers = calibration ? await layerErrors(graph, q.graph, calibration, fileName, workers, pooled ? pool : void 0, layerProgress) : void 0;
  return { variant, graph: q.graph, data: writeTflite(q.graph), quantization: q.report, ...q.calibration ? { calibration: q.calibration } : {}, ...layers ? { layerErrors: layers, layerErrorSamples: compared } : {} };
}
function outputPaths(input, variants, options) {
  const main = options.outputFile ? isSpecialTarget(options.outputFile) ? options.outputFile : resolve(options.outputFile) : join(options.outDir ?? dirname(input), `${basename(input, extname(input))}.tflite`);
  const primary = options.outputFile && !variants.includes("float32") ? variants[0] : "float32";
  const path = (v) => v === primary ? main : main.replace(/(\.tflite)?$/, `.${v}.tflite`);
  return { float32: path("float32"), float16: path("float16"), dynamic: path("dynamic"), int8: path("int8") };
}
var WRITE_HINT = "Check the --output_file path and that its folder is writable.";
async function writeVariantFile(path, data) {
  const created = isSpecialTarget(path) ? void 0 : await mkdir(dirname(path), { recursive: true });
  writeOutputFile(path, data, { mode: "follow", what: "the output", hint: WRITE_HINT });
  return created;
}
async function convertFile(input, options = {}) {
  const shown = options.name ?? input;
  const bytes = await readKerasFile(input, shown, options.limits);
  options = { maxConfigDepth: options.limits?.configDepth, ...options };
  const variants = options.variants ?? ["float32"];
  const paths = outputPaths(input, variants, options);
  await checkOutputPaths(input, variants.map((v) => paths[v]));
  const converted = await convertBytes(bytes, shown, { external: externalReader(input, options.limits?.modelMib), ...options });
  const written = [];
  let createdDir;
  try {
    for (const v of converted.variants) {
      options.onProgress?.({ step: "write", variant: v.variant });
      createdDir ??= await writeVariantFile(paths[v.variant], v.data);
      written.push({
        variant: v.variant,
        path: paths[v.variant],
        bytes: v.data.byteLength,
        graph: v.graph,
        ...v.quantization ? { quantization: v.quantization } : {},
        ...v.calibration ? { calibration: v.calibration } : {},
        ...v.layerErrors ? { layerErrors: v.layerErrors, layerErrorSamples: v.layerErrorSamples } : {}
      });
    }
  } catch (error) {
    await Promise.all(written.filter((w) => !isSpecialTarget(w.path)).map((w) => rm(w.path, { force: true })));
    if (createdDir) await rm(createdDir, { recursive: true, force: true });
    throw error instanceof GateError ? error : new GateError("usage", `cannot write the output: ${writeFailure(error)}`, { file: paths.float32 }, WRITE_HINT);
  }
  return { model: converted.model, variants: written, notes: converted.notes, ...createdDir ? { createdDir } : {} };
}

export {
  supportedClassNames,
  findUnsupported,
  DEFAULT_CONVERT_OPTIONS,
  convertKerasModel,
  probeKerasFormat,
  readKerasModel,
  readModelFile,
  checkModelFormat,
  convertBytes,
  convertFile
};
