import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  compactTensors,
  removeDeadOps,
  shareConstants
} from "./chunk-NF5IC4FN.js";

// src/graph/builder.ts
var GraphBuilder = class {
  tensors = [];
  ops = [];
  inputs = [];
  outputs = [];
  /** Conditions and bodies of WHILE loops (file subgraphs 1, 2, ...). */
  subgraphs = [];
  names = /* @__PURE__ */ new Set();
  /** Per base name, the suffix to try first: every smaller one is taken (names are never released). */
  nextSuffix = /* @__PURE__ */ new Map();
  uniqueName(base) {
    if (!this.names.has(base)) {
      this.names.add(base);
      return base;
    }
    let i = this.nextSuffix.get(base) ?? 1;
    while (this.names.has(`${base}_${i}`)) i++;
    this.nextSuffix.set(base, i + 1);
    const name = `${base}_${i}`;
    this.names.add(name);
    return name;
  }
  /** A tensor computed at run time (an activation). */
  activation(name, shape, dtype = "float32") {
    return this.push({ name: this.uniqueName(name), shape: [...shape], dtype });
  }
  /** A constant tensor (weights, shapes, axes). */
  constant(name, shape, dtype, data) {
    const expected = shape.reduce((a, b) => a * b, 1);
    if (data.length !== expected) throw new Error(`constant ${name}: ${data.length} values for shape [${shape}]`);
    return this.push({ name: this.uniqueName(name), shape: [...shape], dtype, data });
  }
  constFloat(name, shape, values) {
    return this.constant(name, shape, "float32", values instanceof Float32Array ? values : Float32Array.from(values));
  }
  constInt32(name, values, shape = [values.length]) {
    return this.constant(name, shape, "int32", Int32Array.from(values));
  }
  op(type, inputs, outputs, options, origin) {
    const op = { type, inputs, outputs, ...options ? { options } : {}, ...origin ? { origin } : {} };
    this.ops.push(op);
    return op;
  }
  tensor(id) {
    const t = this.tensors[id];
    if (!t) throw new Error(`no tensor ${id}`);
    return t;
  }
  /** Adds a subgraph built by another builder (its `inputs`/`outputs` are tensor ids); returns its file index. */
  subgraph(name, body, inputs, outputs) {
    this.subgraphs.push({ name, tensors: body.tensors, ops: body.ops, inputs, outputs });
    return this.subgraphs.length;
  }
  build(description) {
    const graph = { tensors: this.tensors, ops: this.ops, inputs: this.inputs, outputs: this.outputs, description };
    return this.subgraphs.length ? { ...graph, subgraphs: this.subgraphs } : graph;
  }
  push(t) {
    const id = this.tensors.length;
    this.tensors.push({ id, ...t });
    return id;
  }
};

// src/graph/passes/util.ts
function consumers(graph) {
  const map = /* @__PURE__ */ new Map();
  for (const op of graph.ops) {
    for (const id of op.inputs) {
      if (id < 0) continue;
      const list = map.get(id) ?? [];
      if (!list.includes(op)) list.push(op);
      map.set(id, list);
    }
  }
  return map;
}
function producers(graph) {
  const map = /* @__PURE__ */ new Map();
  for (const op of graph.ops) for (const id of op.outputs) map.set(id, op);
  return map;
}
function isGraphOutput(graph, id) {
  return graph.outputs.some((o) => o.tensor === id);
}
function onlyFeeds(graph, uses, id, op) {
  const list = uses.get(id) ?? [];
  return list.length === 1 && list[0] === op && !isGraphOutput(graph, id) && op.inputs.filter((i) => i === id).length === 1;
}
function isConstFloat(t) {
  return !!t && t.dtype === "float32" && t.data instanceof Float32Array;
}
function addConstant(graph, name, shape, data) {
  const id = graph.tensors.length;
  graph.tensors.push({ id, name, shape: [...shape], dtype: "float32", data });
  return id;
}
function removeOps(graph, dead) {
  if (dead.size > 0) graph.ops = graph.ops.filter((op) => !dead.has(op));
}
var activationOf = (op) => String(op.options?.fused_activation_function ?? "NONE");

// src/graph/passes/cse.ts
function signature(op) {
  const options = op.options ? Object.keys(op.options).sort().map((k) => `${k}=${JSON.stringify(op.options[k])}`).join(",") : "";
  return `${op.type}(${op.inputs.join(",")})[${options}]#${op.outputs.length}`;
}
function eliminateCommonSubexpressions(graph) {
  for (; ; ) {
    const seen = /* @__PURE__ */ new Map();
    const replace = /* @__PURE__ */ new Map();
    const dead = /* @__PURE__ */ new Set();
    for (const op of graph.ops) {
      op.inputs = op.inputs.map((id) => replace.get(id) ?? id);
      const key = signature(op);
      const twin = seen.get(key);
      if (!twin || op.outputs.some((id) => isGraphOutput(graph, id))) {
        if (!twin) seen.set(key, op);
        continue;
      }
      op.outputs.forEach((id, i) => replace.set(id, twin.outputs[i]));
      dead.add(op);
    }
    if (dead.size === 0) return;
    removeOps(graph, dead);
  }
}

// src/graph/passes/drop-zero-bias.ts
var DROP = {
  FULLY_CONNECTED: (op) => op.inputs.map((id, i) => i === 2 ? -1 : id),
  TRANSPOSE_CONV: (op) => op.inputs.slice(0, 3)
};
var BIAS_INPUT = { FULLY_CONNECTED: 2, TRANSPOSE_CONV: 3 };
function dropZeroBias(graph) {
  for (const op of graph.ops) {
    const drop = DROP[op.type];
    const bias = graph.tensors[op.inputs[BIAS_INPUT[op.type] ?? -1] ?? -1];
    if (drop && isConstFloat(bias) && bias.data.every((v) => v === 0)) op.inputs = drop(op);
  }
}

// src/graph/passes/fold-affine.ts
var FILTER_INPUT = {
  CONV_2D: { filter: 1, bias: 2, channelAxis: "first" },
  TRANSPOSE_CONV: { filter: 1, bias: 3, channelAxis: "first" },
  DEPTHWISE_CONV_2D: { filter: 1, bias: 2, channelAxis: "last" },
  FULLY_CONNECTED: { filter: 1, bias: 2, channelAxis: "first" }
};
function scaleFilter(data, c, channelAxis) {
  const out = new Float32Array(data.length);
  const channels = c.length;
  const block = data.length / channels;
  if (channelAxis === "first") {
    for (let ch = 0; ch < channels; ch++) for (let i = ch * block; i < (ch + 1) * block; i++) out[i] = data[i] * c[ch];
  } else {
    for (let i = 0; i < data.length; i += channels) for (let ch = 0; ch < channels; ch++) out[i + ch] = data[i + ch] * c[ch];
  }
  return out;
}
function perChannel(graph, cId, channels, outRank) {
  const c = graph.tensors[cId];
  if (!isConstFloat(c) || c.shape.length > outRank) return void 0;
  if (c.shape.slice(0, -1).some((d) => d !== 1)) return void 0;
  if (c.data.length === channels) return c.data;
  if (c.data.length === 1) return new Float32Array(channels).fill(c.data[0]);
  return void 0;
}
function foldOne(graph, producer, op, constId) {
  const spec = FILTER_INPUT[producer.type];
  const filter = graph.tensors[producer.inputs[spec.filter]];
  const biasId = producer.inputs[spec.bias] ?? -1;
  const bias = biasId >= 0 ? graph.tensors[biasId] : void 0;
  if (!isConstFloat(filter) || bias && !isConstFloat(bias)) return false;
  const out = graph.tensors[producer.outputs[0]];
  const channels = spec.channelAxis === "last" ? filter.shape.at(-1) : filter.shape[0];
  const c = perChannel(graph, constId, channels, out.shape.length);
  if (!c) return false;
  const oldBias = bias ? bias.data : new Float32Array(channels);
  const newBias = new Float32Array(channels);
  if (op.type === "MUL") {
    const newFilter = scaleFilter(filter.data, c, spec.channelAxis);
    for (let i = 0; i < channels; i++) newBias[i] = oldBias[i] * c[i];
    producer.inputs[spec.filter] = addConstant(graph, filter.name, filter.shape, newFilter);
  } else {
    for (let i = 0; i < channels; i++) newBias[i] = oldBias[i] + c[i];
  }
  const biasName = bias ? `${bias.name};${graph.tensors[constId].name}` : graph.tensors[constId].name;
  while (producer.inputs.length <= spec.bias) producer.inputs.push(-1);
  producer.inputs[spec.bias] = addConstant(graph, biasName, [channels], newBias);
  producer.outputs[0] = op.outputs[0];
  return true;
}
function foldAffineIntoConv(graph) {
  let changed = true;
  while (changed) {
    changed = false;
    const uses = consumers(graph);
    const made = producers(graph);
    const dead = /* @__PURE__ */ new Set();
    for (const op of graph.ops) {
      if (op.type !== "MUL" && op.type !== "ADD" || activationOf(op) !== "NONE") continue;
      for (const [xi, ci] of [[0, 1], [1, 0]]) {
        const x = op.inputs[xi];
        const producer = made.get(x);
        if (!producer || !FILTER_INPUT[producer.type] || activationOf(producer) !== "NONE" || dead.has(producer)) continue;
        if (!onlyFeeds(graph, uses, x, op)) continue;
        if (foldOne(graph, producer, op, op.inputs[ci])) {
          dead.add(op);
          changed = true;
          break;
        }
      }
    }
    removeOps(graph, dead);
  }
}

// src/graph/passes/fold-constants.ts
var BINARY = {
  ADD: (a, b) => a + b,
  SUB: (a, b) => a - b,
  MUL: (a, b) => a * b,
  DIV: (a, b) => a / b,
  MAXIMUM: (a, b) => Math.max(a, b),
  MINIMUM: (a, b) => Math.min(a, b)
};
function evaluate(op, args, out) {
  const [a, b] = args;
  if (op.type === "RESHAPE" && isConstFloat(a)) return a.data.slice();
  if (op.type === "NEG" && isConstFloat(a)) return a.data.map((v) => -v);
  const f = BINARY[op.type];
  if (!f || !isConstFloat(a) || !isConstFloat(b) || (op.options?.fused_activation_function ?? "NONE") !== "NONE") return void 0;
  const n = out.shape.reduce((x, y) => x * y, 1);
  if (a.data.length !== n && a.data.length !== 1 || b.data.length !== n && b.data.length !== 1) return void 0;
  const result = new Float32Array(n);
  for (let i = 0; i < n; i++) result[i] = f(a.data[a.data.length === 1 ? 0 : i], b.data[b.data.length === 1 ? 0 : i]);
  return result;
}
function foldConstants(graph) {
  const dead = /* @__PURE__ */ new Set();
  for (const op of graph.ops) {
    if (op.outputs.length !== 1 || op.inputs.length === 0) continue;
    const args = op.inputs.map((id) => graph.tensors[id]);
    if (args.some((t) => !t || t.data === void 0)) continue;
    const out = graph.tensors[op.outputs[0]];
    if (out.dtype !== "float32" || graph.outputs.some((o) => o.tensor === out.id)) continue;
    const data = evaluate(op, args, out);
    if (!data) continue;
    out.data = data;
    dead.add(op);
  }
  removeOps(graph, dead);
}

// src/graph/passes/fold-input-scale.ts
var LINEAR = /* @__PURE__ */ new Set(["CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED"]);
function scalarOf(graph, op) {
  if (op.type !== "MUL" || (op.options?.fused_activation_function ?? "NONE") !== "NONE") return void 0;
  for (const [xi, ci] of [[0, 1], [1, 0]]) {
    const c = graph.tensors[op.inputs[ci]];
    const x = graph.tensors[op.inputs[xi]];
    if (isConstFloat(c) && c.data.length === 1 && x && x.data === void 0) return { x: x.id, c: c.data[0] };
  }
  return void 0;
}
function foldInputScale(graph) {
  const uses = consumers(graph);
  const dead = /* @__PURE__ */ new Set();
  for (const op of graph.ops) {
    const s = scalarOf(graph, op);
    const y = op.outputs[0];
    const readers = uses.get(y) ?? [];
    if (!s || readers.length === 0 || isGraphOutput(graph, y)) continue;
    if (!readers.every((r) => LINEAR.has(r.type) && r.inputs[0] === y && r.inputs.indexOf(y, 1) === -1)) continue;
    if (!readers.every((r) => isConstFloat(graph.tensors[r.inputs[1]]))) continue;
    for (const r of readers) {
      const w = graph.tensors[r.inputs[1]];
      r.inputs[1] = addConstant(graph, w.name, w.shape, w.data.map((v) => v * s.c));
      r.inputs[0] = s.x;
    }
    dead.add(op);
  }
  removeOps(graph, dead);
}

// src/graph/passes/fold-input-offset.ts
var READERS = { CONV_2D: "out-first", FULLY_CONNECTED: "out-first", DEPTHWISE_CONV_2D: "channel-last" };
function offsetOf(graph, op) {
  if (op.type !== "ADD" && op.type !== "SUB" || activationOf(op) !== "NONE") return void 0;
  const orders = op.type === "ADD" ? [[0, 1], [1, 0]] : [[0, 1]];
  for (const [xi, ci] of orders) {
    const c = graph.tensors[op.inputs[ci]];
    const x = graph.tensors[op.inputs[xi]];
    if (isConstFloat(c) && c.data.length === 1 && x && x.data === void 0) return { x: x.id, c: op.type === "SUB" ? -c.data[0] : c.data[0] };
  }
  return void 0;
}
function canTake(graph, reader, y) {
  if (!(reader.type in READERS) || reader.inputs[0] !== y || reader.inputs.indexOf(y, 1) !== -1) return false;
  if (reader.type !== "FULLY_CONNECTED" && reader.options?.padding !== "VALID") return false;
  const bias = reader.inputs[2] ?? -1;
  return isConstFloat(graph.tensors[reader.inputs[1]]) && (bias < 0 || isConstFloat(graph.tensors[bias]));
}
function filterSums(data, shape, layout) {
  const channels = layout === "out-first" ? shape[0] : shape.at(-1);
  const sums = new Float32Array(channels);
  const block = data.length / channels;
  for (let i = 0; i < data.length; i++) sums[layout === "out-first" ? Math.floor(i / block) : i % channels] += data[i];
  return sums;
}
function moveIntoBias(graph, reader, x, c) {
  const filter = graph.tensors[reader.inputs[1]];
  const sums = filterSums(filter.data, filter.shape, READERS[reader.type]);
  const biasId = reader.inputs[2] ?? -1;
  const old = biasId >= 0 ? graph.tensors[biasId].data : new Float32Array(sums.length);
  const name = biasId >= 0 ? graph.tensors[biasId].name : `${filter.name}/bias`;
  while (reader.inputs.length < 3) reader.inputs.push(-1);
  reader.inputs[2] = addConstant(graph, name, [sums.length], old.map((b, o) => b + c * sums[o]));
  reader.inputs[0] = x;
}
function foldOffsets(graph) {
  const uses = consumers(graph);
  const dead = /* @__PURE__ */ new Set();
  for (const op of graph.ops) {
    const s = offsetOf(graph, op);
    const y = op.outputs[0];
    const readers = uses.get(y) ?? [];
    if (!s || readers.length === 0 || isGraphOutput(graph, y) || !readers.every((r) => canTake(graph, r, y))) continue;
    for (const r of readers) moveIntoBias(graph, r, s.x, s.c);
    dead.add(op);
  }
  removeOps(graph, dead);
}
function foldInputAffine(graph) {
  for (let before = Infinity; graph.ops.length < before; ) {
    before = graph.ops.length;
    foldOffsets(graph);
    foldInputScale(graph);
  }
}

// src/graph/passes/fold-pad.ts
function samePads(size, kernel, stride, dilation) {
  const effective = (kernel - 1) * dilation + 1;
  const out = Math.ceil(size / stride);
  const total = Math.max((out - 1) * stride + effective - size, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}
function validOut(size, kernel, stride, dilation) {
  return Math.floor((size - ((kernel - 1) * dilation + 1)) / stride) + 1;
}
function foldable(graph, pad, conv) {
  const paddings = graph.tensors[pad.inputs[1]]?.data;
  const input = graph.tensors[pad.inputs[0]];
  const filter = graph.tensors[conv.inputs[1]];
  if (!(paddings instanceof Int32Array) || paddings.length !== 8 || input.shape.length !== 4) return false;
  if (paddings[0] || paddings[1] || paddings[6] || paddings[7]) return false;
  const o = conv.options ?? {};
  const dims = [
    { size: input.shape[1], k: filter.shape[1], s: Number(o.stride_h ?? 1), d: Number(o.dilation_h_factor ?? 1), p: [paddings[2], paddings[3]] },
    { size: input.shape[2], k: filter.shape[2], s: Number(o.stride_w ?? 1), d: Number(o.dilation_w_factor ?? 1), p: [paddings[4], paddings[5]] }
  ];
  return dims.every(({ size, k, s, d, p }) => {
    const [before, after] = samePads(size, k, s, d);
    return before === p[0] && after === p[1] && validOut(size + p[0] + p[1], k, s, d) === Math.ceil(size / s);
  });
}
function foldableConv(graph, pad, conv) {
  const isConv = conv.type === "CONV_2D" || conv.type === "DEPTHWISE_CONV_2D";
  return isConv && conv.options?.padding === "VALID" && conv.inputs[0] === pad.outputs[0] && conv.inputs.filter((i) => i === pad.outputs[0]).length === 1 && foldable(graph, pad, conv);
}
function foldPadIntoConv(graph) {
  const uses = consumers(graph);
  const dead = /* @__PURE__ */ new Set();
  for (const pad of graph.ops) {
    if (pad.type !== "PAD" || isGraphOutput(graph, pad.outputs[0])) continue;
    const convs = uses.get(pad.outputs[0]) ?? [];
    if (convs.length === 0 || !convs.every((conv) => foldableConv(graph, pad, conv))) continue;
    for (const conv of convs) {
      conv.inputs[0] = pad.inputs[0];
      conv.options = { ...conv.options, padding: "SAME" };
    }
    dead.add(pad);
  }
  removeOps(graph, dead);
}

// src/graph/passes/fold-reshapes.ts
var SHAPE_ONLY = /* @__PURE__ */ new Set(["RESHAPE", "EXPAND_DIMS", "SQUEEZE"]);
var sameShape = (a, b) => a.length === b.length && a.every((d, i) => d === b[i]);
function foldReshapes(graph) {
  const uses = consumers(graph);
  const made = producers(graph);
  for (const op of graph.ops) {
    if (op.type !== "RESHAPE") continue;
    const inner = made.get(op.inputs[0]);
    if (inner?.type === "RESHAPE" && onlyFeeds(graph, uses, op.inputs[0], op)) op.inputs[0] = inner.inputs[0];
  }
  const dead = /* @__PURE__ */ new Set();
  const replace = /* @__PURE__ */ new Map();
  for (const op of graph.ops) {
    op.inputs = op.inputs.map((id) => replace.get(id) ?? id);
    if (!SHAPE_ONLY.has(op.type) || isGraphOutput(graph, op.outputs[0])) continue;
    const source = chainSource(graph, uses, made, op);
    const out = graph.tensors[op.outputs[0]];
    if (source !== void 0 && sameShape(graph.tensors[source].shape, out.shape)) {
      replace.set(out.id, source);
      dead.add(op);
    }
  }
  removeOps(graph, dead);
}
function chainSource(graph, uses, made, op) {
  let current = op;
  let input = current.inputs[0];
  for (; ; ) {
    const before = made.get(input);
    if (!before || !SHAPE_ONLY.has(before.type) || !onlyFeeds(graph, uses, input, current)) break;
    current = before;
    input = current.inputs[0];
  }
  return graph.tensors[input]?.data === void 0 ? input : void 0;
}

// src/graph/passes/fold-shape-ops.ts
function newShape(graph, op, shape) {
  const rank = shape.length;
  if (op.type === "EXPAND_DIMS") {
    const axis = Number(graph.tensors[op.inputs[1] ?? -1]?.data?.[0]);
    if (!Number.isInteger(axis)) return void 0;
    const at = axis < 0 ? axis + rank + 1 : axis;
    return [...shape.slice(0, at), 1, ...shape.slice(at)];
  }
  const listed = op.options?.squeeze_dims ?? [];
  const outShape = graph.tensors[op.outputs[0]].shape;
  if (listed.length === 0) return outShape.length === rank ? shape : void 0;
  const drop = new Set(listed.map((d) => d < 0 ? d + rank : d));
  return shape.filter((_, i) => !drop.has(i));
}
function mergeIntoReshape(graph, op, inner) {
  const spec = graph.tensors[inner.inputs[1] ?? -1]?.data;
  if (!(spec instanceof Int32Array)) return;
  const shape = newShape(graph, op, Array.from(spec));
  if (!shape || shape.length !== graph.tensors[op.outputs[0]].shape.length) return;
  const id = graph.tensors.length;
  graph.tensors.push({ id, name: `${graph.tensors[op.outputs[0]].name}/shape`, shape: [shape.length], dtype: "int32", data: Int32Array.from(shape) });
  op.type = "RESHAPE";
  op.inputs = [inner.inputs[0], id];
  delete op.options;
}
function foldShapeOps(graph) {
  const uses = consumers(graph);
  const made = producers(graph);
  for (const op of graph.ops) {
    const inner = made.get(op.inputs[0] ?? -1);
    if (inner?.type !== "RESHAPE" || !onlyFeeds(graph, uses, op.inputs[0], op)) continue;
    if (op.type === "EXPAND_DIMS" || op.type === "SQUEEZE") mergeIntoReshape(graph, op, inner);
    else if (op.type === "FULLY_CONNECTED" && op.options?.keep_num_dims !== true) {
      const flat = graph.tensors[op.inputs[0]].shape;
      const weights = graph.tensors[op.inputs[1] ?? -1];
      if (flat.length === 2 && weights?.shape.length === 2 && weights.shape[1] === flat[1]) op.inputs = [inner.inputs[0], ...op.inputs.slice(1)];
    }
  }
}

// src/graph/passes/fuse-activation.ts
var FUSABLE = /* @__PURE__ */ new Set([
  "CONV_2D",
  "DEPTHWISE_CONV_2D",
  "TRANSPOSE_CONV",
  "FULLY_CONNECTED",
  "MAX_POOL_2D",
  "AVERAGE_POOL_2D",
  "ADD",
  "SUB",
  "MUL",
  "DIV"
]);
var ACTIVATIONS = /* @__PURE__ */ new Set(["RELU", "RELU6", "RELU_N1_TO_1"]);
function fuseActivations(graph) {
  const uses = consumers(graph);
  const made = producers(graph);
  const dead = /* @__PURE__ */ new Set();
  for (const op of graph.ops) {
    if (!ACTIVATIONS.has(op.type)) continue;
    const x = op.inputs[0];
    const producer = made.get(x);
    if (!producer || !FUSABLE.has(producer.type) || activationOf(producer) !== "NONE" || dead.has(producer)) continue;
    if (!onlyFeeds(graph, uses, x, op)) continue;
    producer.options = { ...producer.options, fused_activation_function: op.type };
    producer.outputs[0] = op.outputs[0];
    made.set(op.outputs[0], producer);
    dead.add(op);
  }
  removeOps(graph, dead);
}

// src/graph/passes/index.ts
var PASSES = [
  { name: "fold-constants", run: foldConstants },
  { name: "share-constants", run: shareConstants },
  { name: "common-subexpressions", run: eliminateCommonSubexpressions },
  { name: "fold-affine-into-conv", run: foldAffineIntoConv },
  { name: "fold-input-scale", run: foldInputScale },
  { name: "fold-input-offset", run: foldInputAffine },
  { name: "fold-pad-into-conv", run: foldPadIntoConv },
  { name: "fold-reshapes", run: foldReshapes },
  { name: "fold-shape-ops", run: foldShapeOps },
  { name: "fuse-activations", run: fuseActivations },
  { name: "drop-zero-bias", run: dropZeroBias },
  { name: "share-weights", run: shareConstants },
  { name: "remove-dead-ops", run: removeDeadOps },
  { name: "compact-tensors", run: compactTensors }
];
function optimizeGraph(graph, skip = []) {
  for (const pass of PASSES) if (!skip.includes(pass.name)) pass.run(graph);
  return graph;
}

export {
  GraphBuilder,
  optimizeGraph
};
