import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  chooseBuild,
  chunkRanges,
  compiledWasm,
  deserializeError,
  loadInterpreter,
  predictRange,
  rangeStats
} from "./chunk-EMLYJQEM.js";
import {
  distFileCandidates,
  findDistFile
} from "./chunk-VUKSY2HY.js";

// src/runtime/pool.ts
import { Worker } from "node:worker_threads";

// src/util/worker-script.ts
function workerScriptPath() {
  const found = findDistFile("worker.js");
  if (found) return found;
  throw new Error(`worker script not found (looked in ${distFileCandidates("worker.js").join(", ")}); run \`npm run build\``);
}

// src/runtime/pool.ts
var PoolWorker = class {
  worker;
  pending = /* @__PURE__ */ new Map();
  nextId = 1;
  /** Set once the worker died (a crash in the runtime): every later request fails with it. */
  dead;
  constructor(script, wasm) {
    this.worker = new Worker(script, { workerData: { kind: "evaluate", ...wasm } });
    this.worker.on("message", (message) => this.receive(message));
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) => this.fail(new Error(`evaluation worker exited (code ${code})`)));
  }
  request(message, transfer = [], onProgress) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.dead) return reject(this.dead);
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ ...message, id }, transfer);
    });
  }
  receive(message) {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === "progress") return pending.onProgress?.(message.done);
    this.pending.delete(message.id);
    if (message.type === "error") pending.reject(deserializeError(message.error));
    else pending.resolve(message);
  }
  fail(error) {
    this.dead ??= error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
  async terminate() {
    this.worker.removeAllListeners("exit");
    await this.worker.terminate();
  }
};
var InterpreterPool = class _InterpreterPool {
  constructor(workers) {
    this.workers = workers;
  }
  workers;
  /** Start `size` workers; they share this thread's compiled LiteRT.js wasm. */
  static async create(size) {
    const script = workerScriptPath();
    const build = chooseBuild();
    const wasm = { build, module: await compiledWasm(build) };
    return new _InterpreterPool(Array.from({ length: Math.max(1, size) }, () => new PoolWorker(script, wasm)));
  }
  get size() {
    return this.workers.length;
  }
  async predict(request) {
    const { bytes, file, inputs, count } = request;
    const loaded = await Promise.allSettled(this.workers.map((w) => w.request({ type: "load", bytes, file })));
    const failed = loaded.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
    const first = loaded[0].value;
    if (first.type !== "loaded") throw new Error("worker did not load the model");
    const blocks = request.segments ? [rangesBlock(request.segments.length, count)] : first.outputs.map((o) => ({ ...o, sampleSize: o.size, data: new Float32Array(count * o.size) }));
    const batch = request.batch ?? 1;
    const chunks = chunkRanges(count, Math.max(batch, Math.floor(chunkSize(count, this.workers.length) / batch) * batch));
    const progress = new Progress(count, request.onProgress);
    let next = 0;
    const drain = async (worker, slot) => {
      while (next < chunks.length) {
        const [start, end] = chunks[next++];
        const slices = inputs.map((input) => sliceSamples(input, start, end));
        const reply = await worker.request(
          { type: "predict", start, end, inputs: slices, ...request.segments ? { segments: request.segments, batch } : {} },
          slices.map((s) => s.data.buffer),
          (done) => progress.update(slot, done)
        );
        if (reply.type !== "predicted") throw new Error(`unexpected worker reply ${reply.type}`);
        reply.outputs.forEach((output, o) => blocks[o].data.set(output, start * blocks[o].sampleSize));
        progress.complete(slot, end - start);
      }
    };
    await Promise.all(this.workers.map((worker, slot) => drain(worker, slot)));
    await Promise.all(this.workers.map((w) => w.request({ type: "unload" })));
    return blocks;
  }
  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
};
var LazyPool = class {
  constructor(size) {
    this.size = size;
  }
  size;
  pool;
  get() {
    this.pool ??= InterpreterPool.create(this.size);
    return this.pool;
  }
  async close() {
    const pool = this.pool;
    this.pool = void 0;
    if (pool) await (await pool.catch(() => void 0))?.close();
  }
};
function rangesBlock(segments, count) {
  return { name: "ranges", shape: [segments, 2], sampleSize: segments * 2, data: new Float32Array(count * segments * 2) };
}
function chunkSize(count, workers) {
  return Math.max(16, Math.min(2048, Math.ceil(count / (workers * 4))));
}
function sliceSamples(input, start, end) {
  const view = input.data;
  return { data: view.slice(start * input.sampleSize, end * input.sampleSize), sampleSize: input.sampleSize };
}
var Progress = class {
  constructor(total, report) {
    this.total = total;
    this.report = report;
  }
  total;
  report;
  completed = 0;
  inFlight = [];
  update(slot, done) {
    this.inFlight[slot] = done;
    this.emit();
  }
  complete(slot, samples) {
    this.completed += samples;
    this.inFlight[slot] = 0;
    this.emit();
  }
  emit() {
    this.report?.(this.completed + this.inFlight.reduce((a, b) => a + (b ?? 0), 0), this.total);
  }
};
async function predictInProcess(request) {
  const interpreter = await loadInterpreter(request.bytes, { file: request.file });
  try {
    const report = request.onProgress;
    const progress = report && ((done) => report(done, request.count));
    if (request.segments) {
      const block = rangesBlock(request.segments.length, request.count);
      block.data.set(rangeStats(interpreter, request.inputs, 0, request.count, request.segments, progress, request.batch));
      report?.(request.count, request.count);
      return [block];
    }
    const outputs = predictRange(interpreter, request.inputs, 0, request.count, progress);
    report?.(request.count, request.count);
    return interpreter.outputs.map((o, i) => ({ name: o.name, shape: o.shape, sampleSize: o.size, data: outputs[i] }));
  } finally {
    interpreter.dispose();
  }
}

export {
  InterpreterPool,
  LazyPool,
  predictInProcess
};
