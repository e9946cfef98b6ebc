import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  SIGNIFICANCE,
  points
} from "./chunk-OEDVM243.js";

// src/report/quantization.ts
var db = (x) => Number.isFinite(x) ? `${x.toFixed(1)} dB` : x > 0 ? "exact" : "no signal";
var few = (items, max = 4) => items.length > max ? `${items.slice(0, max).join("; ")}; \u2026 (${items.length} in all)` : items.join("; ");
function quantizationLines(evaluation) {
  return evaluation.variants.flatMap(({ variant, quantization: q }) => {
    if (!q) return [];
    const calibrated = q.calibrationSamples ? `, calibrated on ${q.calibrationSamples} samples` : "";
    const lines = [`${variant}: ${q.quantizedWeights} weight tensors int8${calibrated}`];
    const worst = [...q.layers ?? []].sort((a, b) => a.snrDb - b.snrDb).slice(0, 3);
    if (worst.length) lines.push(`${variant}: layers losing most (SNR vs float32): ${worst.map((l) => `${l.op} ${db(l.snrDb)}`).join(", ")}`);
    if (q.floatOps.length) lines.push(`${variant}: kept float: ${few(q.floatOps)}`);
    if (q.floatWeights.length) lines.push(`${variant}: weights left float: ${few(q.floatWeights)}`);
    if (q.requantized.length) lines.push(`${variant}: requantized: ${few(q.requantized)}`);
    for (const w of q.rangeWarnings ?? []) lines.push(`${variant}: \u26A0\uFE0F ${w}`);
    if (q.unstableRanges?.length) lines.push(`${variant}: \u26A0\uFE0F unstable calibration (ranges of two halves of the samples differ by more than 20%): ${few(q.unstableRanges)}; use more, or more representative, samples`);
    return lines;
  });
}

// src/report/noise.ts
function pValue(p) {
  return p < 1e-3 ? "p < 0.001" : `p = ${Number(p.toPrecision(2))}`;
}
var samples = (n) => `${n} sample${n === 1 ? "" : "s"}`;
function noiseText(paired, reference, other) {
  if (!paired) return void 0;
  const verdict = paired.p >= SIGNIFICANCE ? "within sampling noise" : "unlikely to be sampling noise";
  return `${samples(paired.referenceOnly)} only ${reference} gets right, ${paired.variantOnly} only ${other}: ${verdict} (exact McNemar ${pValue(paired.p)})`;
}
function noiseLines(c) {
  const lines = [];
  const top1 = (e, variant) => e?.variants.find((v) => v.variant === variant)?.classification?.top1;
  for (const p of c.paired ?? []) {
    const [was, now] = [top1(c.base, p.variant), top1(c.head, p.variant)];
    const text = noiseText(p, "base", "head");
    if (was !== void 0 && now !== void 0 && was !== now && text) lines.push(`- Accuracy ${p.variant}, base \u2192 head: ${points(was, now)}; ${text}`);
  }
  const float32 = top1(c.head, "float32");
  for (const v of c.head?.variants ?? []) {
    const text = noiseText(v.vsFloat32?.paired, "float32", v.variant);
    const now = v.classification?.top1;
    if (float32 !== void 0 && now !== void 0 && now !== float32 && text) lines.push(`- Accuracy ${v.variant} vs float32: ${points(float32, now)}; ${text}`);
  }
  return lines;
}

export {
  quantizationLines,
  noiseText,
  noiseLines
};
