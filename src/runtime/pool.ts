/**
 * Throughput: run a model over many samples on a pool of worker threads, one interpreter per worker.
 * Samples go out in contiguous chunks to whichever worker is free, and each chunk's outputs land at
 * the chunk's own offset, so the result is the same as one thread running every sample in order.
 */
import { Worker } from 'node:worker_threads';
import { workerScriptPath } from '../util/worker-script.js';
import { loadInterpreter } from './interpreter.js';
import { chooseBuild, compiledWasm, type CompiledWasm, type WasmBuild } from './litert-node.js';
import { chunkRanges, predictRange, rangeStats, type OutputBlock, type SampleInput } from './predict.js';
import { deserializeError, type FromWorker, type ToWorker } from './pool-protocol.js';

export interface PredictRequest {
  bytes: Uint8Array;
  /** The model file as the user named it, for error messages. */
  file: string;
  inputs: readonly SampleInput[];
  count: number;
  onProgress?: (done: number, total: number) => void;
  /** A ranges build's sizes: return per-sample ranges (one block "ranges", see rangeStats) instead of the outputs. */
  segments?: number[];
  /** Samples per invoke of a ranges build (its batch); chunks then start at multiples of it, so results do not depend on the split. */
  batch?: number;
}

/** A request without its id (distributes over the union). */
type Request = ToWorker extends infer T ? (T extends unknown ? Omit<T, 'id'> : never) : never;
/** What each worker gets at start (workerData): the build and its compiled module. */
export interface PoolWasm {
  build: WasmBuild;
  module: CompiledWasm;
}

type Reply = Exclude<FromWorker, { type: 'progress' } | { type: 'error' }>;

class PoolWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void; onProgress?: (done: number) => void }>();
  private nextId = 1;
  /** Set once the worker died (a crash in the runtime): every later request fails with it. */
  private dead?: Error;

  constructor(script: string, wasm: PoolWasm) {
    this.worker = new Worker(script, { workerData: { kind: 'evaluate', ...wasm } });
    this.worker.on('message', (message: FromWorker) => this.receive(message));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`evaluation worker exited (code ${code})`)));
  }

  request(message: Request, transfer: ArrayBuffer[] = [], onProgress?: (done: number) => void): Promise<Reply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.dead) return reject(this.dead);
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ ...message, id }, transfer);
    });
  }

  private receive(message: FromWorker): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === 'progress') return pending.onProgress?.(message.done);
    this.pending.delete(message.id);
    if (message.type === 'error') pending.reject(deserializeError(message.error));
    else pending.resolve(message);
  }

  private fail(error: Error): void {
    this.dead ??= error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }

  async terminate(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

export class InterpreterPool {
  private constructor(private readonly workers: PoolWorker[]) {}

  /** Start `size` workers; they share this thread's compiled LiteRT.js wasm. */
  static async create(size: number): Promise<InterpreterPool> {
    const script = workerScriptPath();
    const build = chooseBuild();
    const wasm: PoolWasm = { build, module: await compiledWasm(build) };
    return new InterpreterPool(Array.from({ length: Math.max(1, size) }, () => new PoolWorker(script, wasm)));
  }

  get size(): number {
    return this.workers.length;
  }

  async predict(request: PredictRequest): Promise<OutputBlock[]> {
    const { bytes, file, inputs, count } = request;
    // Wait for every worker, so none is still busy with this model when the error reaches the caller.
    const loaded = await Promise.allSettled(this.workers.map((w) => w.request({ type: 'load', bytes, file })));
    const failed = loaded.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    const first = (loaded[0] as PromiseFulfilledResult<Reply>).value;
    if (first.type !== 'loaded') throw new Error('worker did not load the model');
    const blocks: OutputBlock[] = request.segments
      ? [rangesBlock(request.segments.length, count)]
      : first.outputs.map((o) => ({ ...o, sampleSize: o.size, data: new Float32Array(count * o.size) }));
    const batch = request.batch ?? 1;
    // whole batches only (rounded down, so 200 samples in batches of 4 still split evenly over two workers)
    const chunks = chunkRanges(count, Math.max(batch, Math.floor(chunkSize(count, this.workers.length) / batch) * batch));
    const progress = new Progress(count, request.onProgress);
    let next = 0;
    const drain = async (worker: PoolWorker, slot: number) => {
      while (next < chunks.length) {
        const [start, end] = chunks[next++]!;
        const slices = inputs.map((input) => sliceSamples(input, start, end));
        const reply = await worker.request(
          { type: 'predict', start, end, inputs: slices, ...(request.segments ? { segments: request.segments, batch } : {}) },
          slices.map((s) => s.data.buffer as ArrayBuffer),
          (done) => progress.update(slot, done),
        );
        if (reply.type !== 'predicted') throw new Error(`unexpected worker reply ${reply.type}`);
        reply.outputs.forEach((output, o) => blocks[o]!.data.set(output, start * blocks[o]!.sampleSize));
        progress.complete(slot, end - start);
      }
    };
    await Promise.all(this.workers.map((worker, slot) => drain(worker, slot)));
    await Promise.all(this.workers.map((w) => w.request({ type: 'unload' })));
    return blocks;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** A pool started at its first use, for steps that share one (calibration, then layer errors); the owner closes it. */
export class LazyPool {
  private pool?: Promise<InterpreterPool>;
  constructor(readonly size: number) {}
  get(): Promise<InterpreterPool> {
    this.pool ??= InterpreterPool.create(this.size);
    return this.pool;
  }
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    // a pool that failed to start has nothing to close (its error already reached the step that asked for it)
    if (pool) await (await pool.catch(() => undefined))?.close();
  }
}

/** The one block of a ranges request: [min, max] per segment per sample. */
function rangesBlock(segments: number, count: number): OutputBlock {
  return { name: 'ranges', shape: [segments, 2], sampleSize: segments * 2, data: new Float32Array(count * segments * 2) };
}

/**
 * Several chunks per worker so a slow worker does not hold up the end; never tiny ones, but small enough
 * that a few hundred samples (a calibration set) still split evenly: 200 samples on 2 workers in chunks
 * of 64 left one worker 128 samples and the other 72.
 */
function chunkSize(count: number, workers: number): number {
  return Math.max(16, Math.min(2048, Math.ceil(count / (workers * 4))));
}

function sliceSamples(input: SampleInput, start: number, end: number): SampleInput {
  const view = input.data as unknown as { slice(a: number, b: number): ArrayBufferView };
  return { data: view.slice(start * input.sampleSize, end * input.sampleSize), sampleSize: input.sampleSize };
}

class Progress {
  private completed = 0;
  private readonly inFlight: number[] = [];
  constructor(private readonly total: number, private readonly report?: (done: number, total: number) => void) {}
  update(slot: number, done: number): void {
    this.inFlight[slot] = done;
    this.emit();
  }
  complete(slot: number, samples: number): void {
    this.completed += samples;
    this.inFlight[slot] = 0;
    this.emit();
  }
  private emit(): void {
    this.report?.(this.completed + this.inFlight.reduce((a, b) => a + (b ?? 0), 0), this.total);
  }
}

/** The same work on this thread: one interpreter, every sample in order. */
export async function predictInProcess(request: PredictRequest): Promise<OutputBlock[]> {
  const interpreter = await loadInterpreter(request.bytes, { file: request.file });
  try {
    const report = request.onProgress;
    const progress = report && ((done: number) => report(done, request.count));
    if (request.segments) {
      const block = rangesBlock(request.segments.length, request.count);
      block.data.set(rangeStats(interpreter, request.inputs, 0, request.count, request.segments, progress, request.batch));
      report?.(request.count, request.count);
      return [block];
    }
    const outputs = predictRange(interpreter, request.inputs, 0, request.count, progress);
    report?.(request.count, request.count);
    return interpreter.outputs.map((o, i) => ({ name: o.name, shape: o.shape, sampleSize: o.size, data: outputs[i]! }));
  } finally {
    interpreter.dispose();
  }
}
