import type { AgreementStats, PairedTest } from '../results/types.js';
import { argmaxRows, classLosses, perClassAccuracy } from './classification.js';
import { mcnemarExactP } from './mcnemar.js';

export interface AgreementOptions {
  /** Set for classification outputs laid out [samples, classes]: adds agreement and flipped. */
  numClasses?: number;
  /** With numClasses: adds the classes whose accuracy drops most vs float32. */
  labels?: Int32Array;
  /** How many losing classes to list (default 5). */
  maxClasses?: number;
}

/** Max and mean |variant − float32| over every output element (NaN anywhere makes both NaN). */
function absDiff(variant: ArrayLike<number>, float32: ArrayLike<number>): { max: number; mean: number } {
  if (variant.length !== float32.length) throw new RangeError(`output sizes differ: ${variant.length} vs ${float32.length} values`);
  let max = 0;
  let sum = 0;
  for (let i = 0; i < variant.length; i++) {
    const d = Math.abs(variant[i] - float32[i]);
    if (d > max) max = d;
    sum += d;
  }
  // A NaN difference makes the sum NaN; then the max is NaN too (d > max never sees it).
  return { max: sum !== sum ? NaN : max, mean: variant.length ? sum / variant.length : 0 };
}

function losingClasses(v: Int32Array, f: Int32Array, labels: Int32Array, numClasses: number, limit: number) {
  const losses = classLosses(perClassAccuracy(f, labels, numClasses).perClass, perClassAccuracy(v, labels, numClasses).perClass, limit);
  return losses.map((l) => ({ cls: l.cls, float32: l.from, variant: l.to }));
}

/** Samples only one of the two gets right (top-1 predictions `f`: the reference, `v`: the other), and whether the difference could be chance. */
export function pairedTest(v: Int32Array, f: Int32Array, labels: Int32Array): PairedTest {
  let referenceOnly = 0;
  let variantOnly = 0;
  for (let i = 0; i < v.length; i++) {
    const ok = v[i] === labels[i];
    const refOk = f[i] === labels[i];
    if (refOk && !ok) referenceOnly++;
    else if (ok && !refOk) variantOnly++;
  }
  return { referenceOnly, variantOnly, p: mcnemarExactP(referenceOnly, variantOnly) };
}

/** How a variant's outputs differ from the float32 variant's outputs on the same samples. */
export function agreementStats(variant: ArrayLike<number>, float32: ArrayLike<number>, options: AgreementOptions = {}): AgreementStats {
  const { max, mean } = absDiff(variant, float32);
  const stats: AgreementStats = { maxAbsDiff: max, meanAbsDiff: mean };
  const { numClasses, labels } = options;
  if (numClasses === undefined) return stats;
  const v = argmaxRows(variant, numClasses);
  const f = argmaxRows(float32, numClasses);
  let flipped = 0;
  for (let i = 0; i < v.length; i++) if (v[i] !== f[i]) flipped++;
  stats.flipped = flipped;
  stats.agreement = v.length ? (v.length - flipped) / v.length : NaN;
  if (labels) {
    stats.classesLosingMost = losingClasses(v, f, labels, numClasses, options.maxClasses ?? 5);
    stats.paired = pairedTest(v, f, labels);
  }
  return stats;
}
