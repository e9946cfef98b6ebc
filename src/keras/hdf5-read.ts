/**
 * One HDF5 file read synchronously in a fresh HDF5 module instance: bytes -> plain data (Hdf5Reply).
 * Runs under the deadline of hdf5-client.ts. HDF5's own error stack arrives as text lines in `log`; one
 * line of it is reported with the failure.
 */
import type { H5Module } from './h5-module.js';
import { Hdf5Dumper, Hdf5ReadFailure } from './hdf5-dump.js';
import type { Hdf5Reply, Hdf5Request } from './hdf5-types.js';

const FILE = '/model.h5';

function hdf5Detail(log: string[]): string {
  const minor = log.map((line) => /minor: (.*)$/.exec(line)?.[1]).filter(Boolean);
  return minor.length ? ` (HDF5: ${minor[minor.length - 1]})` : '';
}

function openFailure(request: Hdf5Request, log: string[]): Hdf5Reply {
  const detail = hdf5Detail(log);
  if (/truncated/i.test(detail)) {
    const where = `end of file (byte ${request.bytes.byteLength})`;
    return { ok: false, failure: { kind: 'bad-model', message: `the file is truncated: HDF5 data continues past its end${detail}`, where } };
  }
  return { ok: false, failure: { kind: 'bad-model', message: `not a readable HDF5 file${detail}`, where: 'superblock' } };
}

/**
 * Read `request.bytes` with `module` (used once, then dropped). Never throws for bad data: failures are data.
 * `log` holds (the first) lines HDF5 printed, `printed` counts them all.
 */
export function readHdf5File(module: H5Module, request: Hdf5Request, log: string[], printed = () => log.length): Hdf5Reply {
  let dumper: Hdf5Dumper | undefined;
  try {
    // The in-memory file refers to the bytes instead of copying them; the file is only ever read.
    const writeFile = module.FS.writeFile as (path: string, data: Uint8Array, options: { canOwn: boolean }) => void;
    writeFile.call(module.FS, FILE, request.bytes, { canOwn: true });
    const fileId = module.open(FILE, module.H5F_ACC_RDONLY, false, -1, -1);
    if (fileId < 0n) return openFailure(request, log);
    dumper = new Hdf5Dumper(module, fileId, request, printed);
    return { ok: true, tree: dumper.dump() };
  } catch (error) {
    if (error instanceof Hdf5ReadFailure) return { ok: false, failure: error.failure };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { kind: 'bad-model', message: `cannot read: ${message}${hdf5Detail(log)}`, where: dumper?.where ?? 'superblock' } };
  }
}
