import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);

// src/worker.ts
import { workerData } from "node:worker_threads";
var kind = workerData?.kind;
var handlers = {
  evaluate: () => import("./pool-worker-OIATDP6I.js")
};
var load = kind ? handlers[kind] : void 0;
if (!load) throw new Error(`unknown worker kind: ${String(kind)}`);
await load();
