/** The evaluate command's text: classes losing most accuracy, and the full per-class table. */
import { describeClassLosses, renderEvaluation, renderPerClass } from '../../src/report/evaluation-text.js';
import type { ClassificationStats, ModelEvaluation, VariantName, VariantResult } from '../../src/results/types.js';

const stats = (accuracies: number[]): ClassificationStats => ({
  samples: accuracies.length * 10,
  top1: accuracies.reduce((a, b) => a + b, 0) / accuracies.length,
  perClass: accuracies.map((accuracy, cls) => ({ cls, count: 10, accuracy })),
  confusion: [],
});

const variant = (name: VariantName, accuracies: number[]): VariantResult => ({
  variant: name, size: { fileBytes: 100, gzipBytes: 90, params: 10, weightBytesByDtype: {} }, ops: {}, macs: 1, arenaBytes: 1, classification: stats(accuracies),
});

const evaluation = (extra: Partial<ModelEvaluation> = {}): ModelEvaluation => ({
  model: 'm.h5', ref: 'working tree', runtime: 'LiteRT.js', dataset: 'd.npz', notes: [],
  variants: [variant('float32', [1, 0.9, 0.8]), variant('float16', [1, 0.7, 0.8]), variant('int8', [0.9, 0.6, 0.8])],
  ...extra,
});

describe('evaluate text', () => {
  it('names the classes losing most per variant vs float32, largest drop first, with class names when known', () => {
    expect(describeClassLosses(evaluation({ classNames: ['cat', 'dog', 'eel'] }))).toEqual([
      'classes losing most accuracy:',
      '  float16 vs float32:  dog (1) 90.00% → 70.00% (−20.00 pp)',
      '  int8 vs float32:     dog (1) 90.00% → 60.00% (−30.00 pp), cat (0) 100.00% → 90.00% (−10.00 pp)',
    ]);
  });

  it('adds float32 vs the source model with --reference, and says when no class loses', () => {
    const e = evaluation({ variants: [variant('float32', [1, 0.9, 0.8]), variant('float16', [1, 0.9, 0.8])], source: { classification: stats([1, 0.9, 0.9]) } });
    expect(describeClassLosses(e)).toEqual([
      'classes losing most accuracy:',
      '  float16 vs float32:  no class loses accuracy',
      '  float32 vs source:   2 90.00% → 80.00% (−10.00 pp)',
    ]);
  });

  it('--per-class prints every class with the change vs float32', () => {
    expect(renderPerClass(evaluation({ source: { classification: stats([1, 1, 0.8]) } }))).toEqual([
      'per-class accuracy (change vs float32 in pp):',
      'class  samples            source  float32          float16             int8',
      '─────  ───────  ────────────────  ───────  ───────────────  ───────────────',
      '0           10           100.00%  100.00%          100.00%  90.00% (−10.00)',
      '1           10  100.00% (+10.00)   90.00%  70.00% (−20.00)  60.00% (−30.00)',
      '2           10            80.00%   80.00%           80.00%           80.00%',
    ]);
    expect(renderEvaluation(evaluation())).not.toContain('per-class accuracy');
    expect(renderEvaluation(evaluation(), { perClass: true })).toContain('per-class accuracy');
  });

  it('says nothing about classes for a model without classification', () => {
    const e = evaluation({ variants: [{ ...variant('float32', []), classification: undefined }] });
    expect([describeClassLosses(e), renderPerClass(e)]).toEqual([[], []]);
  });
});
