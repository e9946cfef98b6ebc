import { judge } from '../../src/metrics/verdict.js';
import { exceeds } from '../../src/metrics/thresholds.js';
import type { ModelComparison, ModelEvaluation, VariantName, VariantResult } from '../../src/results/types.js';

function variant(name: VariantName, top1: number, fileBytes: number, maxAbsDiff?: number): VariantResult {
  return {
    variant: name,
    size: { fileBytes, gzipBytes: fileBytes, params: 0, weightBytesByDtype: {} },
    ops: {},
    macs: 0,
    arenaBytes: 0,
    classification: { samples: 100, top1, perClass: [], confusion: [] },
    vsFloat32: maxAbsDiff === undefined ? undefined : { maxAbsDiff, meanAbsDiff: maxAbsDiff / 10 },
  };
}

function evaluation(variants: VariantResult[]): ModelEvaluation {
  return { model: 'models/a.h5', ref: 'head', runtime: 'test', variants, notes: [] };
}

const base = evaluation([variant('float32', 0.98, 1000), variant('float16', 0.98, 500, 0.001)]);

describe('judge', () => {
  it('passes when nothing is past a threshold, including values exactly at the limit', () => {
    // float16 is 0.99 - 0.98 = 1 pp below float32: exactly at the 1 pp limit, not past it.
    const head = evaluation([variant('float32', 0.99, 1100), variant('float16', 0.98, 550, 0.01)]);
    const c: ModelComparison = { path: 'models/a.h5', status: 'modified', base, head, latency: [{ variant: 'float32', ratio: 1.2, ciLow: 1.1, ciHigh: 1.3 }] };
    const v = judge([c], { maxAccuracyDrop: 1, maxSizeIncrease: 10, maxLatencyIncrease: 10, maxOutputDiff: 0.01 });
    expect(v).toEqual({ passed: true, breaches: [], errors: [] });
  });

  it('reports every breach with model, variant, input name, limit, actual and message', () => {
    // float16 vs float32: 97% vs 99% = 2 pp; float16 head vs base: 98% -> 97% = 1 pp; size 500 -> 600 = +20%.
    const head = evaluation([variant('float32', 0.99, 1000), variant('float16', 0.97, 600, 0.05)]);
    const latency = [{ variant: 'float16' as const, ratio: 1.5, ciLow: 1.25, ciHigh: 1.75 }];
    const c: ModelComparison = { path: 'models/a.h5', status: 'modified', base, head, latency };
    const v = judge([c], { maxAccuracyDrop: 0.5, maxSizeIncrease: 10, maxLatencyIncrease: 20, maxOutputDiff: 0.01 });
    expect(v.passed).toBe(false);
    expect(v.breaches.map((b) => [b.variant, b.threshold, b.limit, Number(b.actual.toFixed(6))])).toEqual([
      ['float16', 'max-accuracy-drop', 0.5, 2],
      ['float16', 'max-output-diff', 0.01, 0.05],
      ['float16', 'max-accuracy-drop', 0.5, 1],
      ['float16', 'max-size-increase', 10, 20],
      ['float16', 'max-latency-increase', 20, 50],
    ]);
    expect(v.breaches.every((b) => b.model === 'models/a.h5')).toBe(true);
    expect(v.breaches.map((b) => b.message)).toEqual([
      'float16 top-1 accuracy is 2.00 pp below float32 (97.00% vs 99.00%); limit 0.5 pp',
      'float16 max abs output difference vs float32 is 0.05; limit 0.01',
      'float16 top-1 accuracy dropped 1.00 pp vs base (97.00% vs 98.00%); limit 0.5 pp',
      'float16 file grew 20.0% vs base (500 → 600 bytes); limit 10%',
      'float16 latency rose 50.0% vs base (CI +25.0% to +75.0%, whole interval past the limit); limit 20%',
    ]);
  });

  it('holds dynamic and int8 to max-int8-accuracy-drop vs float32 when set, to max-accuracy-drop otherwise', () => {
    // vs float32 99%: float16 98% (1 pp), dynamic 97.5% (1.5 pp), int8 96% (3 pp)
    const head = evaluation([variant('float32', 0.99, 1000), variant('float16', 0.98, 500), variant('dynamic', 0.975, 300), variant('int8', 0.96, 250)]);
    const c: ModelComparison = { path: 'm.h5', status: 'added', head };
    const own = judge([c], { maxAccuracyDrop: 0.5, maxInt8AccuracyDrop: 2 });
    expect(own.breaches.map((b) => [b.variant, b.threshold, b.limit])).toEqual([['float16', 'max-accuracy-drop', 0.5], ['int8', 'max-int8-accuracy-drop', 2]]);
    const shared = judge([c], { maxAccuracyDrop: 2 });
    expect(shared.breaches.map((b) => [b.variant, b.threshold])).toEqual([['int8', 'max-accuracy-drop']]);
  });

  it('does not count a latency regression whose confidence interval reaches below the limit', () => {
    const head = evaluation([variant('float32', 0.98, 1000)]);
    const latency = [{ variant: 'float32' as const, ratio: 1.4, ciLow: 1.09, ciHigh: 1.8 }];
    const v = judge([{ path: 'm.h5', status: 'modified', base, head, latency }], { maxLatencyIncrease: 10 });
    expect(v.passed).toBe(true);
  });

  it('skips head-vs-base checks for an added model and skips unset thresholds', () => {
    const head = evaluation([variant('float32', 0.5, 99999), variant('float16', 0.1, 99999, 9)]);
    expect(judge([{ path: 'new.h5', status: 'added', head }], { maxSizeIncrease: 1 }).passed).toBe(true);
    const v = judge([{ path: 'new.h5', status: 'added', head }], { maxAccuracyDrop: 1 });
    expect(v.breaches.map((b) => b.threshold)).toEqual(['max-accuracy-drop']);
  });

  it('lists model errors and fails the verdict', () => {
    const v = judge([{ path: 'bad.h5', status: 'modified', error: 'bad.h5: not an HDF5 file' }, { path: 'ok.h5', status: 'deleted', base }], {});
    expect(v).toEqual({ passed: false, breaches: [], errors: [{ model: 'bad.h5', message: 'bad.h5: not an HDF5 file' }] });
  });

  it('treats NaN as past any limit', () => {
    expect(exceeds(NaN, 1)).toBe(true);
    expect(exceeds(1.0000000000000009, 1)).toBe(false);
    expect(exceeds(1.001, 1)).toBe(true);
  });
});
