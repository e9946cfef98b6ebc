import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lfsSmudge } from '../../src/repo/git.js';

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
