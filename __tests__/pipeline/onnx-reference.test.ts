/** --reference on ONNX models: onnxruntime runs the source model; without it a note says so. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateModel } from '../../src/pipeline/evaluate.js';
import { runOnnxSource } from '../../src/pipeline/onnx-reference.js';

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
    expect(await runOnnxSource(bytes, dataset, undefined, ['no-such-onnxruntime'])).toBe('onnxruntime is not installed (`npm install onnxruntime-web` enables the ONNX reference)');
  });
});
