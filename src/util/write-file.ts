/**
 * The one way outputs are written: whole or not at all. A regular file (or a new one) is written to a
 * temporary file beside it and renamed into place, so no partial file is ever left under the final name.
 * Special targets are never replaced by a regular file:
 * - 'follow' (paths a user names on the command line: --output_file, --json, --markdown): `-` is standard
 *   output; a device, FIFO or socket (after links: /dev/stdout, /dev/null, /dev/full) is written through; a link
 *   to a regular file keeps the link and replaces the file it points to.
 * - 'replace' (files the tool names inside an output folder, which a pull request may have populated): a link
 *   is replaced by the file, never followed; a device, FIFO or socket is refused.
 * Every failure is a usage GateError (exit 2) that names the path and says why, without temp-file names.
 * One policy for folders: a missing folder on the way to an output is created when the output is written, and
 * `checkWritable` refuses an output that cannot be written (a file in the way, no permission, a read-only
 * file system) before any work starts, so a long evaluation never ends in a write error.
 */
import { closeSync, constants, mkdirSync, mkdtempSync, openSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, writeSync, lstatSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { GateError } from '../errors.js';
import { fileType } from './safe-file.js';

export type SpecialTargets = 'follow' | 'replace';

export interface WriteOptions {
  mode: SpecialTargets;
  /** What is written, for messages: "the JSON result". */
  what: string;
  hint?: string;
}

const REASONS: Record<string, string> = {
  EISDIR: 'the output path is a directory',
  ENOTDIR: 'a part of the output path is a file, not a folder',
  EEXIST: 'a part of the output path is a file, not a folder',
  EACCES: 'permission denied',
  ENOENT: 'the folder cannot hold new files',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  ENOTEMPTY: 'the output path is a directory',
  ENXIO: 'a FIFO with no reader',
  EPIPE: 'the reader closed the pipe',
};

/** A write failure as a sentence (no temp-file names), by error code. */
export function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && REASONS[code]) ?? code ?? 'unknown error';
}

function fail(path: string, options: WriteOptions, reason: string): never {
  throw new GateError('usage', `cannot write ${options.what}: ${reason}`, { file: path }, options.hint);
}

/** Write every byte, waiting while a pipe is full. */
function writeAll(fd: number, data: Uint8Array): void {
  for (let done = 0; done < data.byteLength; ) {
    try {
      done += writeSync(fd, data, done, data.byteLength - done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

/** Write into an existing device, FIFO or socket as it is. A FIFO without a reader is refused, not waited on. */
function writeThrough(path: string, data: Uint8Array, st: Stats): void {
  const probe = st.isFIFO() ? openSync(path, constants.O_WRONLY | (constants.O_NONBLOCK ?? 0)) : undefined;
  const fd = openSync(path, constants.O_WRONLY);
  if (probe !== undefined) closeSync(probe);
  try {
    writeAll(fd, data);
  } finally {
    closeSync(fd);
  }
}

function writeAtomic(path: string, data: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
    try {
      writeAll(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

const isSpecial = (st: Stats | undefined) => st !== undefined && !st.isFile() && !st.isDirectory() && !st.isSymbolicLink();

/** `-`, /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N: this process's own descriptor, written as it is. */
export function descriptorOf(path: string): number | undefined {
  if (path === '-') return 1;
  const m = /^\/(?:dev\/(stdout|stderr)|dev\/fd\/(\d+)|proc\/self\/fd\/(\d+))$/.exec(path);
  if (!m) return undefined;
  return m[1] ? (m[1] === 'stdout' ? 1 : 2) : Number(m[2] ?? m[3]);
}

/** Where a 'follow' write goes: the target after links, and what it is (undefined when it does not exist yet). */
function followed(path: string): { target: string; st?: Stats } {
  try {
    const target = realpathSync(path);
    return { target, st: statSync(target) };
  } catch {
    return { target: path };
  }
}

/** True for `-`, this process's descriptors and existing devices, FIFOs and sockets (after links): written through, never replaced or removed. */
export function isSpecialTarget(path: string): boolean {
  return descriptorOf(path) !== undefined || isSpecial(followed(path).st);
}

/** Write `data` to `path` by the rules above (`-` is standard output in 'follow' mode). */
export function writeOutputFile(path: string, data: Uint8Array | string, options: WriteOptions): void {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  try {
    if (options.mode === 'replace') {
      const st = lstatSync(path, { throwIfNoEntry: false });
      if (isSpecial(st)) fail(path, options, `the path is ${fileType(st!)}; refusing to write into it or replace it`);
      return writeAtomic(path, bytes);
    }
    const fd = descriptorOf(path);
    if (fd !== undefined) return writeAll(fd, bytes);
    const { target, st } = followed(path);
    if (st?.isDirectory()) fail(path, options, REASONS.EISDIR!);
    if (isSpecial(st)) return writeThrough(target, bytes, st!);
    writeAtomic(target, bytes);
  } catch (error) {
    if (error instanceof GateError) throw error;
    fail(path, options, writeFailure(error));
  }
}

/** What is at `path` after links; undefined when nothing is, or a part of the path is not a folder. */
function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** The nearest folder of `path` (or `path` itself) that exists, with what it is. */
function nearestExisting(path: string): { path: string; st: Stats } {
  for (let p = resolve(path); ; p = dirname(p)) {
    const st = statOrNothing(p);
    if (st || dirname(p) === p) return { path: p, st: st ?? statSync(p) };
  }
}

/**
 * Before any work: refuse an output that could not be written later. `kind` 'file' is a file to write (its
 * folders are created when missing), 'folder' an output folder. Writability is probed, not guessed from mode
 * bits (root ignores them; a read-only mount does not): a temporary folder is made and removed in the nearest
 * existing folder.
 */
export function checkWritable(path: string, kind: 'file' | 'folder', options: WriteOptions): void {
  if (kind === 'file' && isSpecialTarget(path)) return;
  const own = statOrNothing(path);
  if (kind === 'file' && own?.isDirectory()) fail(path, options, REASONS.EISDIR!);
  if (kind === 'folder' && own && !own.isDirectory()) fail(path, options, 'the path names a file, not a folder');
  const existing = nearestExisting(kind === 'file' ? dirname(path) : path);
  if (!existing.st.isDirectory()) fail(path, options, REASONS.ENOTDIR!);
  try {
    rmdirSync(mkdtempSync(join(existing.path, '.tflite-gate-probe-')));
  } catch (error) {
    fail(path, options, `${writeFailure(error)} in ${existing.path}`);
  }
}
