import type { ClassificationStats } from '../results/types.js';

/**
 * Classification metrics on model outputs laid out [samples, classes] (logits or probabilities alike).
 * Ranking rule (also for ties): a class outranks the label's class when its score is higher, or equal with a
 * lower class index — so top-1 agrees with argmax taking the first maximum, as numpy does. A NaN label score
 * is never in the top k.
 */

function checkLayout(outputs: ArrayLike<number>, numClasses: number, samples: number): void {
  if (!Number.isInteger(numClasses) || numClasses < 1 || outputs.length !== samples * numClasses) {
    throw new RangeError(`outputs hold ${outputs.length} values, expected ${samples} samples × ${numClasses} classes`);
  }
}

/** Index of the largest score of each row (first one on ties; NaN never wins). */
export function argmaxRows(outputs: ArrayLike<number>, numClasses: number): Int32Array {
  const samples = Math.floor(outputs.length / numClasses);
  checkLayout(outputs, numClasses, samples);
  const out = new Int32Array(samples);
  for (let s = 0, o = 0; s < samples; s++, o += numClasses) {
    let best = 0;
    for (let c = 1; c < numClasses; c++) if (outputs[o + c] > outputs[o + best] || outputs[o + best] !== outputs[o + best]) best = c; // NaN never wins
    out[s] = best;
  }
  return out;
}

/** Rank of class `label` in row `o` (0 = top). */
function rankOf(outputs: ArrayLike<number>, o: number, numClasses: number, label: number): number {
  const score = outputs[o + label];
  if (score !== score) return numClasses; // NaN
  let rank = 0;
  for (let c = 0; c < numClasses; c++) {
    const v = outputs[o + c];
    if (v > score || (v === score && c < label)) rank++;
  }
  return rank;
}

/** Fraction of samples whose label is among the `k` highest scores. */
export function topKAccuracy(outputs: ArrayLike<number>, numClasses: number, labels: Int32Array, k: number): number {
  checkLayout(outputs, numClasses, labels.length);
  let hits = 0;
  for (let s = 0; s < labels.length; s++) if (rankOf(outputs, s * numClasses, numClasses, labels[s]) < k) hits++;
  return labels.length ? hits / labels.length : NaN;
}

/** Per-class accuracy (classes present among the labels, ascending) and the [true][predicted] confusion matrix. */
/** Accuracy of one class over its samples. */
export type PerClass = ClassificationStats['perClass'][number];

export function perClassAccuracy(predicted: Int32Array, labels: Int32Array, numClasses: number) {
  const confusion = Array.from({ length: numClasses }, () => new Array<number>(numClasses).fill(0));
  for (let s = 0; s < labels.length; s++) {
    const t = labels[s];
    if (t < 0 || t >= numClasses) throw new RangeError(`label ${t} of sample ${s} is outside 0..${numClasses - 1}`);
    confusion[t][predicted[s]]++;
  }
  const perClass = confusion.flatMap((row, cls) => {
    const count = row.reduce((a, b) => a + b, 0);
    return count ? [{ cls, count, accuracy: row[cls] / count }] : [];
  });
  return { perClass, confusion };
}

/** Top-1, top-5 (when there are more than 5 classes), per-class accuracy and the confusion matrix. */
export function classificationStats(outputs: ArrayLike<number>, numClasses: number, labels: Int32Array): ClassificationStats {
  checkLayout(outputs, numClasses, labels.length);
  const predicted = argmaxRows(outputs, numClasses);
  const { perClass, confusion } = perClassAccuracy(predicted, labels, numClasses);
  const top1 = topKAccuracy(outputs, numClasses, labels, 1);
  const stats: ClassificationStats = { samples: labels.length, top1, perClass, confusion };
  if (numClasses > 5) stats.top5 = topKAccuracy(outputs, numClasses, labels, 5);
  return stats;
}

/** One class's accuracy before and after (e.g. float32 → float16, source → float32, base → head). */
export interface ClassLoss {
  cls: number;
  from: number;
  to: number;
}

/** The classes whose accuracy drops from `before` to `after`, largest drop first (ties by class id), at most `limit`. */
export function classLosses(before: readonly PerClass[], after: readonly PerClass[], limit = Infinity): ClassLoss[] {
  const was = new Map(before.map((p) => [p.cls, p.accuracy]));
  return after
    .flatMap((p) => {
      const from = was.get(p.cls);
      return from !== undefined && from > p.accuracy ? [{ cls: p.cls, from, to: p.accuracy }] : [];
    })
    .sort((a, b) => b.from - b.to - (a.from - a.to) || a.cls - b.cls)
    .slice(0, limit);
}
