import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeError } from '../../src/errors.js';
import { loadTrustedConfig } from '../../src/pipeline/trust.js';
import { baseReader, copyAtCommit, sameContent } from '../../src/repo/snapshot.js';

let dir: string;
let scratch: string;
let base: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
const write = (path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tg-snap-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 't@example.com');
  git('config', 'user.name', 't');
  write('images/cat/1.png', 'cat one');
  write('images/dog/2.png', 'dog two');
  symlinkSync('/etc/passwd', join(dir, 'images/dog/link.png'));
  write('data/test.csv', 'x,y\n1,0\n');
  write('.tflite-gate.yml', 'dataset: data/test.csv\nthresholds: { max-accuracy-drop: 1 }\n');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  base = git('rev-parse', 'HEAD');
  write('images/cat/1.png', 'a different cat');
  write('data/test.csv', 'x,y\n1,1\n');
  write('.tflite-gate.yml', 'dataset: data/test.csv\nthresholds: { max-accuracy-drop: 50 }\n');
  git('commit', '-q', '-am', 'head');
});
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'tg-snap-out-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('copies at the base commit', () => {
  it('writes a folder as it was at base, links as plain files, without touching the checkout\'s index', async () => {
    const status = git('status', '--porcelain');
    expect(await copyAtCommit(dir, base, 'images', scratch)).toBe(true);
    expect(readFileSync(join(scratch, 'images/cat/1.png'), 'utf8')).toBe('cat one');
    expect(lstatSync(join(scratch, 'images/dog/link.png')).isFile()).toBe(true);
    expect(readFileSync(join(scratch, 'images/dog/link.png'), 'utf8')).toBe('/etc/passwd');
    expect(git('status', '--porcelain')).toBe(status);
    expect(sameContent(join(scratch, 'images'), join(dir, 'images'))).toBe(false);
    expect(await copyAtCommit(dir, base, 'images/dog', scratch)).toBe(true);
    expect(sameContent(join(scratch, 'images/dog'), join(dir, 'images/dog'))).toBe(false); // the link is followed in the checkout
    expect(await copyAtCommit(dir, base, 'nothing/here', scratch)).toBe(false);
  });

  it('reads the config and datasets at base, notes the changes, and copies a generated dataset from the workspace', async () => {
    write('generated/x.npy', 'made by a workflow step');
    try {
      const read = (name: string) => (name === 'dataset' ? 'generated/x.npy' : '');
      const trusted = await loadTrustedConfig(read, baseReader(dir, base, scratch));
      expect(trusted.config.thresholds.maxAccuracyDrop).toBe(1);
      expect(trusted.trust).toMatchObject({ configChanged: true, changedDatasets: [], deletedDatasets: [] });
      expect(trusted.trust.prConfig?.thresholds.maxAccuracyDrop).toBe(50);
      expect(readFileSync(join(trusted.datasetRoot, 'generated/x.npy'), 'utf8')).toBe('made by a workflow step');
      const fromFile = await loadTrustedConfig(() => '', baseReader(dir, base, scratch));
      expect(fromFile.trust.changedDatasets).toEqual(['data/test.csv']);
      expect(readFileSync(join(fromFile.datasetRoot, 'data/test.csv'), 'utf8')).toBe('x,y\n1,0\n');
    } finally {
      rmSync(join(dir, 'generated'), { recursive: true });
    }
    expect(existsSync(join(dir, 'generated'))).toBe(false);
  });

  it('reads a config the workflow names by an absolute path outside the checkout where it is; one inside it at base', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'tg-wf-config-'));
    writeFileSync(join(elsewhere, 'gate.yml'), 'thresholds: { max-accuracy-drop: 0.5 }\n');
    try {
      const own = await loadTrustedConfig((name) => (name === 'config' ? join(elsewhere, 'gate.yml') : ''), baseReader(dir, base, scratch));
      expect(own.config.thresholds.maxAccuracyDrop).toBe(0.5);
      expect(own.trust.configChanged).toBe(false);
      const inside = await loadTrustedConfig((name) => (name === 'config' ? join(dir, '.tflite-gate.yml') : ''), baseReader(dir, base, scratch));
      expect([inside.config.thresholds.maxAccuracyDrop, inside.trust.configChanged, inside.trust.configFile]).toEqual([1, true, '.tflite-gate.yml']);
    } finally {
      rmSync(elsewhere, { recursive: true });
    }
  });

  it('says that a config file that does not load is the base commit\'s version', async () => {
    const reader = { ...baseReader(dir, base, scratch), readText: async () => 'thresholds: { max-accuracy-drop: half }\n' };
    const error = await loadTrustedConfig(() => '', reader).catch((e: unknown) => e);
    expect(describeError(error)).toBe(
      `.tflite-gate.yml: thresholds.max-accuracy-drop: must be a number >= 0, got "half"\n  This is the version of the base commit ${base.slice(0, 7)}, which pull requests are judged by; a fix applies once merged (or once, trust-pr-config: true).`,
    );
  });

  it('never reads a head dataset that is a link (to /dev/zero, say): it is a change, the base\'s version is used', async () => {
    rmSync(join(dir, 'data/test.csv'));
    symlinkSync('/dev/zero', join(dir, 'data/test.csv'));
    try {
      const trusted = await loadTrustedConfig(() => '', baseReader(dir, base, scratch));
      expect(trusted.trust.changedDatasets).toEqual(['data/test.csv']);
      expect(readFileSync(join(trusted.datasetRoot, 'data/test.csv'), 'utf8')).toBe('x,y\n1,0\n');
    } finally {
      git('checkout', '--', 'data/test.csv');
    }
  });

  it('refuses a generated (untracked) dataset that links out of the workspace', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'tg-elsewhere-'));
    writeFileSync(join(elsewhere, 'x.npy'), 'secret');
    symlinkSync(elsewhere, join(dir, 'outside'));
    try {
      const read = (name: string) => (name === 'dataset' ? 'outside/x.npy' : '');
      const error = await loadTrustedConfig(read, baseReader(dir, base, scratch)).catch((e: unknown) => e);
      expect(describeError(error)).toMatch(/^input "dataset": "outside\/x\.npy" resolves outside the repository\n/);
      // an input's absolute path outside the checkout is the workflow's file, used where it is; a relative one is refused
      const absolute = await loadTrustedConfig((name) => (name === 'dataset' ? join(elsewhere, 'x.npy') : ''), baseReader(dir, base, scratch));
      expect(absolute.trust.changedDatasets).toEqual([]);
      const climbing = await loadTrustedConfig((name) => (name === 'dataset' ? '../x.npy' : ''), baseReader(dir, base, scratch)).catch((e: unknown) => e);
      expect(describeError(climbing)).toMatch(/^input "dataset": "\.\.\/x\.npy" is outside the repository\n/);
    } finally {
      rmSync(join(dir, 'outside'));
      rmSync(elsewhere, { recursive: true });
    }
  });
});
