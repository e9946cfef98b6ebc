/**
 * Worker-thread side of the HDF5 reader (kind 'hdf5' in src/worker.ts). The HDF5 library can loop
 * forever on some corrupt files, so it only ever runs here, where the parent can terminate it. Each
 * request (one per message) gets a fresh HDF5 module instance, so answers never depend on earlier
 * files. HDF5's own error stack goes to console.error: we keep it and report one line of it as data.
 */
import { parentPort } from 'node:worker_threads';
import { compileH5Wasm, freshH5Module } from './h5-module.js';
import { Hdf5Dumper, Hdf5ReadFailure } from './hdf5-dump.js';
import type { Hdf5Reply, Hdf5Request } from './hdf5-types.js';

// Compile the HDF5 WebAssembly now, while the parent is still sending the first file.
void compileH5Wasm();

let captured: string[] = [];
console.error = (...parts: unknown[]) => {
  if (captured.length < 200) captured.push(parts.map(String).join(' '));
};
console.warn = console.error;

function hdf5Detail(): string {
  const minor = captured.map((line) => /minor: (.*)$/.exec(line)?.[1]).filter(Boolean);
  return minor.length ? ` (HDF5: ${minor[minor.length - 1]})` : '';
}

async function read(request: Hdf5Request): Promise<Hdf5Reply> {
  captured = [];
  const module = await freshH5Module();
  const name = '/model.h5';
  // The request's bytes belong to this thread (structured clone): the in-memory file takes them as they are.
  const writeFile = module.FS.writeFile as (path: string, data: Uint8Array, options: { canOwn: boolean }) => void;
  writeFile.call(module.FS, name, request.bytes, { canOwn: true });
  const fileId = module.open(name, module.H5F_ACC_RDONLY, false, -1, -1);
  if (fileId < 0n) {
    const detail = hdf5Detail();
    if (/truncated/i.test(detail)) {
      const where = `end of file (byte ${request.bytes.byteLength})`;
      return { ok: false, failure: { kind: 'bad-model', message: `the file is truncated: HDF5 data continues past its end${detail}`, where } };
    }
    return { ok: false, failure: { kind: 'bad-model', message: `not a readable HDF5 file${detail}`, where: 'superblock' } };
  }
  const dumper = new Hdf5Dumper(module, fileId, request);
  try {
    return { ok: true, tree: dumper.dump() };
  } catch (error) {
    if (error instanceof Hdf5ReadFailure) return { ok: false, failure: error.failure };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { kind: 'bad-model', message: `cannot read: ${message}${hdf5Detail()}`, where: dumper.where } };
  }
}

parentPort?.on('message', (request: Hdf5Request) => {
  void read(request).then((reply) => {
    const transfer = reply.ok ? reply.tree.datasets.map((d) => d.data.buffer as ArrayBuffer) : [];
    parentPort?.postMessage(reply, transfer);
  });
});
