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
    expect(text).toMatch(/Inputs:\n {2}\S+ +int8 +\[1, 28, 28, 1\] +signature \[-1, 28, 28, 1\], scale 1\.0000 zp -128\n/);
    expect(text).toMatch(/Quantization \(\d+ tensors; real = scale × \(q − zp\)\):/);
    expect(text).toMatch(/int8 +\[32, 3, 3, 16\] +axis 0: 32 scales [\d.]+…[\d.]+, zp 0/);
    const json = capture();
    await runCli(['inspect', 'fixtures/quantize/mnist.int8io.tflite', '--json'], json.io);
    const described = JSON.parse(json.out.join('')) as { quantized: { axis?: number; scale: number[] }[]; inputs: { quantization?: object }[] };
    expect(described.inputs[0]!.quantization).toEqual({ scale: 1, zeroPoint: -128 });
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

  it('shows the main subgraph of a model with control flow (the converter\'s LSTM as a WHILE loop)', async () => {
    const { io, out } = capture();
    expect(await runCli(['inspect', 'fixtures/tflite/lstm.f32.tflite'], io)).toBe(0);
    expect(out.join('')).toContain("Subgraphs: 3 (control flow); operators and statistics below are the main subgraph's");
    expect(out.join('')).toMatch(/\n {2}WHILE +1 +v1\n/);
  });

  it('exits 2 naming the file and byte offset for a file that is not a model', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspect-'));
    writeFileSync(join(dir, 'half.tflite'), Buffer.from('TFL3TFL3TFL3'));
    const { io, err } = capture(dir);
    expect(await runCli(['inspect', 'half.tflite'], io)).toBe(2);
    expect(err.join('')).toMatch(/^tflite-gate inspect: half\.tflite: byte \d+: not a valid TFLite model/);
  });

  it('exits 2 for a missing file or a missing argument', async () => {
    const a = capture();
    expect(await runCli(['inspect', 'no/such.tflite'], a.io)).toBe(2);
    expect(a.err.join('')).toContain('no/such.tflite: file not found');
    const b = capture();
    expect(await runCli(['inspect'], b.io)).toBe(2);
    expect(b.err.join('')).toContain('inspect takes one model file');
  });
});
