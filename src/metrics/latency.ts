import type { LatencyComparison, LatencyStats, VariantName } from '../results/types.js';
import { seededRandom } from '../util/random.js';

/**
 * Percentile of ascending-sorted values, p in [0, 100], by linear interpolation between the closest ranks:
 * h = (n − 1)·p/100, value = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). This is numpy's default ("linear",
 * Hyndman & Fan type 7), so p50 is the usual median.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = ((n - 1) * p) / 100;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Statistics of the timed runs (after warm-up). std is the sample standard deviation (n − 1; 0 for one run). */
export function latencyStats(timingsMs: readonly number[], initMs: number, firstMs: number): LatencyStats {
  const n = timingsMs.length;
  if (n === 0) throw new RangeError('latencyStats needs at least one timed run');
  const sorted = Float64Array.from(timingsMs).sort();
  const mean = timingsMs.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? timingsMs.reduce((a, t) => a + (t - mean) ** 2, 0) / (n - 1) : 0;
  return {
    runs: n, initMs, firstMs, meanMs: mean, stdMs: Math.sqrt(variance), minMs: sorted[0],
    p50Ms: percentile(sorted, 50), p90Ms: percentile(sorted, 90), p99Ms: percentile(sorted, 99),
  };
}

export interface CompareOptions {
  /** Bootstrap resamples (default 2000). */
  resamples?: number;
  /** Two-sided confidence level (default 0.95). */
  confidence?: number;
  /** PRNG seed, so the same timings always give the same interval (default 1). */
  seed?: number;
}

/** k-th smallest value (0-based) by quickselect; reorders `a`. */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) { const t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/** The median (mean of the two middle values for an even count, as percentile(…, 50)); reorders `values`. */
function median(values: Float64Array): number {
  const n = values.length;
  const upper = select(values, n >> 1);
  if (n % 2 === 1) return upper;
  let lower = -Infinity;
  for (let i = 0; i < n >> 1; i++) if (values[i] > lower) lower = values[i];
  return (lower + upper) / 2;
}

/**
 * Head/base latency ratio from interleaved runs (base[i] and head[i] timed back to back), with a bootstrap
 * confidence interval of the ratio of medians. Why this and not a t-interval on pairwise log-ratios: run
 * timings are skewed and heavy-tailed (GC pauses, a neighbour on a shared runner), which pulls a mean and breaks
 * the normality a t-interval assumes; the median ignores the tail and the bootstrap assumes no distribution.
 * Pairs are resampled together, so slow drift during the run hits both sides of each resample alike.
 * The interval is the percentile bootstrap with a fixed seed: deterministic for the same timings.
 */
export function compareLatency(variant: VariantName, baseMs: readonly number[], headMs: readonly number[], options: CompareOptions = {}): LatencyComparison {
  const n = baseMs.length;
  if (n === 0 || headMs.length !== n) throw new RangeError(`interleaved runs must pair up: ${n} base vs ${headMs.length} head timings`);
  const resamples = options.resamples ?? 2000;
  const alpha = 1 - (options.confidence ?? 0.95);
  const random = seededRandom(options.seed ?? 1);
  const ratio = median(Float64Array.from(headMs)) / median(Float64Array.from(baseMs));
  const ratios = new Float64Array(resamples);
  const b = new Float64Array(n);
  const h = new Float64Array(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) {
      const j = (random() * n) | 0;
      b[i] = baseMs[j];
      h[i] = headMs[j];
    }
    ratios[r] = median(h) / median(b);
  }
  ratios.sort();
  return { variant, ratio, ciLow: percentile(ratios, (100 * alpha) / 2), ciHigh: percentile(ratios, 100 * (1 - alpha / 2)) };
}
