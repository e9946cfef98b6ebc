/** Whether an accuracy change is within sampling noise, from the paired (McNemar) counts, in words. */
import { SIGNIFICANCE } from '../metrics/mcnemar.js';
import type { AgreementStats } from '../results/types.js';

/** "p = 0.62", "p < 0.001". */
export function pValue(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${Number(p.toPrecision(2))}`;
}

const samples = (n: number) => `${n} sample${n === 1 ? '' : 's'}`;

/**
 * "1 sample only float32 gets right, 0 only float16: within sampling noise (exact McNemar p = 1)";
 * undefined without paired counts.
 */
export function noiseText(paired: AgreementStats['paired'], reference: string, other: string): string | undefined {
  if (!paired) return undefined;
  const verdict = paired.p >= SIGNIFICANCE ? 'within sampling noise' : 'unlikely to be sampling noise';
  return `${samples(paired.referenceOnly)} only ${reference} gets right, ${paired.variantOnly} only ${other}: ${verdict} (exact McNemar ${pValue(paired.p)})`;
}

/** True when the accuracy change between the two is within sampling noise (no paired counts: false). */
export function withinNoise(paired: AgreementStats['paired']): boolean {
  return paired !== undefined && paired.p >= SIGNIFICANCE;
}
