/**
 * End-to-end, push events and the matrix path (list → matrix jobs → merge): the bundled dist/index.js run
 * as a runner runs it (see ./harness.ts), against a real git repository and a local fake GitHub + artifact
 * service that records every request.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeGitHub } from '../github/fake-github.js';
import { expectExit, fixture, makeRepo, runAction, type Repo } from './harness.js';
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

describe('the action on a push', () => {
  it('checks every matching model against the previous commit, without commenting', async () => {
    repo = makeRepo(MODEL.base, { ...MODEL.head, 'models/extra.h5': fixture('example/mnist_cnn.h5') });
    const run = await runAction({ repo, gh, event: 'push', inputs: modelInputs() });
    expectExit(run, 0);
    expect(run.outputs).toMatchObject({ passed: 'true', models: '2', 'comment-url': '' });
    const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'));
    expect(report.comparisons.map((c: { path: string; status: string }) => [c.path, c.status])).toEqual([['models/extra.h5', 'added'], [MODEL.path, 'modified']]);
    expect(report.context).toBe(`Commit \`${repo.head.slice(0, 7)}\` compared with \`${repo.base.slice(0, 7)}\`.`);
    expect(run.stdout).toContain('Not a pull request: no PR comment');
    expect(gh.apiCalls()).toEqual([]);
    expect(run.summary).toContain('## ✅ tflite-gate: all 2 models pass');
  });
});

describe('matrix: list + merge', () => {
  it('gates a PR with 40 changed models through list, matrix jobs and merge', async () => {
    const sources = MODEL.pool;
    const base: Record<string, string> = {};
    const head: Record<string, string> = {};
    for (let i = 0; i < 40; i++) {
      const path = `models/m${String(i).padStart(2, '0')}.tflite`;
      base[path] = sources[i % sources.length];
      head[path] = sources[(i + 1) % sources.length];
    }
    repo = makeRepo(base, head);
    changedPr(Object.fromEntries(Object.keys(head).map((p) => [p, 'modified'])));
    const inputs = { models: '**/*.tflite', 'latency-runs': '0', 'max-size-increase': '1000' };
    const single = await runAction({ repo, gh, inputs: { ...inputs, mode: 'list' } });
    expectExit(single, 0);
    expect(JSON.parse(single.outputs.matrix)).toEqual(Object.keys(head));
    const listed = await runAction({ repo, gh, inputs: { ...inputs, mode: 'list', 'batch-size': '10' } });
    const matrix = JSON.parse(listed.outputs.matrix) as string[];
    expect(matrix).toHaveLength(4);
    const jobs: Awaited<ReturnType<typeof runAction>>[] = [];
    for (let i = 0; i < matrix.length; i += 2) {
      jobs.push(...(await Promise.all(matrix.slice(i, i + 2).map((models, j) =>
        runAction({ repo, gh, inputs: { ...inputs, models, comment: 'false', 'output-dir': `reports/${i + j}`, 'artifact-name': `tflite-gate-${i + j}` } })))));
    }
    for (const j of jobs) expectExit(j, 0);
    expect(jobs.map((j) => [j.code, j.outputs.models])).toEqual([[0, '10'], [0, '10'], [0, '10'], [0, '10']]);
    expect(gh.comments).toHaveLength(0);
    const merged = await runAction({ repo, gh, inputs: { models: inputs.models, mode: 'merge', reports: 'reports/*/report.json', 'upload-artifacts': 'false' } });
    expectExit(merged, 0);
    expect(merged.outputs.models).toBe('40');
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0].body).toContain('## ✅ tflite-gate: all 40 models pass');
    for (const path of Object.keys(head)) expect(gh.comments[0].body).toContain(`\`${path}\``);
    expect(gh.artifacts.map((a) => a.name).sort()).toEqual(['tflite-gate-0', 'tflite-gate-1', 'tflite-gate-2', 'tflite-gate-3']);
    // a matrix job that wrote no report (failed early, artifact missing): its models were not gated, so merge fails
    renameSync(join(repo.dir, 'reports/3/report.json'), join(repo.dir, 'reports/3/report.json.lost'));
    const partial = await runAction({ repo, gh, inputs: { models: inputs.models, mode: 'merge', reports: 'reports/*/report.json', 'upload-artifacts': 'false' } });
    expectExit(partial, 1);
    expect(partial.outputs.models).toBe('30');
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0].body).toContain('no matrix job reported on this changed model');
    expect(gh.comments[0].body).toContain('`models/m39.tflite`');
    renameSync(join(repo.dir, 'reports/3/report.json.lost'), join(repo.dir, 'reports/3/report.json'));
    writeFileSync(join(repo.dir, 'reports/0/report.json'), '{"schema":"nope"}');
    const bad = await runAction({ repo, gh, inputs: { mode: 'merge', reports: 'reports/*/report.json' } });
    expectExit(bad, 2);
    expect(bad.stdout).toMatch(/::error::.*reports\/0\/report\.json: schema: not a tflite-gate report/);
    // a report the pull request committed (a planted pass, used should a matrix job's artifact be missing) is refused
    copyFileSync(merged.outputs['report-json'], join(repo.dir, 'reports/0/report.json'));
    execFileSync('git', ['add', '-f', 'reports/0/report.json'], { cwd: repo.dir });
    const planted = await runAction({ repo, gh, inputs: { mode: 'merge', reports: 'reports/*/report.json' } });
    expectExit(planted, 2);
    expect(planted.stdout).toContain('::error::input "reports": reports/0/report.json is committed to the repository, not made by the matrix jobs');
  });
});
