import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GateError } from '../../src/errors.js';
import { evaluateModel, type EvaluateProgress } from '../../src/pipeline/evaluate.js';
import type { ModelEvaluation } from '../../src/results/types.js';

/** Starts pool workers: needs dist/worker.js (`npm run build`, run by `npm test`). */
const EXAMPLE = join(process.cwd(), 'fixtures', 'example');
const MODELS = join(process.cwd(), 'fixtures', 'models');
const reference = JSON.parse(readFileSync(join(EXAMPLE, 'reference.json'), 'utf8')) as {
  models: Record<string, { tflite: { accuracy: number }; tflite16: { accuracy: number; flipsVsFloat32: number } }>;
};

/** What must not depend on how the samples were split between threads. */
const accuracyPart = (e: ModelEvaluation) => e.variants.map(({ variant, classification, vsFloat32, size, macs }) => ({ variant, classification, vsFloat32, size, macs }));

describe('evaluateModel', () => {
  test('the example MNIST CNN: float32 and float16 accuracy as recorded by the reference run (±0.1 pp)', async () => {
    const stages = new Set<string>();
    const evaluation = await evaluateModel({
      model: 'fixtures/example/mnist_cnn.h5',
      modelPath: join(EXAMPLE, 'mnist_cnn.h5'),
      dataset: join(EXAMPLE, 'mnist_test.npz'),
      datasetName: 'fixtures/example/mnist_test.npz',
      latencyRuns: 5,
      workers: 2,
      onProgress: (p: EvaluateProgress) => stages.add(p.stage),
    });
    const ref = reference.models.mnist_cnn!;
    const [f32, f16] = evaluation.variants;
    expect([f32!.variant, f16!.variant]).toEqual(['float32', 'float16']);
    expect(Math.abs(f32!.classification!.top1 - ref.tflite.accuracy)).toBeLessThanOrEqual(0.001);
    expect(Math.abs(f16!.classification!.top1 - ref.tflite16.accuracy)).toBeLessThanOrEqual(0.001);
    expect(f32!.classification!.samples).toBe(2000);
    expect(f16!.vsFloat32!.flipped).toBe(ref.tflite16.flipsVsFloat32);
    expect(f16!.vsFloat32!.maxAbsDiff).toBeGreaterThan(0); // float16 weights really ran
    expect(f16!.size.fileBytes).toBeLessThan(f32!.size.fileBytes * 0.6);
    expect(f32!.macs).toBeGreaterThan(0);
    expect(f32!.latency!.runs).toBe(5);
    expect(evaluation.dataset).toBe('fixtures/example/mnist_test.npz');
    expect(evaluation.runtime).toMatch(/^LiteRT\.js .* \(wasm, (relaxed-simd|compat)\)$/);
    expect(evaluation.peakRssBytes).toBeGreaterThan(10e6);
    expect([...stages]).toEqual(expect.arrayContaining(['convert', 'dataset', 'predict', 'latency']));
  });

  test('2 workers and 1 thread give the same accuracy, agreement and sizes', async () => {
    const options = { model: join(EXAMPLE, 'mnist_cnn_v2.keras'), dataset: join(EXAMPLE, 'mnist_test.npz'), samples: 400, data: { seed: 7 }, latencyRuns: 0 };
    const pooled = await evaluateModel({ ...options, workers: 2 });
    const single = await evaluateModel({ ...options, workers: 1 });
    expect(accuracyPart(pooled)).toEqual(accuracyPart(single));
    expect(pooled.variants[0]!.classification!.samples).toBe(400);
    expect(pooled.variants[0]!.latency).toBeUndefined();
    // the evaluation says how the dataset was prepared, so the run can be repeated
    expect(pooled.datasetOptions).toEqual({ samples: 400, total: 2000, seed: 7, inputs: ['key x'], labels: 'key y' });
  });

  test('a .tflite file is evaluated as it is: a float16 file is the float16 variant (written to --output-dir as is)', async () => {
    const outputDir = mkdtempSync(join(tmpdir(), 'tg-out-'));
    const file = join(MODELS, 'conv2d_pool.ref16.tflite');
    const evaluation = await evaluateModel({ model: file, latencyRuns: 3, outputDir });
    expect(evaluation.variants[0]!.tflitePath).toBe(join(outputDir, 'conv2d_pool.ref16.float16.tflite'));
    expect(readFileSync(evaluation.variants[0]!.tflitePath!).equals(readFileSync(file))).toBe(true);
    expect(readdirSync(outputDir)).toEqual(['conv2d_pool.ref16.float16.tflite']);
    expect(evaluation.variants.map((v) => v.variant)).toEqual(['float16']);
    expect(evaluation.variants[0]!.ops.DEQUANTIZE).toBeGreaterThan(0);
    expect(evaluation.variants[0]!.latency!.p50Ms).toBeGreaterThan(0);
    expect(evaluation.notes.join('\n')).toMatch(/evaluated as it is \(float16\); float32 not produced/);
  });

  test('an image folder: the class sub-folder names and the preprocessing come with the evaluation', async () => {
    const evaluation = await evaluateModel({ model: join(MODELS, 'conv2d_pool.ref.tflite'), dataset: join(process.cwd(), 'fixtures', 'data', 'images'), data: { scale: 2 / 255, offset: -1 }, latencyRuns: 0, workers: 1 });
    expect(evaluation.classNames).toEqual(['cat', 'dog']);
    expect(evaluation.datasetOptions).toEqual({ samples: 4, total: 4, scale: 2 / 255, offset: -1, inputs: ['images'], labels: 'class folders' });
    expect(evaluation.variants[0]!.classification!.samples).toBe(4);
  });

  test('an --output-dir that is a file -> a usage GateError naming it, not an internal error', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tg-out-')), 'taken');
    writeFileSync(file, 'x');
    const error = await evaluateModel({ model: join(MODELS, 'dense_mlp.ref.tflite'), latencyRuns: 0, outputDir: file }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).format()).toBe(`${file}: cannot write the float32 .tflite into the output folder (EEXIST)\n  Pass a folder with --output-dir (it is created when missing), not a file.`);
  });

  test('a corrupt .tflite -> runtime GateError naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-eval-'));
    const bad = readFileSync(join(MODELS, 'dense_mlp.ref.tflite')).subarray(0, 600);
    writeFileSync(join(dir, 'cut.tflite'), bad);
    const error = await evaluateModel({ model: 'models/cut.tflite', modelPath: join(dir, 'cut.tflite') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).kind).toBe('runtime');
    expect((error as GateError).format()).toMatch(/^models\/cut\.tflite: the TFLite runtime refused the model/);
  });

  test('a dataset that does not fit the model -> bad-dataset error naming the dataset as the user did', async () => {
    const error = await evaluateModel({
      model: join(MODELS, 'dense_mlp.ref.tflite'),
      dataset: join(EXAMPLE, 'mnist_test.npz'),
      datasetName: 'data/mnist.npz',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).kind).toBe('bad-dataset');
    expect((error as GateError).file).toBe('data/mnist.npz');
  });
});
