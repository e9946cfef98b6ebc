import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  DEFAULT_LIMITS,
  LIMITS,
  OPEN_FLAGS,
  fileType
} from "./chunk-QPIMBNKW.js";
import {
  GateError
} from "./chunk-JM7JNUOI.js";

// src/pipeline/onnx-external.ts
import { closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
function refuse(location, why, where) {
  throw new GateError("bad-model", `external data "${location}" ${why}`, { where }, "External data files must sit in the model's folder (or below it), named relative to it, without symbolic links.");
}
function checkLocation(location, where) {
  if (location.includes("\0") || location.includes("\\") || isAbsolute(location) || /^[A-Za-z]:/.test(location)) refuse(location, "is not a relative path", where);
  if (location.split("/").some((part) => part === "..")) refuse(location, `leaves the model's folder ("..")`, where);
}
function confined(folder, location, where) {
  checkLocation(location, where);
  const path = join(folder, location);
  let walked = folder;
  for (const part of relative(folder, path).split(sep)) {
    walked = join(walked, part);
    let info;
    try {
      info = lstatSync(walked);
    } catch {
      refuse(location, "is not found beside the model", where);
    }
    if (info.isSymbolicLink()) refuse(location, "is (or passes through) a symbolic link", where);
  }
  const real = realpathSync(path);
  const base = realpathSync(folder);
  if (!real.startsWith(base + sep)) refuse(location, "resolves outside the model's folder", where);
  return real;
}
function rangeIn(size, offset, length, location, where) {
  const count = length ?? size - offset;
  if (offset + count > size || count < 0) refuse(location, `is ${size} bytes, the tensor needs bytes ${offset} to ${offset + count}`, where);
  return count;
}
function readRange(path, offset, length, location, where, budget) {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) refuse(location, `is not a regular file (${fileType(st)})`, where);
    const size = st.size;
    const count = rangeIn(size, offset, length, location, where);
    if (count > budget) {
      throw new GateError("bad-model", `external data beyond the ${LIMITS.modelMib.name} limit in all`, { where }, `Raise ${LIMITS.modelMib.name} if the model is that large.`);
    }
    const out = new Uint8Array(count);
    let done = 0;
    while (done < count) {
      const n = readSync(fd, out, done, count - done, offset + done);
      if (n === 0) break;
      done += n;
    }
    return out;
  } finally {
    closeSync(fd);
  }
}
function externalReader(modelPath, limitMib = DEFAULT_LIMITS.modelMib) {
  const folder = dirname(modelPath);
  let total = 0;
  return (location, offset, length, where) => {
    const data = readRange(confined(folder, location, where), offset, length, location, where, limitMib * 1024 * 1024 - total);
    total += data.byteLength;
    return data;
  };
}
function memoryReader(files) {
  return (location, offset, length, where) => {
    checkLocation(location, where);
    const data = files.get(location);
    if (!data) refuse(location, "is not found beside the model", where);
    return data.subarray(offset, offset + rangeIn(data.byteLength, offset, length, location, where));
  };
}
function sameExternalFiles(a, b) {
  if ((a?.size ?? 0) !== (b?.size ?? 0)) return false;
  return [...a ?? /* @__PURE__ */ new Map()].every(([location, data]) => {
    const other = b?.get(location);
    return other !== void 0 && Buffer.compare(data, other) === 0;
  });
}

// src/onnx/probe.ts
var NEXT_TAGS = /* @__PURE__ */ new Set([66, 18, 26, 34, 40, 50, 58]);
function probeOnnx(bytes) {
  if (bytes.length < 4 || bytes[0] !== 8) return false;
  const irVersion = bytes[1];
  return irVersion >= 1 && irVersion <= 30 && NEXT_TAGS.has(bytes[2]);
}

export {
  checkLocation,
  externalReader,
  memoryReader,
  sameExternalFiles,
  probeOnnx
};
