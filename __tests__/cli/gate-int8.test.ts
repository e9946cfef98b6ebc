/**
 * `tflite-gate gate` with the integer variants (node dist/cli.js in a real git repository): int8 calibrated on the
 * representative dataset for base and head, dynamic and int8 rows in the comment, the quantization facts in its
 * details, every layer's SNR in report.json, and max-int8-accuracy-drop judging the integer variants.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, makeRepo, ROOT, type Repo } from '../action/harness.js';

const CLI = process.env.TFLITE_GATE_TEST_DIST ? join(process.env.TFLITE_GATE_TEST_DIST, '..', 'cli.js') : join(ROOT, 'dist/cli.js');
let repo: Repo;

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd: repo.dir }, (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, stdout, stderr }));
  });
}

beforeAll(() => {
  const data = { 'data/test.npz': fixture('example/mnist_test.npz'), 'data/calib.npz': fixture('quantize/mnist.calib.npz') };
  repo = makeRepo({ ...data, 'models/mnist.h5': fixture('example/mnist_cnn_v2.h5') }, { 'models/mnist.h5': fixture('example/mnist_cnn.h5') });
});
afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

describe('tflite-gate gate --variants float32,dynamic,int8', () => {
  it('calibrates on the representative dataset and reports the integer variants, judged by their own limit', async () => {
    const json = join(repo.dir, 'report.json');
    const common = ['gate', '--base', repo.base, '--dataset', 'data/test.npz', '--samples', '300', '--latency-runs', '0', '--variants', 'float32,dynamic,int8', '--representative-dataset', 'data/calib.npz', '--max-size-increase', '1000'];
    const run = await cli([...common, '--json', json]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\| dynamic \|/);
    expect(run.stdout).toMatch(/\| int8 \|/);
    expect(run.stdout).toContain('Quantization, int8: 3 weight tensors int8, calibrated on 100 samples');
    expect(run.stdout).toMatch(/Quantization, int8: layers losing most \(SNR vs float32\): \w+/);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    const int8 = report.comparisons[0].head.variants.find((v: { variant: string }) => v.variant === 'int8');
    expect(int8.quantization.calibrationSource).toBe('representative dataset data/calib.npz (100 samples)');
    expect(int8.quantization.layers.length).toBeGreaterThanOrEqual(5);
    expect(int8.classification.samples).toBe(300);
    // the integer variants' own limit is a setting like the others: validated before any work
    const strict = await cli([...common, '--max-int8-accuracy-drop', '-0.0001']);
    expect(strict.code).toBe(2); // negative limits are refused by the settings table
    expect(strict.stderr).toMatch(/--max-int8-accuracy-drop must be a number >= 0/);
  });
});
