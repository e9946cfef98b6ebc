/**
 * Worker-thread side of the HDF5 reader (kind 'hdf5' in src/worker.ts). The HDF5 library can loop
 * forever on some corrupt files, so it only ever runs here, where the parent can terminate it.
 * HDF5's own error stack goes to console.error; we capture it and report one line as data instead.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Hdf5Dumper, Hdf5ReadFailure } from './hdf5-dump.js';
import type { Hdf5Reply, Hdf5Request } from './hdf5-types.js';

const captured: string[] = [];
console.error = (...parts: unknown[]) => {
  if (captured.length < 200) captured.push(parts.map(String).join(' '));
};
console.warn = console.error;

function hdf5Detail(): string {
  const minor = captured.map((line) => /minor: (.*)$/.exec(line)?.[1]).filter(Boolean);
  return minor.length ? ` (HDF5: ${minor[minor.length - 1]})` : '';
}

async function run(request: Hdf5Request): Promise<Hdf5Reply> {
  // The default build keeps files in memory (MEMFS); the 'h5wasm/node' build would write them to disk.
  const { default: h5wasm } = await import('h5wasm');
  const module = await h5wasm.ready;
  const name = '/model.h5';
  module.FS.writeFile(name, request.bytes);
  let fileId = -1n;
  try {
    fileId = new h5wasm.File(name, 'r').file_id;
  } catch {
    // reported below
  }
  if (fileId < 0n) {
    return { ok: false, failure: { kind: 'bad-model', message: `not a readable HDF5 file${hdf5Detail()}`, where: 'superblock' } };
  }
  const dumper = new Hdf5Dumper(h5wasm, module, fileId, request);
  try {
    return { ok: true, tree: dumper.dump() };
  } catch (error) {
    if (error instanceof Hdf5ReadFailure) return { ok: false, failure: error.failure };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { kind: 'bad-model', message: `cannot read: ${message}${hdf5Detail()}`, where: dumper.where } };
  }
}

const reply = await run(workerData as Hdf5Request);
const transfer = reply.ok ? reply.tree.datasets.map((d) => d.data.buffer as ArrayBuffer) : [];
parentPort?.postMessage(reply, transfer);
