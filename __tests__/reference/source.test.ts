/**
 * --reference on the bundled example: the source model's accuracy, computed by tfjs-layers from the
 * parsed Keras file, equals the accuracy Keras itself recorded (fixtures/example/reference.json), and
 * the conversion loss (float32 .tflite vs source) is tiny; a .tflite file has no source model (a note).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from '../../src/data/load.js';
import type { Dataset } from '../../src/data/types.js';
import { convertBytes } from '../../src/pipeline/convert.js';
import { evaluateSource } from '../../src/pipeline/reference.js';
import { describeSource } from '../../src/report/evaluation-text.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { predictInProcess } from '../../src/runtime/pool.js';
import type { OutputBlock } from '../../src/runtime/predict.js';
import { percent } from '../../src/report/format.js';

const EXAMPLE = join(process.cwd(), 'fixtures', 'example');
const recorded = JSON.parse(readFileSync(join(EXAMPLE, 'reference.json'), 'utf8')) as {
  models: Record<string, { keras: { accuracy: number }; tflite: { accuracy: number } }>;
};

async function example(file: string): Promise<{ bytes: Uint8Array; tflite: Uint8Array; dataset: Dataset; float32: OutputBlock[] }> {
  const bytes = new Uint8Array(readFileSync(join(EXAMPLE, file)));
  const tflite = (await convertBytes(bytes, file)).variants[0]!.data;
  const interpreter = await loadInterpreter(tflite, { file });
  const inputs = interpreter.inputs.map((d) => ({ name: d.name, shape: d.shape, dtype: d.dtype }));
  interpreter.dispose();
  const dataset = await loadDataset(join(EXAMPLE, 'mnist_test.npz'), inputs);
  const float32 = await predictInProcess({
    bytes: tflite, file, count: dataset.count,
    inputs: dataset.inputs.map((i) => ({ data: i.data, sampleSize: i.data.length / dataset.count })),
  });
  return { bytes, tflite, dataset, float32 };
}

describe('evaluateSource (--reference)', () => {
  it.each(['mnist_cnn.h5', 'mnist_cnn_v2.keras'])('%s: source accuracy as Keras recorded it, conversion loss tiny', async (file) => {
    const { bytes, dataset, float32 } = await example(file);
    const notes: string[] = [];
    const source = await evaluateSource({ model: file, bytes, dataset, float32, notes });
    const keras = recorded.models[file.replace(/\.(h5|keras)$/, '')]!.keras.accuracy;
    expect(source!.classification!.samples).toBe(2000);
    expect(Math.abs(source!.classification!.top1 - keras)).toBeLessThanOrEqual(0.001);
    expect(source!.runtime).toMatch(/^tfjs \d+\.\d+\.\d+ \((wasm|cpu|tensorflow)\)$/);
    expect(source!.float32VsSource!.maxAbsDiff).toBeLessThan(1e-4);
    expect(source!.float32VsSource!.flipped).toBe(0);
    expect(notes).toEqual([]);
    const text = describeSource({ model: file, ref: 'working tree', runtime: 'LiteRT.js', variants: [], notes: [], source }).join('\n');
    expect(text).toContain(`accuracy (top-1): ${percent(source!.classification!.top1)}`);
    expect(text).toMatch(/conversion loss, float32 vs source: max \|diff\| \d\.\d\de-\d+, mean .*, same top-1 100(\.0+)?% \(0 flipped\)/);
  });

  it('a .tflite model has no source: undefined and a note', async () => {
    const { tflite, dataset } = await example('mnist_cnn.h5');
    const notes: string[] = [];
    expect(await evaluateSource({ model: 'm.tflite', bytes: tflite, dataset, notes })).toBeUndefined();
    expect(notes).toEqual([expect.stringContaining('--reference needs the source model (.h5/.keras/.onnx)')]);
  });

  it('reports a conversion loss when the .tflite disagrees with the source (the check can fail)', async () => {
    const { bytes, dataset, float32 } = await example('mnist_cnn.h5');
    const shifted = float32.map((b) => ({ ...b, data: b.data.map((v, i) => (i % 10 === 3 ? v + 0.5 : v)) }));
    const source = await evaluateSource({ model: 'mnist_cnn.h5', bytes, dataset, float32: shifted, notes: [] });
    expect(source!.float32VsSource!.maxAbsDiff).toBeGreaterThan(0.49);
    expect(source!.float32VsSource!.flipped).toBeGreaterThan(0);
  });
});
