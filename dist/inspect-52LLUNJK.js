import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  renderDescription,
  renderDiff
} from "./chunk-GZMIBFTJ.js";
import "./chunk-GUIUBS76.js";
import {
  optionsHelp,
  readFlags
} from "./chunk-LXNSC4PG.js";
import {
  readLimits
} from "./chunk-7BETCH66.js";
import "./chunk-IBKIZNII.js";
import {
  modelStats
} from "./chunk-XB5KZJKT.js";
import {
  checkModelFormat,
  convertBytes,
  probeKerasFormat,
  readModelFile
} from "./chunk-AW4F7ZYW.js";
import {
  isTflite
} from "./chunk-BEIMX3LC.js";
import "./chunk-5ENQADBY.js";
import "./chunk-6YMK3QD6.js";
import "./chunk-4I7V2L4L.js";
import "./chunk-YWNQQDKI.js";
import "./chunk-NF5IC4FN.js";
import {
  externalReader,
  probeOnnx
} from "./chunk-GJIP554E.js";
import "./chunk-QPIMBNKW.js";
import "./chunk-KDPSR7WJ.js";
import {
  readTfliteModel
} from "./chunk-G3D2S6V7.js";
import "./chunk-VUKSY2HY.js";
import "./chunk-LHSQ66CC.js";
import {
  EXIT,
  GateError
} from "./chunk-JM7JNUOI.js";
import "./chunk-7AIIOF2D.js";

// src/cli/commands/inspect.ts
import { resolve } from "node:path";

// src/metrics/describe.ts
var quantizationOf = (t) => t.quantization?.scale.length ? { scale: t.quantization.scale, zeroPoint: t.quantization.zeroPoint } : void 0;
function summary(name, t) {
  const q = quantizationOf(t);
  return { name, tensor: t.name, dtype: t.dtype, shape: t.shape, ...t.shapeSignature ? { shapeSignature: t.shapeSignature } : {}, ...q ? { quantization: q } : {} };
}
function describeModel(bytes, file) {
  const { graph, info } = readTfliteModel(bytes, file);
  const opVersions = {};
  const parts = [{ ops: graph.ops, versions: info.opVersions }, ...(graph.subgraphs ?? []).map((sg, k) => ({ ops: sg.ops, versions: info.subgraphOpVersions[k] ?? [] }))];
  for (const { ops, versions } of parts) {
    ops.forEach((op, i) => {
      const v = versions[i] ?? 1;
      const list = opVersions[op.type] ??= [];
      if (!list.includes(v)) list.push(v);
    });
  }
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
    quantized: graph.tensors.flatMap((t) => {
      const q = quantizationOf(t);
      const axis = q && q.scale.length > 1 ? { axis: t.quantization?.quantizedDimension ?? 0 } : {};
      return q ? [{ tensor: t.name, dtype: t.dtype, shape: t.shape, ...q, ...axis }] : [];
    }),
    stats: modelStats(graph)
  };
}
function countChanges(a, b) {
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.flatMap((key) => (a[key] ?? 0) === (b[key] ?? 0) ? [] : [{ key, a: a[key] ?? 0, b: b[key] ?? 0 }]);
}
var same = (x, y) => JSON.stringify(x) === JSON.stringify(y);
function ioChanges(a, b) {
  const strip = (t) => t && { ...t, tensor: void 0 };
  return Array.from({ length: Math.max(a.length, b.length) }, (_, index) => ({ index, a: a[index], b: b[index] })).filter((c) => !same(strip(c.a), strip(c.b))).map((c) => ({ index: c.index, ...c.a ? { a: c.a } : {}, ...c.b ? { b: c.b } : {} }));
}
function quantizationChanges(a, b) {
  const inB = new Map(b.map((t) => [t.tensor, t]));
  const inA = new Set(a.map((t) => t.tensor));
  const byDtype = (list) => list.reduce((acc, t) => ({ ...acc, [t.dtype]: (acc[t.dtype] ?? 0) + 1 }), {});
  return {
    onlyA: a.filter((t) => !inB.has(t.tensor)).length,
    onlyB: b.filter((t) => !inA.has(t.tensor)).length,
    changed: a.filter((t) => inB.has(t.tensor) && !same(t, inB.get(t.tensor))).length,
    dtypesA: byDtype(a),
    dtypesB: byDtype(b)
  };
}
function diffDescriptions(a, b) {
  const change = (x, y) => ({ a: x, b: y });
  const versions = Object.keys(a.opVersions).filter((t) => b.opVersions[t] && !same(a.opVersions[t], b.opVersions[t])).sort();
  return {
    fileBytes: change(a.fileBytes, b.fileBytes),
    ...a.schemaVersion !== b.schemaVersion ? { schemaVersion: change(a.schemaVersion, b.schemaVersion) } : {},
    ...a.minRuntimeVersion !== b.minRuntimeVersion ? { minRuntimeVersion: change(a.minRuntimeVersion, b.minRuntimeVersion) } : {},
    ops: countChanges(a.stats.ops, b.stats.ops).map(({ key, ...c }) => ({ type: key, ...c })),
    opVersions: versions.map((type) => ({ type, a: a.opVersions[type], b: b.opVersions[type] })),
    tensorsByDtype: countChanges(a.stats.tensorsByDtype, b.stats.tensorsByDtype).map(({ key, ...c }) => ({ dtype: key, ...c })),
    weightBytes: change(a.stats.weightBytes, b.stats.weightBytes),
    weightBytesByDtype: countChanges(a.stats.constantBytesByDtype, b.stats.constantBytesByDtype).map(({ key, ...c }) => ({ dtype: key, ...c })),
    params: change(a.stats.params, b.stats.params),
    macs: change(a.stats.macs, b.stats.macs),
    arenaBytes: change(a.stats.arenaBytes, b.stats.arenaBytes),
    inputs: ioChanges(a.inputs, b.inputs),
    outputs: ioChanges(a.outputs, b.outputs),
    quantization: quantizationChanges(a.quantized, b.quantized)
  };
}

// src/cli/commands/inspect.ts
async function readTflite(path, file, limits) {
  const bytes = await readModelFile(path, file, void 0, limits);
  if (probeOnnx(bytes)) return (await convertBytes(bytes, file, { external: externalReader(path, limits.modelMib) })).variants[0].data;
  if (!isTflite(bytes) && probeKerasFormat(bytes)) {
    throw new GateError(
      "usage",
      `a Keras model file (${probeKerasFormat(bytes) === "hdf5" ? "HDF5" : ".keras zip"}), not a .tflite`,
      { file },
      `Convert it first: tflite-gate convert --keras-model-file ${file} --output-file ${file.replace(/\.(h5|hdf5|keras)$/i, "")}.tflite (evaluate takes it as it is).`
    );
  }
  checkModelFormat(bytes, file, ["tflite", "onnx"]);
  return bytes;
}
var usage = () => `
Usage: tflite-gate inspect MODEL.tflite [B.tflite] [--json]

An ONNX model (MODEL.onnx) is shown as the float32 .tflite \`convert\` makes of it (converted in memory).
Prints what Netron would show, in text: inputs and outputs (name, dtype, shape, quantization), the operator
histogram with op versions and MACs, tensors by dtype, quantized tensors, weight bytes, parameter count,
MACs per inference, an estimate of the tensor arena, and the minimum runtime version.

With two models (e.g. inspect test.tflite test16.tflite), prints what differs from the first to the
second: operators added or removed by type, operator versions, tensor dtypes, weight bytes, parameters,
MACs, arena, inputs and outputs, quantization parameters and the minimum runtime version.

${optionsHelp("inspect")}

Exit codes: 0 shown, 2 bad input (unreadable or not a .tflite file, bad flags), 3 internal error.`;
var inspectCommand = {
  usage,
  async run(argv, io) {
    const { value, positionals } = readFlags("inspect", argv, { positionals: true });
    if (positionals.length < 1 || positionals.length > 2) {
      throw new GateError("usage", `inspect takes one model file, or two to compare, got ${positionals.length}`, {}, "usage: tflite-gate inspect MODEL.tflite [B.tflite] [--json]");
    }
    const limits = readLimits((id) => value(id));
    const described = await Promise.all(positionals.map(async (file) => describeModel(await readTflite(resolve(io.cwd, file), file, limits), file)));
    const [a, b] = described;
    if (!b) io.stdout(value("json-stdout") ? `${JSON.stringify(a, null, 2)}
` : renderDescription(a));
    else {
      const diff = diffDescriptions(a, b);
      io.stdout(value("json-stdout") ? `${JSON.stringify({ a, b, diff }, null, 2)}
` : renderDiff(a, b, diff));
    }
    return EXIT.pass;
  }
};
export {
  inspectCommand
};
