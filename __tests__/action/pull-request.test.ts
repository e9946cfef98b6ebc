/**
 * End-to-end, pull requests: the bundled dist/index.js run as a runner runs it (see ./harness.ts), against a real git
 * repository and a local fake GitHub + artifact service that records every request.
 */
import { readFileSync, rmSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { commentMarker } from '../../src/github/comment.js';
import { BOT, FakeGitHub } from '../github/fake-github.js';
import { expectExit, fixture, makeRepo, runAction, shallowClone, type Repo } from './harness.js';
import { MODEL, modelInputs } from './models.js';

let gh: FakeGitHub;
let repo: Repo;

beforeEach(async () => {
  gh = await new FakeGitHub().start();
});
afterEach(async () => {
  await gh.stop();
  rmSync(repo.dir, { recursive: true, force: true });
});

function changedPr(files: Record<string, string>): void {
  gh.prFiles = Object.entries(files).map(([filename, status]) => ({ filename, status }));
}

const writes = () => gh.apiCalls().filter((c) => !c.startsWith('GET') && c !== 'POST /graphql');

describe('the action on a pull request', () => {
  it('creates the comment on the first run, edits it on the second, and writes nothing when unchanged', async () => {
    repo = makeRepo(MODEL.base, MODEL.head);
    changedPr({ [MODEL.path]: 'modified', 'README.md': 'modified' });
    const first = await runAction({ repo, gh, inputs: modelInputs({ 'latency-runs': '5' }) });
    expect(first.stderr).toBe('');
    expectExit(first, 0);
    expect(first.outputs).toMatchObject({ passed: 'true', models: '1', 'comment-url': expect.stringMatching(/#issuecomment-\d+$/) });
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0].body.startsWith(`${commentMarker('')}\n## ✅ tflite-gate: the model passes`)).toBe(true);
    expect(gh.comments[0].body).toContain(`### ✅ \`${MODEL.path}\` — base → head`);
    expect(first.summary).toContain('## ✅ tflite-gate: the model passes');
    const report = JSON.parse(readFileSync(first.outputs['report-json'], 'utf8'));
    expect(report.comparisons[0]).toMatchObject({
      path: MODEL.path, status: 'modified', base: { ref: `base ${repo.base.slice(0, 7)}` }, head: { ref: `head ${repo.head.slice(0, 7)}`, dataset: 'data/mnist_test.npz' },
    });
    expect(report.comparisons[0].head.variants.map((v: { variant: string }) => v.variant)).toEqual(['float32', 'float16']);
    expect(report.comparisons[0].latency.map((l: { variant: string }) => l.variant)).toEqual(['float32', 'float16']);
    // base and head paired sample by sample: only-base + only-head counts fit both accuracies
    const samples = report.comparisons[0].head.variants[0].classification.samples;
    for (const p of report.comparisons[0].paired as { variant: string; referenceOnly: number; variantOnly: number; p: number }[]) {
      const [was, now] = [report.comparisons[0].base, report.comparisons[0].head].map((e) => e.variants.find((v: { variant: string }) => v.variant === p.variant).classification.top1);
      expect(Math.round(now * samples)).toBe(Math.round(was * samples) - p.referenceOnly + p.variantOnly);
      expect(p.p).toBeGreaterThan(0);
    }
    expect(report.comparisons[0].paired.map((p: { variant: string }) => p.variant)).toEqual(['float32', 'float16']);
    expect(gh.comments[0].body).toContain(`Pull request #`);
    expect(gh.comments[0].body).toContain(`base \`main @ ${repo.base.slice(0, 7)}\``);
    expect(gh.comments[0].body).toMatch(/- Graph, float16 vs float32: \+\d+ DEQUANTIZE, weights float32 → float16/);
    expect(readFileSync(first.outputs.markdown, 'utf8')).toBe(gh.comments[0].body.slice(commentMarker('').length + 1));
    const artifact = gh.artifacts.find((a) => a.name === 'tflite-gate')!;
    expect(artifact.finalized).toBe(true);
    expect(Object.keys(unzipSync(new Uint8Array(artifact.bytes))).sort()).toEqual([
      'report.json', 'report.md', 'tflite/models/mnist_cnn.float16.tflite', 'tflite/models/mnist_cnn.float32.tflite',
    ]);

    const second = await runAction({ repo, gh, inputs: modelInputs({ 'max-size-increase': '900' }) });
    expectExit(second, 0);
    const third = await runAction({ repo, gh, inputs: modelInputs({ 'max-size-increase': '900' }) });
    expectExit(third, 0);
    expect(third.stdout).toContain('PR comment unchanged');
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0].body).toContain('`max-size-increase` 900%');
    expect(writes()).toEqual(['POST /repos/o/r/issues/7/comments', `PATCH /repos/o/r/issues/comments/${gh.comments[0].id}`]);
    expect(gh.apiCalls().filter((c) => c.startsWith('GET /repos/o/r/pulls/7/files'))).toHaveLength(3);
  });

  it('fails the step on a threshold breach, with error annotations on the model file', async () => {
    repo = makeRepo(MODEL.base, MODEL.head);
    changedPr({ [MODEL.path]: 'modified' });
    const run = await runAction({ repo, gh, inputs: modelInputs({ 'max-accuracy-drop': '1' }) });
    expectExit(run, 1);
    expect(run.outputs.passed).toBe('false');
    expect(run.stdout).toMatch(new RegExp(`^::error title=tflite-gate%3A max-accuracy-drop,file=${MODEL.path}::float32 top-1 accuracy dropped [\\d.]+ pp vs base`, 'm'));
    expect(run.stdout).toMatch(/^::error::❌ tflite-gate: 1 of 1 model failed — \d+ threshold breach/m);
    expect(gh.comments[0].body).toContain('`max-accuracy-drop`');
    expect(run.summary).toContain('❌ tflite-gate');
    const reportOnly = await runAction({ repo, gh, inputs: modelInputs({ 'max-accuracy-drop': '1', 'fail-on': 'never' }) });
    expectExit(reportOnly, 0);
    expect(reportOnly.outputs.passed).toBe('false');
    expect(reportOnly.stdout).toMatch(/^::warning::❌ tflite-gate: 1 of 1 model failed — .* \(not failing the step: fail-on is never\)$/m);
  });

  it('on a fork PR (403 on the comment) still judges on the numbers and writes the summary', async () => {
    repo = makeRepo(MODEL.base, MODEL.head);
    changedPr({ [MODEL.path]: 'modified' });
    gh.fail('POST', /\/issues\/7\/comments$/, 403, 10);
    // two independent runs (the token cannot write, so nothing races): one passing, one breaching
    const [passing, failing] = await Promise.all([
      runAction({ repo, gh, fork: true, inputs: modelInputs() }),
      runAction({ repo, gh, fork: true, inputs: modelInputs({ 'max-accuracy-drop': '1' }) }),
    ]);
    expectExit(passing, 0);
    expect(passing.outputs).toMatchObject({ passed: 'true', 'comment-url': '' });
    expect(passing.stdout).toContain('::warning::No PR comment was posted (403): this pull request comes from a fork, whose token is read-only.');
    expect(passing.summary).toContain('## ✅ tflite-gate');
    expectExit(failing, 1);
    expect(failing.summary).toContain('## ❌ tflite-gate');
    expect(gh.comments).toHaveLength(0);
  });

  it('reports a corrupt model, an LFS pointer and a wrong dataset key (from .tflite-gate.yml) clearly while the other models are still evaluated', async () => {
    const pointer = Buffer.from(`version https://git-lfs.github.com/spec/v1\noid sha256:${'a1'.repeat(32)}\nsize 52345\n`);
    repo = makeRepo(
      {
        ...MODEL.base, 'models/broken.h5': fixture('example/mnist_cnn.h5'), 'models/old.keras': fixture('example/mnist_cnn.keras'),
        '.tflite-gate.yml': Buffer.from('models:\n  - path: models/keys.h5\n    y-key: labels\n'),
      },
      { ...MODEL.head, 'models/broken.h5': Buffer.from('\x89HDF\r\n\x1a\n truncated'), 'models/lfs.h5': pointer, 'models/old.keras': null, 'models/keys.h5': fixture('example/mnist_cnn_v2.h5') },
    );
    changedPr({ [MODEL.path]: 'modified', 'models/broken.h5': 'modified', 'models/lfs.h5': 'added', 'models/old.keras': 'removed', 'models/keys.h5': 'added' });
    const run = await runAction({ repo, gh, inputs: modelInputs() });
    expectExit(run, 1);
    expect(run.outputs.models).toBe('5');
    const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'));
    const byPath = Object.fromEntries(report.comparisons.map((c: { path: string }) => [c.path, c]));
    expect(byPath['models/broken.h5'].error).toMatch(/^models\/broken\.h5: /);
    expect(byPath['models/lfs.h5'].error).toBe(
      'models/lfs.h5: is a Git LFS pointer (oid a1a1a1a1a1a1…, 52345 bytes), not the model itself (head version)\n  Check out with Git LFS: `uses: actions/checkout@v4` with `lfs: true`.',
    );
    expect(byPath['models/old.keras']).toEqual({ path: 'models/old.keras', status: 'deleted' });
    expect(byPath['models/keys.h5'].error).toMatch(/^data\/mnist_test\.npz: .*"labels"/);
    expect(byPath[MODEL.path].head.variants).toHaveLength(2);
    expect(run.stdout).toMatch(/^::error title=tflite-gate%3A model could not be evaluated,file=models\/broken\.h5::/m);
    expect(run.stdout).toMatch(/^::error title=tflite-gate%3A model could not be evaluated,file=models\/lfs\.h5::/m);
    const body = gh.comments[0].body;
    expect(body).toContain('## ❌ tflite-gate: 3 of 5 models failed — 3 models could not be evaluated');
    expect(body).toContain('### ❌ `models/broken.h5`');
    expect(body).toContain(`### ✅ \`${MODEL.path}\``);
    expect(body).toContain('### 🗑️ `models/old.keras` — deleted in this change');
  });

  it('finds and edits its comment on the last of 120 pages of comments', async () => {
    repo = makeRepo(MODEL.base, MODEL.head);
    changedPr({ [MODEL.path]: 'modified' });
    gh.addComments(11_999, (i) => (i === 3 ? { body: `${commentMarker('')}\nquoted by a person` } : {}));
    gh.comments.push({ id: 1, body: `${commentMarker('')}\nprevious run`, user: BOT, html_url: 'https://github.com/o/r/pull/7#issuecomment-1' });
    gh.fail('GET', /\/pulls\/7\/files$/, 502, 1);
    gh.fail('GET', /\/issues\/7\/comments$/, 429, 1, { 'retry-after': '0' });
    const run = await runAction({ repo, gh, inputs: modelInputs() });
    expectExit(run, 0);
    expect(run.outputs['comment-url']).toBe('https://github.com/o/r/pull/7#issuecomment-1');
    expect(gh.apiCalls().filter((c) => c.startsWith('GET /repos/o/r/issues/7/comments'))).toHaveLength(121);
    expect(gh.apiCalls().filter((c) => c.startsWith('GET /repos/o/r/pulls/7/files'))).toHaveLength(2);
    expect(writes()).toEqual(['PATCH /repos/o/r/issues/comments/1']);
    expect(gh.comments).toHaveLength(12_000);
  });

  it('reads the base version through the contents API in a shallow checkout', async () => {
    const full = makeRepo(MODEL.base, MODEL.head);
    repo = shallowClone(full);
    rmSync(full.dir, { recursive: true, force: true });
    changedPr({ [MODEL.path]: 'modified' });
    gh.contents.set(`${repo.base}:${MODEL.path}`, readFileSync(fixture('example/mnist_cnn.h5')));
    gh.contents.set(`${repo.base}:data/mnist_test.npz`, readFileSync(fixture('example/mnist_test.npz')));
    const run = await runAction({ repo, gh, inputs: modelInputs() });
    expectExit(run, 0);
    expect(gh.apiCalls()).toContain(`GET /repos/o/r/contents/models/mnist_cnn.h5?ref=${repo.base}`);
    expect(gh.apiCalls()).toContain(`GET /repos/o/r/contents/data/mnist_test.npz?ref=${repo.base}`);
    const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'));
    expect(report.comparisons[0]).toMatchObject({ status: 'modified', base: { ref: `base ${repo.base.slice(0, 7)}` } });
    expect(report.comparisons[0].base.variants[0].size.fileBytes).toBeGreaterThan(report.comparisons[0].head.variants[0].size.fileBytes);
  });

  it('fails with exit code 2 and names the input on a bad input', async () => {
    repo = makeRepo(MODEL.base, MODEL.head);
    const run = await runAction({ repo, gh, inputs: modelInputs({ 'max-accuracy-drop': 'half' }) });
    expectExit(run, 2);
    expect(run.stdout).toContain('::error::input "max-accuracy-drop" must be a number >= 0, got "half"');
    expect(gh.requests).toHaveLength(0);
  });
});
