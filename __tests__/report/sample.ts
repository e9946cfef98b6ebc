/** Hand-written evaluation results shaped like the runtime's, for rendering tests. */
import type { ModelComparison, ModelEvaluation, VariantName, VariantResult } from '../../src/results/types.js';

interface Knobs {
  top1: number;
  fileBytes: number;
  p50: number;
  perClass?: number[];
}

export function variant(name: VariantName, k: Knobs): VariantResult {
  const f16 = name === 'float16';
  const perClass = (k.perClass ?? [k.top1, k.top1, k.top1]).map((accuracy, cls) => ({ cls, count: 100, accuracy }));
  return {
    variant: name,
    size: {
      fileBytes: k.fileBytes,
      gzipBytes: Math.round(k.fileBytes * 0.9),
      params: 34826,
      weightBytesByDtype: f16 ? { float16: 69652, float32: 40 } : { float32: 139304 },
    },
    ops: f16 ? { CONV_2D: 2, DEQUANTIZE: 5, FULLY_CONNECTED: 1, MAX_POOL_2D: 2, RESHAPE: 1, SOFTMAX: 1 } : { CONV_2D: 2, FULLY_CONNECTED: 1, MAX_POOL_2D: 2, RESHAPE: 1, SOFTMAX: 1 },
    macs: 2_345_678,
    arenaBytes: 54_321,
    classification: { samples: 300, top1: k.top1, top5: 0.999, perClass, confusion: [] },
    vsFloat32: f16
      ? { maxAbsDiff: 0.00123, meanAbsDiff: 0.0001, agreement: 0.9967, flipped: 1, classesLosingMost: [{ cls: 2, float32: 0.99, variant: 0.97 }], paired: { referenceOnly: 5, variantOnly: 1, p: 0.21875 } }
      : undefined,
    latency: { runs: 50, initMs: 3.2, firstMs: 1.1, meanMs: k.p50 * 1.02, stdMs: 0.01, minMs: k.p50 * 0.9, p50Ms: k.p50, p90Ms: k.p50 * 1.1, p99Ms: k.p50 * 1.3 },
  };
}

export function evaluation(model: string, ref: string, variants: VariantResult[]): ModelEvaluation {
  return { model, ref, runtime: 'LiteRT.js 2.5.3 (wasm, relaxed-simd)', dataset: 'fixtures/example/mnist_test.npz', variants, notes: [] };
}

/** A modified model that got bigger and lost accuracy; a new model; a deleted one; one that failed. */
export function sampleComparisons(): ModelComparison[] {
  const modified: ModelComparison = {
    path: 'models/mnist_cnn.h5',
    status: 'modified',
    base: evaluation('models/mnist_cnn.h5', 'base 1a2b3c4', [
      variant('float32', { top1: 0.99, fileBytes: 140_000, p50: 0.41, perClass: [0.99, 0.99, 0.99] }),
      variant('float16', { top1: 0.99, fileBytes: 72_000, p50: 0.43, perClass: [0.99, 0.99, 0.99] }),
    ]),
    head: evaluation('models/mnist_cnn.h5', 'head 5d6e7f8', [
      variant('float32', { top1: 0.97, fileBytes: 168_000, p50: 0.52, perClass: [0.99, 0.93, 0.99] }),
      variant('float16', { top1: 0.9567, fileBytes: 86_400, p50: 0.5, perClass: [0.99, 0.9, 0.98] }),
    ]),
    latency: [
      { variant: 'float32', ratio: 1.27, ciLow: 1.21, ciHigh: 1.33 },
      { variant: 'float16', ratio: 1.02, ciLow: 0.97, ciHigh: 1.08 },
    ],
    // 300 samples: float32 297 → 291 right, float16 297 → 287 (exact McNemar p of 8 vs 2, and of 12 vs 2)
    paired: [
      { variant: 'float32', referenceOnly: 8, variantOnly: 2, p: 0.109375 },
      { variant: 'float16', referenceOnly: 12, variantOnly: 2, p: 0.012939453125 },
    ],
  };
  const added: ModelComparison = {
    path: 'models/added.keras',
    status: 'added',
    head: evaluation('models/added.keras', 'head 5d6e7f8', [variant('float32', { top1: 0.95, fileBytes: 9000, p50: 0.05 })]),
  };
  const deleted: ModelComparison = { path: 'models/old.h5', status: 'deleted' };
  const broken: ModelComparison = {
    path: 'models/broken.h5',
    status: 'modified',
    error: 'models/broken.h5: HDF5 superblock: not an HDF5 file (bad signature at byte 0)\n  Re-save the model with model.save().',
  };
  return [modified, broken, added, deleted];
}

/** The modified model of sampleComparisons with the source (Keras) reference run on base and head. */
export function withSource(): ModelComparison {
  const [modified] = sampleComparisons();
  const source = (top1: number, flipped: number): ModelEvaluation['source'] => ({
    classification: { samples: 300, top1, perClass: [], confusion: [] },
    runtime: 'tfjs 4.22.0 (wasm)',
    float32VsSource: { maxAbsDiff: 2.384e-7, meanAbsDiff: 1.1e-8, agreement: 1 - flipped / 300, flipped },
  });
  modified.base!.source = source(0.99, 0);
  modified.head!.source = source(0.9733, 1);
  return modified;
}
