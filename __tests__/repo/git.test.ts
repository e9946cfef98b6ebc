import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBaseFile } from '../../src/repo/base.js';
import { blobSize, lfsSmudge } from '../../src/repo/git.js';

describe('git commands fed on standard input', () => {
  // Where git-lfs is missing, `git lfs smudge` exits at once without reading its input; the write then fails
  // with EPIPE. That used to be an unhandled 'error' event that killed the action (intermittently, by timing).
  // A large input makes the write outlive the command every time.
  it('survive a command that exits without reading its input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tflite-gate-git-'));
    try {
      execFileSync('git', ['init', '-q'], { cwd: dir });
      for (let i = 0; i < 5; i++) {
        const result = await lfsSmudge(dir, Buffer.alloc(8 * 1024 * 1024, 0x61));
        expect(result === undefined || Buffer.isBuffer(result)).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('base versions over the size limit', () => {
  it('are refused from the blob size, before git reads them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tflite-gate-base-'));
    try {
      const run = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir });
      run('init', '-q');
      writeFileSync(join(dir, 'big.h5'), Buffer.alloc(3 * 1024 * 1024, 7));
      writeFileSync(join(dir, 'small.h5'), Buffer.alloc(10, 7));
      run('add', '.');
      run('commit', '-qm', 'base');
      const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir }).toString().trim();
      expect(await blobSize(dir, sha, 'big.h5')).toBe(3 * 1024 * 1024);
      expect(await blobSize(dir, sha, 'missing.h5')).toBeUndefined();
      const source = { cwd: dir, maxBytes: 2 * 1024 * 1024 };
      await expect(readBaseFile(source, sha, 'big.h5')).rejects.toThrow('the base version is 3.0 MiB, over the max-model-mib limit (2 MiB)');
      expect((await readBaseFile(source, sha, 'small.h5'))?.bytes.byteLength).toBe(10);
      expect(await readBaseFile(source, sha, 'missing.h5')).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
