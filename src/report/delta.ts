/**
 * Base → head changes with direction-aware marks: 🟢 better, 🔺 worse (size, latency, MACs and arena are
 * better lower; accuracy better higher). A change that rounds to zero gets no mark.
 */
import type { LatencyComparison } from '../results/types.js';
import { ratio, signed, fixed } from './format.js';

export type Better = 'lower' | 'higher';
const BETTER = '🟢';
const WORSE = '🔺';

function mark(change: number, better: Better): string {
  if (change === 0) return '';
  return (change < 0) === (better === 'lower') ? ` ${BETTER}` : ` ${WORSE}`;
}

/** Relative change in percent, one decimal: "+1.6% 🔺". */
export function relative(base: number, head: number, better: Better): string {
  if (base === 0) return head === 0 ? '±0%' : 'new';
  const text = signed(((head - base) / base) * 100, 1);
  return text === '±0' ? '±0%' : `${text}%${mark(head - base, better)}`;
}

/** Difference of two fractions in percentage points, two decimals: "−0.20 pp 🔺". */
export function points(base: number, head: number, better: Better = 'higher'): string {
  const text = signed((head - base) * 100, 2);
  return text === '±0' ? '±0 pp' : `${text} pp${mark(head - base, better)}`;
}

/** Absolute change with the metric's own formatting (e.g. MAE): "+0.012 🔺". */
export function absolute(base: number, head: number, better: Better, decimals = 3): string {
  const text = signed(head - base, decimals);
  return text === '±0' ? '±0' : `${text}${mark(head - base, better)}`;
}

/**
 * Interleaved head/base latency: "×1.03, CI ×0.98–×1.08". Marked worse only when the whole interval is
 * above 1, better only when it is wholly below; otherwise it is within the noise and unmarked.
 */
export function latencyRatio(l: LatencyComparison): string {
  const m = l.ciLow > 1 ? ` ${WORSE}` : l.ciHigh < 1 ? ` ${BETTER}` : '';
  const [low, high] = [fixed(l.ciLow, 2), fixed(l.ciHigh, 2)];
  // an interval that rounds to one number says nothing the ratio does not ("CI 0.44–0.44"): left out
  return `${ratio(l.ratio)}${low === high ? '' : `, CI ${low}–${high}`}${m}`;
}
