/**
 * A deadline for one unit of work (one model in the gate), in two layers:
 * - soft: past the deadline the caller gets `onTimeout()`'s result and moves on (the work is abandoned; its
 *   late result or error is ignored). This needs the event loop, which asynchronous work leaves free.
 * - hard: a watchdog thread that does not need the event loop. If the work is still running a grace period
 *   after the deadline (synchronous work that never yields: one endless inference of a crafted graph), it
 *   prints why on standard output (a workflow `::error::` line) and on standard error, and kills the process:
 *   the step fails, it never hangs until the job's own timeout.
 * abandonedWork() tells the entry point that abandoned work may still hold the process open: exit when done.
 */
import { Worker } from 'node:worker_threads';

/** How long the hard stop waits past the deadline for the soft one to take effect. */
const HARD_GRACE_MS = 60_000;

let abandoned = 0;

/** How many units of work were abandoned at their deadline in this process. */
export function abandonedWork(): number {
  return abandoned;
}

const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
setTimeout(() => {
  writeSync(1, workerData.stdout);
  writeSync(2, workerData.stderr);
  process.kill(process.pid, 'SIGKILL');
}, workerData.ms);
`;

/** Kill the process after `ms` unless cancelled; the watchdog thread never keeps the process alive. */
function hardStop(ms: number, message: string): () => void {
  const worker = new Worker(WATCHDOG, { eval: true, workerData: { ms, stdout: `::error::${message}\n`, stderr: `${message}\n` } });
  worker.unref();
  worker.on('error', () => undefined);
  return () => void worker.terminate();
}

/**
 * `work()` within `ms`; past it, `onTimeout()` (soft), and `hardMessage` then a process kill if the work
 * still holds the thread HARD_GRACE_MS later (hard). The message must already be escaped for the log.
 */
export async function withDeadline<T>(work: () => Promise<T>, ms: number, onTimeout: () => T, hardMessage: string, graceMs = HARD_GRACE_MS): Promise<T> {
  const cancelHard = hardStop(ms + graceMs, hardMessage);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => {
      abandoned++;
      resolve(onTimeout());
    }, ms);
  });
  const running = work();
  running.catch(() => undefined); // a late failure of abandoned work is not news
  try {
    return await Promise.race([running, timeout]);
  } finally {
    clearTimeout(timer);
    cancelHard();
  }
}
