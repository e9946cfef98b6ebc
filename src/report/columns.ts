/**
 * The per-model table's columns: each reads one number from a variant result, shows it, and says which
 * direction is better. A column none of the rows has is left out.
 */
import type { LatencyComparison, VariantResult } from '../results/types.js';
import { absolute, latencyRatio, points, relative, type Better } from './delta.js';
import { bytes, count, ms, percent, sig } from './format.js';

export interface Column {
  title: string;
  value: (v: VariantResult) => number | undefined;
  show: (x: number) => string;
  delta: (base: number, head: number) => string;
}

const rel = (better: Better) => (b: number, h: number) => relative(b, h, better);

export const COLUMNS: Column[] = [
  { title: 'Size', value: (v) => v.size.fileBytes, show: bytes, delta: rel('lower') },
  { title: 'Accuracy (top-1)', value: (v) => v.classification?.top1, show: percent, delta: (b, h) => points(b, h) },
  { title: 'MAE', value: (v) => v.regression?.mae, show: (x) => String(sig(x)), delta: (b, h) => absolute(b, h, 'lower', 4) },
  { title: 'Latency p50', value: (v) => v.latency?.p50Ms, show: ms, delta: rel('lower') },
  { title: 'MACs', value: (v) => v.macs, show: count, delta: rel('lower') },
  { title: 'Arena', value: (v) => v.arenaBytes, show: bytes, delta: rel('lower') },
];

/** A column's number for a result; a missing or non-finite number (not measured) is undefined. */
function valueOf(col: Column, v: VariantResult | undefined): number | undefined {
  const x = v ? col.value(v) : undefined;
  return x !== undefined && Number.isFinite(x) ? x : undefined;
}

/** One table cell: "base → head (delta)", or the one value there is, or "—". */
export function columnCell(
  col: Column,
  head: VariantResult | undefined,
  base: VariantResult | undefined,
  latency?: LatencyComparison,
): string {
  const h = valueOf(col, head);
  const b = valueOf(col, base);
  if (h === undefined) return b === undefined ? '—' : `${col.show(b)} → —`;
  const interleaved = col.title === 'Latency p50' ? latency : undefined;
  if (b === undefined || (b === h && !interleaved)) return col.show(h);
  const change = interleaved ? latencyRatio(interleaved) : col.delta(b, h);
  return `${col.show(b)} → ${col.show(h)} (${change})`;
}
