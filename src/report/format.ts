/**
 * Every number in a report is rounded and every list sorted here, so the same results always give
 * byte-identical markdown and JSON.
 */
import type { Breach, ModelComparison } from '../results/types.js';
import { codeSpan, markdownText } from '../util/escape.js';

/** Round to `digits` significant digits; -0 becomes 0. */
export function sig(x: number, digits = 3): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const r = Number(x.toPrecision(digits));
  return r === 0 ? 0 : r;
}

/** Fixed decimals without a "-0.00". */
export function fixed(x: number, decimals: number): string {
  return trim(x, decimals);
}

function trim(x: number, decimals: number): string {
  const s = x.toFixed(decimals);
  return s === `-${(0).toFixed(decimals)}` ? (0).toFixed(decimals) : s;
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB'];

/** 812 B, 12.3 KiB, 1.23 MiB. */
export function bytes(n: number): string {
  let value = n;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${Math.round(value)} B` : `${sig(value)} ${BYTE_UNITS[unit]}`;
}

/** A fraction 0..1 as a percentage with two decimals: 0.981 → "98.10%". */
export function percent(fraction: number): string {
  return `${trim(fraction * 100, 2)}%`;
}

/** Milliseconds with three significant digits. */
export function ms(x: number): string {
  return `${sig(x)} ms`;
}

const COUNT_UNITS: [number, string][] = [[1e9, 'G'], [1e6, 'M'], [1e3, 'k']];

/** Large counts (MACs, parameters): 1.23 M, 45.6 k, 812. */
export function count(n: number): string {
  for (const [scale, unit] of COUNT_UNITS) if (Math.abs(n) >= scale) return `${sig(n / scale)} ${unit}`;
  return String(Math.round(n));
}

/** A signed number with a real minus sign: +1.6, −0.20, ±0. */
export function signed(x: number, decimals: number): string {
  const s = trim(Math.abs(x), decimals);
  if (Number(s) === 0) return '±0';
  return `${x > 0 ? '+' : '−'}${s}`;
}

/** Head/base ratio of latency: ×1.03. */
export function ratio(x: number): string {
  return `×${trim(x, 2)}`;
}

/** Model paths in code order (not locale order), so sorting is the same everywhere. */
export function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export function sortComparisons(comparisons: ModelComparison[]): ModelComparison[] {
  return [...comparisons].sort(byPath);
}

/** Breaches grouped in model order, keeping the judge's check order within a model. */
export function sortBreaches(breaches: Breach[]): Breach[] {
  return breaches
    .map((b, i) => ({ b, i }))
    .sort((x, y) => (x.b.model < y.b.model ? -1 : x.b.model > y.b.model ? 1 : x.i - y.i))
    .map(({ b }) => b);
}

/** Text a user or pull request controls, shown as written in markdown prose or a table cell (util/escape.ts). */
export function cell(text: string): string {
  return markdownText(text);
}

/** A message without a leading "path: " when it is shown under that path already. */
export function withoutPath(message: string, path: string): string {
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}

/** A path (or other name) shown as code, escaped by util/escape.ts. */
export function code(text: string): string {
  return codeSpan(text);
}
