import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  fileType
} from "./chunk-QPIMBNKW.js";
import {
  GateError
} from "./chunk-JM7JNUOI.js";

// src/util/write-file.ts
import { closeSync, constants, mkdirSync, mkdtempSync, openSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, writeSync, lstatSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
var REASONS = {
  EISDIR: "the output path is a directory",
  ENOTDIR: "a part of the output path is a file, not a folder",
  EEXIST: "a part of the output path is a file, not a folder",
  EACCES: "permission denied",
  ENOENT: "the folder cannot hold new files",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  ENOTEMPTY: "the output path is a directory",
  ENXIO: "a FIFO with no reader",
  EPIPE: "the reader closed the pipe"
};
function writeFailure(error) {
  const code = error.code;
  return (code && REASONS[code]) ?? code ?? "unknown error";
}
function fail(path, options, reason) {
  throw new GateError("usage", `cannot write ${options.what}: ${reason}`, { file: path }, options.hint);
}
function writeAll(fd, data) {
  for (let done = 0; done < data.byteLength; ) {
    try {
      done += writeSync(fd, data, done, data.byteLength - done);
    } catch (error) {
      if (error.code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}
function writeThrough(path, data, st) {
  const probe = st.isFIFO() ? openSync(path, constants.O_WRONLY | (constants.O_NONBLOCK ?? 0)) : void 0;
  const fd = openSync(path, constants.O_WRONLY);
  if (probe !== void 0) closeSync(probe);
  try {
    writeAll(fd, data);
  } finally {
    closeSync(fd);
  }
}
function writeAtomic(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 420);
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
var isSpecial = (st) => st !== void 0 && !st.isFile() && !st.isDirectory() && !st.isSymbolicLink();
function descriptorOf(path) {
  if (path === "-") return 1;
  const m = /^\/(?:dev\/(stdout|stderr)|dev\/fd\/(\d+)|proc\/self\/fd\/(\d+))$/.exec(path);
  if (!m) return void 0;
  return m[1] ? m[1] === "stdout" ? 1 : 2 : Number(m[2] ?? m[3]);
}
function followed(path) {
  try {
    const target = realpathSync(path);
    return { target, st: statSync(target) };
  } catch {
    return { target: path };
  }
}
function isSpecialTarget(path) {
  return descriptorOf(path) !== void 0 || isSpecial(followed(path).st);
}
function writeOutputFile(path, data, options) {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  try {
    if (options.mode === "replace") {
      const st2 = lstatSync(path, { throwIfNoEntry: false });
      if (isSpecial(st2)) fail(path, options, `the path is ${fileType(st2)}; refusing to write into it or replace it`);
      return writeAtomic(path, bytes);
    }
    const fd = descriptorOf(path);
    if (fd !== void 0) return writeAll(fd, bytes);
    const { target, st } = followed(path);
    if (st?.isDirectory()) fail(path, options, REASONS.EISDIR);
    if (isSpecial(st)) return writeThrough(target, bytes, st);
    writeAtomic(target, bytes);
  } catch (error) {
    if (error instanceof GateError) throw error;
    fail(path, options, writeFailure(error));
  }
}
function statOrNothing(path) {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
function nearestExisting(path) {
  for (let p = resolve(path); ; p = dirname(p)) {
    const st = statOrNothing(p);
    if (st || dirname(p) === p) return { path: p, st: st ?? statSync(p) };
  }
}
function checkWritable(path, kind, options) {
  if (kind === "file" && isSpecialTarget(path)) return;
  const own = statOrNothing(path);
  if (kind === "file" && own?.isDirectory()) fail(path, options, REASONS.EISDIR);
  if (kind === "folder" && own && !own.isDirectory()) fail(path, options, "the path names a file, not a folder");
  const existing = nearestExisting(kind === "file" ? dirname(path) : path);
  if (!existing.st.isDirectory()) fail(path, options, REASONS.ENOTDIR);
  try {
    rmdirSync(mkdtempSync(join(existing.path, ".tflite-gate-probe-")));
  } catch (error) {
    fail(path, options, `${writeFailure(error)} in ${existing.path}`);
  }
}

export {
  writeFailure,
  descriptorOf,
  isSpecialTarget,
  writeOutputFile,
  checkWritable
};
