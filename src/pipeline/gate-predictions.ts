/**
 * Head vs base accuracy, sample by sample: the gate keeps each evaluation's top-1 predictions (not its
 * outputs, which can be large) and pairs base and head per variant for the exact McNemar test.
 */
import { pairedTest } from '../metrics/agreement.js';
import { argmaxRows } from '../metrics/classification.js';
import type { ModelComparison, VariantName } from '../results/types.js';
import { classCount } from './evaluate-metrics.js';
import type { EvaluatedModel } from './evaluate.js';

/** Each classifier variant's top-1 prediction per sample, with the labels they are judged against. */
export interface Predictions {
  top1: Map<VariantName, Int32Array>;
  labels?: Int32Array;
}

export function topPredictions(e: EvaluatedModel): Predictions {
  const top1 = new Map<VariantName, Int32Array>();
  if (e.labels?.kind !== 'class') return { top1 };
  e.evaluation.variants.forEach((v, i) => {
    const outputs = e.outputs[i];
    const classes = outputs ? classCount(outputs, e.labels) : undefined;
    if (outputs && classes !== undefined) top1.set(v.variant, argmaxRows(outputs[0]!.data, classes));
  });
  return { top1, labels: e.labels.data };
}

/** The paired test per variant both sides predicted on the same labelled samples. */
export function pairPredictions(base: Predictions, head: Predictions): NonNullable<ModelComparison['paired']> {
  const labels = head.labels;
  if (!labels || !base.labels || base.labels.length !== labels.length || !base.labels.every((l, i) => l === labels[i])) return [];
  return [...head.top1].flatMap(([variant, h]) => {
    const b = base.top1.get(variant);
    return b && b.length === h.length ? [{ variant, ...pairedTest(h, b, labels) }] : [];
  });
}
