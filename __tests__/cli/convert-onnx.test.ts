/** `tflite-gate convert` / `evaluate` on ONNX files, through the CLI entry (exit codes, messages, outputs). */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';

const ONNX = join(process.cwd(), 'fixtures', 'onnx');
let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'tg-onnx-cli-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, cwd: process.cwd() });
  return { code, out: out.join(''), err: err.join('') };
}

describe('convert an ONNX model', () => {
  it('--model_file converts float32 and float16 deterministically, --keras_model_file takes ONNX too', async () => {
    const a = join(dir, 'a.tflite');
    const r = await cli('convert', `--model_file=${join(ONNX, 'tiny_cnn.onnx')}`, `--output_file=${a}`, '--both');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/a\.tflite: float32, \d+ ops \(.*TRANSPOSE 1.*\)/);
    expect(r.out).toMatch(/a\.float16\.tflite: float16, \d+ ops \(DEQUANTIZE/);
    const b = join(dir, 'b.tflite');
    expect((await cli('convert', `--keras_model_file=${join(ONNX, 'tiny_cnn.onnx')}`, `--output_file=${b}`)).code).toBe(0);
    expect(readFileSync(a)).toEqual(readFileSync(b));
  });

  it('--nhwc: no TRANSPOSE and an NHWC input', async () => {
    const out = join(dir, 'n.tflite');
    const r = await cli('convert', `--model_file=${join(ONNX, 'mobilenet_v2_w025.onnx')}`, `--output_file=${out}`, '--nhwc');
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('TRANSPOSE');
    expect((await cli('inspect', out)).out).toMatch(/input\s+float32\s+\[1, 64, 64, 3\]/);
  });

  it('a broken file: exit 2, the file named, nothing written', async () => {
    const bad = join(dir, 'bad.onnx');
    writeFileSync(bad, readFileSync(join(ONNX, 'tiny_mlp.onnx')).subarray(0, 300));
    const out = join(dir, 'bad.tflite');
    const r = await cli('convert', `--model_file=${bad}`, `--output_file=${out}`);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${bad}: `);
    expect(existsSync(out)).toBe(false);
  });

  it('--model_file and --keras_model_file together is a usage error', async () => {
    const r = await cli('convert', '--model_file=a.onnx', '--keras_model_file=b.h5', '--output_file=o.tflite');
    expect(r.code).toBe(2);
    expect(r.err).toContain('give the model once');
  });
});

describe('inspect an ONNX model', () => {
  it('shows the float32 .tflite it converts to, NCHW input kept', async () => {
    const r = await cli('inspect', join(ONNX, 'tiny_cnn.onnx'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/input\s+float32\s+\[1, 3, 16, 16\]/);
    expect(r.out).toMatch(/TRANSPOSE\s+1\s/);
  });
});

describe('evaluate an ONNX model', () => {
  it('--nhwc: an NHWC test set (channels last) fits; without it the shapes are named', async () => {
    const json = join(dir, 'n.json');
    const args = ['evaluate', '--model', join(ONNX, 'tiny_cnn.onnx'), '--dataset', join(ONNX, 'tiny_cnn_test_nhwc.npz'), '--latency-runs', '2'];
    expect((await cli(...args, '--nhwc', '--json', json)).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8')).variants[0].classification.top1).toBe(1);
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\[16, 16, 3\].*\[3, 16, 16\]|\[3, 16, 16\].*\[16, 16, 3\]/);
  });

  it('converts in memory and runs both variants on an NCHW dataset', async () => {
    const json = join(dir, 'r.json');
    const r = await cli('evaluate', '--model', join(ONNX, 'tiny_cnn.onnx'), '--dataset', join(ONNX, 'tiny_cnn_test.npz'), '--json', json, '--latency-runs', '3');
    expect(r.code).toBe(0);
    const result = JSON.parse(readFileSync(json, 'utf8'));
    const float32 = result.variants.find((v: { variant: string }) => v.variant === 'float32');
    expect(float32.classification.top1).toBe(1);
  });
});
