/**
 * The bundled action (dist/index.js, run as a runner runs it) refuses path inputs that cannot work before
 * it lists or evaluates any model: exit code 2 and an error naming the input.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectExit, makeRepo, runAction, type ActionRun, type Repo } from '../action/harness.js';
import { MODEL, modelInputs } from '../action/models.js';
import { FakeGitHub } from '../github/fake-github.js';

let gh: FakeGitHub;
let repo: Repo;

beforeAll(async () => {
  gh = await new FakeGitHub().start();
  repo = makeRepo(MODEL.base, MODEL.head);
});
afterAll(async () => {
  await gh.stop();
  rmSync(repo.dir, { recursive: true, force: true });
});

/** The run stopped before any work: no model listed, no API call, no outputs. */
function refusedUpFront(run: ActionRun): void {
  expectExit(run, 2);
  expect(run.stdout).not.toContain('model file(s) to check');
  expect(run.outputs).toEqual({});
  expect(gh.requests).toEqual([]);
}

describe('the action refuses bad path inputs up front', () => {
  it('a dataset input that does not exist', async () => {
    const run = await runAction({ repo, gh, event: 'push', inputs: modelInputs({ dataset: 'data/missing.npz' }) });
    refusedUpFront(run);
    expect(run.stdout).toContain(`::error::input "dataset": "data/missing.npz" does not exist (looked for ${join(repo.dir, 'data/missing.npz')})`);
    // on a pull request the dataset is read at the base commit
    const pr = await runAction({ repo, gh, inputs: modelInputs({ dataset: 'data/missing.npz' }) });
    refusedUpFront(pr);
    expect(pr.stdout).toContain(`::error::input "dataset": "data/missing.npz" does not exist at the base commit ${repo.base.slice(0, 7)}`);
  });

  it('a dataset in the config file that does not exist', async () => {
    writeFileSync(join(repo.dir, 'gate.yml'), 'models:\n  - path: "models/**"\n    dataset: data/other.npz\n');
    try {
      const run = await runAction({ repo, gh, event: 'push', inputs: modelInputs({ dataset: '', config: 'gate.yml' }) });
      refusedUpFront(run);
      expect(run.stdout).toContain('::error::gate.yml: models[0].dataset: "data/other.npz" does not exist');
    } finally {
      rmSync(join(repo.dir, 'gate.yml'));
    }
  });

  it('an output-dir that is a file', async () => {
    const run = await runAction({ repo, gh, inputs: modelInputs({ 'output-dir': 'README.md' }) });
    refusedUpFront(run);
    expect(run.stdout).toContain(`::error::${join(repo.dir, 'README.md')}: input "output-dir" names a file, not a folder`);
  });
});
