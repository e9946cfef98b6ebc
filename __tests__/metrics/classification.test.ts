import { argmaxRows, classificationStats, topKAccuracy } from '../../src/metrics/classification.js';
import { agreementStats } from '../../src/metrics/agreement.js';
import { regressionStats } from '../../src/metrics/regression.js';

describe('classificationStats', () => {
  // s0 label 1 → predicted 1 (right); s1 label 1 → tie 0.5/0.5, first maximum 0 (wrong);
  // s2 label 0 → predicted 2 (wrong); s3 label 0 → predicted 0 (right).
  const outputs = [0.1, 0.7, 0.2, 0.5, 0.5, 0.0, 0.2, 0.3, 0.5, 0.9, 0.05, 0.05];
  const labels = Int32Array.from([1, 1, 0, 0]);

  it('computes top-1, per-class accuracy and the [true][predicted] confusion matrix', () => {
    expect(classificationStats(outputs, 3, labels)).toEqual({
      samples: 4,
      top1: 0.5,
      perClass: [
        { cls: 0, count: 2, accuracy: 0.5 },
        { cls: 1, count: 2, accuracy: 0.5 },
      ],
      confusion: [
        [1, 0, 1],
        [1, 1, 0],
        [0, 0, 0],
      ],
    });
  });

  it('computes top-5 with 7 classes, ties ranked by class index', () => {
    const scores = [0, 1, 2, 3, 4, 5, 6, 1, 1, 1, 1, 1, 1, 1];
    // s0: label 2 has 4 classes above it → in top-5. s1 all tied: label 5 has classes 0..4 before it → not.
    const s = classificationStats(scores, 7, Int32Array.from([2, 5]));
    expect([s.top1, s.top5]).toEqual([0, 0.5]);
    expect(topKAccuracy(scores, 7, Int32Array.from([1, 4]), 5)).toBe(0.5);
  });

  it('never counts a NaN score as right and never lets NaN win the argmax', () => {
    expect(topKAccuracy([NaN, 0, 0], 3, Int32Array.from([0]), 1)).toBe(0);
    expect(Array.from(argmaxRows([NaN, 0.2, 0.9, 0.1], 4))).toEqual([2]);
  });

  it('refuses outputs that do not fit samples × classes', () => {
    expect(() => classificationStats([1, 2, 3], 2, Int32Array.from([0, 1]))).toThrow('outputs hold 3 values, expected 2 samples × 2 classes');
  });
});

describe('agreementStats', () => {
  const float32 = [0.1, 0.7, 0.2, 0.6, 0.3, 0.1, 0.2, 0.3, 0.5];
  const variant = [0.1, 0.6, 0.3, 0.2, 0.7, 0.1, 0.25, 0.3, 0.45];

  it('gives max and mean absolute difference over every element', () => {
    // |diff| = 0, .1, .1, .4, .4, 0, .05, 0, .05 → max 0.4, mean 1.1 / 9.
    const a = agreementStats(variant, float32);
    expect(a.maxAbsDiff).toBeCloseTo(0.4, 12);
    expect(a.meanAbsDiff).toBeCloseTo(1.1 / 9, 12);
    expect(a.agreement).toBeUndefined();
  });

  it('counts flipped top-1 predictions and the classes losing most', () => {
    // float32 predicts 1, 0, 2 (all right for labels 1, 0, 2); the variant predicts 1, 1, 2: sample 1 flipped.
    const a = agreementStats(variant, float32, { numClasses: 3, labels: Int32Array.from([1, 0, 2]) });
    expect([a.flipped, a.agreement]).toEqual([1, 2 / 3]);
    expect(a.classesLosingMost).toEqual([{ cls: 0, float32: 1, variant: 0 }]);
  });

  it('makes the differences NaN when an output is NaN', () => {
    expect(agreementStats([NaN, 1], [0, 0]).maxAbsDiff).toBeNaN();
  });
});

describe('regressionStats', () => {
  it('computes MAE, RMSE and max abs error', () => {
    // errors −0.5, 0, 1, −2 → MAE 3.5/4, RMSE √(5.25/4), max 2.
    const r = regressionStats([1, 2, 3, 4], [1.5, 2, 2, 6], 4);
    expect(r).toEqual({ samples: 4, mae: 0.875, rmse: Math.sqrt(1.3125), maxAbsError: 2 });
  });
});

describe('NaN outputs', () => {
  it('makes regression errors NaN', () => {
    const r = regressionStats([1, NaN], [1, 2], 2);
    expect([r.mae, r.rmse, r.maxAbsError]).toEqual([NaN, NaN, NaN]);
  });
});
