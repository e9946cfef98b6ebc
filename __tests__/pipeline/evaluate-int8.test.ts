/**
 * evaluate with the dynamic and int8 variants: int8 calibrated on a seeded subset of the test set that is
 * then left out of every variant's figures (the note says so), or on a representative dataset (all test
 * samples evaluated).
 */
import { evaluateModel } from '../../src/pipeline/evaluate.js';

const model = 'fixtures/example/mnist_cnn.h5';
const dataset = 'fixtures/example/mnist_test.npz';

describe('evaluate --variants float32,dynamic,int8', () => {
  it('calibrates int8 on 100 of 500 test samples and evaluates every variant on the other 400', async () => {
    const result = await evaluateModel({ model, dataset, samples: 500, variants: ['float32', 'dynamic', 'int8'], latencyRuns: 0, workers: 1 });
    expect(result.variants.map((v) => v.variant)).toEqual(['float32', 'dynamic', 'int8']);
    for (const v of result.variants) expect(v.classification?.samples).toBe(400);
    const int8 = result.variants[2]!;
    expect(int8.quantization).toMatchObject({ mode: 'int8', quantizedWeights: 3, calibrationSamples: 100, floatOps: [] });
    expect(result.notes).toContain('int8 calibrated on 100 test samples (seeded, seed 0), left out of every figure: 400 evaluated');
    expect(int8.classification!.top1).toBeGreaterThan(result.variants[0]!.classification!.top1 - 0.02);
    expect(result.variants[1]!.quantization).toMatchObject({ mode: 'dynamic', quantizedWeights: 2 });
  });

  it('calibrates on a representative dataset when given one, and evaluates every test sample', async () => {
    const result = await evaluateModel({
      model, dataset, samples: 300, variants: ['float32', 'int8'], latencyRuns: 0, workers: 1,
      int8: { dataset: 'fixtures/quantize/mnist.calib.npz', datasetName: 'mnist.calib.npz' },
    });
    for (const v of result.variants) expect(v.classification?.samples).toBe(300);
    expect(result.variants[1]!.quantization!.calibrationSource).toBe('representative dataset mnist.calib.npz (100 samples)');
  });
});
