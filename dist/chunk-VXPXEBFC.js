import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  broadcastShape,
  permuteData,
  prod,
  stridesOf
} from "./chunk-KDPSR7WJ.js";
import {
  isFloatType,
  onnxDType
} from "./chunk-N3FMHTQB.js";
import {
  GateError
} from "./chunk-JM7JNUOI.js";

// src/onnx/convert/layout.ts
function toNhwc(rank) {
  return rank < 3 ? [...Array(rank).keys()] : [0, ...Array.from({ length: rank - 2 }, (_, i) => i + 2), 1];
}
function fromNhwc(rank) {
  return rank < 3 ? [...Array(rank).keys()] : [0, rank - 1, ...Array.from({ length: rank - 2 }, (_, i) => i + 1)];
}
function physicalAxis(axis, rank, layout) {
  const a = axis < 0 ? axis + rank : axis;
  return layout === "nhwc" ? toNhwc(rank).indexOf(a) : a;
}
function physicalShape(shape, layout) {
  return layout === "nhwc" ? toNhwc(shape.length).map((a) => shape[a]) : [...shape];
}
function keepsMemoryOrder(shape, perm) {
  const moved = perm.filter((a) => shape[a] !== 1);
  return moved.every((a, i) => i === 0 || a > moved[i - 1]);
}
var isIdentity = (perm) => perm.every((p, i) => p === i);

// src/onnx/convert/nd.ts
var MAX_ELEMENTS = 1 << 26;
function checkedSize(dims) {
  const n = prod(dims);
  if (!dims.every((d) => Number.isSafeInteger(d) && d >= 0) || n > MAX_ELEMENTS) throw new RangeError(`a constant of shape [${dims.join(", ")}] cannot be computed (at most ${MAX_ELEMENTS} non-negative-sized elements)`);
  return n;
}
function makeConst(dims, dtype, values) {
  checkedSize(dims);
  return { dims, dtype, data: isFloatType(dtype) ? Float32Array.from(values) : Float64Array.from(values) };
}
function broadcastIndex(dims, outDims) {
  const rank = outDims.length;
  const padded = [...Array(rank - dims.length).fill(1), ...dims];
  const inStrides = stridesOf(padded);
  const outStrides = stridesOf(outDims);
  return (flat) => {
    let src = 0;
    for (let d = 0; d < rank; d++) {
      const i = Math.floor(flat / outStrides[d]) % outDims[d];
      if (padded[d] !== 1) src += i * inStrides[d];
    }
    return src;
  };
}
function broadcastTo(c, dims) {
  if (c.dims.length === dims.length && c.dims.every((d, i) => d === dims[i])) return c;
  const n = checkedSize(dims);
  const index = broadcastIndex(c.dims, dims);
  const out = isFloatType(c.dtype) ? new Float32Array(n) : new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = c.data[index(i)];
  return { dims, dtype: c.dtype, data: out };
}
function elementwise(args, f, dtype) {
  const dims = args.map((a) => a.dims).reduce((a, b) => broadcastShape(a, b));
  const n = checkedSize(dims);
  const full = args.map((a) => broadcastTo(a, dims).data);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = f(...full.map((d) => d[i]));
  return makeConst(dims, dtype ?? args[0].dtype, values);
}
function permute64(data, dims, perm) {
  const outDims = perm.map((p) => dims[p]);
  const inStrides = stridesOf(dims);
  const outStrides = stridesOf(outDims);
  const out = new Float64Array(data.length);
  for (let i = 0; i < out.length; i++) {
    let src = 0;
    for (let d = 0; d < perm.length; d++) src += Math.floor(i / outStrides[d]) % outDims[d] * inStrides[perm[d]];
    out[i] = data[src];
  }
  return out;
}
function transposeConst(c, perm) {
  const data = c.data instanceof Float32Array ? permuteData(c.data, c.dims, perm) : permute64(c.data, c.dims, perm);
  return { dims: perm.map((p) => c.dims[p]), dtype: c.dtype, data };
}
function reshapeConst(c, dims) {
  return { dims, dtype: c.dtype, data: c.data };
}
function pick(c, perAxis) {
  const dims = perAxis.map((l) => l.length);
  const strides = stridesOf(c.dims);
  const n = checkedSize(dims);
  const out = isFloatType(c.dtype) ? new Float32Array(n) : new Float64Array(n);
  const outStrides = stridesOf(dims);
  for (let i = 0; i < n; i++) {
    let src = 0;
    for (let d = 0; d < dims.length; d++) src += perAxis[d][Math.floor(i / outStrides[d]) % dims[d]] * strides[d];
    out[i] = c.data[src];
  }
  return { dims, dtype: c.dtype, data: out };
}
function resolveSlice(dims, starts, ends, axes, steps) {
  const spec = { begin: dims.map(() => 0), end: [...dims], step: dims.map(() => 1) };
  axes.forEach((a0, k) => {
    const a = a0 < 0 ? a0 + dims.length : a0;
    const size = dims[a];
    const step2 = steps[k] ?? 1;
    const norm = (v) => v < 0 ? v + size : v;
    const clampHi = step2 > 0 ? size : size - 1;
    const clampLo = step2 > 0 ? 0 : -1;
    spec.begin[a] = Math.min(Math.max(norm(starts[k]), 0), clampHi);
    spec.end[a] = Math.min(Math.max(norm(ends[k]), clampLo), step2 > 0 ? size : size - 1);
    spec.step[a] = step2;
  });
  return spec;
}
function sliceLength(begin, end, step2) {
  return Math.max(0, Math.ceil((end - begin) / step2));
}
function sliceConst(c, s) {
  return pick(c, c.dims.map((_, a) => Array.from({ length: sliceLength(s.begin[a], s.end[a], s.step[a]) }, (_v, i) => s.begin[a] + i * s.step[a])));
}
function gatherConst(c, indices, axis) {
  const size = c.dims[axis];
  const list = Array.from(indices.data, (i) => i < 0 ? i + size : i);
  const picked = pick(c, c.dims.map((d, a) => a === axis ? list : [...Array(d).keys()]));
  const dims = [...c.dims.slice(0, axis), ...indices.dims, ...c.dims.slice(axis + 1)];
  return { ...picked, dims };
}
function concatConst(cs, axis) {
  const dims = [...cs[0].dims];
  dims[axis] = cs.reduce((s, c) => s + c.dims[axis], 0);
  checkedSize(dims);
  const outer = prod(dims.slice(0, axis));
  const values = [];
  for (let o = 0; o < outer; o++) {
    for (const c of cs) {
      const block = prod(c.dims.slice(axis));
      for (let i = 0; i < block; i++) values.push(c.data[o * block + i]);
    }
  }
  return makeConst(dims, cs[0].dtype, values);
}

// src/onnx/convert/broadcast.ts
function broadcastOperands(ctx, inputs) {
  const shapes = inputs.map((i) => ctx.shape(i));
  const shape = shapes.reduce((a, b) => broadcastShape(a, b));
  const rank = shape.length;
  const nhwc = rank >= 3 && inputs.some((i) => !ctx.value(i).const && ctx.shape(i).length === rank && ctx.layoutOf(i) === "nhwc");
  if (!nhwc) return { ids: inputs.map((i) => ctx.tensor(i, "plain")), shape, layout: "plain" };
  const ids = inputs.map((i, k) => {
    const v = ctx.value(i);
    const s = shapes[k];
    if (s.length === rank) return ctx.tensor(i, "nhwc");
    const padded = [...Array(rank - s.length).fill(1), ...s];
    if (v.const) {
      if (v.const.data.length === 1) return ctx.tensor(i, "plain");
      return ctx.constant(`${ctx.node.name}/${k}/nhwc`, transposeConst(reshapeConst(v.const, padded), toNhwc(rank)));
    }
    const lifted = ctx.temp("RESHAPE", [ctx.tensor(i, "plain"), ctx.constInt(`${k}/rank${rank}/shape`, padded)], padded, `${k}/rank${rank}`, void 0, ctx.builder.tensor(ctx.tensor(i, "plain")).dtype);
    return ctx.tensorOf({ shape: padded, dtype: v.dtype, ids: { plain: lifted } }, `${ctx.node.name}/${k}`, "nhwc");
  });
  return { ids, shape, layout: "nhwc" };
}

// src/onnx/convert/elementwise.ts
var ARITH = {
  Add: ["ADD", (a, b) => a + b],
  Sum: ["ADD", (a, b) => a + b],
  Sub: ["SUB", (a, b) => a - b],
  Mul: ["MUL", (a, b) => a * b],
  Div: ["DIV", (a, b) => a / b],
  Pow: ["POW", (a, b) => a ** b],
  Max: ["MAXIMUM", Math.max],
  Min: ["MINIMUM", Math.min],
  Mod: ["FLOOR_MOD", (a, b) => a - Math.floor(a / b) * b]
};
var COMPARE = {
  Equal: ["EQUAL", (a, b) => a === b],
  Greater: ["GREATER", (a, b) => a > b],
  GreaterOrEqual: ["GREATER_EQUAL", (a, b) => a >= b],
  Less: ["LESS", (a, b) => a < b],
  LessOrEqual: ["LESS_EQUAL", (a, b) => a <= b],
  And: ["LOGICAL_AND", (a, b) => !!a && !!b],
  Or: ["LOGICAL_OR", (a, b) => !!a || !!b]
};
var FUSED = /* @__PURE__ */ new Set(["ADD", "SUB", "MUL", "DIV"]);
function foldArith(ctx) {
  const [, f] = ARITH[ctx.node.opType];
  const args = ctx.node.inputs.map((_, i) => ctx.constOf(i));
  const integer = !isFloatType(args[0].dtype);
  const g = ctx.node.opType === "Div" && integer ? (a, b) => Math.trunc(a / b) : f;
  const fmod = ctx.node.opType === "Mod" && ctx.attr("fmod", 0) === 1 ? (a, b) => a % b : g;
  return [args.reduce((a, b) => elementwise([a, b], fmod))];
}
function divisorAsFactor(ctx) {
  const c = ctx.constOf(1);
  if (ctx.node.opType !== "Div" || !c || !isFloatType(c.dtype) || c.data.some((v) => v === 0)) return false;
  const name = `${ctx.node.name}/reciprocal`;
  ctx.values.set(name, { shape: c.dims, dtype: c.dtype, const: { ...c, data: Float32Array.from(c.data, (v) => 1 / v) }, ids: {} });
  ctx.node = { ...ctx.node, inputs: [ctx.node.inputs[0], name] };
  return true;
}
function emitArith(ctx) {
  const type = divisorAsFactor(ctx) ? "MUL" : ARITH[ctx.node.opType][0];
  const all = ctx.node.inputs;
  if (all.length === 1) ctx.alias(0, 0);
  for (let i = 1; i < all.length; i++) {
    if (i > 1) ctx.node = { ...ctx.node, inputs: [ctx.node.outputs[0], all[i]] };
    const { ids, shape, layout } = broadcastOperands(ctx, [0, 1]);
    ctx.emit(type, ids, shape, layout, FUSED.has(type) ? { fused_activation_function: "NONE" } : void 0, ctx.value(0).dtype);
  }
}
var arithmetic = {
  ops: Object.keys(ARITH),
  check: (node) => node.inputs.length < 2 && node.opType !== "Sum" ? `${node.opType} needs two operands` : void 0,
  fold: foldArith,
  emit: emitArith
};
var comparison = {
  ops: Object.keys(COMPARE),
  fold: (ctx) => {
    const [, f] = COMPARE[ctx.node.opType];
    return [elementwise([ctx.constOf(0), ctx.constOf(1)], (a, b) => f(a, b) ? 1 : 0, "bool")];
  },
  emit: (ctx) => {
    const { ids, shape, layout } = broadcastOperands(ctx, [0, 1]);
    ctx.emit(COMPARE[ctx.node.opType][0], ids, shape, layout, void 0, "bool");
  }
};
var where = {
  ops: ["Where"],
  fold: (ctx) => [elementwise([ctx.constOf(0), ctx.constOf(1), ctx.constOf(2)], (c, x, y) => c ? x : y, ctx.value(1).dtype)],
  emit: (ctx) => {
    const { ids, shape, layout } = broadcastOperands(ctx, [0, 1, 2]);
    ctx.emit("SELECT_V2", ids, shape, layout, void 0, ctx.value(1).dtype);
  }
};
var UNARY = {
  Sqrt: ["SQRT", Math.sqrt],
  Exp: ["EXP", Math.exp],
  Log: ["LOG", Math.log],
  Abs: ["ABS", Math.abs],
  Neg: ["NEG", (a) => -a],
  Floor: ["FLOOR", Math.floor],
  Ceil: ["CEIL", Math.ceil],
  Sin: ["SIN", Math.sin],
  Cos: ["COS", Math.cos],
  Not: ["LOGICAL_NOT", (a) => a ? 0 : 1],
  Sign: ["SIGN", Math.sign],
  Round: ["ROUND", (a) => a - Math.floor(a) === 0.5 ? 2 * Math.round(a / 2) : Math.round(a)]
};
function emitUnary(ctx, type, options, dtype) {
  const layout = ctx.layoutOf(0);
  return ctx.emit(type, [ctx.tensor(0, layout)], ctx.shape(0), layout, options, dtype ?? ctx.value(0).dtype);
}
var unary = {
  ops: [...Object.keys(UNARY), "Reciprocal"],
  fold: (ctx) => {
    const f = ctx.node.opType === "Reciprocal" ? (a) => 1 / a : UNARY[ctx.node.opType][1];
    return [elementwise([ctx.constOf(0)], f)];
  },
  emit: (ctx) => {
    if (ctx.node.opType !== "Reciprocal") {
      emitUnary(ctx, UNARY[ctx.node.opType][0]);
      return;
    }
    const layout = ctx.layoutOf(0);
    ctx.emit("DIV", [ctx.constFloat("one", [], [1]), ctx.tensor(0, layout)], ctx.shape(0), layout, { fused_activation_function: "NONE" });
  }
};
var elementwiseHandlers = [arithmetic, comparison, where, unary];

// src/onnx/convert/activations.ts
var SIMPLE = { Relu: "RELU", Sigmoid: "LOGISTIC", Tanh: "TANH", HardSwish: "HARD_SWISH" };
var SIMPLE_FOLD = {
  Relu: (x) => Math.max(0, x),
  Sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  Tanh: Math.tanh,
  HardSwish: (x) => x * Math.min(Math.max(x + 3, 0), 6) / 6
};
var simple = {
  ops: Object.keys(SIMPLE),
  fold: (ctx) => [elementwise([ctx.constOf(0)], SIMPLE_FOLD[ctx.node.opType])],
  emit: (ctx) => void emitUnary(ctx, SIMPLE[ctx.node.opType])
};
function scalarOp(ctx, type, x, value, suffix) {
  const layout = ctx.layoutOf(0);
  const opts = type === "MUL" || type === "ADD" ? { fused_activation_function: "NONE" } : void 0;
  return ctx.temp(type, [x, ctx.constFloat(`${suffix}/y`, [], [value])], physicalShape(ctx.shape(0), layout), suffix, opts);
}
function finish(ctx, type, x, value) {
  const layout = ctx.layoutOf(0);
  const opts = type === "MUL" || type === "ADD" ? { fused_activation_function: "NONE" } : void 0;
  ctx.emit(type, [x, ctx.constFloat(`${type.toLowerCase()}/y`, [], [value])], ctx.shape(0), layout, opts);
}
var CLIP_OPS = [[0, Infinity, "RELU"], [0, 6, "RELU6"], [-1, 1, "RELU_N1_TO_1"]];
function clipBounds(ctx) {
  if (ctx.opset < 11) return [ctx.attr("min", -Infinity), ctx.attr("max", Infinity)];
  const low = ctx.has(1) ? ctx.requireConst(1, "the Clip minimum").data[0] : -Infinity;
  const high = ctx.has(2) ? ctx.requireConst(2, "the Clip maximum").data[0] : Infinity;
  return [low, high];
}
var clip = {
  ops: ["Clip"],
  fold: (ctx) => {
    const [lo, hi] = clipBounds(ctx);
    return [elementwise([ctx.constOf(0)], (x) => Math.min(Math.max(x, lo), hi))];
  },
  emit: (ctx) => {
    const [lo, hi] = clipBounds(ctx);
    const known = CLIP_OPS.find(([a, b]) => a === lo && b === hi);
    if (known) return void emitUnary(ctx, known[2]);
    const x = ctx.tensor(0, ctx.layoutOf(0));
    if (hi === Infinity) return finish(ctx, "MAXIMUM", x, lo);
    if (lo === -Infinity) return finish(ctx, "MINIMUM", x, hi);
    finish(ctx, "MINIMUM", scalarOp(ctx, "MAXIMUM", x, lo, "Maximum"), hi);
  }
};
var leakyRelu = {
  ops: ["LeakyRelu"],
  emit: (ctx) => void emitUnary(ctx, "LEAKY_RELU", { alpha: ctx.attr("alpha", 0.01) })
};
var elu = {
  ops: ["Elu"],
  check: (node) => (node.attrs.alpha ?? 1) !== 1 ? `Elu alpha ${String(node.attrs.alpha)} is not supported (1 is)` : void 0,
  emit: (ctx) => void emitUnary(ctx, "ELU")
};
var prelu = {
  ops: ["PRelu"],
  emit: (ctx) => {
    const { ids, layout } = broadcastOperands(ctx, [0, 1]);
    ctx.emit("PRELU", ids, ctx.shape(0), layout);
  }
};
var hardSigmoid = {
  ops: ["HardSigmoid"],
  emit: (ctx) => {
    const x = ctx.tensor(0, ctx.layoutOf(0));
    const scaled = scalarOp(ctx, "MUL", x, ctx.attr("alpha", 0.2), "mul");
    const shifted = scalarOp(ctx, "ADD", scaled, ctx.attr("beta", 0.5), "add");
    finish(ctx, "MINIMUM", scalarOp(ctx, "MAXIMUM", shifted, 0, "Maximum"), 1);
  }
};
var gelu = {
  ops: ["Gelu"],
  emit: (ctx) => void emitUnary(ctx, "GELU", { approximate: ctx.attr("approximate", "none") === "tanh" })
};
function softmaxLike(type) {
  return {
    ops: [type === "SOFTMAX" ? "Softmax" : "LogSoftmax"],
    check: (node, opset) => opset < 13 && node.attrs.axis !== void 0 && node.attrs.axis !== -1 ? "Softmax before opset 13 with an axis other than the last is not supported" : void 0,
    emit: (ctx) => {
      const shape = ctx.shape(0);
      const rank = shape.length;
      const axis = ctx.attr("axis", ctx.opset < 13 ? 1 : -1);
      const options = type === "SOFTMAX" ? { beta: 1 } : void 0;
      const layouts = [ctx.layoutOf(0), ctx.layoutOf(0) === "plain" ? "nhwc" : "plain"];
      const fits = layouts.find((l) => physicalAxis(axis, rank, l) === rank - 1);
      if (fits) return void ctx.emit(type, [ctx.tensor(0, fits)], shape, fits, options);
      const a = axis < 0 ? axis + rank : axis;
      const perm = [...Array(rank).keys()].filter((d) => d !== a).concat(a);
      const inverse = perm.map((_, i) => perm.indexOf(i));
      const moved = ctx.temp("TRANSPOSE", [ctx.tensor(0), ctx.constInt("perm", perm)], perm.map((p) => shape[p]), "transpose");
      const y = ctx.temp(type, [moved], perm.map((p) => shape[p]), "softmax", options);
      ctx.emit("TRANSPOSE", [y, ctx.constInt("perm_back", inverse)], shape, "plain");
    }
  };
}
var activationHandlers = [simple, clip, leakyRelu, elu, prelu, hardSigmoid, gelu, softmaxLike("SOFTMAX"), softmaxLike("LOG_SOFTMAX")];

// src/onnx/convert/constants.ts
function constantValue(ctx) {
  const a = ctx.node.attrs;
  if (typeof a.value === "object" && !Array.isArray(a.value)) return a.value;
  if (typeof a.value_float === "number") return makeConst([], "float32", [a.value_float]);
  if (typeof a.value_int === "number") return makeConst([], "int64", [a.value_int]);
  if (Array.isArray(a.value_floats)) return makeConst([a.value_floats.length], "float32", a.value_floats);
  if (Array.isArray(a.value_ints)) return makeConst([a.value_ints.length], "int64", a.value_ints);
  throw new GateError("unsupported", "a Constant without a tensor, float or int value is not supported", { where: ctx.where });
}
var constant = { ops: ["Constant"], fold: (ctx) => [constantValue(ctx)], emit: (ctx) => ctx.defineConst(0, constantValue(ctx)) };
function constantOfShape(ctx) {
  const dims = Array.from(ctx.requireConst(0, "the shape").data);
  const value = ctx.node.attrs.value;
  return makeConst(dims, value?.dtype ?? "float32", new Float64Array(checkedSize(dims)).fill(value?.data[0] ?? 0));
}
var constantOfShapeOp = { ops: ["ConstantOfShape"], fold: (ctx) => [constantOfShape(ctx)], emit: (ctx) => ctx.defineConst(0, constantOfShape(ctx)) };
function range(ctx) {
  const [start, limit, delta] = [0, 1, 2].map((i) => ctx.requireConst(i, ["start", "limit", "delta"][i]).data[0]);
  const n = checkedSize([Math.max(Math.ceil((limit - start) / delta), 0)]);
  return makeConst([n], ctx.value(0).dtype, Array.from({ length: n }, (_, i) => start + i * delta));
}
var rangeOp = { ops: ["Range"], fold: (ctx) => [range(ctx)], emit: (ctx) => ctx.defineConst(0, range(ctx)) };
var identity = {
  ops: ["Identity", "Dropout"],
  check: (node) => node.opType === "Dropout" && node.outputs.filter(Boolean).length > 1 ? "the Dropout mask output is not supported" : void 0,
  emit: (ctx) => ctx.alias(0, 0)
};
var cast = {
  ops: ["Cast"],
  fold: (ctx) => {
    const to = onnxDType(ctx.attr("to", 1), ctx.where);
    const round = isFloatType(to) ? (x) => x : to === "bool" ? (x) => x ? 1 : 0 : Math.trunc;
    return [elementwise([ctx.constOf(0)], round, to)];
  },
  emit: (ctx) => {
    const to = onnxDType(ctx.attr("to", 1), ctx.where);
    const from = ctx.value(0).dtype;
    const same = isFloatType(to) && isFloatType(from) || !isFloatType(to) && to !== "bool" && !isFloatType(from) && from !== "bool";
    if (same) {
      ctx.define(0, { ...ctx.value(0), dtype: to });
      return;
    }
    const layout = ctx.layoutOf(0);
    ctx.emit("CAST", [ctx.tensor(0, layout)], ctx.shape(0), layout, void 0, to);
  }
};
var constantHandlers = [constant, constantOfShapeOp, rangeOp, identity, cast];

// src/onnx/convert/padding.ts
var effective = (k, d) => (k - 1) * d + 1;
function samePads(size, k, s, d, lower) {
  const out = Math.ceil(size / s);
  const total = Math.max((out - 1) * s + effective(k, d) - size, 0);
  const small = Math.floor(total / 2);
  return lower ? [total - small, small] : [small, total - small];
}
function windowOf(node, spatial, kernel) {
  const n = spatial.length;
  const strides = node.attrs.strides ?? Array(n).fill(1);
  const dilations = node.attrs.dilations ?? Array(n).fill(1);
  const autoPad = node.attrs.auto_pad ?? "NOTSET";
  let pads = node.attrs.pads ?? Array(2 * n).fill(0);
  if (autoPad === "SAME_UPPER" || autoPad === "SAME_LOWER") {
    const each = spatial.map((s, i) => samePads(s, kernel[i], strides[i], dilations[i], autoPad === "SAME_LOWER"));
    pads = [...each.map((p) => p[0]), ...each.map((p) => p[1])];
  } else if (autoPad === "VALID") pads = Array(2 * n).fill(0);
  const ceil = node.attrs.ceil_mode === 1;
  const out = spatial.map((s, i) => {
    const span = s + pads[i] + pads[n + i] - effective(kernel[i], dilations[i]);
    let o = (ceil ? Math.ceil(span / strides[i]) : Math.floor(span / strides[i])) + 1;
    if (ceil && (o - 1) * strides[i] >= s + pads[i]) o--;
    return o;
  });
  const ends = spatial.map((s, i) => Math.max(pads[n + i], (out[i] - 1) * strides[i] + effective(kernel[i], dilations[i]) - s - pads[i]));
  pads = [...pads.slice(0, n), ...ends];
  const same = spatial.every((s, i) => {
    const [b, e] = samePads(s, kernel[i], strides[i], dilations[i], false);
    return b === pads[i] && e === pads[n + i] && Math.ceil(s / strides[i]) === out[i];
  });
  const padding = pads.every((p) => p === 0) ? "VALID" : same ? "SAME" : "EXPLICIT";
  return { kernel, strides, dilations, pads, out, padding };
}
function nhwcPaddings(w) {
  const n = w.kernel.length;
  return [0, 0, ...w.kernel.flatMap((_, i) => [w.pads[i], w.pads[n + i]]), 0, 0];
}
function checkWindow(node) {
  const autoPad = node.attrs.auto_pad ?? "NOTSET";
  if (!["NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"].includes(autoPad)) return `auto_pad "${autoPad}" is not supported`;
  return void 0;
}

// src/onnx/convert/lift1d.ts
var WINDOW = ["kernel_shape", "strides", "dilations", "output_padding"];
function liftAttrs(attrs) {
  const out = { ...attrs };
  for (const key of WINDOW) if (Array.isArray(attrs[key])) out[key] = [1, ...attrs[key]];
  if (Array.isArray(attrs.pads)) out.pads = [0, attrs.pads[0], 0, attrs.pads[1]];
  return out;
}
function withLift1d(ctx, emit2d) {
  const node = ctx.node;
  const v = ctx.value(0);
  if (v.shape.length !== 3) return emit2d(ctx);
  const [n, c, l] = v.shape;
  const x = ctx.temp("RESHAPE", [ctx.tensor(0, "nhwc"), ctx.constInt("as2d/shape", [n, 1, l, c])], [n, 1, l, c], "as2d");
  const input = ctx.define(`${node.name}/as2d`, { shape: [n, c, 1, l], dtype: v.dtype, ids: { nhwc: x } });
  const weight = ctx.constOf(1);
  const inputs = [input, ...node.inputs.slice(1)];
  if (weight && weight.dims.length === 3) inputs[1] = ctx.tempConst("weight2d", reshapeConst(weight, [weight.dims[0], weight.dims[1], 1, weight.dims[2]]));
  const out2d = `${node.name}/out2d`;
  ctx.node = { ...node, inputs, outputs: [out2d], attrs: liftAttrs(node.attrs) };
  try {
    emit2d(ctx);
  } finally {
    ctx.node = node;
  }
  const y = ctx.values.get(out2d);
  const [, o, , l2] = y.shape;
  ctx.emit("RESHAPE", [ctx.tensorOf(y, out2d, "nhwc"), ctx.constInt("as1d/shape", [n, l2, o])], [n, o, l2], "nhwc");
}

// src/onnx/convert/conv.ts
function checkRank(node, what) {
  return node.inputs.length < 2 ? `${what} needs a weight input` : void 0;
}
function paddedInput(ctx, w) {
  const x = ctx.tensor(0, "nhwc");
  if (w.padding !== "EXPLICIT") return x;
  const s = physicalShape(ctx.shape(0), "nhwc");
  const p = nhwcPaddings(w);
  const shape = s.map((d, i) => d + p[2 * i] + p[2 * i + 1]);
  return ctx.temp("PAD", [x, ctx.constInt("pads", p, [4, 2])], shape, "Pad");
}
function bias(ctx, index, channels) {
  const b = ctx.has(index) ? ctx.requireConst(index, "the bias") : makeConst([channels], "float32", new Float32Array(channels));
  return ctx.constant(`${ctx.node.name}/bias`, b);
}
function emitConv(ctx) {
  const x = ctx.shape(0);
  if (x.length !== 4) ctx.fail(`Conv on a rank-${x.length} input is not supported (1-D and 2-D convolutions are)`);
  const weight = ctx.requireConst(1, "the Conv weight");
  const [outC, perGroup, kh, kw] = weight.dims;
  const group = ctx.attr("group", 1);
  const w = windowOf(ctx.node, x.slice(2), [kh, kw]);
  const input = paddedInput(ctx, w);
  const options = {
    padding: w.padding === "SAME" ? "SAME" : "VALID",
    stride_h: w.strides[0],
    stride_w: w.strides[1],
    dilation_h_factor: w.dilations[0],
    dilation_w_factor: w.dilations[1],
    fused_activation_function: "NONE"
  };
  const shape = [x[0], outC, w.out[0], w.out[1]];
  if (group > 1 && perGroup === 1 && group === x[1]) {
    const filter2 = ctx.constant(`${ctx.node.name}/depthwise`, transposeConst(weight, [1, 2, 3, 0]));
    ctx.emit("DEPTHWISE_CONV_2D", [input, filter2, bias(ctx, 2, outC)], shape, "nhwc", { ...options, depth_multiplier: outC / group });
    return;
  }
  if (perGroup * group !== x[1]) ctx.fail(`weight [${weight.dims.join(", ")}] with group ${group} does not fit ${x[1]} input channels`);
  const filter = ctx.constant(`${ctx.node.name}/filter`, transposeConst(weight, [0, 2, 3, 1]));
  ctx.emit("CONV_2D", [input, filter, bias(ctx, 2, outC)], shape, "nhwc", options);
}
var conv = {
  ops: ["Conv"],
  check: (node) => checkWindow(node) ?? checkRank(node, "Conv"),
  emit: (ctx) => withLift1d(ctx, emitConv)
};
function emitConvTranspose(ctx) {
  const x = ctx.shape(0);
  if (x.length !== 4) ctx.fail(`ConvTranspose on a rank-${x.length} input is not supported (1-D and 2-D are)`);
  const weight = ctx.requireConst(1, "the ConvTranspose weight");
  const [, outC, kh, kw] = weight.dims;
  const strides = ctx.attr("strides", [1, 1]);
  const pads = ctx.attr("pads", [0, 0, 0, 0]);
  const outPad = ctx.attr("output_padding", [0, 0]);
  const full = [0, 1].map((i) => (x[2 + i] - 1) * strides[i] + [kh, kw][i]);
  const out = [0, 1].map((i) => full[i] - pads[i] - pads[2 + i] + outPad[i]);
  if ([0, 1].some((i) => pads[i] + out[i] > full[i])) ctx.fail("output_padding beyond the end pad is not supported");
  const filter = ctx.constant(`${ctx.node.name}/filter`, transposeConst(weight, [1, 2, 3, 0]));
  const fullShape = [x[0], full[0], full[1], outC];
  const options = { padding: "VALID", stride_h: strides[0], stride_w: strides[1], fused_activation_function: "NONE" };
  const shape = [x[0], outC, out[0], out[1]];
  const inputs = [ctx.constInt("output_shape", fullShape), filter, ctx.tensor(0, "nhwc"), bias(ctx, 2, outC)];
  if (out[0] === full[0] && out[1] === full[1]) return void ctx.emit("TRANSPOSE_CONV", inputs, shape, "nhwc", options);
  const y = ctx.temp("TRANSPOSE_CONV", inputs, fullShape, "full", options);
  ctx.emit("SLICE", [y, ctx.constInt("begin", [0, pads[0], pads[1], 0]), ctx.constInt("size", [-1, out[0], out[1], -1])], shape, "nhwc");
}
var convTranspose = {
  ops: ["ConvTranspose"],
  check: (node) => {
    if ((node.attrs.group ?? 1) !== 1) return "grouped ConvTranspose is not supported";
    if ((node.attrs.dilations ?? []).some((d) => d !== 1)) return "dilated ConvTranspose is not supported";
    if (node.attrs.output_shape !== void 0 || (node.attrs.auto_pad ?? "NOTSET") !== "NOTSET") return "ConvTranspose with output_shape or auto_pad is not supported (explicit pads are)";
    return checkRank(node, "ConvTranspose");
  },
  emit: (ctx) => withLift1d(ctx, emitConvTranspose)
};
var convHandlers = [conv, convTranspose];

// src/onnx/convert/erf.ts
var P = 0.3275911;
var A = [0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429];
function erf(x) {
  const t = 1 / (1 + P * Math.abs(x));
  const poly = A.reduceRight((acc, a) => a + t * acc, 0) * t;
  return Math.sign(x) * (1 - poly * Math.exp(-x * x));
}
function emitErf(ctx) {
  const layout = ctx.layoutOf(0);
  const shape = physicalShape(ctx.shape(0), layout);
  const none = { fused_activation_function: "NONE" };
  const k = (name, v) => ctx.constFloat(name, [], [v]);
  const op = (type, inputs, suffix, options) => ctx.temp(type, inputs, shape, suffix, options);
  const x = ctx.tensor(0, layout);
  const a = op("ABS", [x], "abs");
  const t = op("DIV", [k("one", 1), op("ADD", [op("MUL", [a, k("p", P)], "pa", none), k("one_1", 1)], "denominator", none)], "t", none);
  let poly = k("a5", A[4]);
  for (let i = 3; i >= 0; i--) poly = op("ADD", [op("MUL", [poly, t], `horner${i}`, none), k(`a${i + 1}`, A[i])], `poly${i}`, none);
  const tail = op("MUL", [op("MUL", [poly, t], "poly_t", none), op("EXP", [op("NEG", [op("MUL", [a, a], "square", none)], "neg")], "exp")], "tail", none);
  const magnitude = op("SUB", [k("one_2", 1), tail], "magnitude", none);
  ctx.emit("MUL", [op("SIGN", [x], "sign"), magnitude], ctx.shape(0), layout, none);
}
var erfHandlers = [{ ops: ["Erf"], fold: (ctx) => [elementwise([ctx.constOf(0)], erf)], emit: emitErf }];

// src/onnx/convert/matmul.ts
var NONE = { fused_activation_function: "NONE" };
function fullyConnected(ctx, a, weight, bias2, outShape, keep, out = 0) {
  const features = ctx.builder.tensor(a).shape.at(-1);
  if (weight.dims.length !== 2 || features !== weight.dims[1]) ctx.fail(`an input of ${features} features does not fit the weight [${weight.dims.join(", ")}]`);
  const w = ctx.constant(`${ctx.node.name}/weights`, weight);
  return ctx.emit("FULLY_CONNECTED", [a, w, bias2], outShape, "plain", { ...NONE, keep_num_dims: keep }, "float32", out);
}
function permuteColumns(weight, order) {
  const [n, k] = weight.dims;
  const data = new Float32Array(n * k);
  for (let r = 0; r < n; r++) for (let j = 0; j < k; j++) data[r * k + j] = weight.data[r * k + order[j]];
  return { dims: weight.dims, dtype: "float32", data };
}
function fcInput(ctx, weight) {
  const flat = ctx.value(0).flat;
  return flat && ctx.value(0).ids.plain === void 0 ? [flat.id, permuteColumns(weight, flat.order)] : [ctx.tensor(0), weight];
}
function emitGemm(ctx) {
  const [m0, k0] = ctx.shape(0);
  const transA = ctx.attr("transA", 0) === 1;
  const transB = ctx.attr("transB", 0) === 1;
  const alpha = ctx.attr("alpha", 1);
  const beta = ctx.attr("beta", 1);
  const [m, k] = transA ? [k0, m0] : [m0, k0];
  const b = ctx.constOf(1);
  if (!b) return void emitBatchMatMul(ctx, { transA, transB, alpha, beta });
  const [input, weight] = transA ? [ctx.tensor(0), transB ? b : transposeConst(b, [1, 0])] : fcInput(ctx, transB ? b : transposeConst(b, [1, 0]));
  const a = transA ? ctx.temp("TRANSPOSE", [input, ctx.constInt("perm", [1, 0])], [m, k], "transpose_a") : input;
  const n = weight.dims[0];
  const scaled = alpha === 1 ? weight : elementwise([weight], (x) => x * alpha);
  const c = ctx.constOf(2);
  const vectorBias = c && c.data.length === n || c?.data.length === 1;
  const biasData = vectorBias ? elementwise([c], (x) => x * beta).data : new Float32Array(n);
  const bias2 = ctx.constant(`${ctx.node.name}/bias`, makeConst([n], "float32", n === biasData.length ? biasData : new Float32Array(n).fill(biasData[0])));
  if (vectorBias || !ctx.has(2)) return void fullyConnected(ctx, a, scaled, bias2, [m, n], false);
  const y = fullyConnected(ctx, a, scaled, bias2, [m, n], false, `${ctx.node.name}/fc`);
  addC(ctx, y, [m, n], beta);
}
function addC(ctx, y, shape, beta) {
  let cId = ctx.tensor(2);
  if (beta !== 1) cId = ctx.temp("MUL", [cId, ctx.constFloat("beta", [], [beta])], ctx.shape(2), "beta", NONE);
  ctx.emit("ADD", [y, cId], shape, "plain", NONE);
}
function emitBatchMatMul(ctx, flags = { transA: false, transB: false, alpha: 1, beta: 1 }) {
  const sa = ctx.shape(0);
  const sb = ctx.shape(1);
  if (sa.length < 2 || sb.length < 2) ctx.fail("MatMul with a rank-1 operand is not supported");
  const rows = flags.transA ? sa.at(-1) : sa.at(-2);
  const cols = flags.transB ? sb.at(-2) : sb.at(-1);
  const inner = [flags.transA ? sa.at(-2) : sa.at(-1), flags.transB ? sb.at(-1) : sb.at(-2)];
  if (inner[0] !== inner[1]) ctx.fail(`operand shapes [${sa.join(", ")}] and [${sb.join(", ")}] do not multiply`);
  const shape = [...broadcastShape(sa.slice(0, -2), sb.slice(0, -2)), rows, cols];
  const options = { adj_x: flags.transA, adj_y: flags.transB, asymmetric_quantize_inputs: false };
  const simple2 = flags.alpha === 1 && !ctx.has(2);
  const y = ctx.emit("BATCH_MATMUL", [ctx.tensor(0), ctx.tensor(1)], shape, "plain", options, "float32", simple2 ? 0 : `${ctx.node.name}/matmul`);
  if (simple2) return;
  if (!ctx.has(2)) return void ctx.emit("MUL", [y, ctx.constFloat("alpha", [], [flags.alpha])], shape, "plain", NONE);
  const scaled = flags.alpha === 1 ? y : ctx.temp("MUL", [y, ctx.constFloat("alpha", [], [flags.alpha])], shape, "alpha", NONE);
  addC(ctx, scaled, shape, flags.beta);
}
var gemm = { ops: ["Gemm"], emit: emitGemm };
var matmul = {
  ops: ["MatMul"],
  emit: (ctx) => {
    const b = ctx.constOf(1);
    const sa = ctx.shape(0);
    if (!b || b.dims.length !== 2 || sa.length < 2) return void emitBatchMatMul(ctx);
    const n = b.dims[1];
    const bias2 = ctx.constant(`${ctx.node.name}/bias`, makeConst([n], "float32", new Float32Array(n)));
    const [input, weight] = sa.length === 2 ? fcInput(ctx, transposeConst(b, [1, 0])) : [ctx.tensor(0), transposeConst(b, [1, 0])];
    fullyConnected(ctx, input, weight, bias2, [...sa.slice(0, -1), n], sa.length > 2);
  }
};
var matmulHandlers = [gemm, matmul];

// src/onnx/convert/normalization.ts
function step(ctx, type, a, b, name, last) {
  const { ids, shape, layout } = broadcastOperands(ctx, [a, b]);
  const opts = ["ADD", "SUB", "MUL", "DIV"].includes(type) ? { fused_activation_function: "NONE" } : void 0;
  const target = last ? 0 : `${ctx.node.name}/${name}`;
  ctx.emit(type, ids, shape, layout, opts, "float32", target);
  return last ? ctx.node.outputs[0] : target;
}
function perChannel(ctx, i, what) {
  const c = ctx.requireConst(i, what);
  return c.data instanceof Float32Array ? c.data : Float32Array.from(c.data);
}
var batchNorm = {
  ops: ["BatchNormalization"],
  check: (node) => node.attrs.training_mode === 1 || node.outputs.filter(Boolean).length > 1 ? "BatchNormalization in training mode is not supported" : void 0,
  emit: (ctx) => {
    const [gamma, beta, mean, variance] = [1, 2, 3, 4].map((i) => perChannel(ctx, i, ["scale", "bias", "mean", "var"][i - 1]));
    const eps = ctx.attr("epsilon", 1e-5);
    const channels = gamma.length;
    const scale = gamma.map((g, c) => g / Math.sqrt(variance[c] + eps));
    const shift = beta.map((b, c) => b - mean[c] * scale[c]);
    const dims = [channels, ...Array(Math.max(0, ctx.shape(0).length - 2)).fill(1)];
    const scaled = step(ctx, "MUL", 0, ctx.tempConst("scale", makeConst(dims, "float32", scale)), "mul", false);
    step(ctx, "ADD", scaled, ctx.tempConst("shift", makeConst(dims, "float32", shift)), "add", true);
  }
};
var layerNorm = {
  ops: ["LayerNormalization"],
  check: (node) => node.outputs.filter(Boolean).length > 1 ? "LayerNormalization mean / inv_std_dev outputs are not supported" : void 0,
  emit: (ctx) => {
    const shape = ctx.shape(0);
    const rank = shape.length;
    const first = ctx.attr("axis", -1) < 0 ? ctx.attr("axis", -1) + rank : ctx.attr("axis", -1);
    const axes = Array.from({ length: rank - first }, (_, i) => first + i);
    const reduced = shape.map((d, i) => i >= first ? 1 : d);
    const x = ctx.tensor(0, "plain");
    const mean = ctx.temp("MEAN", [x, ctx.constInt("axes", axes)], reduced, "mean", { keep_dims: true });
    const sq = ctx.temp("SQUARED_DIFFERENCE", [x, mean], shape, "squared_difference");
    const variance = ctx.temp("MEAN", [sq, ctx.constInt("axes_1", axes)], reduced, "variance", { keep_dims: true });
    const eps = ctx.temp("ADD", [variance, ctx.constFloat("epsilon", [], [ctx.attr("epsilon", 1e-5)])], reduced, "add", { fused_activation_function: "NONE" });
    const inv = ctx.temp("RSQRT", [eps], reduced, "rsqrt");
    const centered = ctx.temp("SUB", [x, mean], shape, "sub", { fused_activation_function: "NONE" });
    const normed = ctx.define(`${ctx.node.name}/normed`, { shape, dtype: "float32", ids: { plain: ctx.temp("MUL", [centered, inv], physicalShape(shape, "plain"), "normed", { fused_activation_function: "NONE" }) } });
    const scale = ctx.requireConst(1, "the scale");
    const bias2 = ctx.has(2) ? ctx.requireConst(2, "the bias") : void 0;
    if (!isFloatType(scale.dtype)) ctx.fail("a non-float scale is not supported");
    const scaled = step(ctx, "MUL", normed, 1, "scaled", !bias2);
    if (bias2) step(ctx, "ADD", scaled, 2, "shifted", true);
  }
};
var normalizationHandlers = [batchNorm, layerNorm];

// src/onnx/convert/pooling.ts
function emitPool(ctx) {
  const x = ctx.shape(0);
  if (x.length !== 4) ctx.fail(`${ctx.node.opType} on a rank-${x.length} input is not supported (1-D and 2-D pooling are)`);
  const max = ctx.node.opType === "MaxPool";
  const kernel = ctx.attr("kernel_shape", [1, 1]);
  const w = windowOf(ctx.node, x.slice(2), kernel);
  let input = ctx.tensor(0, "nhwc");
  if (w.padding === "EXPLICIT") {
    if (!max && ctx.attr("count_include_pad", 0) !== 1) ctx.fail("average pooling with pads that exclude the padding from the count and are not TensorFlow SAME pads is not supported");
    if (!max && ctx.attr("ceil_mode", 0) === 1) ctx.fail("average pooling with ceil_mode and explicit pads is not supported");
    const p = nhwcPaddings(w);
    const shape = physicalShape(x, "nhwc").map((d, i) => d + p[2 * i] + p[2 * i + 1]);
    const pads = ctx.constInt("pads", p, [4, 2]);
    input = max ? ctx.temp("PADV2", [input, pads, ctx.constFloat("pad_value", [], [-34028234663852886e22])], shape, "Pad") : ctx.temp("PAD", [input, pads], shape, "Pad");
  } else if (!max && w.padding === "SAME" && ctx.attr("count_include_pad", 0) === 1) {
    ctx.fail("average pooling that counts SAME padding is not supported");
  }
  ctx.emit(max ? "MAX_POOL_2D" : "AVERAGE_POOL_2D", [input], [x[0], x[1], w.out[0], w.out[1]], "nhwc", {
    padding: w.padding === "SAME" ? "SAME" : "VALID",
    stride_h: w.strides[0],
    stride_w: w.strides[1],
    filter_height: kernel[0],
    filter_width: kernel[1],
    fused_activation_function: "NONE"
  });
}
var pool = {
  ops: ["MaxPool", "AveragePool"],
  check: (node) => {
    if (node.outputs.length > 1 && node.outputs[1]) return "MaxPool indices output is not supported";
    if ((node.attrs.dilations ?? []).some((d) => d !== 1)) return "dilated pooling is not supported";
    return checkWindow(node);
  },
  emit: (ctx) => withLift1d(ctx, emitPool)
};
var globalPool = {
  ops: ["GlobalAveragePool", "GlobalMaxPool"],
  emit: (ctx) => {
    const x = ctx.shape(0);
    const rank = x.length;
    if (rank < 3) ctx.fail(`${ctx.node.opType} needs a rank-3 or more input, got rank ${rank}`);
    const axes = Array.from({ length: rank - 2 }, (_, i) => i + 1);
    const shape = [x[0], x[1], ...axes.map(() => 1)];
    ctx.emit(ctx.node.opType === "GlobalAveragePool" ? "MEAN" : "REDUCE_MAX", [ctx.tensor(0, "nhwc"), ctx.constInt("axes", axes)], shape, "nhwc", { keep_dims: true });
  }
};
var poolingHandlers = [pool, globalPool];

// src/onnx/convert/reduce.ts
var TYPES = { ReduceMean: "MEAN", ReduceMax: "REDUCE_MAX", ReduceMin: "REDUCE_MIN", ReduceSum: "SUM", ReduceProd: "REDUCE_PROD" };
function axesOf(ctx, rank) {
  const fromInput = ctx.node.opType === "ReduceSum" ? ctx.opset >= 13 : ctx.opset >= 18;
  const given = fromInput ? ctx.has(1) ? Array.from(ctx.requireConst(1, "the axes").data) : [] : ctx.attr("axes", []);
  if (given.length === 0) return ctx.attr("noop_with_empty_axes", 0) === 1 ? void 0 : [...Array(rank).keys()];
  return given.map((a) => a < 0 ? a + rank : a).sort((a, b) => a - b);
}
function reduceLayout(ctx, axes, keep) {
  const layout = ctx.layoutOf(0);
  if (layout === "plain" || keep) return layout;
  const left = toNhwc(ctx.shape(0).length).filter((a) => !axes.includes(a));
  return left.every((a, i) => i === 0 || a > left[i - 1]) ? "nhwc" : "plain";
}
var reduce = {
  ops: Object.keys(TYPES),
  emit: (ctx) => {
    const input = ctx.shape(0);
    const rank = input.length;
    const axes = axesOf(ctx, rank);
    if (!axes) return ctx.alias(0, 0);
    const keep = ctx.attr("keepdims", 1) === 1;
    const layout = reduceLayout(ctx, axes, keep);
    const shape = input.flatMap((d, i) => axes.includes(i) ? keep ? [1] : [] : [d]);
    const physAxes = axes.map((a) => physicalAxis(a, rank, layout)).sort((a, b) => a - b);
    const outLayout = keep ? layout : "plain";
    ctx.emit(TYPES[ctx.node.opType], [ctx.tensor(0, layout), ctx.constInt("axes", physAxes)], shape, outLayout, { keep_dims: keep }, ctx.value(0).dtype);
  }
};
var reduceHandlers = [reduce];

// src/onnx/convert/resize.ts
function check(node) {
  const mode = node.attrs.mode ?? "nearest";
  const coords = node.attrs.coordinate_transformation_mode ?? "half_pixel";
  if (mode === "nearest") {
    const rounding = node.attrs.nearest_mode ?? "round_prefer_floor";
    if (node.opType === "Resize" && (coords !== "asymmetric" || rounding !== "floor")) return `nearest resize with ${coords} coordinates and ${rounding} rounding is not supported (asymmetric + floor, PyTorch's "nearest", is)`;
    return void 0;
  }
  if (mode !== "linear" && mode !== "bilinear") return `resize mode "${mode}" is not supported (nearest and linear are)`;
  if (!["half_pixel", "pytorch_half_pixel", "align_corners", "asymmetric"].includes(coords)) return `linear resize with ${coords} coordinates is not supported`;
  return void 0;
}
function outputSize(ctx) {
  const input = ctx.shape(0);
  const sizesAt = ctx.node.opType === "Upsample" ? -1 : 3;
  if (sizesAt > 0 && ctx.has(sizesAt)) return Array.from(ctx.requireConst(sizesAt, "the sizes").data);
  const scales = ctx.node.opType === "Upsample" ? ctx.requireConst(1, "the scales") : ctx.requireConst(2, "the scales");
  return input.map((d, i) => Math.floor(d * scales.data[i]));
}
var resize = {
  ops: ["Resize", "Upsample"],
  check,
  emit: (ctx) => {
    const input = ctx.shape(0);
    if (input.length !== 4) ctx.fail(`resizing a rank-${input.length} tensor is not supported (NCHW images are)`);
    const out = outputSize(ctx);
    if (out[0] !== input[0] || out[1] !== input[1]) ctx.fail("resizing the batch or channel axis is not supported");
    const nearest = ctx.attr("mode", "nearest") === "nearest";
    const coords = ctx.attr("coordinate_transformation_mode", ctx.node.opType === "Upsample" ? "asymmetric" : "half_pixel");
    const options = { align_corners: coords === "align_corners", half_pixel_centers: !nearest && (coords === "half_pixel" || coords === "pytorch_half_pixel") };
    const size = ctx.constInt("size", [out[2], out[3]]);
    ctx.emit(nearest ? "RESIZE_NEAREST_NEIGHBOR" : "RESIZE_BILINEAR", [ctx.tensor(0, "nhwc"), size], out, "nhwc", options);
  }
};
var resizeHandlers = [resize];

// src/onnx/convert/shape.ts
function reshapeTarget(ctx, spec) {
  const input = ctx.shape(0);
  const allowZero = ctx.attr("allowzero", 0) === 1;
  const dims = spec.map((d, i) => d === 0 && !allowZero ? input[i] : d);
  const known = prod(dims.filter((d) => d !== -1));
  const out = dims.map((d) => d === -1 ? prod(input) / known : d);
  if (prod(out) !== prod(input) || out.some((d) => !Number.isInteger(d) || d < 0)) ctx.fail(`cannot reshape [${input.join(", ")}] to [${spec.join(", ")}]`);
  return out;
}
function targetShape(ctx) {
  const input = ctx.shape(0);
  const rank = input.length;
  const op = ctx.node.opType;
  if (op === "Reshape") return reshapeTarget(ctx, Array.from(ctx.requireConst(1, "the new shape").data));
  if (op === "Flatten") {
    const axis = ctx.attr("axis", 1) < 0 ? ctx.attr("axis", 1) + rank : ctx.attr("axis", 1);
    return [prod(input.slice(0, axis)), prod(input.slice(axis))];
  }
  const given = ctx.opset >= 13 && ctx.has(1) ? Array.from(ctx.requireConst(1, "the axes").data) : ctx.attr("axes", []);
  if (op === "Squeeze") {
    const axes2 = given.map((a) => a < 0 ? a + rank : a);
    return input.filter((d, i) => axes2.length ? !axes2.includes(i) : d !== 1);
  }
  const outRank = rank + given.length;
  const axes = given.map((a) => a < 0 ? a + outRank : a);
  const out = [];
  let next = 0;
  for (let i = 0; i < outRank; i++) out.push(axes.includes(i) ? 1 : input[next++]);
  return out;
}
function flattenNhwc(ctx, shape) {
  const v = ctx.value(0);
  const [n, c, h, w] = v.shape;
  if (v.ids.nhwc === void 0 || v.ids.plain !== void 0 || v.shape.length !== 4 || shape.length !== 2 || shape[0] !== n) return false;
  const source = ctx.node.inputs[0];
  const order = [];
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) for (let k = 0; k < c; k++) order.push(k * h * w + y * w + x);
  const node = ctx.node;
  const id = ctx.temp("RESHAPE", [v.ids.nhwc, ctx.constInt("shape", shape)], shape, "flatten_nhwc");
  const materialize = () => {
    const saved = ctx.node;
    ctx.node = node;
    const plain = ctx.tensorOf(v, source, "plain");
    const out = ctx.temp("RESHAPE", [plain, ctx.constInt("shape_nchw", shape)], shape, "flatten");
    ctx.node = saved;
    return out;
  };
  ctx.define(0, { shape, dtype: v.dtype, ids: {}, flat: { id, order, materialize } });
  return true;
}
var reshapeLike = {
  ops: ["Reshape", "Flatten", "Squeeze", "Unsqueeze"],
  fold: (ctx) => [reshapeConst(ctx.constOf(0), targetShape(ctx))],
  emit: (ctx) => {
    const shape = targetShape(ctx);
    const v = ctx.value(0);
    const src = v.ids.plain ?? v.ids.nhwc;
    const layout = v.ids.plain !== void 0 || v.const ? "plain" : "nhwc";
    const direct = layout === "plain" || keepsMemoryOrder(physicalShape(v.shape, "nhwc"), fromNhwc(v.shape.length));
    if (!direct && flattenNhwc(ctx, shape)) return;
    const x = direct ? src : ctx.tensor(0, "plain");
    ctx.emit("RESHAPE", [x, ctx.constInt("shape", shape)], shape, "plain", void 0, v.dtype);
  }
};
var transpose = {
  ops: ["Transpose"],
  fold: (ctx) => {
    const c = ctx.constOf(0);
    return [transposeConst(c, ctx.attr("perm", [...c.dims.keys()].reverse()))];
  },
  emit: (ctx) => {
    const input = ctx.shape(0);
    const rank = input.length;
    const perm = ctx.attr("perm", [...Array(rank).keys()].reverse());
    const shape = perm.map((p) => input[p]);
    const layout = ctx.layoutOf(0);
    const q = layout === "nhwc" ? perm.map((p) => toNhwc(rank).indexOf(p)) : perm;
    const x = ctx.tensor(0, layout);
    if (isIdentity(q)) return void ctx.define(0, { shape, dtype: ctx.value(0).dtype, ids: { plain: x } });
    const physIn = physicalShape(input, layout);
    if (keepsMemoryOrder(physIn, q)) return void ctx.emit("RESHAPE", [x, ctx.constInt("shape", shape)], shape, "plain", void 0, ctx.value(0).dtype);
    ctx.emit("TRANSPOSE", [x, ctx.constInt("perm", q)], shape, "plain", void 0, ctx.value(0).dtype);
  }
};
var expand = {
  ops: ["Expand"],
  fold: (ctx) => [broadcastTo(ctx.constOf(0), broadcastShape(ctx.shape(0), Array.from(ctx.constOf(1).data)))],
  emit: (ctx) => {
    const shape = broadcastShape(ctx.shape(0), Array.from(ctx.requireConst(1, "the shape").data));
    ctx.emit("BROADCAST_TO", [ctx.tensor(0), ctx.constInt("shape", shape)], shape, "plain", void 0, ctx.value(0).dtype);
  }
};
var tile = {
  ops: ["Tile"],
  emit: (ctx) => {
    const repeats = Array.from(ctx.requireConst(1, "the repeats").data);
    const shape = ctx.shape(0).map((d, i) => d * repeats[i]);
    ctx.emit("TILE", [ctx.tensor(0), ctx.constInt("multiples", repeats)], shape, "plain", void 0, ctx.value(0).dtype);
  }
};
function shapeConst(ctx) {
  const dims = ctx.shape(0);
  if (ctx.node.opType === "Size") return makeConst([], "int64", [prod(dims)]);
  const norm = (v) => Math.min(Math.max(v < 0 ? v + dims.length : v, 0), dims.length);
  const picked = dims.slice(norm(ctx.attr("start", 0)), norm(ctx.attr("end", dims.length)));
  return makeConst([picked.length], "int64", picked);
}
var shapeOf = {
  ops: ["Shape", "Size"],
  fold: (ctx) => [shapeConst(ctx)],
  emit: (ctx) => ctx.defineConst(0, shapeConst(ctx))
};
var shapeHandlers = [reshapeLike, transpose, expand, tile, shapeOf];

// src/onnx/convert/slicing.ts
var normAxis = (axis, rank) => axis < 0 ? axis + rank : axis;
function commonLayout(ctx, inputs) {
  return inputs.some((i) => !ctx.value(i).const && ctx.layoutOf(i) === "nhwc") ? "nhwc" : "plain";
}
var concat = {
  ops: ["Concat"],
  fold: (ctx) => [concatConst(ctx.node.inputs.map((_, i) => ctx.constOf(i)), normAxis(ctx.attr("axis", 0), ctx.shape(0).length))],
  emit: (ctx) => {
    const inputs = ctx.node.inputs.map((_, i) => i);
    const rank = ctx.shape(0).length;
    const axis = normAxis(ctx.attr("axis", 0), rank);
    const layout = commonLayout(ctx, inputs);
    const shape = [...ctx.shape(0)];
    shape[axis] = inputs.reduce((s, i) => s + ctx.shape(i)[axis], 0);
    ctx.emit("CONCATENATION", inputs.map((i) => ctx.tensor(i, layout)), shape, layout, { axis: physicalAxis(axis, rank, layout), fused_activation_function: "NONE" }, ctx.value(0).dtype);
  }
};
function splitSizes(ctx, size) {
  const given = ctx.opset >= 13 ? ctx.has(1) ? Array.from(ctx.requireConst(1, "the split sizes").data) : void 0 : ctx.node.attrs.split;
  if (given) return given;
  const parts = ctx.attr("num_outputs", ctx.node.outputs.length);
  const each = Math.ceil(size / parts);
  return Array.from({ length: parts }, (_, i) => Math.min(each, size - i * each));
}
var split = {
  ops: ["Split"],
  emit: (ctx) => {
    const input = ctx.shape(0);
    const axis = normAxis(ctx.attr("axis", 0), input.length);
    const sizes = splitSizes(ctx, input[axis]);
    const layout = ctx.layoutOf(0);
    const shapes = sizes.map((s) => input.map((d, i) => i === axis ? s : d));
    const options = { num_splits: sizes.length };
    const inputs = [ctx.tensor(0, layout), ctx.constInt("size_splits", sizes), ctx.constInt("axis", [physicalAxis(axis, input.length, layout)], [])];
    ctx.emitMulti("SPLIT_V", inputs, shapes, layout, options, ctx.value(0).dtype);
  }
};
function sliceSpec(ctx) {
  const dims = ctx.shape(0);
  const list = (i, what) => Array.from(ctx.requireConst(i, what).data);
  const starts = list(1, "the starts");
  const axes = ctx.has(3) ? list(3, "the axes") : starts.map((_, i) => i);
  const steps = ctx.has(4) ? list(4, "the steps") : starts.map(() => 1);
  return resolveSlice(dims, starts, list(2, "the ends"), axes, steps);
}
var slice = {
  ops: ["Slice"],
  check: (_node, opset) => opset < 10 ? "Slice before opset 10 is not supported" : void 0,
  fold: (ctx) => [sliceConst(ctx.constOf(0), sliceSpec(ctx))],
  emit: (ctx) => {
    const s = sliceSpec(ctx);
    const rank = s.begin.length;
    const shape = s.begin.map((b, a) => sliceLength(b, s.end[a], s.step[a]));
    const layout = ctx.layoutOf(0);
    const order = layout === "nhwc" ? toNhwc(rank) : [...Array(rank).keys()];
    const endMask = order.reduce((m, a, p) => s.step[a] < 0 && s.end[a] < 0 ? m | 1 << p : m, 0);
    const inputs = [ctx.tensor(0, layout), ctx.constInt("begin", order.map((a) => s.begin[a])), ctx.constInt("end", order.map((a) => s.end[a])), ctx.constInt("strides", order.map((a) => s.step[a]))];
    ctx.emit("STRIDED_SLICE", inputs, shape, layout, { end_mask: endMask }, ctx.value(0).dtype);
  }
};
var gather = {
  ops: ["Gather"],
  fold: (ctx) => [gatherConst(ctx.constOf(0), ctx.constOf(1), normAxis(ctx.attr("axis", 0), ctx.shape(0).length))],
  emit: (ctx) => {
    const data = ctx.shape(0);
    const axis = normAxis(ctx.attr("axis", 0), data.length);
    const indices = ctx.constOf(1);
    const idShape = ctx.shape(1);
    const shape = [...data.slice(0, axis), ...idShape, ...data.slice(axis + 1)];
    const index = indices ? ctx.constInt("indices", Array.from(indices.data, (i) => i < 0 ? i + data[axis] : i), idShape) : ctx.tensor(1);
    ctx.emit("GATHER", [ctx.tensor(0), index], shape, "plain", { axis, batch_dims: 0 }, ctx.value(0).dtype);
  }
};
var pad = {
  ops: ["Pad"],
  check: (node, opset) => {
    const mode = node.attrs.mode ?? "constant";
    if (!["constant", "reflect"].includes(mode)) return `Pad mode "${mode}" is not supported (constant and reflect are)`;
    return opset < 11 ? "Pad before opset 11 is not supported" : void 0;
  },
  emit: (ctx) => {
    const input = ctx.shape(0);
    const rank = input.length;
    const given = Array.from(ctx.requireConst(1, "the pads").data);
    const axes = ctx.has(3) ? Array.from(ctx.requireConst(3, "the axes").data, (a) => normAxis(a, rank)) : [...Array(rank).keys()];
    const begin = Array(rank).fill(0);
    const end = Array(rank).fill(0);
    axes.forEach((a, k) => {
      begin[a] = given[k];
      end[a] = given[axes.length + k];
    });
    if ([...begin, ...end].some((p) => p < 0)) ctx.fail("negative pads (cropping) are not supported");
    const layout = ctx.layoutOf(0);
    const order = layout === "nhwc" ? toNhwc(rank) : [...Array(rank).keys()];
    const paddings = ctx.constInt("paddings", order.flatMap((a) => [begin[a], end[a]]), [rank, 2]);
    const shape = input.map((d, a) => d + begin[a] + end[a]);
    const x = ctx.tensor(0, layout);
    if (ctx.attr("mode", "constant") === "reflect") return void ctx.emit("MIRROR_PAD", [x, paddings], shape, layout, { mode: "REFLECT" });
    const value = ctx.has(2) ? ctx.requireConst(2, "the pad value").data[0] : 0;
    if (value === 0) return void ctx.emit("PAD", [x, paddings], shape, layout);
    ctx.emit("PADV2", [x, paddings, ctx.constFloat("constant_value", [], [value])], shape, layout);
  }
};
var slicingHandlers = [concat, split, slice, gather, pad];

// src/onnx/convert/registry.ts
var ALL = [
  ...activationHandlers,
  ...constantHandlers,
  ...convHandlers,
  ...elementwiseHandlers,
  ...erfHandlers,
  ...matmulHandlers,
  ...normalizationHandlers,
  ...poolingHandlers,
  ...reduceHandlers,
  ...resizeHandlers,
  ...shapeHandlers,
  ...slicingHandlers
];
var HANDLERS = new Map(ALL.flatMap((h) => h.ops.map((op) => [op, h])));
function supportedOnnxOps() {
  return [...HANDLERS.keys()].sort();
}
function reason(node, opset) {
  if (node.domain !== "" && node.domain !== "ai.onnx") return `operator ${node.domain}.${node.opType} (custom domain) is not supported`;
  const handler = HANDLERS.get(node.opType);
  if (!handler) return `operator ${node.opType} is not supported`;
  return handler.check?.(node, opset);
}
function assertSupportedNodes(nodes, opset) {
  const byReason = /* @__PURE__ */ new Map();
  for (const node of nodes) {
    const why = reason(node, opset);
    if (why) byReason.set(why, [...byReason.get(why) ?? [], node.name]);
  }
  if (byReason.size === 0) return;
  const lines = [...byReason].map(([why, names]) => `${why}: ${names.slice(0, 5).map((n) => `"${n}"`).join(", ")}${names.length > 5 ? ` and ${names.length - 5} more` : ""}`);
  const count = [...byReason.values()].reduce((s, l) => s + l.length, 0);
  throw new GateError(
    "unsupported",
    `${count} node${count > 1 ? "s" : ""} cannot be converted:
  ${lines.join("\n  ")}`,
    { where: "graph" },
    `Supported operators: ${supportedOnnxOps().join(", ")}.`
  );
}

export {
  toNhwc,
  fromNhwc,
  physicalShape,
  keepsMemoryOrder,
  transposeConst,
  HANDLERS,
  supportedOnnxOps,
  assertSupportedNodes
};
