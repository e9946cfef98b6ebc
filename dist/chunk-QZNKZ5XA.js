import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);

// src/report/format.ts
function sig(x, digits = 3) {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const r = Number(x.toPrecision(digits));
  return r === 0 ? 0 : r;
}
function fixed(x, decimals) {
  return trim(x, decimals);
}
function trim(x, decimals) {
  const s = x.toFixed(decimals);
  return s === `-${0 .toFixed(decimals)}` ? 0 .toFixed(decimals) : s;
}
var BYTE_UNITS = ["B", "KiB", "MiB", "GiB"];
function bytes(n) {
  let value = n;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${Math.round(value)} B` : `${sig(value)} ${BYTE_UNITS[unit]}`;
}
function percent(fraction) {
  return `${trim(fraction * 100, 2)}%`;
}
function ms(x) {
  return `${sig(x)} ms`;
}
var COUNT_UNITS = [[1e9, "G"], [1e6, "M"], [1e3, "k"]];
function count(n) {
  for (const [scale, unit] of COUNT_UNITS) if (Math.abs(n) >= scale) return `${sig(n / scale)} ${unit}`;
  return String(Math.round(n));
}
function signed(x, decimals) {
  const s = trim(Math.abs(x), decimals);
  if (Number(s) === 0) return "\xB10";
  return `${x > 0 ? "+" : "\u2212"}${s}`;
}
function ratio(x) {
  return `\xD7${trim(x, 2)}`;
}
function byPath(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
function sortComparisons(comparisons) {
  return [...comparisons].sort(byPath);
}
function sortBreaches(breaches) {
  return breaches.map((b, i) => ({ b, i })).sort((x, y) => x.b.model < y.b.model ? -1 : x.b.model > y.b.model ? 1 : x.i - y.i).map(({ b }) => b);
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\s*\r?\n\s*/g, " \u2014 ");
}
function withoutPath(message, path) {
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}
function code(text) {
  return `\`${text.replace(/`/g, "'")}\``;
}

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
  return `${ratio(l.ratio)}, CI ${fixed(l.ciLow, 2)}\u2013${fixed(l.ciHigh, 2)}${m}`;
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
var NO_SOURCE_NOTE = "no source (Keras) reference: ";
function noSourceNote(e) {
  return e?.notes.find((n) => n.startsWith(NO_SOURCE_NOTE))?.slice(NO_SOURCE_NOTE.length);
}
var exponent = (x) => x === 0 ? "0" : x.toExponential(2);
function conversionLoss(e) {
  const loss = e.source?.float32VsSource;
  if (!loss) return void 0;
  const flips = loss.flipped === void 0 ? "" : `, ${loss.flipped} flipped prediction${loss.flipped === 1 ? "" : "s"}`;
  return `conversion loss, float32 vs source: max abs diff ${exponent(loss.maxAbsDiff)}${flips}`;
}
function sourceLine(c) {
  const e = c.head ?? c.base;
  const why = noSourceNote(e);
  if (why !== void 0) return `- Source model (Keras): not run (the gate does not fail for it) \u2014 ${cell(withoutPath(why, c.path))}`;
  if (!e?.source) return "";
  const parts = [accuracy(e, c.head ? c.base : void 0), conversionLoss(e)].filter(Boolean);
  if (!parts.length) return "";
  return `- Source model (Keras, run by ${cell(e.source.runtime ?? "tfjs")}): ${parts.join("; ")}`;
}

export {
  sig,
  bytes,
  percent,
  ms,
  count,
  signed,
  sortComparisons,
  sortBreaches,
  cell,
  withoutPath,
  code,
  relative,
  points,
  absolute,
  latencyRatio,
  NO_SOURCE_NOTE,
  sourceLine
};
