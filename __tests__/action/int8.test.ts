/**
 * End-to-end, the int8 gate: the bundled dist/index.js on a pull request with `variants: float32,int8` and a
 * `representative-dataset` input (read at the base commit, like the test set): int8 rows and quantization facts
 * in the comment, the int8 .tflite in the artifact, max-int8-accuracy-drop judging the int8 variant.
 */
import { rmSync } from 'node:fs';
import { unzipSync } from 'fflate';
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

describe('the action with the int8 variant', () => {
  it('calibrates on the representative dataset, reports int8 beside float32 and uploads the int8 file', async () => {
    repo = makeRepo({ ...MODEL.base, 'data/calib.npz': fixture('quantize/mnist.calib.npz') }, MODEL.head);
    gh.prFiles = [{ filename: MODEL.path, status: 'modified' }];
    const inputs = modelInputs({ variants: 'float32,int8', 'representative-dataset': 'data/calib.npz', 'max-size-increase': '900', 'max-int8-accuracy-drop': '20' });
    const run = await runAction({ repo, gh, inputs });
    expectExit(run, 0);
    const body = gh.comments[0]!.body;
    expect(body).toMatch(/\| int8 \|/);
    expect(body).toContain('Quantization, int8: 3 weight tensors int8, calibrated on 100 samples');
    expect(body).toContain('int8 calibrated on representative dataset data/calib.npz (100 samples)');
    const artifact = gh.artifacts.find((a) => a.name === 'tflite-gate')!;
    expect(Object.keys(unzipSync(new Uint8Array(artifact.bytes))).sort()).toEqual([
      'report.json', 'report.md', 'tflite/models/mnist_cnn.float32.tflite', 'tflite/models/mnist_cnn.int8.tflite',
    ]);
  });
});
