/**
 * ONNX external data through the gate's ModelSource (repo/source.ts) on a real git repository: the base
 * version's files read from git at the base commit under the same rules as on disk, and a change to a data
 * file alone listing its model as modified in a local (working tree) run.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitModelSource } from '../../src/repo/source.js';
import type { RunContext } from '../../src/github/context.js';
import { fixture, link, makeRepo, type Repo } from '../action/harness.js';

const ONNX = readFileSync(fixture('onnx/external/tiny_mlp_ext.onnx'));
const WEIGHTS = readFileSync(fixture('onnx/external/tiny_mlp_ext.weights'));
/** The model with its data file's location rewritten (same length, so the protobuf stays valid). */
const locatedAt = (location: string) => Buffer.from(ONNX.toString('latin1').replaceAll('tiny_mlp_ext.weights', location), 'latin1');

const repos: Repo[] = [];
afterAll(() => repos.forEach((r) => rmSync(r.dir, { recursive: true, force: true })));

function repoWith(base: Parameters<typeof makeRepo>[0], head: Parameters<typeof makeRepo>[1]): Repo {
  const repo = makeRepo(base, head);
  repos.push(repo);
  return repo;
}

const push = (repo: Repo): RunContext => ({ eventName: 'push', sha: repo.head, before: repo.base, apiUrl: '', serverUrl: '', workspace: repo.dir });

describe('ONNX external data of the base version', () => {
  it('is read from git at the base commit, not from the checkout', async () => {
    const repo = repoWith({ 'm/a.onnx': ONNX, 'm/tiny_mlp_ext.weights': WEIGHTS }, { 'm/tiny_mlp_ext.weights': Buffer.from(WEIGHTS.map((b) => b ^ 1)) });
    const source = await gitModelSource({ context: push(repo) });
    const base = await source.externalFiles!('base', 'm/a.onnx', ONNX);
    const head = await source.externalFiles!('head', 'm/a.onnx', ONNX);
    expect(Buffer.from(base!.get('tiny_mlp_ext.weights')!)).toEqual(WEIGHTS);
    expect(Buffer.from(head!.get('tiny_mlp_ext.weights')!)).not.toEqual(WEIGHTS);
  });

  it('refuses a symbolic link at the base commit, and a location climbing out with ".."', async () => {
    const repo = repoWith({ 'm/a.onnx': ONNX, 'm/tiny_mlp_ext.weights': link('../secret'), 'secret': WEIGHTS }, { 'm/b.onnx': locatedAt('../iny_mlp_ext.weigh') });
    const source = await gitModelSource({ context: push(repo) });
    await expect(source.externalFiles!('base', 'm/a.onnx', ONNX)).rejects.toThrow(/"m\/tiny_mlp_ext\.weights" is a symbolic link at the base commit/);
    await expect(source.externalFiles!('head', 'm/a.onnx', ONNX)).rejects.toThrow(/link|outside/);
    await expect(source.externalFiles!('base', 'm/b.onnx', locatedAt('../iny_mlp_ext.weigh'))).rejects.toThrow(/leaves the model's folder/);
    // a file the head does not have: no files, so the converter names the tensor that needs it
    expect(await source.externalFiles!('head', 'm/c.onnx', locatedAt('no_such_file.weights'))).toEqual(new Map());
  });
});

describe('a change to a data file alone', () => {
  it('lists its model as modified in a working-tree run, and not a model that names another file', async () => {
    const repo = repoWith({ 'm/a.onnx': ONNX, 'm/other.onnx': locatedAt('other_mlp_ext.weight'), 'm/tiny_mlp_ext.weights': WEIGHTS, 'm/other_mlp_ext.weight': WEIGHTS }, { 'README.md': Buffer.from('x') });
    writeFileSync(join(repo.dir, 'm/tiny_mlp_ext.weights'), Buffer.from(WEIGHTS.map((b) => b ^ 1)));
    const source = await gitModelSource({ context: { eventName: 'workflow_dispatch', apiUrl: '', serverUrl: '', workspace: repo.dir, workingTree: true, before: repo.head } });
    expect(await source.changed('**/*.onnx')).toEqual({ models: [{ path: 'm/a.onnx', status: 'modified' }], unchanged: 1 });
  });
});
