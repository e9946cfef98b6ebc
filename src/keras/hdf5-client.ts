/**
 * Parent side of the HDF5 reader: hands the bytes to a worker thread (dist/worker.js, kind 'hdf5')
 * and waits for plain data with a deadline. A file that makes the HDF5 library loop forever is cut
 * off: the worker is terminated and a GateError names the file.
 */
import { Worker } from 'node:worker_threads';
import { GateError } from '../errors.js';
import { workerScriptPath } from '../util/worker-script.js';
import type { H5Tree, Hdf5Reply, Hdf5Request } from './hdf5-types.js';

const MB = 1024 * 1024;

/** Deadline for reading `byteLength` bytes of HDF5: 4 s plus 0.2 s per MB, at most 20 s. */
export function defaultHdf5DeadlineMs(byteLength: number): number {
  return Math.min(20_000, Math.round(4000 + (200 * byteLength) / MB));
}

export interface Hdf5ReadOptions {
  timeoutMs?: number;
  /** The zip entry holding the HDF5 bytes, when they came out of a .keras file. */
  entry?: string;
  skipGroups?: string[];
}

/** Read an HDF5 file's attributes and numeric datasets in a worker thread. */
export async function readHdf5Tree(bytes: Uint8Array, fileName: string, options: Hdf5ReadOptions = {}): Promise<H5Tree> {
  const timeoutMs = options.timeoutMs ?? defaultHdf5DeadlineMs(bytes.byteLength);
  const request: Hdf5Request = {
    kind: 'hdf5',
    bytes,
    skipGroups: options.skipGroups ?? ['optimizer_weights', 'optimizer'],
    // Weights as float32 can exceed the file size (float16 files double) but never by much more.
    limits: { maxTotalBytes: 4 * bytes.byteLength + 16 * MB },
  };
  const place = (where?: string) => ({
    file: fileName,
    where: [options.entry, where].filter(Boolean).join(': ') || undefined,
  });
  const reply = await runWorker(request, timeoutMs, place);
  if (reply.ok) return reply.tree;
  const { kind, message, where, hint } = reply.failure;
  throw new GateError(kind, message, place(where), hint ?? 'the file is damaged or not a Keras model; save the model again');
}

function runWorker(
  request: Hdf5Request,
  timeoutMs: number,
  place: (where?: string) => { file: string; where?: string },
): Promise<Hdf5Reply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerScriptPath(), { workerData: request, stdout: true, stderr: true });
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      action();
    };
    const timer = setTimeout(() => {
      const seconds = (timeoutMs / 1000).toFixed(1);
      finish(() =>
        reject(
          new GateError('timeout', `reading the HDF5 data did not finish within ${seconds} s`, place(), 'the file is probably corrupt (the HDF5 library loops on it); save the model again'),
        ),
      );
    }, timeoutMs);
    worker.once('message', (reply: Hdf5Reply) => finish(() => resolve(reply)));
    worker.once('error', (error: Error) =>
      finish(() => reject(new GateError('bad-model', `the HDF5 reader crashed: ${error.message}`, place(), 'the file is damaged; save the model again'))),
    );
    worker.once('exit', (code) =>
      finish(() => reject(new GateError('bad-model', `the HDF5 reader stopped (exit code ${code}) without an answer`, place()))),
    );
  });
}
