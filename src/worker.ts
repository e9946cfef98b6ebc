/**
 * The one worker-thread entry (bundled as dist/worker.js). Each task kind registers a handler module;
 * the parent passes `workerData.kind` to choose it. Workers give us deadlines (HDF5 files that make the
 * HDF5 library loop forever) and parallelism (one TFLite interpreter per worker).
 */
import { workerData } from 'node:worker_threads';

const kind = (workerData as { kind?: string } | null)?.kind;
const handlers: Record<string, () => Promise<unknown>> = {
  hdf5: () => import('./keras/hdf5-worker.js'),
  evaluate: () => import('./runtime/pool-worker.js'),
};
const load = kind ? handlers[kind] : undefined;
if (!load) throw new Error(`unknown worker kind: ${String(kind)}`);
await load();
