import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';

function capture(cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), isTTY: false, cwd }, out, err };
}

describe('tflite-gate inspect', () => {
  it('shows the scale, zero point and axis of every quantized tensor of an int8 model (TF\'s file)', async () => {
    const { io, out } = capture();
    expect(await runCli(['inspect', 'fixtures/quantize/mnist.int8io.tflite'], io)).toBe(0);
    const text = out.join('');
    expect(text).toMatch(/Inputs:\n {2}image +int8 +\[1, 28, 28, 1\] +signature \[-1, 28, 28, 1\], scale 1, zero point -128\n/);
    expect(text).toContain('Quantization (real = scale × (q − zero point)):');
    expect(text).toMatch(/int8 +\[32, 3, 3, 16\] +axis 0: 32 scales [\d.e-]+…[\d.e-]+, zp 0/);
    const json = capture();
    await runCli(['inspect', 'fixtures/quantize/mnist.int8io.tflite', '--json'], json.io);
    const described = JSON.parse(json.out.join('')) as { quantized: { axis?: number; scale: number[] }[]; inputs: { quantization?: object }[] };
    expect(described.inputs[0]!.quantization).toEqual({ scale: [1], zeroPoint: [-128] });
    expect(described.quantized.filter((q) => q.axis === 0).length).toBeGreaterThanOrEqual(6);
  });

  it('prints what Netron shows for a converter file', async () => {
    const { io, out } = capture();
    expect(await runCli(['inspect', 'fixtures/tflite/dense.f32.tflite'], io)).toBe(0);
    expect(out.join('')).toBe([
      'fixtures/tflite/dense.f32.tflite: 2,220 bytes, TFLite schema v3, "MLIR Converted."',
      'Minimum runtime version: 1.5.0',
      'Signatures: serving_default',
      'Inputs:',
      '  features  float32  [1, 8]  signature [-1, 8]',
      'Outputs:',
      '  output_0  float32  [1, 4]  signature [-1, 4]',
      'Operators (3):',
      '  FULLY_CONNECTED  2  v1  192 MACs',
      '  SOFTMAX          1  v1',
      'Tensors by dtype: float32 6',
      'Weights: 768 bytes (float32 768 B)',
      'Parameters: 192',
      'MACs per inference: 192',
      'Tensor arena (estimate): 128 bytes',
      '',
    ].join('\n'));
  });

  it('prints the same report as JSON with --json', async () => {
    const { io, out } = capture();
    expect(await runCli(['inspect', 'fixtures/tflite/conv.f16.tflite', '--json'], io)).toBe(0);
    const report = JSON.parse(out.join(''));
    expect(report.stats.macs).toBe(46400);
    expect(report.stats.ops.DEQUANTIZE).toBe(6);
    expect(report.opVersions.DEQUANTIZE).toEqual([3]);
    expect(report.minRuntimeVersion).toBe('1.15.0');
    expect(report.inputs).toEqual([{ name: 'image', tensor: 'serving_default_image:0', dtype: 'float32', shape: [1, 12, 12, 3], shapeSignature: [-1, 12, 12, 3] }]);
  });

  it('counts every subgraph of a model with control flow (the converter\'s LSTM as a WHILE loop)', async () => {
    const { io, out } = capture();
    expect(await runCli(['inspect', 'fixtures/tflite/lstm.f32.tflite'], io)).toBe(0);
    expect(out.join('')).toContain('Subgraphs: 3 (control flow); operators and statistics below count every subgraph');
    expect(out.join('')).toMatch(/\n {2}WHILE +1 +v1\n/);
    expect(out.join('')).toMatch(/\nOperators \(26\):\n/); // 4 in main, 3 in the condition, 19 in the body
    expect(out.join('')).toMatch(/\n {2}LOGICAL_AND +1 +v1\n/);
  });

  it('exits 2 naming the file and byte offset for a file that is not a model', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspect-'));
    writeFileSync(join(dir, 'half.tflite'), Buffer.from('TFL3TFL3TFL3'));
    const { io, err } = capture(dir);
    expect(await runCli(['inspect', 'half.tflite'], io)).toBe(2);
    expect(err.join('')).toMatch(/^tflite-gate inspect: half\.tflite: byte \d+: not a valid TFLite model/);
  });

  it('exits 2 naming the formats inspect reads for a file in none of them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspect-'));
    writeFileSync(join(dir, 'notes.tflite'), 'hello, these are notes, not a model');
    const { io, err } = capture(dir);
    expect(await runCli(['inspect', 'notes.tflite'], io)).toBe(2);
    expect(err.join('')).toBe('tflite-gate inspect: notes.tflite: byte 0: not a TFLite or ONNX model: it is neither TFLite (.tflite) nor ONNX (.onnx)\n'
      + '  Pass a .tflite file or an ONNX file (.onnx, e.g. from torch.onnx.export).\n');
  });

  it('exits 2 for a missing file or a missing argument', async () => {
    const a = capture();
    expect(await runCli(['inspect', 'no/such.tflite'], a.io)).toBe(2);
    expect(a.err.join('')).toContain('no/such.tflite: file not found');
    const b = capture();
    expect(await runCli(['inspect'], b.io)).toBe(2);
    expect(b.err.join('')).toContain('inspect takes one model file, or two to compare, got 0');
  });

  it('prints what differs between two models: operators added, dtypes, weights, runtime version', async () => {
    const { io, out } = capture();
    expect(await runCli(['inspect', 'fixtures/tflite/conv.f32.tflite', 'fixtures/tflite/conv.f16.tflite'], io)).toBe(0);
    const text = out.join('');
    expect(text).toMatch(/^A: fixtures\/tflite\/conv\.f32\.tflite\nB: fixtures\/tflite\/conv\.f16\.tflite\n/);
    expect(text).toMatch(/\n {2}DEQUANTIZE +0 → 6 +\+6 added\n/);
    expect(text).toMatch(/\nMinimum runtime version: [\d.]+ → 1\.15\.0\n/);
    expect(text).toMatch(/\nWeights: [\d,]+ → [\d,]+ bytes \(−\d+\.\d%\); float16 0 → [\d,]+ B, float32 [\d,]+ → 0 B\n/);
    expect(text).toContain('\nInputs: same\nOutputs: same\nQuantization: none in either\n');
  });

  it('the same pair as JSON: both descriptions and the differences as data', async () => {
    const { io, out } = capture();
    expect(await runCli(['inspect', 'fixtures/tflite/conv.f32.tflite', 'fixtures/tflite/conv.f16.tflite', '--json'], io)).toBe(0);
    const { a, b, diff } = JSON.parse(out.join(''));
    expect(diff.ops).toEqual([{ type: 'DEQUANTIZE', a: 0, b: 6 }]);
    expect(diff.fileBytes).toEqual({ a: a.fileBytes, b: b.fileBytes });
    expect(diff.params).toEqual({ a: a.stats.params, b: a.stats.params });
  });

  it('an int8 model: quantized I/O and tensors, shown alone and in a diff', async () => {
    const one = capture();
    expect(await runCli(['inspect', 'fixtures/int8/mnist_int8.tflite'], one.io)).toBe(0);
    expect(one.out.join('')).toContain('  image  int8  [1, 28, 28, 1]  signature [-1, 28, 28, 1], scale 0.003921568859368563, zero point -128\n');
    expect(one.out.join('')).toContain('Quantized tensors (scale, zero point): int8 11, int32 3\n');
    const two = capture();
    expect(await runCli(['inspect', 'fixtures/int8/mnist_int8.tflite', 'fixtures/int8/mnist_int8.tflite'], two.io)).toBe(0);
    expect(two.out.join('')).toContain('Operators: same\n');
    expect(two.out.join('')).toContain('Quantization: same parameters (int8 11, int32 3)\n');
  });

  it('a Keras file: says so, and how to convert it first', async () => {
    const { io, err } = capture();
    expect(await runCli(['inspect', 'fixtures/example/mnist_cnn.h5'], io)).toBe(2);
    expect(err.join('')).toBe('tflite-gate inspect: fixtures/example/mnist_cnn.h5: a Keras model file (HDF5), not a .tflite\n' +
      '  Convert it first: tflite-gate convert --keras-model-file fixtures/example/mnist_cnn.h5 --output-file fixtures/example/mnist_cnn.tflite (evaluate takes it as it is).\n');
  });
});
