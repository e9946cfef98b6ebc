/** The few git reads the action needs, via the git command line in the checkout. */
import { execFile } from 'node:child_process';

interface GitResult {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

function git(cwd: string, args: string[], input?: Buffer, env?: NodeJS.ProcessEnv): Promise<GitResult> {
  return new Promise((resolve) => {
    const options = { cwd, encoding: 'buffer' as const, maxBuffer: 2 ** 31 - 1, ...(env ? { env: { ...process.env, ...env } } : {}) };
    const child = execFile('git', args, options, (error, stdout, stderr) => {
      resolve({ ok: !error, stdout: stdout as Buffer, stderr: (stderr as Buffer).toString('utf8') });
    });
    // A command that exits without reading its input (e.g. `git lfs smudge` where git-lfs is not installed)
    // makes the write fail with EPIPE; the exit status already reports the failure, so the write error must
    // not become an unhandled 'error' event that kills the process (seen crashing the action, 1 run in 4).
    child.stdin?.on('error', () => {});
    if (input) child.stdin?.end(input);
  });
}

/** True when the commit is present in the local clone (a shallow checkout often lacks the base). */
export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  return (await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])).ok;
}

/** The file's bytes at a commit, or undefined when the file does not exist there. */
export async function showFile(cwd: string, sha: string, path: string): Promise<Buffer | undefined> {
  const res = await git(cwd, ['show', `${sha}:${path}`]);
  return res.ok ? res.stdout : undefined;
}

/** The size in bytes of the file at a commit (without reading it), or undefined when there is no such file. */
export async function blobSize(cwd: string, sha: string, path: string): Promise<number | undefined> {
  const res = await git(cwd, ['cat-file', '-s', `${sha}:${path}`]);
  const size = res.ok ? Number(res.stdout.toString('utf8').trim()) : NaN;
  return Number.isFinite(size) ? size : undefined;
}

/** Whether `path` is a symbolic link at the commit (git stores the link text as a blob of mode 120000). */
export async function isSymlinkAt(cwd: string, sha: string, path: string): Promise<boolean> {
  const res = await git(cwd, ['ls-tree', sha, '--', path]);
  return res.ok && res.stdout.toString('utf8').startsWith('120000 ');
}

async function listFiles(cwd: string, which: string[]): Promise<string[]> {
  const res = await git(cwd, ['ls-files', '-z', '--full-name', ...which]);
  return res.ok ? res.stdout.toString('utf8').split('\0').filter(Boolean) : [];
}

/** Every tracked file (the index), repository-relative; with `under`, only those at or under that path. */
export function trackedFiles(cwd: string, under?: string): Promise<string[]> {
  return listFiles(cwd, ['--cached', ...(under ? ['--', under] : [])]);
}

/** Files in the working tree that git does not track and does not ignore, repository-relative. */
export function untrackedFiles(cwd: string): Promise<string[]> {
  return listFiles(cwd, ['--others', '--exclude-standard']);
}

/** The object id git would store for a file of the working tree, or undefined when it cannot be read. */
export async function workingTreeBlob(cwd: string, path: string): Promise<string | undefined> {
  const res = await git(cwd, ['hash-object', '--', path]);
  return res.ok ? res.stdout.toString('utf8').trim() : undefined;
}

/** The object id of a file at a commit, or undefined when the commit has no such file. */
export async function commitBlob(cwd: string, sha: string, path: string): Promise<string | undefined> {
  const res = await git(cwd, ['rev-parse', '--verify', '--quiet', `${sha}:${path}`]);
  return res.ok ? res.stdout.toString('utf8').trim() : undefined;
}

/** The commit a ref names, or undefined when it names none. */
export async function resolveCommit(cwd: string, ref: string): Promise<string | undefined> {
  const res = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return res.ok ? res.stdout.toString('utf8').trim() : undefined;
}

/** The root of the repository containing cwd. */
export async function repositoryRoot(cwd: string): Promise<string | undefined> {
  const res = await git(cwd, ['rev-parse', '--show-toplevel']);
  return res.ok ? res.stdout.toString('utf8').trim() : undefined;
}

/** The first parent of a commit, when the clone has it. */
export async function parentOf(cwd: string, sha: string): Promise<string | undefined> {
  const res = await git(cwd, ['rev-parse', '--verify', '--quiet', `${sha}^`]);
  return res.ok ? res.stdout.toString('utf8').trim() : undefined;
}

/** Files changed between two commits (or a commit and the working tree): status letter, path, previous path. */
export async function diffNames(cwd: string, from: string, to?: string): Promise<{ status: string; path: string; previous?: string }[]> {
  const res = await git(cwd, ['diff', '--name-status', '-z', '-M', from, ...(to ? [to] : [])]);
  if (!res.ok) return [];
  const parts = res.stdout.toString('utf8').split('\0').filter(Boolean);
  const out: { status: string; path: string; previous?: string }[] = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++];
    if (status.startsWith('R') || status.startsWith('C')) out.push({ status: status[0], previous: parts[i++], path: parts[i++] });
    else out.push({ status, path: parts[i++] });
  }
  return out;
}

/** Resolve an LFS pointer through `git lfs smudge`, when git-lfs is installed and has the object. */
export async function lfsSmudge(cwd: string, pointer: Buffer): Promise<Buffer | undefined> {
  const res = await git(cwd, ['lfs', 'smudge'], pointer);
  return res.ok && res.stdout.length > 0 ? res.stdout : undefined;
}

/** What a path names at a commit: 'blob' (a file), 'tree' (a folder), or undefined when nothing. */
export async function objectType(cwd: string, sha: string, path: string): Promise<string | undefined> {
  const res = await git(cwd, ['cat-file', '-t', `${sha}:${path}`]);
  return res.ok ? res.stdout.toString('utf8').trim() : undefined;
}

/**
 * Write a file or folder as it is at a commit under `root` (root/path/...), through a temporary index so the
 * checkout's own index is untouched: git streams the files (however many, however large) and applies its
 * filters (Git LFS). Symbolic links are written as small files holding the link text, never followed.
 * False when the commit has nothing at `path`.
 */
export async function checkoutAt(cwd: string, sha: string, path: string, root: string, index: string): Promise<boolean> {
  const env = { GIT_INDEX_FILE: index };
  const type = await objectType(cwd, sha, path);
  const blob = type === 'blob' ? await commitBlob(cwd, sha, path) : undefined;
  const staged =
    type === 'tree' ? await git(cwd, ['read-tree', `--prefix=${path}/`, `${sha}:${path}`], undefined, env)
    : blob ? await git(cwd, ['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], undefined, env)
    : undefined;
  if (!staged?.ok) return false;
  return (await git(cwd, ['-c', 'core.symlinks=false', 'checkout-index', '-a', '-f', `--prefix=${root}/`], undefined, env)).ok;
}

/**
 * The commit checked out in the working tree and its parents, or undefined outside a repository. The parents
 * are read from the commit object itself: a shallow clone (actions/checkout's default depth 1) lacks them.
 */
export async function headCommit(cwd: string): Promise<{ sha: string; parents: string[] } | undefined> {
  const [head, object] = await Promise.all([git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD']), git(cwd, ['cat-file', 'commit', 'HEAD'])]);
  if (!head.ok || !object.ok) return undefined;
  const header = object.stdout.toString('utf8').split('\n\n')[0];
  const parents = [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]);
  return { sha: head.stdout.toString('utf8').trim(), parents };
}
