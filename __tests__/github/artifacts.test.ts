import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { unzipSync } from 'fflate';
import { uploadFiles } from '../../src/github/artifacts.js';
import { FakeGitHub } from './fake-github.js';
import { runtimeToken } from './runtime-token.js';

let gh: FakeGitHub;
let dir: string;
const saved = { ...process.env };

beforeAll(async () => {
  gh = await new FakeGitHub().start();
  dir = mkdtempSync(join(tmpdir(), 'tg-art-'));
  Object.assign(process.env, { ACTIONS_RESULTS_URL: `${gh.url}/`, ACTIONS_RUNTIME_TOKEN: runtimeToken() });
  delete process.env.GITHUB_SERVER_URL;
});
afterAll(async () => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
  await gh.stop();
});

describe('artifact upload', () => {
  it('creates, uploads and finalizes a zip of the files through the artifact service', async () => {
    mkdirSync(join(dir, 'models'));
    writeFileSync(join(dir, 'report.json'), '{"schema":"x"}\n');
    writeFileSync(join(dir, 'models', 'a.float16.tflite'), Buffer.from([1, 2, 3]));
    const log: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (log.push(String(chunk)), true));
    const result = await uploadFiles('tflite-gate', [join(dir, 'report.json'), join(dir, 'models', 'a.float16.tflite')], dir).finally(() => write.mockRestore());
    expect(log.join('')).toContain('Artifact tflite-gate successfully finalized. Artifact ID 1');
    expect(result).toMatchObject({ id: 1, files: 2 });
    const [artifact] = gh.artifacts;
    expect(artifact).toMatchObject({ name: 'tflite-gate', finalized: true });
    const entries = unzipSync(new Uint8Array(artifact.bytes));
    expect(Object.keys(entries).sort()).toEqual(['models/a.float16.tflite', 'report.json']);
    expect(Buffer.from(entries['report.json']).toString()).toBe('{"schema":"x"}\n');
    gh.artifacts.length = 0;
    // a model a pull request named with a colon: its variant is left out, the rest still uploaded (was: no artifact at all)
    const colon = join(dir, 'models', 'b\n::x.float32.tflite');
    writeFileSync(colon, Buffer.from([4]));
    const quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const partial = await uploadFiles('tflite-gate', [join(dir, 'report.json'), colon], dir).finally(() => quiet.mockRestore());
    expect(partial).toMatchObject({ files: 1, skipped: [colon] });
    expect(Object.keys(unzipSync(new Uint8Array(gh.artifacts[0].bytes)))).toEqual(['report.json']);
    const calls = gh.requests.map((r) => `${r.method} ${r.path}${r.query.get('comp') ? `?comp=${r.query.get('comp')}` : ''}`);
    expect(calls[0]).toBe('POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact');
    expect(calls.at(-1)).toBe('POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact');
    expect(calls.some((c) => c.startsWith('PUT /devstoreaccount1/artifacts/tflite-gate.zip'))).toBe(true);
  });
});
