import { compareLatency, latencyStats, percentile } from '../../src/metrics/latency.js';
import { sampleIndices, seededRandom } from '../../src/util/random.js';

describe('latencyStats', () => {
  it('computes mean, sample std, min and linear-interpolated percentiles', () => {
    // sorted 1..5; mean 3; variance (4+1+0+1+4)/4 = 2.5; p90 at rank 3.6 → 4.6; p99 at rank 3.96 → 4.96.
    const s = latencyStats([5, 1, 4, 2, 3], 12, 7);
    expect(s).toEqual({ runs: 5, initMs: 12, firstMs: 7, meanMs: 3, stdMs: Math.sqrt(2.5), minMs: 1, p50Ms: 3, p90Ms: 4.6, p99Ms: expect.closeTo(4.96, 12) });
  });

  it('uses numpy linear percentiles', () => {
    const tens = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect([percentile(tens, 0), percentile(tens, 50), percentile(tens, 100)]).toEqual([1, 5.5, 10]);
    expect(percentile(tens, 90)).toBeCloseTo(9.1, 12);
    expect(latencyStats([4], 0, 0).stdMs).toBe(0);
  });
});

describe('compareLatency', () => {
  it('gives the exact ratio and a zero-width interval when head is base × 1.5 on every pair', () => {
    const base = [10, 12, 11, 30, 10.5, 11.5];
    const c = compareLatency('float32', base, base.map((t) => t * 1.5));
    expect(c.variant).toBe('float32');
    for (const v of [c.ratio, c.ciLow, c.ciHigh]) expect(v).toBeCloseTo(1.5, 12);
  });

  it('brackets the median ratio: base [1,1,1], head [1,2,3] → ratio 2, interval [1, 3]', () => {
    // A resample's head median is 1 with probability 7/27 and 3 with 7/27: both tails hold more than 2.5%.
    expect(compareLatency('float16', [1, 1, 1], [1, 2, 3])).toEqual({ variant: 'float16', ratio: 2, ciLow: 1, ciHigh: 3 });
  });

  const noisy = (random: () => number) => 10 + random() * 2 + (random() < 0.05 ? 20 : 0); // 5% GC-like spikes

  it('is deterministic for a seed and finds a 30% slowdown under the same noise', () => {
    const random = seededRandom(42);
    const base = Array.from({ length: 200 }, () => noisy(random));
    const head = Array.from({ length: 200 }, () => noisy(random));
    const a = compareLatency('float32', base, head);
    expect(compareLatency('float32', base, head)).toEqual(a);
    expect(compareLatency('float32', base, head, { seed: 2 })).not.toEqual(a);
    const slower = compareLatency('float32', base, head.map((t) => t * 1.3));
    expect(slower.ciLow).toBeGreaterThan(1.2);
  });

  it('covers a ratio of 1 in at least 90% of runs when head and base are the same noise (95% interval)', () => {
    let covered = 0;
    for (let trial = 0; trial < 40; trial++) {
      const random = seededRandom(1000 + trial);
      const base = Array.from({ length: 60 }, () => noisy(random));
      const head = Array.from({ length: 60 }, () => noisy(random));
      const c = compareLatency('float32', base, head, { resamples: 500 });
      if (c.ciLow <= 1 && c.ciHigh >= 1) covered++;
    }
    expect(covered / 40).toBeGreaterThanOrEqual(0.9);
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    // base median (2 + 3) / 2 = 2.5, head median 2 → ratio 0.8
    expect(compareLatency('float32', [10, 3, 1, 2], [2, 2, 2, 2]).ratio).toBeCloseTo(0.8, 12);
  });

  it('refuses runs that do not pair up', () => {
    expect(() => compareLatency('float32', [1, 2], [1])).toThrow('interleaved runs must pair up: 2 base vs 1 head timings');
  });
});

describe('sampleIndices', () => {
  it('picks k distinct ascending indices, the same for the same seed', () => {
    const a = Array.from(sampleIndices(100, 10, 7));
    expect(a).toEqual(Array.from(sampleIndices(100, 10, 7)));
    expect(a).not.toEqual(Array.from(sampleIndices(100, 10, 8)));
    expect(new Set(a).size).toBe(10);
    expect(a).toEqual([...a].sort((x, y) => x - y));
    expect(Array.from(sampleIndices(3, 10, 1))).toEqual([0, 1, 2]);
  });
});
