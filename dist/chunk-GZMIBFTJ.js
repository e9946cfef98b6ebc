import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  textTable
} from "./chunk-GUIUBS76.js";

// src/report/inspect-text.ts
function thousands(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
var shape = (s) => `[${s.join(", ")}]`;
var quantization = (q) => q ? `scale ${q.scale.length > 1 ? `${q.scale.length} channels` : q.scale[0]}, zero point ${q.zeroPoint.length > 1 ? `${q.zeroPoint.length} channels` : q.zeroPoint[0]}` : "";
var ioRow = (t) => [t.name, t.dtype, shape(t.shape), [t.shapeSignature ? `signature ${shape(t.shapeSignature)}` : "", quantization(t.quantization)].filter(Boolean).join(", ")];
var byDtype = (counts, unit = "") => Object.entries(counts).map(([k, v]) => `${k} ${thousands(v)}${unit}`).join(", ") || "none";
function renderDescription(d) {
  const s = d.stats;
  const opCount = Object.values(s.ops).reduce((a, b) => a + b, 0);
  const quantized = d.quantized.reduce((acc, t) => ({ ...acc, [t.dtype]: (acc[t.dtype] ?? 0) + 1 }), {});
  return [
    `${d.file}: ${thousands(d.fileBytes)} bytes, TFLite schema v${d.schemaVersion}${d.description ? `, "${d.description}"` : ""}`,
    `Minimum runtime version: ${d.minRuntimeVersion ?? "not recorded"}`,
    `Signatures: ${d.signatureKeys.join(", ") || "none"}`,
    ...d.subgraphs > 1 ? [`Subgraphs: ${d.subgraphs} (control flow); operators and statistics below count every subgraph (a loop body's MACs times its iterations; the arena is the main subgraph's)`] : [],
    "Inputs:",
    ...textTable(void 0, d.inputs.map(ioRow), { left: true, indent: "  " }),
    "Outputs:",
    ...textTable(void 0, d.outputs.map(ioRow), { left: true, indent: "  " }),
    `Operators (${opCount}):`,
    ...textTable(void 0, Object.entries(s.ops).map(([op, n]) => [
      op,
      String(n),
      `v${(d.opVersions[op] ?? []).join(", v")}`,
      s.macsByOp[op] ? `${thousands(s.macsByOp[op])} MACs` : ""
    ]), { left: true, indent: "  " }),
    `Tensors by dtype: ${byDtype(s.tensorsByDtype)}`,
    ...d.quantized.length ? [`Quantized tensors (scale, zero point): ${byDtype(quantized)}`] : [],
    `Weights: ${thousands(s.weightBytes)} bytes (${byDtype(s.constantBytesByDtype, " B")})`,
    `Parameters: ${thousands(s.params)}`,
    `MACs per inference: ${thousands(s.macs)}`,
    `Tensor arena (estimate): ${thousands(s.arenaBytes)} bytes`,
    ...d.quantized.length ? [
      `Quantization (real = scale \xD7 (q \u2212 zero point)):`,
      ...textTable(void 0, d.quantized.map((q) => [q.tensor, q.dtype, shape(q.shape), quantizationText(q)]), { left: true, indent: "  " })
    ] : []
  ].join("\n") + "\n";
}
var g = (x) => x.toPrecision(5);
function quantizationText(q) {
  if (q.scale.length === 1) return `scale ${g(q.scale[0])} zp ${q.zeroPoint[0] ?? 0}`;
  const zps = [...new Set(q.zeroPoint)];
  return `axis ${q.axis ?? 0}: ${q.scale.length} scales ${g(Math.min(...q.scale))}\u2026${g(Math.max(...q.scale))}, zp ${zps.length === 1 ? zps[0] : zps.join(",")}`;
}
function changeText(c, unit = "") {
  if (c.a === c.b) return `same (${thousands(c.a)}${unit})`;
  const pct = c.a ? ` (${c.b > c.a ? "+" : "\u2212"}${(Math.abs(c.b - c.a) / c.a * 100).toFixed(1)}%)` : "";
  return `${thousands(c.a)} \u2192 ${thousands(c.b)}${unit}${pct}`;
}
var delta = (a, b) => `${b > a ? "+" : "\u2212"}${thousands(Math.abs(b - a))}`;
function ioLines(label, changes) {
  if (!changes.length) return [`${label}: same`];
  const side = (t) => t ? ioRow(t).filter(Boolean).join(" ") : "none";
  return [`${label}:`, ...changes.map((c) => `  #${c.index}: ${side(c.a)} \u2192 ${side(c.b)}`)];
}
function quantizationLine(q) {
  const dtypes = (d) => byDtype(d);
  if (!q.onlyA && !q.onlyB && !q.changed) return Object.keys(q.dtypesA).length ? `Quantization: same parameters (${dtypes(q.dtypesA)})` : "Quantization: none in either";
  return `Quantization: quantized tensors ${dtypes(q.dtypesA)} \u2192 ${dtypes(q.dtypesB)}; only in A ${q.onlyA}, only in B ${q.onlyB}, different parameters ${q.changed}`;
}
function renderDiff(a, b, diff) {
  const ops = diff.ops.map((o) => [o.type, `${o.a} \u2192 ${o.b}`, `${delta(o.a, o.b)} ${o.b > o.a ? o.a ? "more" : "added" : o.b ? "fewer" : "removed"}`]);
  const dtype = (list, unit = "") => list.map((c) => `${c.dtype} ${thousands(c.a)} \u2192 ${thousands(c.b)}${unit}`).join(", ");
  return [
    `A: ${a.file}`,
    `B: ${b.file}`,
    `File size: ${changeText(diff.fileBytes, " bytes")}`,
    `Minimum runtime version: ${diff.minRuntimeVersion ? `${diff.minRuntimeVersion.a ?? "not recorded"} \u2192 ${diff.minRuntimeVersion.b ?? "not recorded"}` : `same (${a.minRuntimeVersion ?? "not recorded"})`}`,
    ...diff.schemaVersion ? [`TFLite schema: v${diff.schemaVersion.a} \u2192 v${diff.schemaVersion.b}`] : [],
    ...ops.length ? ["Operators:", ...textTable(void 0, ops, { left: true, indent: "  " })] : ["Operators: same"],
    ...diff.opVersions.length ? [`Operator versions: ${diff.opVersions.map((o) => `${o.type} v${o.a.join(",v")} \u2192 v${o.b.join(",v")}`).join("; ")}`] : [],
    `Tensors by dtype: ${diff.tensorsByDtype.length ? dtype(diff.tensorsByDtype) : "same"}`,
    `Weights: ${changeText(diff.weightBytes, " bytes")}${diff.weightBytesByDtype.length ? `; ${dtype(diff.weightBytesByDtype, " B")}` : ""}`,
    `Parameters: ${changeText(diff.params)}`,
    `MACs per inference: ${changeText(diff.macs)}`,
    `Tensor arena (estimate): ${changeText(diff.arenaBytes, " bytes")}`,
    ...ioLines("Inputs", diff.inputs),
    ...ioLines("Outputs", diff.outputs),
    quantizationLine(diff.quantization)
  ].join("\n") + "\n";
}

export {
  thousands,
  renderDescription,
  renderDiff
};
