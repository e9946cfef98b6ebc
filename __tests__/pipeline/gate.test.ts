/**
 * The gate's orchestration with its two injected parts: a ModelSource over an in-memory head tree and base
 * commit, and an evaluator that derives its numbers from the bytes (file size = byte count; a base whose
 * bytes say "wide" cannot run on the test set, as a model with another input shape cannot).
 */
import { parseConfig } from '../../src/config/parse.js';
import { GateError } from '../../src/errors.js';
import type { RunContext } from '../../src/github/context.js';
import { runGate, type GateEnv, type ModelEvaluator, type ModelSource } from '../../src/pipeline/gate.js';
import type { TrustInfo } from '../../src/pipeline/trust.js';
import type { ChangedModel } from '../../src/repo/changes.js';
import { evaluation, variant } from '../report/sample.js';

const evaluator: ModelEvaluator = {
  async evaluate(input) {
    const text = Buffer.from(input.bytes).toString();
    if (text.startsWith('wide') && input.datasetPath) throw new GateError('bad-dataset', 'samples are [28, 28, 1], the model takes [16]', { file: 'data/test.npz' });
    if (text === 'corrupt') throw new GateError('bad-model', 'not an HDF5 file', { file: input.model });
    const top1 = Number(/top1=([\d.]+)/.exec(text)?.[1] ?? 0.9);
    const v = variant('float32', { top1, fileBytes: input.bytes.length, p50: 1 });
    const e = evaluation(input.model, input.ref, [input.datasetPath ? v : { ...v, classification: undefined }]);
    return input.datasetPath ? { ...e, dataset: 'data/test.npz' } : { ...e, dataset: undefined };
  },
};

function memorySource(head: Record<string, string>, base: Record<string, string>, changed: ChangedModel[] | Error): ModelSource {
  return {
    baseSha: 'b'.repeat(40), headRef: 'head 1234567', baseRef: 'base bbbbbbb',
    changed: async () => {
      if (changed instanceof Error) throw changed;
      return { models: changed };
    },
    files: async () => Object.keys(head),
    headBytes: async (path) => Buffer.from(head[path]),
    baseBytes: async (path) => (path in base ? Buffer.from(base[path]) : undefined),
  };
}

const PR: RunContext = { eventName: 'pull_request', apiUrl: '', serverUrl: '', workspace: '/repo', pr: { number: 7, baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40), fork: false } };

function env(source: ModelSource, inputs: Record<string, string> = {}, context: RunContext = PR, trust?: TrustInfo): GateEnv {
  const config = parseConfig((name) => ({ dataset: 'data/test.npz', ...inputs })[name], { readFile: () => undefined });
  const log = { info: () => undefined, warning: () => undefined };
  return { config, context, source, evaluator, log, outputDir: '/out', trust };
}

describe('runGate with an injected model source', () => {
  it('a base that cannot run on the test set: evaluated without data, size compared, accuracy marked impossible', async () => {
    const source = memorySource({ 'm.h5': 'x'.repeat(1000) }, { 'm.h5': 'wide' + 'x'.repeat(96) }, [{ path: 'm.h5', status: 'modified' }]);
    const report = await runGate(env(source));
    const [c] = report.comparisons;
    expect(c.baseDataError).toBe('data/test.npz: samples are [28, 28, 1], the model takes [16]');
    expect(c.base?.variants[0].size.fileBytes).toBe(100);
    expect(report.verdict.breaches.map((b) => b.threshold)).toEqual(['max-size-increase']);
    expect(report.verdict.unchecked?.map((u) => u.check)).toEqual(['max-accuracy-drop']);
    expect(report.verdict.passed).toBe(false);
  });

  it('on a pull request, a modified model whose base cannot be found fails; on a push it is a new model', async () => {
    const source = memorySource({ 'm.h5': 'head' }, {}, [{ path: 'm.h5', status: 'modified' }]);
    const pr = await runGate(env(source));
    expect(pr.comparisons[0].baseError).toMatch(/^m\.h5: the base version \(m\.h5 at bbbbbbb\) was not found/);
    expect(pr.verdict.unchecked?.map((u) => u.check)).toEqual(['base version']);
    const push = await runGate(env(source, {}, { ...PR, eventName: 'push', pr: undefined }));
    expect(push.comparisons[0].status).toBe('added');
    expect(push.verdict.passed).toBe(true);
  });

  it('same bytes at base and head: unchanged; a rename compares with the old path', async () => {
    const source = memorySource({ 'a.h5': 'same', 'new.h5': 'top1=0.5' }, { 'a.h5': 'same', 'old.h5': 'top1=0.9' }, [
      { path: 'a.h5', status: 'modified' }, { path: 'new.h5', status: 'modified', basePath: 'old.h5' },
    ]);
    const report = await runGate(env(source));
    expect(report.comparisons.map((c) => c.status)).toEqual(['unchanged', 'modified']);
    expect(report.verdict.breaches.filter((b) => b.threshold === 'max-accuracy-drop').map((b) => b.model)).toEqual(['new.h5']);
  });

  it('a renamed model is judged by the rules of its base path: moving it out from under a stricter rule changes nothing', async () => {
    const rules = 'thresholds: { max-accuracy-drop: 50 }\nmodels:\n  - path: "strict/**"\n    thresholds: { max-accuracy-drop: 1 }\n';
    const config = parseConfig((name) => ({ dataset: 'data/test.npz' })[name], { readFile: () => rules });
    const source = memorySource({ 'strict/other.h5': 'x', 'lax/m.h5': 'top1=0.8' }, { 'strict/m.h5': 'top1=0.9' }, [{ path: 'lax/m.h5', status: 'modified', basePath: 'strict/m.h5' }]);
    const report = await runGate({ ...env(source), config });
    expect(report.comparisons[0]).toMatchObject({ path: 'lax/m.h5', basePath: 'strict/m.h5', thresholds: { maxAccuracyDrop: 1 } });
    expect(report.verdict.breaches.map((b) => [b.model, b.threshold, b.limit])).toEqual([['lax/m.h5', 'max-accuracy-drop', 1]]);
  });

  it('a listing that fails is a run-wide failure with the error; a usage error is thrown', async () => {
    const failing = await runGate(env(memorySource({ 'm.h5': 'x' }, {}, new Error('GitHub API answered 500'))));
    expect(failing.verdict.unchecked).toEqual([{ check: 'changed files', message: 'the changed files could not be listed: GitHub API answered 500' }]);
    await expect(runGate(env(memorySource({}, {}, new GateError('usage', 'no token'))))).rejects.toThrow('no token');
  });

  it('a glob that matches no file fails even with no changed model; the trust notices go at the top', async () => {
    const trust: TrustInfo = { baseSha: 'b'.repeat(40), configFile: '.tflite-gate.yml', configChanged: true, prConfigError: '.tflite-gate.yml: not valid YAML', changedDatasets: ['data/test.npz'], deletedDatasets: [] };
    const report = await runGate(env(memorySource({ 'm.h5': 'x' }, {}, []), { models: 'models/**' }, PR, trust));
    expect(report.verdict.unchecked).toEqual([{ check: 'models', message: 'the glob "models/**" matches no file in the repository' }]);
    expect(report.notices).toEqual([
      'This pull request changes `.tflite-gate.yml`. The gate used the version of the base commit `bbbbbbb` (a pull request cannot change its own gate); the change applies once merged. The pull request\'s version would not load: .tflite-gate.yml: not valid YAML',
      'This pull request changes the test set `data/test.npz`. The version of the base commit `bbbbbbb` was used; the change applies once merged.',
    ]);
  });

  it('with no changed model, shows what a config change would do to every model of the repository', async () => {
    const prConfig = parseConfig((name) => ({ dataset: 'data/test.npz' })[name], { readFile: () => 'thresholds: { max-accuracy-drop: 100 }\n' });
    const trust: TrustInfo = { baseSha: 'b'.repeat(40), configFile: '.tflite-gate.yml', configChanged: true, prConfig, changedDatasets: [], deletedDatasets: [] };
    const report = await runGate(env(memorySource({ 'm.h5': 'x', 'README.md': 'x' }, {}, []), {}, PR, trust));
    expect(report.verdict.passed).toBe(true);
    expect(report.notices?.[0]).toMatch(/With the pull request's version:\n- `m\.h5`: `max-accuracy-drop` 1 → 100$/);
  });
});
