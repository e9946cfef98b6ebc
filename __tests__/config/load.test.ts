/** loadConfig and the path checks that refuse a run before any model is evaluated. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOutputDir, fileReaderAt, loadConfig } from '../../src/config/load.js';
import { GateError } from '../../src/errors.js';

let root: string;
const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const HINT = 'Dataset paths are relative to the repository root; commit or generate the dataset before the gate runs.';

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof GateError && error.kind === 'usage') return error.format();
    throw error;
  }
  throw new Error('expected a usage GateError');
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tg-load-'));
  mkdirSync(join(root, 'data/images'), { recursive: true });
  writeFileSync(join(root, 'data/test.npz'), 'x');
  writeFileSync(join(root, 'taken'), 'a file');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('datasets that do not exist', () => {
  it('refuses a dataset input, naming the input, the path and where it was looked for', () => {
    expect(refusal(() => loadConfig(inputs({ dataset: 'data/none.npz' }), root))).toBe(
      `input "dataset": "data/none.npz" does not exist (looked for ${join(root, 'data/none.npz')})\n  ${HINT}`,
    );
    expect(refusal(() => loadConfig(inputs({ dataset: 'data/none.npz' }), root, (n) => `--${n}`))).toMatch(/^--dataset: "data\/none\.npz" does not exist/);
  });

  it('refuses a config file dataset, naming the file and the key', () => {
    writeFileSync(join(root, 'top.yml'), 'dataset: data/gone.npz\n');
    writeFileSync(join(root, 'rules.yml'), 'dataset: data/test.npz\nmodels:\n  - path: "a/**"\n    dataset: data/images\n  - path: "b/**"\n    dataset: data/audio\n');
    expect(refusal(() => loadConfig(inputs({ config: 'top.yml' }), root))).toBe(
      `top.yml: dataset: "data/gone.npz" does not exist (looked for ${join(root, 'data/gone.npz')})\n  ${HINT}`,
    );
    expect(refusal(() => loadConfig(inputs({ config: 'rules.yml' }), root))).toBe(
      `rules.yml: models[1].dataset: "data/audio" does not exist (looked for ${join(root, 'data/audio')})\n  ${HINT}`,
    );
    // an input that is set wins over the file's top-level dataset, and is the one checked
    expect(loadConfig(inputs({ config: 'top.yml', dataset: 'data/test.npz' }), root).dataset).toBe('data/test.npz');
  });

  it('accepts files, image folders and absolute paths, and does not check in list or merge mode', () => {
    expect(loadConfig(inputs({ dataset: 'data/test.npz' }), root).dataset).toBe('data/test.npz');
    expect(loadConfig(inputs({ dataset: join(root, 'data/images') }), root).dataset).toBe(join(root, 'data/images'));
    expect(loadConfig(inputs({ dataset: 'data/none.npz', mode: 'list' }), root).mode).toBe('list');
    expect(loadConfig(inputs({ dataset: 'data/none.npz', mode: 'merge' }), root).mode).toBe('merge');
  });
});

describe('an output folder that is a file', () => {
  it('is refused, naming the input; a missing or existing folder is fine', () => {
    const config = (outputDir: string) => loadConfig(inputs({ 'output-dir': outputDir }), root);
    expect(refusal(() => checkOutputDir(config('taken'), root))).toBe(
      `${join(root, 'taken')}: input "output-dir" names a file, not a folder\n  Give input "output-dir" a folder (it is created when missing).`,
    );
    expect(() => checkOutputDir(config('data'), root)).not.toThrow();
    expect(() => checkOutputDir(config('new/folder'), root)).not.toThrow();
    expect(() => checkOutputDir(loadConfig(inputs({}), root), root)).not.toThrow();
  });
});

describe('fileReaderAt (the config file)', () => {
  it('refuses a config in the repository that links out of it, and reads one the workflow names outside it', () => {
    const outside = mkdtempSync(join(tmpdir(), 'tg-load-outside-'));
    try {
      writeFileSync(join(outside, 'gate.yml'), 'samples: 5\n');
      symlinkSync(join(outside, 'gate.yml'), join(root, 'linked.yml'));
      symlinkSync('/dev/zero', join(root, 'zero.yml'));
      const read = fileReaderAt(root);
      expect(refusal(() => read('linked.yml'))).toMatch(/^linked\.yml: resolves to .*gate\.yml, outside the workspace/);
      expect(refusal(() => read('zero.yml'))).toMatch(/^zero\.yml: resolves to \/dev\/zero, outside the workspace/);
      expect(read(join(outside, 'gate.yml'))).toBe('samples: 5\n');
      expect(refusal(() => read('/dev/zero'))).toBe('/dev/zero: is a character device, not a regular file\n  Pass a regular file, not a device, FIFO or socket.');
      expect(read('missing.yml')).toBeUndefined();
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
