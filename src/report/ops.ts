/**
 * What changed in the graph between two results, in the terms Netron shows: operator counts and the
 * dtype the weights are stored in. E.g. "+5 DEQUANTIZE, weights float32 → float16".
 */
import type { VariantResult } from '../results/types.js';
import { signed } from './format.js';

/** Operator count differences, by operator name: ["+5 DEQUANTIZE", "−1 CONV_2D"]. */
export function opDifferences(from: Record<string, number>, to: Record<string, number>): string[] {
  const names = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
  return names.flatMap((name) => {
    const change = (to[name] ?? 0) - (from[name] ?? 0);
    return change === 0 ? [] : [`${signed(change, 0)} ${name}`];
  });
}

/** The dtype holding most weight bytes (ties broken by name), or undefined for a model without weights. */
function weightDtype(v: VariantResult): string | undefined {
  const entries = Object.entries(v.size.weightBytesByDtype).filter(([, n]) => n > 0);
  entries.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return entries[0]?.[0];
}

/** One line for `to` relative to `from`: operator changes and the weights' dtype change; '' when the same. */
export function graphChange(from: VariantResult, to: VariantResult): string {
  const parts = opDifferences(from.ops, to.ops);
  const a = weightDtype(from);
  const b = weightDtype(to);
  if (a && b && a !== b) parts.push(`weights ${a} → ${b}`);
  return parts.join(', ');
}
