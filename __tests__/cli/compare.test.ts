/** `evaluate --model A --model B`: two models on the same samples, B against A sample by sample. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import type { ModelPairComparison } from '../../src/results/types.js';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['evaluate', ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, cwd: process.cwd() });
  return { code, stdout, stderr };
}

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'tg-compare-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('evaluate with two models', () => {
  test('a Keras model (as float32) vs an int8 .tflite: each one\'s numbers, agreement, flips and the paired counts', async () => {
    const json = join(dir, 'pair.json');
    const { code, stdout, stderr } = await cli([
      '--model', 'fixtures/example/mnist_cnn.h5', '--model', 'fixtures/int8/mnist_int8.tflite', '--dataset', 'fixtures/example/mnist_test.npz',
      '--samples', '300', '--scale', '1/255', '--latency-runs', '0', '--workers', '1', '--json', json,
    ]);
    expect([code, stderr]).toEqual([0, '']);
    const pair = JSON.parse(readFileSync(json, 'utf8')) as ModelPairComparison;
    expect([pair.a.variants.map((v) => v.variant), pair.b.variants.map((v) => v.variant)]).toEqual([['float32'], ['int8']]);
    const [a, b] = [pair.a.variants[0]!.classification!, pair.b.variants[0]!.classification!];
    expect([a.samples, b.samples]).toEqual([300, 300]);
    const d = pair.bVsA!;
    expect(d.flipped).toBe(Math.round((1 - d.agreement!) * 300));
    // B's correct count = A's − samples only A gets right + samples only B gets right
    expect(Math.round(b.top1 * 300)).toBe(Math.round(a.top1 * 300) - d.paired!.referenceOnly + d.paired!.variantOnly);
    expect(stdout).toMatch(/^A: fixtures\/example\/mnist_cnn\.h5 \(float32\)\nB: fixtures\/int8\/mnist_int8\.tflite \(int8\)\n/);
    expect(stdout).toContain(`  same top-1 prediction: ${(d.agreement! * 100).toFixed(2)}% (${d.flipped} flipped)`);
    expect(stdout).toMatch(/ {2}accuracy: \d+\.\d\d% → \d+\.\d\d% \([^)]+\); \d+ samples? only A gets right, \d+ only B: (within|unlikely to be) sampling noise \(exact McNemar p [=<] [\d.]+\)/);
    expect(stdout).toMatch(/classes losing most \(B vs A\): /);
  });

  test('refuses the same file twice, and three models', async () => {
    const same = await cli(['--model', 'fixtures/models/dense_mlp.ref.tflite', '--model', 'fixtures/models/dense_mlp.ref.tflite']);
    expect([same.code, same.stderr.split('\n')[0]]).toEqual([2, 'tflite-gate evaluate: fixtures/models/dense_mlp.ref.tflite: both --model flags name the same file']);
    const three = await cli(['--model', 'a', '--model', 'b', '--model', 'c']);
    expect(three.stderr).toContain('--model is given 3 times; evaluate takes one model, or two to compare');
  });
});
