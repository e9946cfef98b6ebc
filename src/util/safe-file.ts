/**
 * The one way the gate opens a file a user or a pull request names (models, the config file, datasets, the
 * images of an image folder). A path is resolved (symbolic links followed) and, when a root is given (the
 * workspace), must stay inside it; it must be a regular file (or a folder, where one is expected), never a
 * device, FIFO, socket or /proc pseudo-file of another kind; its size is checked against a cap before
 * reading. The file is opened with O_NOFOLLOW | O_NONBLOCK (a FIFO cannot block the open) and checked again
 * with fstat after opening: a swap between the check and the read (another file, a link, a device) is caught.
 * Reading stops at the cap even when the size stat reported was wrong (as /proc files report 0).
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { GateError, type ErrorKind } from '../errors.js';
import { excerpt } from './escape.js';
import { limitHint, limitName, MIB, type Limits } from './limits.js';

/** A file to open, as the caller knows it. */
export interface FileRef {
  /** Where it is (absolute, or relative to the process's cwd). */
  path: string;
  /** As the user named it, for messages (default: path). */
  name?: string;
  /** The error kind of every refusal: 'bad-model', 'bad-dataset', 'usage'. */
  kind: ErrorKind;
}

/** What a read must respect. */
export interface FileRules {
  /** Only paths resolving inside this folder (the workspace) are read; undefined: anywhere (the CLI's own paths). */
  root?: string;
  /** Largest size in bytes, and the limit it comes from (for the message). */
  maxBytes?: number;
  limit?: keyof Limits;
}

/** How every untrusted file is opened: never through a final link, never blocking on a FIFO. */
export const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
const WORKSPACE_HINT = 'The gate reads only regular files inside the repository: commit the file itself, not a link to it.';
const FILE_HINT = 'Pass a regular file, not a device, FIFO or socket.';
const hintFor = (rules: FileRules) => (rules.root === undefined ? FILE_HINT : WORKSPACE_HINT);

/** "a character device", "a FIFO (named pipe)", … for a Stats that is not a regular file. */
export function fileType(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return st.isFile() ? 'a regular file' : 'not a regular file';
}

function refuse(ref: FileRef, message: string, hint?: string): never {
  throw new GateError(ref.kind, message, { file: ref.name ?? ref.path }, hint);
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The path with every link resolved; inside `root` when one is given. Refuses what cannot be resolved. */
export function resolvePath(ref: FileRef, root?: string): string {
  let real: string;
  try {
    real = realpathSync.native(ref.path);
  } catch (error) {
    const link = lstatSync(ref.path, { throwIfNoEntry: false });
    if (link?.isSymbolicLink()) refuse(ref, 'is a symbolic link that cannot be resolved (its target is missing, or a pipe or socket)', hintFor({ root }));
    const code = (error as NodeJS.ErrnoException).code;
    refuse(ref, code === 'ENOENT' || code === 'ENOTDIR' ? 'not found' : `cannot be read (${code ?? 'unknown error'})`);
  }
  if (root === undefined) return real;
  const realRoot = realpathSync.native(root);
  if (!isInside(realRoot, real)) refuse(ref, `resolves to ${excerpt(real, 120)}, outside the workspace (${realRoot})`, WORKSPACE_HINT);
  return real;
}

function sizeText(n: number): string {
  return n >= MIB ? `${(n / MIB).toFixed(1)} MiB` : `${n.toLocaleString('en-US')} bytes`;
}

function checkStats(ref: FileRef, st: Stats, rules: FileRules): void {
  if (!st.isFile()) refuse(ref, `is ${fileType(st)}, not a regular file`, hintFor(rules));
  if (rules.maxBytes !== undefined && st.size > rules.maxBytes) tooLarge(ref, rules, `is ${sizeText(st.size)}`);
}

function tooLarge(ref: FileRef, rules: FileRules, what: string): never {
  const limit = rules.limit ? limitName(rules.limit, rules.maxBytes! / MIB) : `the ${sizeText(rules.maxBytes!)} limit`;
  refuse(ref, `${what}, over ${limit}`, rules.limit ? limitHint(rules.limit) : undefined);
}

/** Read up to the cap: a file whose stat size lied (a /proc file reports 0) still stops there. */
function readAll(fd: number, ref: FileRef, rules: FileRules, size: number): Uint8Array {
  const cap = rules.maxBytes ?? Number.MAX_SAFE_INTEGER;
  // one byte more than the stat size: the read that finds the end needs no bigger buffer
  let buffer = Buffer.allocUnsafe(Math.min(Math.max(size + 1, 64 * 1024), cap + 1));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > cap) tooLarge(ref, rules, `holds more than ${sizeText(cap)}`);
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, cap + 1));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
  }
  if (length > cap) tooLarge(ref, rules, `holds more than ${sizeText(cap)}`);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
}

/**
 * The bytes of a regular file, by the rules; a refusal is a GateError of ref.kind naming the file. The
 * file is opened without following a link in its last part, after the path was resolved: a file swapped
 * for a link, a device or another file in between is refused, not read.
 */
export function readRegularFile(ref: FileRef, rules: FileRules = {}): Uint8Array {
  const real = resolvePath(ref, rules.root);
  const before = statSync(real);
  checkStats(ref, before, rules);
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    refuse(ref, code === 'ELOOP' ? 'was replaced by a symbolic link while being opened' : `cannot be read (${code ?? 'unknown error'})`, hintFor(rules));
  }
  try {
    const after = fstatSync(fd);
    if (after.dev !== before.dev || after.ino !== before.ino) refuse(ref, 'was replaced by another file while being opened', hintFor(rules));
    checkStats(ref, after, rules);
    return readAll(fd, ref, rules, after.size);
  } finally {
    closeSync(fd);
  }
}

/** What a path is (resolved, inside the root): a regular file or a folder; anything else is refused. */
export function fileOrFolder(ref: FileRef, root?: string): { real: string; folder: boolean } {
  const real = resolvePath(ref, root);
  const st = statSync(real);
  if (!st.isDirectory() && !st.isFile()) refuse(ref, `is ${fileType(st)}, not a regular file or folder`, hintFor({ root }));
  return { real, folder: st.isDirectory() };
}
