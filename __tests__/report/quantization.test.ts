import { renderMarkdown } from '../../src/report/index.js';
import { quantizationLines } from '../../src/report/quantization.js';
import type { ModelComparison, ModelEvaluation } from '../../src/results/types.js';
import { variant } from './sample.js';

function withInt8(): ModelEvaluation {
  const int8 = {
    ...variant('int8', { top1: 0.95, fileBytes: 40_000, p50: 0.8 }),
    quantization: {
      mode: 'int8' as const, quantizedWeights: 3, floatWeights: [], floatOps: ['DIV (sign): no int8 kernel in TFLite'],
      requantized: ['m/shared/Relu → CONCATENATION (cat)'], calibrationSamples: 200, unstableRanges: ['m/conv2/Relu'],
      calibrationSource: '200 test samples (seeded, seed 0), left out of every figure: 1800 evaluated',
    },
  };
  return { model: 'models/a.h5', ref: 'head', runtime: 'LiteRT.js', dataset: 'data/test.npz', variants: [variant('float32', { top1: 0.96, fileBytes: 140_000, p50: 1 }), int8], notes: [] };
}

describe('quantization in the report', () => {
  it('says what quantizing did: weights, ops kept float, requantizations, unstable calibration', () => {
    expect(quantizationLines(withInt8())).toEqual([
      'int8: 3 weight tensors int8, calibrated on 200 samples',
      'int8: kept float: DIV (sign): no int8 kernel in TFLite',
      'int8: requantized: m/shared/Relu → CONCATENATION (cat)',
      'int8: ⚠️ unstable calibration (ranges of two halves of the samples differ by more than 20%): m/conv2/Relu; use more, or more representative, samples',
    ]);
  });

  it('puts an int8 row in the model\'s table and the quantization facts in its details', () => {
    const c: ModelComparison = { path: 'models/a.h5', status: 'added', head: withInt8() };
    const md = renderMarkdown({ comparisons: [c], verdict: { passed: true, breaches: [], errors: [] }, thresholds: {}, variants: ['float32', 'int8'] } as never);
    expect(md).toMatch(/\| int8 \|/);
    expect(md).toContain('Quantization, int8: kept float: DIV (sign): no int8 kernel in TFLite');
  });
});
