/** --reference on ONNX models: onnxruntime runs the source model; without it a note says so. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateModel } from '../../src/pipeline/evaluate.js';
import { runOnnxSource } from '../../src/pipeline/onnx-reference.js';
import { externalFilesBeside } from '../../src/pipeline/onnx.js';
import { seededRandom } from '../../src/util/random.js';

const ONNX = join(process.cwd(), 'fixtures', 'onnx');

describe('ONNX source reference', () => {
  it('evaluate --reference: onnxruntime accuracy and a conversion loss near zero', async () => {
    const e = await evaluateModel({ model: join(ONNX, 'tiny_cnn.onnx'), dataset: join(ONNX, 'tiny_cnn_test.npz'), variants: ['float32'], reference: true, latencyRuns: 2, workers: 1 });
    expect(e.source?.runtime).toMatch(/^onnxruntime-(node|web) /);
    expect(e.source?.classification?.top1).toBe(1);
    expect(e.source?.float32VsSource?.maxAbsDiff).toBeLessThan(1e-5);
  });

  it('says why when onnxruntime is not installed', async () => {
    const bytes = new Uint8Array(readFileSync(join(ONNX, 'tiny_mlp.onnx')));
    const dataset = { source: 'x', count: 1, inputs: [{ name: 'input', shape: [1, 20], dtype: 'float32' as const, data: new Float32Array(20) }] };
    expect(await runOnnxSource(bytes, dataset, { packages: ['no-such-onnxruntime'] })).toBe('onnxruntime is not installed (`npm install onnxruntime-web` enables the ONNX reference)');
  });

  it('gives onnxruntime-web the weights in external data files (tiny_mlp_ext): it runs, equal to the float32 .tflite', async () => {
    const random = seededRandom(4);
    const data = Float32Array.from({ length: 8 * 20 }, () => random() * 2 - 1);
    const dataset = { source: 'random', count: 8, inputs: [{ name: 'input', shape: [8, 20], dtype: 'float32' as const, data }] };
    const e = await evaluateModel({ model: join(ONNX, 'external', 'tiny_mlp_ext.onnx'), dataset, variants: ['float32'], reference: true, latencyRuns: 0, workers: 1 });
    expect(e.notes.filter((n) => n.startsWith('no source'))).toEqual([]);
    expect(e.source?.runtime).toMatch(/^onnxruntime-web /);
    expect(e.source?.float32VsSource?.maxAbsDiff).toBeLessThan(1e-4);
  });

  it('names the ONNX source in the note when onnxruntime cannot run it', async () => {
    const e = await evaluateModel({ model: join(ONNX, 'tiny_cnn.onnx'), dataset: join(ONNX, 'tiny_cnn_test_nhwc.npz'), nhwc: true, variants: ['float32'], reference: true, latencyRuns: 0, workers: 1 });
    expect(e.notes).toContain('no source (ONNX) reference: the ONNX model takes NCHW inputs and the dataset is NHWC (--nhwc)');
  });

  it('says plainly that only onnxruntime-web takes external data from memory', async () => {
    const path = join(ONNX, 'external', 'tiny_mlp_ext.onnx');
    const bytes = new Uint8Array(readFileSync(path));
    const dataset = { source: 'x', count: 1, inputs: [{ name: 'input', shape: [1, 20], dtype: 'float32' as const, data: new Float32Array(20) }] };
    const externalFiles = externalFilesBeside(path, bytes);
    expect([...externalFiles!.keys()]).toEqual(['tiny_mlp_ext.weights']);
    expect(await runOnnxSource(bytes, dataset, { packages: ['onnxruntime-node'], externalFiles })).toMatch(/^onnxruntime-web is not installed, and only it takes weights in external data files from memory/);
  });
});
