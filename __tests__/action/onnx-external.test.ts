/**
 * End-to-end: an ONNX model whose weights sit in an external data file (fixtures/onnx/external). A pull
 * request or push that changes only that file changes the model; the base version is evaluated with the
 * base commit's weights (read from git), the head with the checkout's.
 */
import { readFileSync, rmSync } from 'node:fs';
import { FakeGitHub } from '../github/fake-github.js';
import { expectExit, fixture, makeRepo, runAction, type Repo } from './harness.js';
import { seededRandom } from '../../src/util/random.js';

const MODEL = 'models/tiny_mlp_ext.onnx';
const WEIGHTS = 'models/tiny_mlp_ext.weights';

/** The weights with seeded noise: another model behind the same .onnx bytes. */
function retrained(): Buffer {
  const bytes = readFileSync(fixture('onnx/external/tiny_mlp_ext.weights'));
  const floats = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const random = seededRandom(5);
  return Buffer.from(floats.map((v) => v + (random() - 0.5)).buffer);
}

/** 24 seeded samples of the MLP's 20 features, labelled with the argmax of a fixed projection (any label works). */
function dataset(): Buffer {
  const random = seededRandom(3);
  const rows = Array.from({ length: 24 }, (_, i) => [...Array.from({ length: 20 }, () => (random() * 2 - 1).toFixed(4)), String(i % 4)].join(','));
  return Buffer.from(`${[...Array.from({ length: 20 }, (_, i) => `f${i}`), 'label'].join(',')}\n${rows.join('\n')}\n`);
}

let gh: FakeGitHub;
let repo: Repo;

beforeAll(async () => {
  gh = await new FakeGitHub().start();
  repo = makeRepo(
    { [MODEL]: fixture('onnx/external/tiny_mlp_ext.onnx'), [WEIGHTS]: fixture('onnx/external/tiny_mlp_ext.weights'), 'data/test.csv': dataset() },
    { [WEIGHTS]: retrained() },
  );
});
afterAll(async () => {
  await gh.stop();
  rmSync(repo.dir, { recursive: true, force: true });
});

const inputs = { models: '**/*.onnx', dataset: 'data/test.csv', 'latency-runs': '0', variants: 'float32', 'max-accuracy-drop': '100' };

function modelComparison(run: Awaited<ReturnType<typeof runAction>>) {
  const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'));
  expect(report.comparisons.map((c: { path: string }) => c.path)).toEqual([MODEL]);
  return report.comparisons[0];
}

describe('ONNX external data in the gate', () => {
  it('a pull request changing only the weights file gates the model, base weights read at the base commit', async () => {
    gh.prFiles = [{ filename: WEIGHTS, status: 'modified' }];
    const run = await runAction({ repo, gh, inputs });
    expectExit(run, 0);
    const c = modelComparison(run);
    expect(c).toMatchObject({ status: 'modified' });
    expect(c.error ?? c.baseError).toBeUndefined();
    // the same .onnx, other weights: the versions' predictions on the same samples differ
    const confusion = (e: { variants: { classification: { confusion: number[][] } }[] }) => e.variants[0].classification.confusion;
    expect(confusion(c.base)).not.toEqual(confusion(c.head));
  });

  it('a push changing only the weights file gates the model too', async () => {
    const run = await runAction({ repo, gh, event: 'push', inputs });
    expectExit(run, 0);
    expect(modelComparison(run)).toMatchObject({ status: 'modified', base: expect.any(Object), head: expect.any(Object) });
  });
});
