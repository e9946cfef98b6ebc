/**
 * Quantizing a trained model someone else made (../shared/real-models/mnist_cnn_k3.h5, Keras 3, see SOURCES.md
 * there; REAL_MODELS_DIR elsewhere), through the user's path: `evaluate --variants float32,dynamic,int8` on the
 * repo's 2,000 MNIST test digits scaled by 1/255 (its config has no Rescaling layer; Keras gives 99.15% that way).
 * int8 is calibrated on a seeded 200 of them, left out of every figure. Issue 11's accuracy bar against TF's own
 * int8 file is checked by `npm run bench:quantize` (it needs TF); here, without TF, each quantized variant must
 * keep the float32 file's top-1 within 0.5 pp, and agree with it on nearly every digit.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateModel } from '../../src/pipeline/evaluate.js';

const REAL = process.env.REAL_MODELS_DIR ?? join(process.cwd(), '..', 'shared', 'real-models');
const model = join(REAL, 'mnist_cnn_k3.h5');
const present = existsSync(model);
if (!present) console.warn(`SKIPPED: int8 of a real trained model (${model} is absent)`);
const maybe = present ? describe : describe.skip;

maybe('evaluate --variants float32,dynamic,int8 on a real trained Keras 3 CNN', () => {
  it('keeps top-1 within 0.5 pp of float32 on the 1,800 digits not used to calibrate', async () => {
    const result = await evaluateModel({
      model, dataset: 'fixtures/example/mnist_test.npz', data: { scale: 1 / 255 }, variants: ['float32', 'dynamic', 'int8'], latencyRuns: 0, workers: 1,
    });
    const [float32, dynamic, int8] = result.variants;
    for (const v of result.variants) expect(v.classification?.samples).toBe(1800);
    expect(float32!.classification!.top1).toBeGreaterThan(0.985);
    expect(int8!.quantization).toMatchObject({ mode: 'int8', calibrationSamples: 200, floatOps: [] });
    for (const q of [dynamic!, int8!]) {
      expect(q.classification!.top1).toBeGreaterThanOrEqual(float32!.classification!.top1 - 0.005);
      expect(q.vsFloat32!.agreement).toBeGreaterThan(0.995);
    }
  });
});
