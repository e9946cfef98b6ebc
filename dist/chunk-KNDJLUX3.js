import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  GateError,
  excerpt
} from "./chunk-G6EA7MZI.js";

// src/util/write-file.ts
import { closeSync as closeSync2, constants as constants2, mkdirSync, mkdtempSync, openSync as openSync2, realpathSync as realpathSync2, renameSync, rmdirSync, rmSync, statSync as statSync2, writeSync, lstatSync as lstatSync2 } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

// src/util/safe-file.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";

// src/util/limits.ts
var LIMITS = {
  modelMib: { name: "max-model-mib", default: 512, what: "a model file", unit: "MiB" },
  datasetMib: { name: "max-dataset-mib", default: 2048, what: "a dataset", unit: "MiB" },
  imagePixels: { name: "max-image-pixels", default: 5e7, what: "one image", unit: "pixels" },
  csvLineKib: { name: "max-csv-line-kib", default: 1024, what: "one CSV line", unit: "KiB" },
  configDepth: { name: "max-config-depth", default: 64, what: "the nesting of a model configuration", unit: "levels" },
  modelSeconds: { name: "model-timeout-seconds", default: 1800, what: "one model in the gate", unit: "seconds" }
};
var DEFAULT_LIMITS = Object.fromEntries(
  Object.entries(LIMITS).map(([key, def]) => [key, def.default])
);
var MIB = 1024 * 1024;
function limitBytes(limits, key) {
  return (limits?.[key] ?? DEFAULT_LIMITS[key]) * MIB;
}
function amount(key, value) {
  const unit = LIMITS[key].unit;
  return `${value.toLocaleString("en-US")} ${value === 1 && unit.endsWith("s") ? unit.slice(0, -1) : unit}`;
}
function limitName(key, value = DEFAULT_LIMITS[key]) {
  return `the ${LIMITS[key].name} limit (${amount(key, value)})`;
}
function limitHint(key) {
  const name = LIMITS[key].name;
  return `If this is intended, raise the limit: action input \`${name}\` or CLI flag --${name} (default ${amount(key, LIMITS[key].default)}).`;
}

// src/util/safe-file.ts
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
var WORKSPACE_HINT = "The gate reads only regular files inside the repository: commit the file itself, not a link to it.";
var FILE_HINT = "Pass a regular file, not a device, FIFO or socket.";
var hintFor = (rules) => rules.root === void 0 ? FILE_HINT : WORKSPACE_HINT;
function fileType(st) {
  if (st.isDirectory()) return "a folder";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isSocket()) return "a socket";
  if (st.isSymbolicLink()) return "a symbolic link";
  return st.isFile() ? "a regular file" : "not a regular file";
}
function refuse(ref, message, hint) {
  throw new GateError(ref.kind, message, { file: ref.name ?? ref.path }, hint);
}
function isInside(root, path) {
  const rel = relative(root, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
function resolvePath(ref, root) {
  let real;
  try {
    real = realpathSync.native(ref.path);
  } catch (error) {
    const link = lstatSync(ref.path, { throwIfNoEntry: false });
    if (link?.isSymbolicLink()) refuse(ref, "is a symbolic link that cannot be resolved (its target is missing, or a pipe or socket)", hintFor({ root }));
    const code = error.code;
    refuse(ref, code === "ENOENT" || code === "ENOTDIR" ? "not found" : `cannot be read (${code ?? "unknown error"})`);
  }
  if (root === void 0) return real;
  const realRoot = realpathSync.native(root);
  if (!isInside(realRoot, real)) refuse(ref, `resolves to ${excerpt(real, 120)}, outside the workspace (${realRoot})`, WORKSPACE_HINT);
  return real;
}
function sizeText(n) {
  return n >= MIB ? `${(n / MIB).toFixed(1)} MiB` : `${n.toLocaleString("en-US")} bytes`;
}
function checkStats(ref, st, rules) {
  if (!st.isFile()) refuse(ref, `is ${fileType(st)}, not a regular file`, hintFor(rules));
  if (rules.maxBytes !== void 0 && st.size > rules.maxBytes) tooLarge(ref, rules, `is ${sizeText(st.size)}`);
}
function tooLarge(ref, rules, what) {
  const limit = rules.limit ? limitName(rules.limit, rules.maxBytes / MIB) : `the ${sizeText(rules.maxBytes)} limit`;
  refuse(ref, `${what}, over ${limit}`, rules.limit ? limitHint(rules.limit) : void 0);
}
function readAll(fd, ref, rules, size) {
  const cap = rules.maxBytes ?? Number.MAX_SAFE_INTEGER;
  let buffer = Buffer.allocUnsafe(Math.min(Math.max(size + 1, 64 * 1024), cap + 1));
  let length = 0;
  for (; ; ) {
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
function readRegularFile(ref, rules = {}) {
  const real = resolvePath(ref, rules.root);
  const before = statSync(real);
  checkStats(ref, before, rules);
  let fd;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (error) {
    const code = error.code;
    refuse(ref, code === "ELOOP" ? "was replaced by a symbolic link while being opened" : `cannot be read (${code ?? "unknown error"})`, hintFor(rules));
  }
  try {
    const after = fstatSync(fd);
    if (after.dev !== before.dev || after.ino !== before.ino) refuse(ref, "was replaced by another file while being opened", hintFor(rules));
    checkStats(ref, after, rules);
    return readAll(fd, ref, rules, after.size);
  } finally {
    closeSync(fd);
  }
}
function fileOrFolder(ref, root) {
  const real = resolvePath(ref, root);
  const st = statSync(real);
  if (!st.isDirectory() && !st.isFile()) refuse(ref, `is ${fileType(st)}, not a regular file or folder`, hintFor({ root }));
  return { real, folder: st.isDirectory() };
}

// src/util/write-file.ts
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
  const probe = st.isFIFO() ? openSync2(path, constants2.O_WRONLY | (constants2.O_NONBLOCK ?? 0)) : void 0;
  const fd = openSync2(path, constants2.O_WRONLY);
  if (probe !== void 0) closeSync2(probe);
  try {
    writeAll(fd, data);
  } finally {
    closeSync2(fd);
  }
}
function writeAtomic(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync2(temp, constants2.O_WRONLY | constants2.O_CREAT | constants2.O_EXCL, 420);
    try {
      writeAll(fd, data);
    } finally {
      closeSync2(fd);
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
    const target = realpathSync2(path);
    return { target, st: statSync2(target) };
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
      const st2 = lstatSync2(path, { throwIfNoEntry: false });
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
    return statSync2(path, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
function nearestExisting(path) {
  for (let p = resolve(path); ; p = dirname(p)) {
    const st = statOrNothing(p);
    if (st || dirname(p) === p) return { path: p, st: st ?? statSync2(p) };
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

// src/repo/lfs.ts
var HEADER = "version https://git-lfs.github.com/spec/v1";
function parseLfsPointer(bytes) {
  if (bytes.length > 1024 || bytes.length < HEADER.length) return void 0;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (!text.startsWith(HEADER)) return void 0;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const size = /^size (\d+)$/m.exec(text)?.[1];
  return oid && size ? { oid, size: Number(size) } : void 0;
}
var CHECKOUT_HINT = "Check out with Git LFS: `uses: actions/checkout@v4` with `lfs: true`.";
var pointerText = (pointer) => `is a Git LFS pointer (oid ${pointer.oid.slice(0, 12)}\u2026, ${pointer.size} bytes)`;
function lfsPointerError(file, pointer, version) {
  const hint = version === "head" ? CHECKOUT_HINT : "Fetch LFS objects for the base commit too (`git lfs fetch origin <base sha>`), or check out with `lfs: true` and `fetch-depth: 0`.";
  return new GateError("bad-model", `${pointerText(pointer)}, not the model itself (${version} version)`, { file }, hint);
}
function lfsDatasetError(file, pointer) {
  return new GateError("bad-dataset", `${pointerText(pointer)}, not the dataset itself`, { file }, CHECKOUT_HINT);
}

export {
  LIMITS,
  DEFAULT_LIMITS,
  MIB,
  limitBytes,
  limitName,
  limitHint,
  readRegularFile,
  fileOrFolder,
  writeFailure,
  descriptorOf,
  isSpecialTarget,
  writeOutputFile,
  checkWritable,
  parseLfsPointer,
  lfsPointerError,
  lfsDatasetError
};
