import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  GraphBuilder,
  optimizeGraph
} from "./chunk-YWNQQDKI.js";
import {
  onnxExternalFiles,
  readOnnxModel
} from "./chunk-5HW4JSTL.js";
import {
  externalReader
} from "./chunk-GJIP554E.js";
import {
  HANDLERS,
  assertSupportedNodes,
  fromNhwc,
  keepsMemoryOrder,
  physicalShape,
  toNhwc,
  transposeConst
} from "./chunk-VXPXEBFC.js";
import {
  isFloatType
} from "./chunk-N3FMHTQB.js";
import {
  GateError
} from "./chunk-JM7JNUOI.js";

// src/onnx/convert/context.ts
function graphDType(t) {
  if (isFloatType(t)) return "float32";
  return t === "bool" ? "bool" : "int32";
}
var MAX_ELEMENTS = 2 ** 31 - 1;
function checkShape(shape) {
  const ok = shape.every((d) => Number.isSafeInteger(d) && d >= 0) && shape.reduce((a, b) => a * b, 1) <= MAX_ELEMENTS;
  if (!ok) throw new RangeError(`the result would have the shape [${shape.join(", ")}]`);
}
var OnnxContext = class {
  constructor(builder, opset) {
    this.builder = builder;
    this.opset = opset;
  }
  builder;
  opset;
  values = /* @__PURE__ */ new Map();
  node;
  get where() {
    return `node "${this.node.name}" (${this.node.opType})`;
  }
  fail(message, hint) {
    throw new GateError("unsupported", message, { where: this.where }, hint);
  }
  /** Whether input `i` of the current node is given (optional inputs may be "" or absent). */
  has(i) {
    return !!this.node.inputs[i];
  }
  /** Input i of the current node, or a value by name (a temporary of a handler). */
  value(i) {
    const name = typeof i === "string" ? i : this.node.inputs[i];
    const v = name ? this.values.get(name) : void 0;
    if (!v) throw new GateError("bad-model", `input ${i} ${name ? `"${name}" is not produced by any earlier node` : "is missing"}`, { where: this.where }, "The graph is not topologically sorted or is incomplete; export it again.");
    return v;
  }
  shape(i) {
    return this.value(i).shape;
  }
  constOf(i) {
    return this.has(i) ? this.value(i).const : void 0;
  }
  /** Input i as a constant, or an error saying the operator needs it constant. */
  requireConst(i, what) {
    const c = this.constOf(i);
    if (!c) this.fail(`${what} (input ${i}) must be a constant once input shapes are fixed`, "Export with static shapes for this operator.");
    return c;
  }
  /** The layout a handler should keep for input i: nhwc when that is the only form it exists in. */
  layoutOf(i) {
    const v = this.value(i);
    return v.ids.nhwc !== void 0 && v.ids.plain === void 0 ? "nhwc" : "plain";
  }
  /** The graph tensor holding input i in `layout` (made from the other layout or the constant when needed). */
  tensor(i, layout = "plain") {
    return this.tensorOf(this.value(i), typeof i === "string" ? i : this.node.inputs[i], layout);
  }
  tensorOf(v, name, layout) {
    const want = v.shape.length < 3 ? "plain" : layout;
    const cached = v.ids[want] ?? (v.shape.length < 3 ? v.ids.nhwc : void 0);
    if (cached !== void 0) return cached;
    let id;
    if (v.flat) id = v.flat.materialize();
    else if (v.const) id = this.constant(name, want === "nhwc" ? transposeConst(v.const, toNhwc(v.shape.length)) : v.const);
    else id = this.relayout(v, name, want);
    v.ids[want] = id;
    return id;
  }
  relayout(v, name, want) {
    const from = want === "nhwc" ? "plain" : "nhwc";
    const source = v.ids[from];
    const perm = want === "nhwc" ? toNhwc(v.shape.length) : fromNhwc(v.shape.length);
    const fromShape = physicalShape(v.shape, from);
    const outShape = physicalShape(v.shape, want);
    const out = this.builder.activation(`${name}/${want}`, outShape, this.builder.tensor(source).dtype);
    if (keepsMemoryOrder(fromShape, perm)) this.builder.op("RESHAPE", [source, this.builder.constInt32(`${name}/${want}/shape`, outShape)], [out], void 0, this.node?.name);
    else this.builder.op("TRANSPOSE", [source, this.builder.constInt32(`${name}/${want}/perm`, perm)], [out], void 0, this.node?.name);
    return out;
  }
  /** A graph constant with the data of `c` (in the order given). */
  constant(name, c) {
    const dtype = graphDType(c.dtype);
    if (dtype === "float32") return this.builder.constFloat(name, c.dims, c.data instanceof Float32Array ? c.data : Float32Array.from(c.data));
    if (dtype === "bool") return this.builder.constant(name, c.dims, "bool", Uint8Array.from(c.data));
    return this.builder.constant(name, c.dims, "int32", Int32Array.from(c.data, (x) => Math.max(-2147483648, Math.min(2147483647, x))));
  }
  constInt(suffix, values, shape = [values.length]) {
    return this.builder.constInt32(`${this.node.name}/${suffix}`, values, shape);
  }
  constFloat(suffix, shape, values) {
    return this.builder.constFloat(`${this.node.name}/${suffix}`, shape, values);
  }
  /** Add one op whose output is output `out` of the current node, held in `layout`; returns the tensor id. */
  emit(type, inputs, shape, layout, options, dtype = "float32", out = 0) {
    const name = typeof out === "string" ? out : this.node.outputs[out] || `${this.node.name}:${out}`;
    const id = this.builder.activation(name, physicalShape(shape, layout), graphDType(dtype));
    this.builder.op(type, inputs, [id], options, this.node.name);
    this.define(out, { shape, dtype, ids: { [layout]: id } });
    return id;
  }
  /** One op with several outputs (SPLIT_V...), output k of the node shaped shapes[k], all in `layout`. */
  emitMulti(type, inputs, shapes, layout, options, dtype = "float32") {
    const ids = shapes.map((shape, k) => {
      const id = this.builder.activation(this.node.outputs[k] || `${this.node.name}:${k}`, physicalShape(shape, layout), graphDType(dtype));
      this.define(k, { shape, dtype, ids: { [layout]: id } });
      return id;
    });
    this.builder.op(type, inputs, ids, options, this.node.name);
  }
  /** An intermediate tensor of the current node (not an ONNX value), shaped as stored. */
  temp(type, inputs, physical, suffix, options, dtype = "float32") {
    checkShape(physical);
    const id = this.builder.activation(`${this.node.name}/${suffix}`, physical, dtype);
    this.builder.op(type, inputs, [id], options, this.node.name);
    return id;
  }
  /** Defines output `out` of the node, or a temporary value by name (returned). */
  define(out, value) {
    checkShape(value.shape);
    const name = typeof out === "string" ? out : this.node.outputs[out];
    if (name) this.values.set(name, value);
    return name ?? "";
  }
  /** A temporary constant value named after the node, for handlers that build on elementwise helpers. */
  tempConst(suffix, c) {
    return this.define(`${this.node.name}/${suffix}`, { shape: c.dims, dtype: c.dtype, const: c, ids: {} });
  }
  defineConst(out, c) {
    this.define(out, { shape: c.dims, dtype: c.dtype, const: c, ids: {} });
  }
  /** Output `out` is input `i` unchanged (Identity, Dropout, no-op Cast). */
  alias(out, i) {
    this.define(out, this.value(i));
  }
  attr(name, fallback) {
    return this.node.attrs[name] ?? fallback;
  }
};

// src/onnx/convert/fuse.ts
function scalarOf(model, producers, name) {
  const init = model.initializers.get(name);
  if (init) return init.data.length === 1 ? init.data[0] : void 0;
  const node = producers.get(name);
  const value = node?.opType === "Constant" ? node.attrs.value : void 0;
  if (value && typeof value === "object" && !Array.isArray(value) && value.data.length === 1) return value.data[0];
  if (node?.opType === "Constant" && typeof node.attrs.value_float === "number") return node.attrs.value_float;
  return void 0;
}
var near = (a, b) => a !== void 0 && Math.abs(a - b) < 1e-4 * Math.abs(b);
var other = (n, name) => n.inputs[0] === name ? n.inputs[1] : n.inputs[0];
var only = (g, name, op) => {
  const users = g.consumers.get(name) ?? [];
  return users.length === 1 && users[0].opType === op ? users[0] : void 0;
};
function matchGelu(g, erf) {
  const div = g.producers.get(erf.inputs[0]);
  if (!div || !(div.opType === "Div" && near(scalarOf(g.model, g.producers, div.inputs[1]), Math.SQRT2) || div.opType === "Mul" && near(scalarOf(g.model, g.producers, div.inputs[1]), Math.SQRT1_2))) return void 0;
  const x = div.inputs[0];
  const add = only(g, erf.outputs[0], "Add");
  if (!add || !near(scalarOf(g.model, g.producers, other(add, erf.outputs[0])), 1)) return void 0;
  const mul = only(g, add.outputs[0], "Mul");
  if (!mul) return void 0;
  const o = other(mul, add.outputs[0]);
  const half = (n, operand) => n && n.opType === "Mul" && n.inputs.includes(operand) && near(scalarOf(g.model, g.producers, other(n, operand)), 0.5);
  if (o === x) {
    const end = only(g, mul.outputs[0], "Mul");
    return end && half(end, mul.outputs[0]) ? { x, end } : void 0;
  }
  if (half(g.producers.get(o), x)) return { x, end: mul };
  if (near(scalarOf(g.model, g.producers, o), 0.5)) {
    const end = only(g, mul.outputs[0], "Mul");
    return end && other(end, mul.outputs[0]) === x ? { x, end } : void 0;
  }
  return void 0;
}
function index(nodes) {
  const producers = /* @__PURE__ */ new Map();
  const consumers = /* @__PURE__ */ new Map();
  for (const n of nodes) {
    n.outputs.forEach((o) => producers.set(o, n));
    n.inputs.filter(Boolean).forEach((i) => consumers.set(i, [...consumers.get(i) ?? [], n]));
  }
  return { producers, consumers };
}
function dropDead(nodes, outputs) {
  const live = new Set(outputs);
  const kept = [];
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i];
    if (!n.outputs.some((o) => live.has(o))) continue;
    kept.push(n);
    n.inputs.forEach((x) => live.add(x));
  }
  return kept.reverse();
}
function fuseNodes(model) {
  const g = { model, ...index(model.nodes) };
  const replaced = /* @__PURE__ */ new Map();
  for (const n of model.nodes) {
    if (n.opType !== "Erf") continue;
    const m = matchGelu(g, n);
    if (m) replaced.set(m.end, { name: m.end.name, opType: "Gelu", domain: "", inputs: [m.x], outputs: m.end.outputs, attrs: {} });
  }
  const nodes = model.nodes.map((n) => replaced.get(n) ?? n);
  return { ...model, nodes: dropDead(nodes, model.outputs.map((o) => o.name)) };
}

// src/onnx/convert/index.ts
var DEFAULTS = { batchSize: 1 };
function pinShape(io, opts) {
  return io.dims.map((d, i) => {
    if (typeof d === "number" && d > 0) return d;
    if (i === 0) return opts.batchSize;
    if (opts.sequenceLength) return opts.sequenceLength;
    throw new GateError(
      "unsupported",
      `input "${io.name}" has a dynamic dimension ${i} ("${d}") in [${io.dims.join(", ")}]`,
      { where: `input ${io.name}` },
      "Pass --sequence_length N to fix it, or export the model with a fixed shape."
    );
  });
}
var interfaceLayout = (rank, opts) => opts.nhwcInterface && rank === 4 ? "nhwc" : "plain";
function addInputs(ctx, model, opts) {
  for (const io of model.inputs) {
    const shape = pinShape(io, opts);
    const layout = interfaceLayout(shape.length, opts);
    const dtype = io.dtype === "int64" ? "int64" : graphDType(io.dtype);
    const id = ctx.builder.activation(`serving_default_${io.name}:0`, physicalShape(shape, layout), dtype);
    ctx.builder.inputs.push({ name: io.name, tensor: id });
    ctx.values.set(io.name, { shape, dtype: io.dtype, ids: { [layout]: id } });
  }
}
function convertNodes(ctx, model) {
  for (const node of model.nodes) {
    ctx.node = node;
    const handler = HANDLERS.get(node.opType);
    try {
      const constant = node.inputs.every((name, i) => !name || ctx.value(i).const);
      const folded = handler.fold && constant ? handler.fold(ctx) : void 0;
      if (folded) folded.forEach((c, k) => ctx.defineConst(k, c));
      else handler.emit(ctx);
    } catch (error) {
      if (error instanceof GateError) throw error;
      throw new GateError("bad-model", `cannot convert this node: ${error.message}`, { where: ctx.where }, "The node does not fit its inputs; check the model with onnx.checker.");
    }
    for (const out of node.outputs.filter(Boolean)) {
      if (!ctx.values.has(out)) throw new GateError("unsupported", `output "${out}" is not produced`, { where: ctx.where });
    }
  }
}
function addOutputs(ctx, model, opts) {
  ctx.node = { name: "outputs", opType: "Output", domain: "", inputs: model.outputs.map((o) => o.name), outputs: [], attrs: {} };
  model.outputs.forEach((io, i) => {
    const rank = ctx.shape(i).length;
    let id = ctx.tensor(i, interfaceLayout(rank, opts));
    if (ctx.builder.inputs.some((x) => x.tensor === id) || ctx.builder.tensor(id).data) {
      id = ctx.temp("RESHAPE", [id, ctx.constInt(`${io.name}/shape`, ctx.builder.tensor(id).shape)], ctx.builder.tensor(id).shape, io.name);
    }
    ctx.builder.outputs.push({ name: io.name, tensor: id });
  });
}
function convertOnnxModel(source, options = {}) {
  const opts = { ...DEFAULTS, ...options };
  const model = fuseNodes(source);
  assertSupportedNodes(model.nodes, model.opset);
  const ctx = new OnnxContext(new GraphBuilder(), model.opset);
  addInputs(ctx, model, opts);
  for (const [name, c] of model.initializers) ctx.values.set(name, { shape: c.dims, dtype: c.dtype, const: c, ids: {} });
  convertNodes(ctx, model);
  addOutputs(ctx, model, opts);
  const graph = optimizeGraph(ctx.builder.build("tflite-gate"));
  graph.outputs.forEach((io, i) => {
    if (!graph.inputs.some((x) => x.tensor === io.tensor)) graph.tensors[io.tensor].name = `StatefulPartitionedCall_1:${i}`;
  });
  return graph;
}

// src/pipeline/onnx.ts
function pinNotes(model, options) {
  return model.inputs.flatMap((io) => {
    const dynamic = io.dims.map((d, i) => i === 0 || typeof d === "number" && d > 0 ? -1 : i).filter((i) => i > 0);
    if (dynamic.length === 0) return [];
    const sizes = dynamic.map((i) => `${i} ("${io.dims[i]}")`).join(", ");
    return [`converted at sequence length ${options.sequenceLength} (--sequence_length) for input "${io.name}" [${io.dims.join(", ")}] dimension${dynamic.length > 1 ? "s" : ""} ${sizes}: results hold for inputs of that length`];
  });
}
function convertOnnxBytes(bytes, fileName, options) {
  if (options.dynamicBatch) {
    throw new GateError("usage", "--dynamic_batch is not supported for ONNX models", { file: fileName }, "Pin the batch with --batch_size N (default 1).");
  }
  const model = readOnnxModel(bytes, fileName, options.external ? { external: options.external } : {});
  try {
    const graph = convertOnnxModel(model, {
      batchSize: options.batchSize ?? 1,
      ...options.sequenceLength ? { sequenceLength: options.sequenceLength } : {},
      nhwcInterface: options.nhwc === true
    });
    return { model, graph, notes: pinNotes(model, options) };
  } catch (error) {
    throw error instanceof GateError ? error.withFile(fileName) : error;
  }
}
function externalFilesBeside(modelPath, bytes, limitMib) {
  const locations = onnxExternalFiles(bytes, modelPath);
  if (locations.length === 0) return void 0;
  const read = externalReader(modelPath, limitMib);
  return new Map(locations.map((location) => [location, read(location, 0, void 0, `external data of ${modelPath}`)]));
}

export {
  convertOnnxModel,
  convertOnnxBytes,
  externalFilesBeside
};
