import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderTable } from '../../src/report/evaluation-text.js';
import { runCli } from '../../src/cli/main.js';
import type { ModelEvaluation } from '../../src/results/types.js';

/** The evaluate command, run in-process as bin/tflite-gate.js runs it (workers need `npm run build`). */
async function cli(args: string[], isTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['evaluate', ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY,
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}

/** A text file named like a model (evaluate tells formats apart by content). */
const NOT_A_MODEL = join(mkdtempSync(join(tmpdir(), 'tg-notes-')), 'notes.h5');
writeFileSync(NOT_A_MODEL, 'hello, these are notes, not a model');

describe('tflite-gate evaluate', () => {
  test('prints variants as columns and writes the full evaluation as JSON', async () => {
    const json = join(mkdtempSync(join(tmpdir(), 'tg-cli-')), 'out.json');
    const { code, stdout, stderr } = await cli([
      '--model', 'fixtures/example/mnist_cnn.keras', '--dataset', 'fixtures/example/mnist_test.npz',
      '--samples=500', '--latency_runs', '3', '--workers', '2', '--json', json,
    ], true);
    expect(stderr).toMatch(/predict float32 \[#*\.*\] \d+\/500/); // the progress bar, on a TTY
    expect(stderr).toMatch(/latency float16 \[#{30}\] 3\/3/); // the latency phase advances its bar
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('fixtures/example/mnist_cnn.keras (working tree) on fixtures/example/mnist_test.npz');
    expect(lines.find((l) => l.startsWith('accuracy (top-1)'))).toMatch(/^accuracy \(top-1\)\s+\d+\.\d\d%\s+\d+\.\d\d%$/);
    for (const row of ['size', 'agreement vs float32', 'latency p50', 'latency p90', 'MACs', 'arena']) {
      expect(lines.some((l) => l.startsWith(row))).toBe(true);
    }
    const written = JSON.parse(readFileSync(json, 'utf8')) as ModelEvaluation;
    expect(written.variants.map((v) => v.variant)).toEqual(['float32', 'float16']);
    expect(written.variants[0]!.classification!.samples).toBe(500);
    expect(stdout).toContain((written.variants[0]!.classification!.top1 * 100).toFixed(2) + '%');
  });

  test('no progress bar when stderr is not a terminal', async () => {
    const { code, stderr } = await cli(['--model', 'fixtures/models/dense_mlp.ref.tflite', '--latency-runs', '2']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  test.each([
    [['--dataset', 'x.npz'], /--model is required/],
    [['--model', 'fixtures/example/mnist_cnn.h5', '--variants', 'float64'], /--variants must be one of float32, float16, dynamic, int8, got "float64"/],
    [['--model', 'fixtures/example/mnist_cnn.h5', '--variants', 'float32,int8'], /the int8 variant needs calibration data and there is no dataset/],
    [['--model', 'fixtures/example/mnist_cnn.h5', '--workers', '0'], /--workers must be an integer >= 1/],
    // the representative dataset named as given, not as the absolute path it was resolved to
    [['--model', 'fixtures/example/mnist_cnn.h5', '--dataset', 'fixtures/example/mnist_test.npz', '--variants', 'float32,int8', '--representative-dataset', 'README.md'],
      /^tflite-gate evaluate: README\.md: unknown dataset format/],
    [['--model', 'nope/missing.h5'], /nope\/missing\.h5: file not found\n {2}Check the --model path\./],
    [['--model', NOT_A_MODEL], new RegExp(`${NOT_A_MODEL}: byte 0: not a TFLite, Keras or ONNX model: it is neither TFLite \\(\\.tflite\\), HDF5 \\(\\.h5\\), a \\.keras zip archive nor ONNX \\(\\.onnx\\)\n {2}Pass a \\.tflite file, a Keras model\\.save\\(\\) file \\(\\.h5 or \\.keras\\) or an ONNX file \\(\\.onnx, e\\.g\\. from torch\\.onnx\\.export\\)\\.\n$`)],
  ])('bad input %j -> exit 2 with a message, no stack trace', async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the evaluate table', () => {
  test('regression: MAE, RMSE and max |error| rows; rows without a value are left out', () => {
    const evaluation: ModelEvaluation = {
      model: 'reg.h5', ref: 'working tree', runtime: 'LiteRT.js', dataset: 'reg.csv', notes: [],
      variants: [{ variant: 'float32', size: { fileBytes: 1000, gzipBytes: 500, params: 9, weightBytesByDtype: {} }, ops: {}, macs: 8, arenaBytes: 64,
        regression: { samples: 4, mae: 0.875, rmse: 1.1456439, maxAbsError: 2 } }],
    } as unknown as ModelEvaluation;
    const rows = renderTable(evaluation).split('\n').filter((l) => /^(MAE|RMSE|max \|error\||accuracy)/.test(l));
    expect(rows.map((r) => r.replace(/\s+/g, ' '))).toEqual(['MAE 0.8750', 'RMSE 1.146', 'max |error| 2.000']);
  });
});

describe('tflite-gate evaluate --json over an input', () => {
  test('creates a missing folder for --json, as convert does for --output_file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tg-json-folder-'));
    const json = join(root, 'sub', 'deeper', 'out.json');
    const { code, stderr } = await cli(['--model', 'fixtures/models/dense_mlp.ref.tflite', '--latency-runs', '0', '--json', json]);
    expect([code, stderr]).toEqual([0, '']);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toHaveProperty('variants');
    rmSync(root, { recursive: true, force: true });
  });

  test('refuses a --json path that cannot be written, before any work', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tg-json-blocked-'));
    writeFileSync(join(root, 'file'), 'x');
    const json = join(root, 'file', 'sub', 'out.json');
    const { code, stdout, stderr } = await cli(['--model', 'fixtures/models/dense_mlp.ref.tflite', '--latency-runs', '0', '--json', json]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe(`tflite-gate evaluate: ${json}: cannot write the JSON result: a part of the output path is a file, not a folder\n  Choose another --json path.\n`);
    rmSync(root, { recursive: true, force: true });
  });

  test.each([['--model', 'model.keras'], ['--dataset', 'test.npz']])('refuses --json naming the %s file (a symlink to it), before any work', async (flag, name) => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-cli-json-'));
    copyFileSync('fixtures/example/mnist_cnn.keras', join(dir, 'model.keras'));
    copyFileSync('fixtures/example/mnist_test.npz', join(dir, 'test.npz'));
    symlinkSync(join(dir, name), join(dir, 'link.json'));
    const before = readFileSync(join(dir, name));
    const { code, stderr } = await cli(['--model', join(dir, 'model.keras'), '--dataset', join(dir, 'test.npz'), '--json', join(dir, 'link.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--json names the ${flag.slice(2)} file; writing the JSON result would overwrite it`);
    expect(readFileSync(join(dir, name)).equals(before)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
