/**
 * Copies of files as they are at the base commit, for datasets: on a pull request the test set comes from
 * the base, so a pull request that swaps it (same path, other content) cannot change the result.
 */
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { readBaseFile, type RemoteReader } from './base.js';
import { checkoutAt, hasCommit, lfsSmudge, trackedFiles } from './git.js';
import { parseLfsPointer } from './lfs.js';
import { readRegularFile } from '../util/safe-file.js';

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
  const scratch = mkdtempSync(join(tmpdir(), 'tflite-gate-index-'));
  try {
    return await checkoutAt(cwd, sha, posix.normalize(path).replace(/\/+$/, ''), root, join(scratch, 'index'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Not a regular file or folder (a link, a device, a FIFO): never read, never the same as anything. */
const SPECIAL = -1;

/**
 * The regular files under a folder (or the file itself) by relative path → size; undefined when nothing is
 * there. Nothing is read and no link followed: the pull request controls the head's side.
 */
function listing(path: string): Map<string, number> | undefined {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (!stat.isDirectory()) return new Map([['', stat.isFile() ? stat.size : SPECIAL]]);
  const out = new Map<string, number>();
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const full = join(entry.parentPath, entry.name);
    out.set(full.slice(path.length), entry.isFile() ? lstatSync(full).size : SPECIAL);
  }
  return out;
}

/** True when two files (or folders) hold the same regular files with the same bytes; sizes are compared first. */
export function sameContent(a: string, b: string): boolean {
  const x = listing(a);
  const y = listing(b);
  if (!x || !y || x.size !== y.size) return x === y;
  if ([...x].some(([name, size]) => size === SPECIAL || y.get(name) !== size)) return false;
  // read as every dataset is (util/safe-file.ts): a file swapped for a link or a FIFO since the listing is refused, never read
  const read = (path: string, size: number) => Buffer.from(readRegularFile({ path, kind: 'bad-dataset' }, { maxBytes: size }));
  return [...x].every(([name, size]) => read(a + name, size).equals(read(b + name, size)));
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
