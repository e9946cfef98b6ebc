import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  codeSpan,
  markdownText
} from "./chunk-JM7JNUOI.js";

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
  return markdownText(text);
}
function withoutPath(message, path) {
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}
function code(text) {
  return codeSpan(text);
}

export {
  sig,
  fixed,
  bytes,
  percent,
  ms,
  count,
  signed,
  ratio,
  sortComparisons,
  sortBreaches,
  cell,
  withoutPath,
  code
};
