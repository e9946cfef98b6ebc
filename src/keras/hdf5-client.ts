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
  // A view into a larger buffer (a zip entry, a pooled Buffer) would clone that whole buffer: copy it.
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  const request: Hdf5Request = {
    bytes: own,
    skipGroups: options.skipGroups ?? ['optimizer_weights', 'optimizer'],
    // Weights as float32 can exceed the file size (float16 files double) but never by much more.
    limits: { maxTotalBytes: 4 * bytes.byteLength + 16 * MB },
  };
  const place = (where?: string) => ({
    file: fileName,
    where: [options.entry, where].filter(Boolean).join(': ') || undefined,
  });
  const reply = await runWorker(request, timeoutMs, place);
  if (reply.ok) {
    // Views made here belong to this realm (matters where tests run in a separate context); no copy.
    for (const d of reply.tree.datasets) d.data = new Float32Array(d.data.buffer, d.data.byteOffset, d.data.length);
    return reply.tree;
  }
  const { kind, message, where, hint } = reply.failure;
  throw new GateError(kind, message, place(where), hint ?? 'the file is damaged or not a Keras model; save the model again');
}

/**
 * A worker that answered is kept for a few seconds (unreferenced, so it never holds the process open)
 * and serves the next file: each file gets a fresh HDF5 instance inside it, so answers stay the same.
 * A worker that timed out or crashed is terminated; a worker is retired after RETIRE_AFTER files.
 */
const IDLE_MS = 5000;
const RETIRE_AFTER = 64;
let idle: { worker: Worker; timer: ReturnType<typeof setTimeout>; uses: number } | undefined;

function takeWorker(): { worker: Worker; uses: number } {
  if (!idle) {
    const worker = new Worker(workerScriptPath(), { workerData: { kind: 'hdf5' }, stdout: true, stderr: true });
    worker.on('error', () => undefined); // an idle worker that fails is simply not reused
    worker.once('exit', () => {
      if (idle?.worker !== worker) return;
      clearTimeout(idle.timer);
      idle = undefined;
    });
    return { worker, uses: 0 };
  }
  const { worker, timer, uses } = idle;
  idle = undefined;
  clearTimeout(timer);
  worker.ref();
  return { worker, uses };
}

function release(worker: Worker, uses: number): void {
  if (idle || uses >= RETIRE_AFTER) {
    void worker.terminate();
    return;
  }
  worker.unref();
  const timer = setTimeout(() => {
    if (idle?.worker === worker) idle = undefined;
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idle = { worker, timer, uses };
}

function runWorker(request: Hdf5Request, timeoutMs: number, place: (where?: string) => { file: string; where?: string }): Promise<Hdf5Reply> {
  return new Promise((resolve, reject) => {
    const { worker, uses } = takeWorker();
    let settled = false;
    const finish = (healthy: boolean, action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (healthy) release(worker, uses + 1);
      else void worker.terminate();
      action();
    };
    const timer = setTimeout(() => {
      const seconds = (timeoutMs / 1000).toFixed(1);
      const hint = 'the file is probably corrupt (the HDF5 library loops on it); save the model again';
      finish(false, () => reject(new GateError('timeout', `reading the HDF5 data did not finish within ${seconds} s`, place(), hint)));
    }, timeoutMs);
    const onMessage = (reply: Hdf5Reply) => finish(true, () => resolve(reply));
    const onError = (error: Error) =>
      finish(false, () => reject(new GateError('bad-model', `the HDF5 reader crashed: ${error.message}`, place(), 'the file is damaged; save the model again')));
    const onExit = (code: number) =>
      finish(false, () => reject(new GateError('bad-model', `the HDF5 reader stopped (exit code ${code}) without an answer`, place())));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(request);
  });
}
