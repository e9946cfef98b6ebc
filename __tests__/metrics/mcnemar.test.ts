/** The exact McNemar p-value against exact binomial sums (Python's math.comb, recorded). */
import { agreementStats } from '../../src/metrics/agreement.js';
import { mcnemarExactP } from '../../src/metrics/mcnemar.js';

describe('mcnemarExactP', () => {
  it.each([
    [0, 5, 0.0625],
    [1, 9, 0.021484375],
    [10, 10, 1],
    [40, 60, 0.05688793364098079],
    [300, 360, 0.02157234823197102],
    [2, 0, 0.5],
    [0, 0, 1],
  ])('b=%i c=%i -> %f', (b, c, p) => {
    expect(mcnemarExactP(b, c)).toBeCloseTo(p, 10);
    expect(mcnemarExactP(c, b)).toBeCloseTo(p, 10);
  });
});

describe('agreementStats paired counts', () => {
  it('counts the samples only one side gets right', () => {
    // 4 samples, 2 classes; labels 0,1,0,1; float32 predicts 0,1,1,1 (3 right); variant 0,0,0,1 (3 right)
    const float32 = [0.9, 0.1, 0.1, 0.9, 0.2, 0.8, 0.3, 0.7];
    const variant = [0.9, 0.1, 0.6, 0.4, 0.7, 0.3, 0.3, 0.7];
    const stats = agreementStats(variant, float32, { numClasses: 2, labels: Int32Array.from([0, 1, 0, 1]) });
    expect(stats.paired).toEqual({ referenceOnly: 1, variantOnly: 1, p: 1 });
    expect(stats.flipped).toBe(2);
  });
});
