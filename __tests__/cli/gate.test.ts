/** `tflite-gate gate` run as a user runs it (node dist/cli.js) in a real git repository. */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, makeRepo, ROOT, type Repo } from '../action/harness.js';

const CLI = process.env.TFLITE_GATE_TEST_DIST ? join(process.env.TFLITE_GATE_TEST_DIST, '..', 'cli.js') : join(ROOT, 'dist/cli.js');
let repo: Repo;

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd: join(repo.dir, 'models') }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

beforeAll(() => {
  repo = makeRepo(
    { 'models/net.tflite': fixture('models/dense_mlp.ref.tflite'), 'models/same.tflite': fixture('models/activations.ref.tflite') },
    { 'models/net.tflite': fixture('models/conv2d_pool.ref.tflite') },
  );
});
afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

describe('tflite-gate gate', () => {
  it('gates the models changed since --base (unchanged ones are counted, not evaluated) and exits 1 on a breach', async () => {
    const json = join(repo.dir, 'report.json');
    const run = await cli(['gate', '--base', repo.base, '--models', '**/*.tflite', '--latency-runs', '0', '--max-size-increase', '5', '--json', json]);
    expect([run.code, run.stderr]).toEqual([1, expect.stringContaining('1 model file(s) to check: models/net.tflite (1 unchanged, not evaluated)\n')]);
    expect(run.stderr).toContain('models/net.tflite (modified): evaluated in');
    expect(run.stderr).not.toContain('models/same.tflite');
    expect(run.stdout).toMatch(/^## ❌ tflite-gate: 1 of 1 model failed — 1 threshold breach\n/);
    expect(run.stdout).toContain(`The working tree compared with \`${repo.base.slice(0, 7)}\`. 1 other model matching \`**/*.tflite\` is unchanged and not evaluated.\n`);
    expect(run.stdout).toContain('`max-size-increase`: float32 file grew');
    expect(JSON.parse(readFileSync(json, 'utf8')).comparisons).toEqual([expect.objectContaining({ path: 'models/net.tflite', status: 'modified' })]);
  });

  it('checks nothing when no matching model changed since --base', async () => {
    const run = await cli(['gate', '--models', '**/*.tflite', '--latency-runs', '0']);
    expect([run.code, run.stderr]).toEqual([0, '0 model file(s) to check (2 unchanged, not evaluated)\n']);
    expect(run.stdout).toContain('## ✅ tflite-gate: no changed model files to check\n\nThe working tree compared with');
    expect(run.stdout).toContain('2 other models matching `**/*.tflite` are unchanged and not evaluated.');
  });

  it('counts untracked models (not ignored ones) and uncommitted deletions as changes', async () => {
    writeFileSync(join(repo.dir, '.gitignore'), 'models/ignored.tflite\n');
    copyFileSync(fixture('models/dense_mlp.ref.tflite'), join(repo.dir, 'models/ignored.tflite'));
    copyFileSync(fixture('models/dense_mlp.ref.tflite'), join(repo.dir, 'models/new.tflite'));
    rmSync(join(repo.dir, 'models/same.tflite'));
    try {
      const json = join(repo.dir, 'untracked.json');
      const run = await cli(['gate', '--models', '**/*.tflite', '--latency-runs', '0', '--json', json]);
      expect([run.code, run.stderr]).toEqual([0, expect.stringContaining('2 model file(s) to check: models/new.tflite, models/same.tflite (1 unchanged, not evaluated)\n')]);
      const statuses = JSON.parse(readFileSync(json, 'utf8')).comparisons.map((c: { path: string; status: string }) => [c.path, c.status]);
      expect(statuses).toEqual([['models/new.tflite', 'added'], ['models/same.tflite', 'deleted']]);
    } finally {
      for (const f of ['.gitignore', 'models/ignored.tflite', 'models/new.tflite']) rmSync(join(repo.dir, f));
      copyFileSync(fixture('models/activations.ref.tflite'), join(repo.dir, 'models/same.tflite'));
    }
  });

  it('compares uncommitted changes with HEAD by default; --fail-on never reports only', async () => {
    copyFileSync(fixture('models/transpose_upsample.ref.tflite'), join(repo.dir, 'models/net.tflite'));
    try {
      const run = await cli(['gate', '--models', '**/*.tflite', '--latency-runs', '0', '--max-size-increase', '5', '--fail-on', 'never']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^## ❌ tflite-gate: 1 of 1 model failed/);
      expect(run.stdout).toContain(`The working tree compared with \`HEAD @ ${repo.head.slice(0, 7)}\`.`);
      expect(run.stdout).toContain('12.6 KiB → 13.5 KiB (+7.6% 🔺)');
    } finally {
      copyFileSync(fixture('models/conv2d_pool.ref.tflite'), join(repo.dir, 'models/net.tflite'));
    }
  });

  it('reports an unreadable model in its own section and names its path once in the log', async () => {
    const broken = join(repo.dir, 'models/broken.tflite');
    writeFileSync(broken, 'not a model');
    try {
      const run = await cli(['gate', '--models', '**/*.tflite', '--latency-runs', '0']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^warning: models\/broken\.tflite: [^\n]*\n/m);
      expect(run.stderr).not.toContain('models/broken.tflite: models/broken.tflite');
      expect(run.stdout).toContain('### ❌ `models/broken.tflite`');
    } finally {
      rmSync(broken);
    }
  });

  it('names a bad flag or ref, with exit code 2', async () => {
    expect(await cli(['gate', '--max-size-increase', 'big'])).toMatchObject({ code: 2, stderr: 'tflite-gate gate: --max-size-increase must be a number >= 0, got "big"\n' });
    expect(await cli(['gate', '--base', 'no-such-ref'])).toMatchObject({ code: 2, stderr: 'tflite-gate gate: --base "no-such-ref" names no commit in this repository\n' });
    const taken = join(repo.dir, 'models', 'net.tflite');
    expect(await cli(['gate', '--output-dir', taken])).toMatchObject({
      code: 2, stdout: '', stderr: `tflite-gate gate: ${taken}: --output-dir names a file, not a folder\n  Give --output-dir a folder (it is created when missing).\n`,
    });
    const hint = '  Dataset paths are relative to the repository root; commit or generate the dataset before the gate runs.\n';
    // a flag's path is relative to the current folder (here models/), shown repository-relative
    expect(await cli(['gate', '--dataset', 'data/none.npz'])).toEqual({
      code: 2, stdout: '', stderr: `tflite-gate gate: --dataset: "models/data/none.npz" does not exist (looked for ${join(repo.dir, 'models/data/none.npz')})\n  Commit or generate the dataset before the gate runs.\n`,
    });
    writeFileSync(join(repo.dir, 'gate.yml'), 'models:\n  - path: "**"\n    dataset: data/audio\n');
    try {
      expect(await cli(['gate', '--config', '../gate.yml'])).toEqual({
        code: 2, stdout: '', stderr: `tflite-gate gate: gate.yml: models[0].dataset: "data/audio" does not exist (looked for ${join(repo.dir, 'data/audio')})\n${hint}`,
      });
    } finally {
      rmSync(join(repo.dir, 'gate.yml'));
    }
    const blocked = join(taken, 'report.json');
    expect(await cli(['gate', '--json', blocked])).toMatchObject({
      code: 2, stdout: '', stderr: `tflite-gate gate: ${blocked}: cannot write the report: a part of the output path is a file, not a folder\n  Choose another --json path.\n`,
    });
  });
});

describe('tflite-gate gate, a pull request that repairs a broken model', () => {
  let fixed: Repo;
  beforeAll(() => {
    fixed = makeRepo({ 'models/net.tflite': Buffer.from('not a model') }, { 'models/net.tflite': fixture('models/dense_mlp.ref.tflite') });
  });
  afterAll(() => rmSync(fixed.dir, { recursive: true, force: true }));

  it('reports the head, says the base could not be evaluated, and fails: nothing could be compared (fail closed)', async () => {
    const gate = (...extra: string[]) => new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, [CLI, 'gate', '--base', fixed.base, '--models', '**/*.tflite', '--latency-runs', '0', ...extra], { cwd: fixed.dir }, (error, stdout, stderr) =>
        done({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });
    const run = await gate();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^## ❌ tflite-gate: 1 of 1 model failed — `models\/net\.tflite`: `base version` cannot be checked: the base version could not be evaluated, so nothing was compared with it: /);
    expect(run.stdout).toContain('> [!CAUTION]\n> The base version could not be evaluated, so nothing was compared with it: ');
    expect(run.stdout).toMatch(/\| float32 \| [\d.]+ KiB \|/);
    expect(run.stderr).toContain('warning: models/net.tflite: the base version could not be evaluated, so nothing was compared with it: ');
    expect((await gate('--fail-on', 'never')).code).toBe(0);
  });
});

describe('tflite-gate gate --reference', () => {
  let mnist: Repo;
  beforeAll(() => {
    mnist = makeRepo(
      { 'models/mnist.h5': fixture('example/mnist_cnn.h5'), 'data/mnist_test.npz': fixture('example/mnist_test.npz') },
      { 'models/mnist.h5': fixture('example/mnist_cnn_v2.h5') },
    );
  });
  afterAll(() => rmSync(mnist.dir, { recursive: true, force: true }));

  it('runs the source Keras model of base and head and shows its accuracy and the conversion loss', async () => {
    const json = join(mnist.dir, 'report.json');
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      const args = [CLI, 'gate', '--base', mnist.base, '--dataset', 'data/mnist_test.npz', '--reference', '--latency-runs', '0', '--fail-on', 'never', '--json', json];
      execFile(process.execPath, args, { cwd: mnist.dir }, (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, stdout, stderr }));
    });
    expect([run.code, run.stderr]).toEqual([0, expect.stringContaining('models/mnist.h5 (modified): evaluated in')]);
    // fixtures/example/reference.json: Keras accuracy 0.958 (mnist_cnn) and 0.941 (mnist_cnn_v2), the float32 .tflite the same
    expect(run.stdout).toMatch(
      /\n- Source model \(Keras, run by tfjs [\d.]+ \(\w+\)\): accuracy 95\.80% → 94\.10% \(float32 \.tflite ±0 pp\); conversion loss, float32 vs source: max abs diff \d\.\d\de-\d, 0 flipped predictions\n/,
    );
    const head = JSON.parse(readFileSync(json, 'utf8')).comparisons[0].head;
    expect(head.source.classification.top1).toBeCloseTo(0.941, 6);
    expect(head.source.float32VsSource.maxAbsDiff).toBeLessThan(1e-4);
  });

  it('notes a model tfjs cannot run (grouped convolutions) and still evaluates and passes it', async () => {
    // fixtures/ops/grouped_conv.in0.f32: 3 samples of [10, 10, 8], written as an .npy (no labels needed to reach the reference)
    const header = "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 10, 10, 8), }";
    const padded = header.padEnd(64 * Math.ceil((header.length + 11) / 64) - 11) + '\n';
    const npy = Buffer.concat([Buffer.from('\x93NUMPY\x01\x00', 'latin1'), Buffer.from([padded.length & 255, padded.length >> 8]), Buffer.from(padded, 'latin1'), readFileSync(fixture('ops/grouped_conv.in0.f32'))]);
    mkdirSync(join(mnist.dir, 'grouped'));
    writeFileSync(join(mnist.dir, 'grouped/x.npy'), npy);
    copyFileSync(fixture('ops/grouped_conv.h5'), join(mnist.dir, 'grouped/g.h5'));
    try {
      const run = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
        const args = [CLI, 'gate', '--models', 'grouped/*.h5', '--dataset', 'grouped/x.npy', '--reference', '--latency-runs', '0'];
        execFile(process.execPath, args, { cwd: mnist.dir }, (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, stdout, stderr }));
      });
      expect([run.code, run.stderr]).toEqual([0, expect.stringContaining('grouped/g.h5 (added): evaluated in')]);
      expect(run.stdout).toMatch(/^## ✅ tflite-gate: the model passes\n/);
      expect(run.stdout).toContain('\n- Source model (Keras): not run (the gate does not fail for it) — the Keras reference (tfjs-layers) cannot run 4 layer(s): conv_groups2 (Conv2D): groups=2 (grouped convolution);');
      expect(run.stdout).toMatch(/\| float32 \| [\d.]+ KiB \|/);
    } finally {
      rmSync(join(mnist.dir, 'grouped'), { recursive: true, force: true });
    }
  });
});
