/**
 * `tflite-gate convert` / `evaluate` on ONNX files, through the CLI entry (exit codes, messages, outputs); the
 * quantized variants of tiny_cnn (int8 calibrated on a representative dataset from fixtures/onnx, dynamic)
 * run with outputs close to float32's (a top-1 flips only where float32's own margin is within the error).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { parseNpz } from '../../src/data/npz.js';
import { predictInProcess } from '../../src/runtime/pool.js';

const ONNX = join(process.cwd(), 'fixtures', 'onnx');
const MODEL = join(ONNX, 'tiny_cnn.onnx');
const DATA = join(ONNX, 'tiny_cnn_test.npz');
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

/** The .tflite's outputs on the test set's 32 NCHW images, one sample at a time. */
async function outputs(file: string): Promise<Float32Array> {
  const x = parseNpz(new Uint8Array(readFileSync(DATA)), DATA, { xKeys: ['x'], yKey: 'y' }).inputs[0]!;
  const data = Float32Array.from(x.data as ArrayLike<number>);
  const [out] = await predictInProcess({ bytes: new Uint8Array(readFileSync(file)), file, inputs: [{ data, sampleSize: data.length / 32 }], count: 32 });
  return Float32Array.from(out!.data as ArrayLike<number>);
}

const top1 = (o: Float32Array, classes: number) => Array.from({ length: o.length / classes }, (_, s) => {
  const row = Array.from(o.subarray(s * classes, (s + 1) * classes));
  return row.indexOf(Math.max(...row));
});

/** Top-1 minus top-2 output of sample s. */
function margin(o: Float32Array, s: number, classes: number): number {
  const row = Array.from(o.subarray(s * classes, (s + 1) * classes)).sort((a, b) => b - a);
  return row[0]! - row[1]!;
}

describe('quantized ONNX variants', () => {
  it('convert --quantize=int8 (calibrated on the fixture set) and --quantize=dynamic run close to float32', async () => {
    const files = { float32: join(dir, 'f.tflite'), int8: join(dir, 'q.tflite'), dynamic: join(dir, 'd.tflite') };
    expect((await cli('convert', `--model_file=${MODEL}`, `--output_file=${files.float32}`)).code).toBe(0);
    const q = await cli('convert', `--model_file=${MODEL}`, `--output_file=${files.int8}`, '--quantize=int8', `--representative_dataset=${DATA}`);
    expect(q).toMatchObject({ code: 0, err: '' });
    expect(q.out).toMatch(/q\.tflite: int8, \d+ ops \(.*QUANTIZE.*\)/);
    expect((await cli('convert', `--model_file=${MODEL}`, `--output_file=${files.dynamic}`, '--quantize=dynamic')).code).toBe(0);
    const f = await outputs(files.float32);
    const scale = Math.max(...f.map(Math.abs));
    const classes = f.length / 32;
    for (const [variant, tolerance] of [['int8', 0.1], ['dynamic', 0.01]] as const) {
      const o = await outputs(files[variant]);
      const diff = o.map((v, i) => Math.abs(v - f[i]!) / scale);
      expect({ variant, maxDiff: Math.max(...diff) < tolerance }).toEqual({ variant, maxDiff: true });
      // random-weight logits are close together: a sample may flip only when float32's own margin is within the error
      const flipped = top1(o, classes).flatMap((c, s) => (c === top1(f, classes)[s] ? [] : [margin(f, s, classes) / scale]));
      expect(flipped.filter((m) => m > 2 * Math.max(...diff))).toEqual([]);
      expect(flipped.length).toBeLessThanOrEqual(variant === 'int8' ? 6 : 0);
    }
  });

  it('evaluate --variants float32,dynamic,int8: every variant runs, accuracy close to float32', async () => {
    const json = join(dir, 'e.json');
    const r = await cli('evaluate', '--model', MODEL, '--dataset', DATA, '--variants', 'float32,dynamic,int8', '--representative-dataset', DATA, '--json', json, '--latency-runs', '1');
    expect(r.code).toBe(0);
    const result = JSON.parse(readFileSync(json, 'utf8')) as { variants: { variant: string; classification: { top1: number }; size: { fileBytes: number } }[] };
    expect(result.variants.map((v) => v.variant)).toEqual(['float32', 'dynamic', 'int8']);
    const [float32, dynamic, int8] = result.variants;
    expect(float32!.classification.top1).toBe(1);
    expect(dynamic!.classification.top1).toBe(1);
    // int8 flips only the samples float32 itself barely separates (see above): 27 of 32 here
    expect(int8!.classification.top1).toBeGreaterThanOrEqual(0.8);
    for (const v of [dynamic!, int8!]) {
      expect(v.size.fileBytes).toBeLessThan(float32!.size.fileBytes);
    }
  });
});
