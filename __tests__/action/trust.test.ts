/**
 * End-to-end, the trust model: pull requests that try to pass a worse model by changing what the gate
 * trusts (its config, its test set, the checkout) or by making a check impossible. Each one runs the
 * bundled action (see ./harness.ts) and must end not green, with the reason stated.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { commentMarker } from '../../src/github/comment.js';
import { FakeGitHub } from '../github/fake-github.js';
import { expectExit, fixture, makeRepo, runAction, shallowClone, type ActionRun, type Repo } from './harness.js';
import { MODEL, modelInputs } from './models.js';

let gh: FakeGitHub;
let repo: Repo | undefined;

beforeEach(async () => {
  gh = await new FakeGitHub().start();
});
afterEach(async () => {
  await gh.stop();
  if (repo) rmSync(repo.dir, { recursive: true, force: true });
  repo = undefined;
});

function changedPr(files: Record<string, string | { status: string; previous_filename: string }>): void {
  gh.prFiles = Object.entries(files).map(([filename, s]) => (typeof s === 'string' ? { filename, status: s } : { filename, ...s }));
}

/** The MNIST test set's arrays, by .npy name. */
const mnist = () => unzipSync(new Uint8Array(readFileSync(fixture('example/mnist_test.npz'))));

/** The test set with every label 0 (a .npy keeps its header; the data after it is zeroed). */
function zeroLabelled(): Buffer {
  const arrays = mnist();
  const y = arrays['y.npy'].slice();
  const headerEnd = 10 + (y[8] | (y[9] << 8));
  y.fill(0, headerEnd);
  return Buffer.from(zipSync({ ...arrays, 'y.npy': y }));
}

const report = (run: ActionRun) => JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'));
/** The summary line, as the job log ends it. */
const failure = (run: ActionRun) => /^::error::(❌ tflite-gate: .*)$/m.exec(run.stdout)?.[1] ?? '';

describe('settings and datasets come from the base commit on a pull request', () => {
  it('ignores a config change that loosens the threshold, says so at the top, and shows what it would do', async () => {
    const loosen = 'models:\n  - path: "models/**"\n    thresholds: { max-accuracy-drop: 100 }\n';
    repo = makeRepo(MODEL.base, { ...MODEL.head, '.tflite-gate.yml': Buffer.from(loosen) });
    changedPr({ [MODEL.path]: 'modified', '.tflite-gate.yml': 'added' });
    const run = await runAction({ repo, gh, inputs: modelInputs({ 'max-accuracy-drop': '1' }) });
    expectExit(run, 1);
    const body = gh.comments[0].body;
    const top = body.split('\n').slice(1, 6).join('\n');
    expect(top).toContain('## ❌ tflite-gate: 1 of 1 model failed');
    expect(top).toContain('> This pull request changes `.tflite-gate.yml`. The gate used the version of the base commit');
    expect(body).toContain(`> - \`${MODEL.path}\`: \`max-accuracy-drop\` 1 → 100`);
    expect(body).toContain('Thresholds applied: `max-accuracy-drop` 1 pp, `max-size-increase` 10%, `max-latency-increase` 25%.');
    expect(report(run).comparisons[0].thresholds).toEqual({ maxAccuracyDrop: 1, maxSizeIncrease: 10, maxLatencyIncrease: 25 });
    expect(report(run).verdict.breaches[0].threshold).toBe('max-accuracy-drop');

    // trust-pr-config: true restores reading the pull request's config (documented as unsafe for forks)
    const trusting = await runAction({ repo, gh, inputs: modelInputs({ 'max-accuracy-drop': '1', 'trust-pr-config': 'true' }) });
    expectExit(trusting, 0);
    expect(report(trusting).comparisons[0].thresholds.maxAccuracyDrop).toBe(100);
    expect(gh.comments[0].body).toContain('> The config file and test sets were read from this pull request (`trust-pr-config: true`), not from the base commit');
  });

  it('evaluates on the base commit\'s test set when the pull request swaps it at the same path', async () => {
    repo = makeRepo(MODEL.base, { ...MODEL.head, 'data/mnist_test.npz': zeroLabelled() });
    changedPr({ [MODEL.path]: 'modified', 'data/mnist_test.npz': 'modified' });
    const run = await runAction({ repo, gh, inputs: modelInputs({ 'max-accuracy-drop': '1' }) });
    expectExit(run, 1);
    expect(report(run).verdict.breaches.map((b: { threshold: string }) => b.threshold)).toContain('max-accuracy-drop');
    expect(report(run).comparisons[0].base.variants[0].classification.top1).toBeGreaterThan(0.9);
    expect(gh.comments[0].body).toContain(`> This pull request changes the test set \`data/mnist_test.npz\`. The version of the base commit \`${repo.base.slice(0, 7)}\` was used`);
  });

  it('evaluates on the base commit\'s test set when the pull request deletes it', async () => {
    repo = makeRepo(MODEL.base, { ...MODEL.head, 'data/mnist_test.npz': null });
    changedPr({ [MODEL.path]: 'modified', 'data/mnist_test.npz': 'removed' });
    const run = await runAction({ repo, gh, inputs: modelInputs({ 'max-accuracy-drop': '1' }) });
    expectExit(run, 1);
    expect(failure(run)).toMatch(/threshold breach/);
    expect(gh.comments[0].body).toContain('> This pull request deletes the test set `data/mnist_test.npz`.');
  });

  it('refuses a dataset path outside the repository', async () => {
    const config = (dataset: string) => Buffer.from(`dataset: ${dataset}\n`);
    repo = makeRepo({ ...MODEL.base, '.tflite-gate.yml': config('data/mnist_test.npz') }, { ...MODEL.head, '.tflite-gate.yml': config('../../../../../../etc/passwd') });
    changedPr({ [MODEL.path]: 'modified', '.tflite-gate.yml': 'modified' });
    const trusting = await runAction({ repo, gh, inputs: modelInputs({ dataset: '', 'trust-pr-config': 'true' }) });
    expectExit(trusting, 2);
    expect(trusting.stdout).toContain('::error::.tflite-gate.yml: dataset: "../../../../../../etc/passwd" is outside the repository');
    // by default the pull request's config is not applied at all, and the notice shows what it would do
    const run = await runAction({ repo, gh, inputs: modelInputs({ dataset: '', 'max-accuracy-drop': '1' }) });
    expectExit(run, 1);
    expect(gh.comments[0].body).toContain('`dataset` `data/mnist_test.npz` → `../../../../../../etc/passwd`');
  });

  it('compares a renamed model with its base version under the old name', async () => {
    repo = makeRepo(MODEL.base, { [MODEL.path]: null, 'models/mnist_cnn_renamed.h5': fixture('example/mnist_cnn_v2.h5') });
    changedPr({ 'models/mnist_cnn_renamed.h5': { status: 'renamed', previous_filename: MODEL.path } });
    const run = await runAction({ repo, gh, inputs: modelInputs({ 'max-accuracy-drop': '1' }) });
    expectExit(run, 1);
    expect(report(run).comparisons[0]).toMatchObject({ path: 'models/mnist_cnn_renamed.h5', status: 'modified', base: { ref: `base ${repo.base.slice(0, 7)}` } });
    expect(failure(run)).toMatch(/1 of 1 model failed — \d+ threshold breach/);
  });

  it('judges a model moved out from under a stricter rule by that rule; its name and the config cannot command the log', async () => {
    const strict = 'models:\n  - path: "models/strict/**"\n    thresholds: { max-accuracy-drop: 1 }\n';
    // the pull request's config moves the rule away and carries a line yaml would have quoted in a warning
    const moved = 'models:\n  - path: "models/elsewhere/**"\n    thresholds: { max-accuracy-drop: 1 }\n::warning title=X::pwned: !!js/function x\n';
    const renamed = 'models/lax/cnn%0A::error::pwned.h5';
    const base = { ...MODEL.base, 'models/strict/cnn.h5': fixture('example/mnist_cnn.h5'), 'models/strict/keep.h5': fixture('example/mnist_cnn.h5'), '.tflite-gate.yml': Buffer.from(strict) };
    repo = makeRepo(base, { 'models/strict/cnn.h5': null, [renamed]: fixture('example/mnist_cnn_v2.h5'), '.tflite-gate.yml': Buffer.from(moved) });
    changedPr({ [renamed]: { status: 'renamed', previous_filename: 'models/strict/cnn.h5' }, '.tflite-gate.yml': 'modified' });
    const run = await runAction({ repo, gh, inputs: modelInputs({ 'max-accuracy-drop': '20' }) });
    expectExit(run, 1);
    expect(report(run).comparisons[0]).toMatchObject({ path: renamed, basePath: 'models/strict/cnn.h5', thresholds: { maxAccuracyDrop: 1 } });
    expect(failure(run)).toMatch(/1 of 1 model failed — \d+ threshold breach/);
    expect(gh.comments[0].body).toContain(`### ❌ \`${renamed}\` — base → head (renamed from \`models/strict/cnn.h5\`, judged by its settings until merged)`);
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s*::(error::pwned|warning title=X)/m);
    expect(run.stderr).not.toContain('YAMLWarning');
    // the name's colon is refused by the artifact service: that variant is left out, the report still uploaded
    expect(gh.artifacts.find((a) => a.name === 'tflite-gate')?.finalized).toBe(true);
  });
});

describe('a check that cannot be made fails the gate', () => {
  it('an accuracy threshold with a test set that has no labels', async () => {
    const x = Buffer.from(mnist()['x.npy']);
    repo = makeRepo({ ...MODEL.base, 'data/images.npy': x }, MODEL.head);
    changedPr({ [MODEL.path]: 'modified' });
    const run = await runAction({ repo, gh, inputs: modelInputs({ dataset: 'data/images.npy' }) });
    expectExit(run, 1);
    expect(failure(run)).toBe(
      `❌ tflite-gate: 1 of 1 model failed — \`${MODEL.path}\`: \`max-accuracy-drop\` cannot be checked: the test set data/images.npy gives no accuracy for this model (no labels: a .npy file holds one array; use an .npz with x and y for accuracy), so the accuracy threshold cannot be checked`,
    );
    expect(run.summary).toContain('## ❌ tflite-gate: 1 of 1 model failed');
    const reportOnly = await runAction({ repo, gh, inputs: modelInputs({ dataset: 'data/images.npy', 'fail-on': 'never' }) });
    expectExit(reportOnly, 0);
    expect(reportOnly.outputs.passed).toBe('false');
  });

  it('a base version that cannot run on the test set: size still compared, accuracy marked impossible', async () => {
    repo = makeRepo({ ...MODEL.base, 'models/m.h5': fixture('models/dense_mlp.h5') }, { 'models/m.h5': fixture('example/mnist_cnn.h5') });
    changedPr({ 'models/m.h5': 'modified' });
    const run = await runAction({ repo, gh, inputs: modelInputs({ 'latency-runs': '3' }) });
    expectExit(run, 1);
    const c = report(run).comparisons[0];
    expect(c.baseDataError).toMatch(/^data\/mnist_test\.npz: /);
    expect(c.base.variants[0].size.fileBytes).toBeGreaterThan(0);
    expect(c.latency.map((l: { variant: string }) => l.variant)).toEqual(['float32', 'float16']);
    expect(report(run).verdict.breaches.map((b: { threshold: string }) => b.threshold)).toContain('max-size-increase');
    expect(report(run).verdict.unchecked).toEqual([expect.objectContaining({ model: 'models/m.h5', check: 'max-accuracy-drop' })]);
    expect(failure(run)).toMatch(/threshold breach.*`max-accuracy-drop` cannot be checked: the base version cannot run on the test set/);
  });

  it('a models glob or config rule that matches no file in the repository', async () => {
    repo = makeRepo({ ...MODEL.base, '.tflite-gate.yml': Buffer.from('models:\n  - path: "model/**"\n    thresholds: { max-size-increase: 50 }\n') }, MODEL.head);
    changedPr({ [MODEL.path]: 'modified' });
    const typo = await runAction({ repo, gh, inputs: modelInputs({ models: '**/*.hd5' }) });
    expectExit(typo, 1);
    expect(failure(typo)).toBe('❌ tflite-gate: no model checked — `models` cannot be checked: the glob "**/*.hd5" matches no file in the repository (and 1 more check that could not be made)');
    const rule = await runAction({ repo, gh, inputs: modelInputs() });
    expectExit(rule, 1);
    expect(failure(rule)).toContain('`models[0].path` cannot be checked: .tflite-gate.yml: the rule\'s glob "model/**" matches no file in the repository');
  });

  it('a base commit missing from a shallow clone, whose base version cannot be read', async () => {
    const full = makeRepo(MODEL.base, MODEL.head);
    repo = shallowClone(full);
    rmSync(full.dir, { recursive: true, force: true });
    changedPr({ [MODEL.path]: 'modified' });
    const run = await runAction({ repo, gh, inputs: modelInputs({ dataset: '' }) });
    expectExit(run, 1);
    expect(failure(run)).toContain(`\`base version\` cannot be checked: the base version could not be evaluated, so nothing was compared with it: ${MODEL.path}: the base version (${MODEL.path} at ${repo.base.slice(0, 7)}) was not found`);
  });
});

describe('the checkout must be the pull request\'s head', () => {
  it('stops a pull_request_target run on the default checkout (the base), saying how to check out the head', async () => {
    repo = makeRepo(MODEL.base, MODEL.head);
    changedPr({ [MODEL.path]: 'modified' });
    execFileSync('git', ['checkout', '-q', repo.base], { cwd: repo.dir });
    const run = await runAction({ repo, gh, event: 'pull_request_target', inputs: modelInputs() });
    expectExit(run, 2);
    expect(run.stdout).toContain(`::error::the checkout is ${repo.base.slice(0, 7)}, not the pull request's head ${repo.head.slice(0, 7)} or its merge commit (pull_request_target checks out the base branch by default)`);
    expect(run.stdout).toContain('ref: ${{ github.event.pull_request.head.sha }}');
  });

  it('accepts GitHub\'s merge commit of the head, in a depth-1 clone as actions/checkout makes it', async () => {
    const full = makeRepo(MODEL.base, MODEL.head);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: full.dir, encoding: 'utf8' }).trim();
    git('checkout', '-q', '-b', 'target', full.base);
    git('commit', '-q', '--allow-empty', '-m', 'base branch moved on');
    git('merge', '-q', '--no-ff', '-m', 'Merge head into target', 'main');
    expect(git('rev-parse', 'HEAD^2')).toBe(full.head);
    repo = shallowClone(full);
    rmSync(full.dir, { recursive: true, force: true });
    changedPr({ [MODEL.path]: 'modified' });
    gh.contents.set(`${repo.base}:${MODEL.path}`, readFileSync(fixture('example/mnist_cnn.h5')));
    gh.contents.set(`${repo.base}:data/mnist_test.npz`, readFileSync(fixture('example/mnist_test.npz')));
    const run = await runAction({ repo, gh, inputs: modelInputs() });
    expectExit(run, 0);
  });
});

describe('the GitHub API', () => {
  it('a failure listing the pull request\'s files still writes the summary, the outputs and an annotation with the error', async () => {
    repo = makeRepo(MODEL.base, MODEL.head);
    gh.fail('GET', /\/pulls\/7\/files$/, 404, 1);
    const run = await runAction({ repo, gh, inputs: modelInputs() });
    expectExit(run, 1);
    const line = '❌ tflite-gate: no model checked — `changed files` cannot be checked: the changed files could not be listed: fake failure 404';
    expect(failure(run)).toMatch(new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(run.summary).toContain(`## ${line}`);
    expect(run.outputs).toMatchObject({ passed: 'false', models: '0' });
    expect(run.stdout).toMatch(/^::error title=tflite-gate%3A changed files cannot be checked::the changed files could not be listed: fake failure 404/m);
  });

  it('never edits another bot\'s comment that carries the marker: the sticky comment is the token\'s own', async () => {
    repo = makeRepo(MODEL.base, MODEL.head);
    changedPr({ [MODEL.path]: 'modified' });
    const planted = { id: 5, body: `${commentMarker('')}\nplanted by another app`, user: { login: 'other-app[bot]', type: 'Bot' }, html_url: 'https://github.com/o/r/pull/7#issuecomment-5' };
    gh.comments.push(planted);
    const run = await runAction({ repo, gh, inputs: modelInputs() });
    expectExit(run, 0);
    expect(gh.comments).toHaveLength(2);
    expect(gh.comments[0]).toEqual(planted);
    expect(gh.comments[1].user.login).toBe('github-actions[bot]');
    expect(gh.apiCalls()).toContain('POST /graphql');
  });
});
