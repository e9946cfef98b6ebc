/** Whether an accuracy change is within sampling noise, from the paired (McNemar) counts, in words. */
import { SIGNIFICANCE } from '../metrics/mcnemar.js';
import type { AgreementStats, ModelComparison, ModelEvaluation } from '../results/types.js';
import { points } from './delta.js';

/** "p = 0.62", "p < 0.001". */
function pValue(p: number): string {
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


/**
 * The model section's lines on accuracy changes that are not plain: head vs base per variant, and each
 * variant vs float32, with the paired test; only for changes that are not zero.
 */
export function noiseLines(c: ModelComparison): string[] {
  const lines: string[] = [];
  const top1 = (e: ModelEvaluation | undefined, variant: string) => e?.variants.find((v) => v.variant === variant)?.classification?.top1;
  for (const p of c.paired ?? []) {
    const [was, now] = [top1(c.base, p.variant), top1(c.head, p.variant)];
    const text = noiseText(p, 'base', 'head');
    if (was !== undefined && now !== undefined && was !== now && text) lines.push(`- Accuracy ${p.variant}, base → head: ${points(was, now)}; ${text}`);
  }
  const float32 = top1(c.head, 'float32');
  for (const v of c.head?.variants ?? []) {
    const text = noiseText(v.vsFloat32?.paired, 'float32', v.variant);
    const now = v.classification?.top1;
    if (float32 !== undefined && now !== undefined && now !== float32 && text) lines.push(`- Accuracy ${v.variant} vs float32: ${points(float32, now)}; ${text}`);
  }
  return lines;
}
