/**
 * The one worker-thread entry (bundled as dist/worker.js). Each task kind registers a handler module;
 * the parent passes `workerData.kind` to choose it. Workers give us parallelism (one TFLite interpreter
 * per worker). (The HDF5 reader no longer needs one: src/keras/hdf5-client.ts.)
 */
import { workerData } from 'node:worker_threads';

const kind = (workerData as { kind?: string } | null)?.kind;
const handlers: Record<string, () => Promise<unknown>> = {
  evaluate: () => import('./runtime/pool-worker.js'),
};
const load = kind ? handlers[kind] : undefined;
if (!load) throw new Error(`unknown worker kind: ${String(kind)}`);
await load();
