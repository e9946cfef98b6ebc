/**
 * Copies of files as they are at the base commit, for datasets: on a pull request the test set comes from
 * the base, so a pull request that swaps it (same path, other content) cannot change the result.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readBaseFile, type RemoteReader } from './base.js';
import { checkoutFolder, hasCommit, lfsSmudge, objectType, showFile, trackedFiles } from './git.js';
import { parseLfsPointer } from './lfs.js';

async function writeBlob(cwd: string, bytes: Buffer, dest: string): Promise<void> {
  const real = parseLfsPointer(bytes) ? ((await lfsSmudge(cwd, bytes)) ?? bytes) : bytes;
  mkdirSync(dirname(dest), { recursive: true });
  writeFileSync(dest, real);
}

/**
 * Write `path` (a file, or a folder with every file under it) as it is at commit `sha` under `root`
 * (root/path). False when the commit has nothing there. Without the commit in the clone, a file is read
 * through `remote`.
 */
export async function copyAtCommit(cwd: string, sha: string, path: string, root: string, remote?: RemoteReader): Promise<boolean> {
  const dest = join(root, path);
  if (!(await hasCommit(cwd, sha))) {
    const bytes = remote ? await remote(sha, path) : undefined;
    if (bytes) await writeBlob(cwd, bytes, dest);
    return bytes !== undefined;
  }
  const type = await objectType(cwd, sha, path);
  if (type === 'blob') {
    await writeBlob(cwd, (await showFile(cwd, sha, path))!, dest);
    return true;
  }
  if (type !== 'tree') return false;
  const scratch = mkdtempSync(join(tmpdir(), 'tflite-gate-index-'));
  try {
    return await checkoutFolder(cwd, sha, path.replace(/\/+$/, ''), root, join(scratch, 'index'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Every file under a folder (or the file itself) as relative path → bytes; undefined when nothing is there. */
function contents(path: string): Map<string, Buffer> | undefined {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (!stat.isDirectory()) return new Map([['', readFileSync(path)]]);
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out.set(full.slice(path.length), readFileSync(full));
  }
  return out;
}

/** True when two files (or folders) hold the same files with the same bytes. */
export function sameContent(a: string, b: string): boolean {
  const x = contents(a);
  const y = contents(b);
  if (!x || !y || x.size !== y.size) return x === y;
  return [...x].every(([name, bytes]) => y.get(name)?.equals(bytes) === true);
}

/** Reads of the base commit for trusted settings (pipeline/trust.ts), with the base's datasets copied under `scratch`. */
export function baseReader(cwd: string, baseSha: string, scratch: string, remote?: RemoteReader) {
  return {
    workspace: cwd,
    baseSha,
    scratch,
    readText: async (path: string) => (await readBaseFile({ cwd, remote }, baseSha, path))?.bytes.toString('utf8'),
    copy: (path: string) => copyAtCommit(cwd, baseSha, path, scratch, remote),
    same: sameContent,
    trackedAtHead: async (path: string) => (await trackedFiles(cwd, path)).length > 0,
  };
}
