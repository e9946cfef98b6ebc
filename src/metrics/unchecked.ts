/**
 * Checks that were asked for but could not be made. Each fails the gate as a breach does (fail closed):
 * a pull request must not pass by making a check impossible, e.g. with a test set that has no labels or a
 * model the base's test set does not fit.
 */
import type { ModelComparison, ModelEvaluation, Unchecked } from '../results/types.js';
import { THRESHOLD_INPUTS, type Thresholds } from './thresholds.js';

/** The note that says why a dataset gave no accuracy, when evaluation left one. */
const NO_ACCURACY_NOTE = /no labels|no accuracy|no error stats/;

function hasLabelledResult(e: ModelEvaluation): boolean {
  return e.variants.some((v) => v.classification !== undefined || v.regression !== undefined);
}

function noAccuracy(c: ModelComparison, head: ModelEvaluation): Unchecked {
  const why = head.notes.find((n) => NO_ACCURACY_NOTE.test(n));
  const message = `the test set ${head.dataset} gives no accuracy for this model${why ? ` (${why})` : ''}, so the accuracy threshold cannot be checked`;
  return { model: c.path, check: THRESHOLD_INPUTS.maxAccuracyDrop, message };
}

/**
 * `requested`: the thresholds a user set; a built-in default alone does not make a test set without labels
 * an error (the base's test set is used on pull requests, so a pull request cannot remove the labels).
 */
export function uncheckable(c: ModelComparison, t: Thresholds, requested: Thresholds = t): Unchecked[] {
  if (c.error !== undefined || c.status === 'deleted') return [];
  const out: Unchecked[] = [];
  if (c.baseError !== undefined) {
    out.push({ model: c.path, check: 'base version', message: `the base version could not be evaluated, so nothing was compared with it: ${c.baseError}` });
  }
  if (t.maxAccuracyDrop === undefined) return out;
  if (requested.maxAccuracyDrop !== undefined && c.head?.dataset !== undefined && !hasLabelledResult(c.head)) out.push(noAccuracy(c, c.head));
  if (c.baseDataError !== undefined) {
    const message = `the base version cannot run on the test set, so head accuracy cannot be compared with base: ${c.baseDataError}`;
    out.push({ model: c.path, check: THRESHOLD_INPUTS.maxAccuracyDrop, message });
  }
  return out;
}
