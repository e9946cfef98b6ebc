import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  GateError,
  excerpt
} from "./chunk-JM7JNUOI.js";

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
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";
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

export {
  LIMITS,
  DEFAULT_LIMITS,
  MIB,
  limitBytes,
  limitName,
  limitHint,
  OPEN_FLAGS,
  fileType,
  readRegularFile,
  fileOrFolder
};
