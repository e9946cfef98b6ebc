import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  cell,
  fixed,
  percent,
  ratio,
  sig,
  signed,
  withoutPath
} from "./chunk-7GLZMHWQ.js";

// src/report/delta.ts
var BETTER = "\u{1F7E2}";
var WORSE = "\u{1F53A}";
function mark(change, better) {
  if (change === 0) return "";
  return change < 0 === (better === "lower") ? ` ${BETTER}` : ` ${WORSE}`;
}
function relative(base, head, better) {
  if (base === 0) return head === 0 ? "\xB10%" : "new";
  const text = signed((head - base) / base * 100, 1);
  return text === "\xB10" ? "\xB10%" : `${text}%${mark(head - base, better)}`;
}
function points(base, head, better = "higher") {
  const text = signed((head - base) * 100, 2);
  return text === "\xB10" ? "\xB10 pp" : `${text} pp${mark(head - base, better)}`;
}
function absolute(base, head, better, decimals = 3) {
  const text = signed(head - base, decimals);
  return text === "\xB10" ? "\xB10" : `${text}${mark(head - base, better)}`;
}
function latencyRatio(l) {
  const m = l.ciLow > 1 ? ` ${WORSE}` : l.ciHigh < 1 ? ` ${BETTER}` : "";
  const [low, high] = [fixed(l.ciLow, 2), fixed(l.ciHigh, 2)];
  return `${ratio(l.ratio)}${low === high ? "" : `, CI ${low}\u2013${high}`}${m}`;
}

// src/report/source.ts
function accuracy(e, base) {
  const top1 = e.source?.classification?.top1;
  if (top1 === void 0) {
    const mae = e.source?.regression?.mae;
    return mae === void 0 ? void 0 : `MAE ${sig(mae, 4)}`;
  }
  const was = base?.source?.classification?.top1;
  const float32 = e.variants.find((v) => v.variant === "float32")?.classification?.top1;
  const vs = float32 === void 0 ? "" : ` (float32 .tflite ${points(top1, float32)})`;
  return `accuracy ${was === void 0 ? "" : `${percent(was)} \u2192 `}${percent(top1)}${vs}`;
}
var noSourceNote = (kind, why) => `no source (${kind}) reference: ${why}`;
var NO_SOURCE = /^no source \((Keras|ONNX)\) reference: /;
var isNoSourceNote = (note) => NO_SOURCE.test(note);
function noSource(e) {
  const note = e?.notes.find(isNoSourceNote);
  const m = note?.match(NO_SOURCE);
  return note && m ? { kind: m[1], why: note.slice(m[0].length) } : void 0;
}
var sourceKind = (runtime) => runtime?.startsWith("onnxruntime") ? "ONNX" : "Keras";
var exponent = (x) => x === 0 ? "0" : x.toExponential(2);
function conversionLoss(e) {
  const loss = e.source?.float32VsSource;
  if (!loss) return void 0;
  const flips = loss.flipped === void 0 ? "" : `, ${loss.flipped} flipped prediction${loss.flipped === 1 ? "" : "s"}`;
  return `conversion loss, float32 vs source: max abs diff ${exponent(loss.maxAbsDiff)}${flips}`;
}
function sourceLine(c) {
  const e = c.head ?? c.base;
  const missing = noSource(e);
  if (missing) return `- Source model (${missing.kind}): not run (the gate does not fail for it) \u2014 ${cell(withoutPath(missing.why, c.path))}`;
  if (!e?.source) return "";
  const parts = [accuracy(e, c.head ? c.base : void 0), conversionLoss(e)].filter(Boolean);
  if (!parts.length) return "";
  return `- Source model (${sourceKind(e.source.runtime)}, run by ${cell(e.source.runtime ?? "tfjs")}): ${parts.join("; ")}`;
}

// src/metrics/classification.ts
function checkLayout(outputs, numClasses, samples) {
  if (!Number.isInteger(numClasses) || numClasses < 1 || outputs.length !== samples * numClasses) {
    throw new RangeError(`outputs hold ${outputs.length} values, expected ${samples} samples \xD7 ${numClasses} classes`);
  }
}
function argmaxRows(outputs, numClasses) {
  const samples = Math.floor(outputs.length / numClasses);
  checkLayout(outputs, numClasses, samples);
  const out = new Int32Array(samples);
  for (let s = 0, o = 0; s < samples; s++, o += numClasses) {
    let best = 0;
    for (let c = 1; c < numClasses; c++) if (outputs[o + c] > outputs[o + best] || outputs[o + best] !== outputs[o + best]) best = c;
    out[s] = best;
  }
  return out;
}
function rankOf(outputs, o, numClasses, label) {
  const score = outputs[o + label];
  if (score !== score) return numClasses;
  let rank = 0;
  for (let c = 0; c < numClasses; c++) {
    const v = outputs[o + c];
    if (v > score || v === score && c < label) rank++;
  }
  return rank;
}
function topKAccuracy(outputs, numClasses, labels, k) {
  checkLayout(outputs, numClasses, labels.length);
  let hits = 0;
  for (let s = 0; s < labels.length; s++) if (rankOf(outputs, s * numClasses, numClasses, labels[s]) < k) hits++;
  return labels.length ? hits / labels.length : NaN;
}
function perClassAccuracy(predicted, labels, numClasses) {
  const confusion = Array.from({ length: numClasses }, () => new Array(numClasses).fill(0));
  for (let s = 0; s < labels.length; s++) {
    const t = labels[s];
    if (t < 0 || t >= numClasses) throw new RangeError(`label ${t} of sample ${s} is outside 0..${numClasses - 1}`);
    confusion[t][predicted[s]]++;
  }
  const perClass = confusion.flatMap((row, cls) => {
    const count = row.reduce((a, b) => a + b, 0);
    return count ? [{ cls, count, accuracy: row[cls] / count }] : [];
  });
  return { perClass, confusion };
}
function classificationStats(outputs, numClasses, labels) {
  checkLayout(outputs, numClasses, labels.length);
  const predicted = argmaxRows(outputs, numClasses);
  const { perClass, confusion } = perClassAccuracy(predicted, labels, numClasses);
  const top1 = topKAccuracy(outputs, numClasses, labels, 1);
  const stats = { samples: labels.length, top1, perClass, confusion };
  if (numClasses > 5) stats.top5 = topKAccuracy(outputs, numClasses, labels, 5);
  return stats;
}
function classLosses(before, after, limit = Infinity) {
  const was = new Map(before.map((p) => [p.cls, p.accuracy]));
  return after.flatMap((p) => {
    const from = was.get(p.cls);
    return from !== void 0 && from > p.accuracy ? [{ cls: p.cls, from, to: p.accuracy }] : [];
  }).sort((a, b) => b.from - b.to - (a.from - a.to) || a.cls - b.cls).slice(0, limit);
}

// src/metrics/mcnemar.ts
function logFactorial(n) {
  if (n < 64) {
    let s = 0;
    for (let i = 2; i <= n; i++) s += Math.log(i);
    return s;
  }
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n) - 1 / (360 * n ** 3);
}
function mcnemarExactP(b, c) {
  const n = b + c;
  if (n === 0) return 1;
  const k = Math.min(b, c);
  const logHalfN = n * Math.log(0.5);
  let tail = 0;
  for (let i = 0; i <= k; i++) tail += Math.exp(logFactorial(n) - logFactorial(i) - logFactorial(n - i) + logHalfN);
  return Math.min(1, 2 * tail);
}
var SIGNIFICANCE = 0.05;

export {
  relative,
  points,
  absolute,
  latencyRatio,
  argmaxRows,
  topKAccuracy,
  perClassAccuracy,
  classificationStats,
  classLosses,
  noSourceNote,
  isNoSourceNote,
  sourceKind,
  sourceLine,
  mcnemarExactP,
  SIGNIFICANCE
};
