import { uncheckable } from '../../src/metrics/unchecked.js';
import { judge } from '../../src/metrics/verdict.js';
import type { ModelComparison } from '../../src/results/types.js';
import { evaluation, variant } from '../report/sample.js';

const unlabelled = (): ModelComparison => {
  const head = evaluation('m.h5', 'head', [{ ...variant('float32', { top1: 0.9, fileBytes: 1000, p50: 1 }), classification: undefined }]);
  return { path: 'm.h5', status: 'added', head: { ...head, notes: ['no labels: the .npz has no key "y" (keys: x); accuracy is not computed'] } };
};

describe('checks that cannot be made', () => {
  it('an accuracy threshold a user set, with a test set that gives no accuracy, fails the verdict with the reason', () => {
    const verdict = judge([unlabelled()], { maxAccuracyDrop: 1 });
    expect(verdict.passed).toBe(false);
    expect(verdict.unchecked).toEqual([{
      model: 'm.h5', check: 'max-accuracy-drop',
      message: 'the test set fixtures/example/mnist_test.npz gives no accuracy for this model (no labels: the .npz has no key "y" (keys: x); accuracy is not computed), so the accuracy threshold cannot be checked',
    }]);
  });

  it('the built-in default threshold alone does not require labels; no threshold, no dataset: nothing to check', () => {
    expect(judge([unlabelled()], { maxAccuracyDrop: 1 }, {})).toEqual({ passed: true, breaches: [], errors: [] });
    const noData = unlabelled();
    delete noData.head!.dataset;
    expect(uncheckable(noData, { maxAccuracyDrop: 1 })).toEqual([]);
  });

  it('a base that could not be evaluated, or not on the test set, fails; a model with an error is an error only', () => {
    const c = { ...unlabelled(), status: 'modified' as const, baseError: 'm.h5: not an HDF5 file', baseDataError: 'data.npz: shape' };
    expect(uncheckable(c, {}).map((u) => u.check)).toEqual(['base version']);
    expect(uncheckable(c, { maxAccuracyDrop: 1 }, {}).map((u) => u.check)).toEqual(['base version', 'max-accuracy-drop']);
    expect(uncheckable({ ...c, error: 'broken' }, { maxAccuracyDrop: 1 })).toEqual([]);
  });
});
