/** `tflite-gate gate` on an ONNX model changed in a real git repository (base bytes come from git). */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, makeRepo, ROOT, type Repo } from '../action/harness.js';

const CLI = process.env.TFLITE_GATE_TEST_DIST ? join(process.env.TFLITE_GATE_TEST_DIST, '..', 'cli.js') : join(ROOT, 'dist/cli.js');
let repo: Repo;

beforeAll(() => {
  repo = makeRepo({ 'models/cnn.onnx': readFileSync(fixture('onnx/tiny_cnn.onnx')) }, { 'models/cnn.onnx': readFileSync(fixture('onnx/tiny_cnn_dynamo.onnx')) });
});
afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

it('gates a modified .onnx with the default models glob: head and base converted and evaluated', async () => {
  const json = join(repo.dir, 'report.json');
  const args = ['gate', '--base', repo.base, '--dataset', fixture('onnx/tiny_cnn_test.npz'), '--latency-runs', '0', '--fail-on', 'never', '--json', json];
  const run = await new Promise<{ code: number; stderr: string }>((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd: repo.dir }, (error, _stdout, stderr) => done({ code: error ? Number(error.code) : 0, stderr }));
  });
  expect([run.code, run.stderr]).toEqual([0, expect.stringContaining('1 model file(s) to check: models/cnn.onnx\n')]);
  const [comparison] = JSON.parse(readFileSync(json, 'utf8')).comparisons;
  expect(comparison).toMatchObject({ path: 'models/cnn.onnx', status: 'modified' });
  for (const side of [comparison.head, comparison.base]) {
    expect(side.variants.map((v: { variant: string }) => v.variant)).toEqual(['float32', 'float16']);
    expect(side.variants[0].classification.top1).toEqual(expect.any(Number));
  }
  expect(comparison.base.variants[0].classification.top1).toBe(1); // the dataset is labelled by the base model
});
