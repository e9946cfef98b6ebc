import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);

// src/util/deadline.ts
import { Worker } from "node:worker_threads";
var HARD_GRACE_MS = 6e4;
var abandoned = 0;
function abandonedWork() {
  return abandoned;
}
var WATCHDOG = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
setTimeout(() => {
  writeSync(1, workerData.stdout);
  writeSync(2, workerData.stderr);
  process.kill(process.pid, 'SIGKILL');
}, workerData.ms);
`;
function hardStop(ms, message) {
  const worker = new Worker(WATCHDOG, { eval: true, workerData: { ms, stdout: `::error::${message}
`, stderr: `${message}
` } });
  worker.unref();
  worker.on("error", () => void 0);
  return () => void worker.terminate();
}
async function withDeadline(work, ms, onTimeout, hardMessage, graceMs = HARD_GRACE_MS) {
  const cancelHard = hardStop(ms + graceMs, hardMessage);
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => {
      abandoned++;
      resolve(onTimeout());
    }, ms);
  });
  const running = work();
  running.catch(() => void 0);
  try {
    return await Promise.race([running, timeout]);
  } finally {
    clearTimeout(timer);
    cancelHard();
  }
}

export {
  abandonedWork,
  withDeadline
};
