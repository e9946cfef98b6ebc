/**
 * External data of an ONNX model (weights in files beside it, onnx.save_model(save_as_external_data=True)):
 * read only from the model's own folder. A location that is absolute, climbs out with "..", passes through a
 * symbolic link or resolves outside the folder is refused, as is a range beyond the end of the file.
 */
import { closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { GateError } from '../errors.js';
import type { ExternalReader } from '../onnx/index.js';
import { DEFAULT_LIMITS, LIMITS } from '../util/limits.js';
import { fileType, OPEN_FLAGS } from '../util/safe-file.js';

function refuse(location: string, why: string, where: string): never {
  throw new GateError('bad-model', `external data "${location}" ${why}`, { where }, 'External data files must sit in the model\'s folder (or below it), named relative to it, without symbolic links.');
}

/** A location as the model names it: relative, "/"-separated, never climbing out with "..". */
export function checkLocation(location: string, where: string): void {
  if (location.includes('\0') || location.includes('\\') || isAbsolute(location) || /^[A-Za-z]:/.test(location)) refuse(location, 'is not a relative path', where);
  if (location.split('/').some((part) => part === '..')) refuse(location, 'leaves the model\'s folder ("..")', where);
}

/** The checked absolute path of `location` inside `folder`. */
function confined(folder: string, location: string, where: string): string {
  checkLocation(location, where);
  const path = join(folder, location);
  let walked = folder;
  for (const part of relative(folder, path).split(sep)) {
    walked = join(walked, part);
    let info;
    try {
      info = lstatSync(walked);
    } catch {
      refuse(location, 'is not found beside the model', where);
    }
    if (info.isSymbolicLink()) refuse(location, 'is (or passes through) a symbolic link', where);
  }
  const real = realpathSync(path);
  const base = realpathSync(folder);
  if (!real.startsWith(base + sep)) refuse(location, 'resolves outside the model\'s folder', where);
  return real;
}

/** The byte count of a tensor at offset/length in a file of `size` bytes, checked to lie inside it. */
function rangeIn(size: number, offset: number, length: number | undefined, location: string, where: string): number {
  const count = length ?? size - offset;
  if (offset + count > size || count < 0) refuse(location, `is ${size} bytes, the tensor needs bytes ${offset} to ${offset + count}`, where);
  return count;
}

function readRange(path: string, offset: number, length: number | undefined, location: string, where: string, budget: number): Uint8Array {
  const fd = openSync(path, OPEN_FLAGS); // a FIFO or device is refused below, never waited on
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) refuse(location, `is not a regular file (${fileType(st)})`, where);
    const size = st.size;
    const count = rangeIn(size, offset, length, location, where);
    if (count > budget) {
      throw new GateError('bad-model', `external data beyond the ${LIMITS.modelMib.name} limit in all`, { where }, `Raise ${LIMITS.modelMib.name} if the model is that large.`);
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

/**
 * A reader of external data for the model at `modelPath` (synchronous: the pure reader calls it). All it reads
 * together stays within the max-model-mib limit, as the model file itself does.
 */
export function externalReader(modelPath: string, limitMib = DEFAULT_LIMITS.modelMib): ExternalReader {
  const folder = dirname(modelPath);
  let total = 0;
  return (location, offset, length, where) => {
    const data = readRange(confined(folder, location, where), offset, length, location, where, limitMib * 1024 * 1024 - total);
    total += data.byteLength;
    return data;
  };
}

/** External data files already read (a base version from git, a head from the workspace), by location. */
export type ExternalFiles = ReadonlyMap<string, Uint8Array>;

/** A reader over files read beforehand: the same location and range checks as on disk. */
export function memoryReader(files: ExternalFiles): ExternalReader {
  return (location, offset, length, where) => {
    checkLocation(location, where);
    const data = files.get(location);
    if (!data) refuse(location, 'is not found beside the model', where);
    return data.subarray(offset, offset + rangeIn(data.byteLength, offset, length, location, where));
  };
}

/** The same external data files with the same content (both none counts as the same). */
export function sameExternalFiles(a: ExternalFiles | undefined, b: ExternalFiles | undefined): boolean {
  if ((a?.size ?? 0) !== (b?.size ?? 0)) return false;
  return [...(a ?? new Map<string, Uint8Array>())].every(([location, data]) => {
    const other = b?.get(location);
    return other !== undefined && Buffer.compare(data, other) === 0;
  });
}
