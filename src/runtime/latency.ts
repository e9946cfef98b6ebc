/**
 * Latency, measured on this thread, batch 1: the time to load + compile (init), the first inference,
 * a warm-up (by count and by time), then N timed runs. Each timed run is what a caller pays: input copy, kernels, output copy.
 * Two models compared are interleaved (A B A B ...), so drift on a shared runner hits both alike.
 */
import { loadInterpreter, type Interpreter } from './interpreter.js';
import { liteRtRuntime } from './litert-node.js';

export interface LatencyOptions {
  /** Timed runs (default 100). */
  runs?: number;
  /** Called after each timed run (outside the timing), for progress. */
  onRun?: (done: number, total: number) => void;
  /** Untimed runs after the first inference: at least this many (default 10)... */
  warmup?: number;
  /**
   * ...and for at least this long (default min(500, 5 × runs) ms). V8 first runs wasm in its baseline
   * compiler and moves hot functions to the optimizing one after a while: MobileNetV2 runs at half speed
   * for its first ~0.5 s. Timing before that would report the compiler, not the model.
   */
  warmupMs?: number;
  /** One sample per model input; zeros when omitted. */
  inputs?: ArrayBufferView[];
}

export interface LatencyTimings {
  initMs: number;
  firstMs: number;
  runsMs: number[];
}

export interface ModelBytes {
  bytes: Uint8Array;
  file: string;
}

interface Prepared {
  interpreter: Interpreter;
  initMs: number;
  firstMs: number;
}

async function prepare(model: ModelBytes, options: LatencyOptions): Promise<Prepared> {
  await liteRtRuntime(); // the runtime's own start-up is not the model's init time
  let start = performance.now();
  const interpreter = await loadInterpreter(model.bytes, { file: model.file });
  const initMs = performance.now() - start;
  const inputs = options.inputs ?? interpreter.inputs.map((d) => new Float32Array(d.size));
  inputs.forEach((data, i) => interpreter.setInput(i, data));
  start = performance.now();
  runOnce(interpreter);
  const firstMs = performance.now() - start;
  const minRuns = options.warmup ?? 10;
  const minMs = options.warmupMs ?? Math.min(500, 5 * (options.runs ?? 100));
  const warmStart = performance.now();
  for (let i = 0; i < minRuns || performance.now() - warmStart < minMs; i++) runOnce(interpreter);
  return { interpreter, initMs, firstMs };
}

/** Inputs set once; each run copies them in again, as the evaluator's loop does. */
function runOnce(interpreter: Interpreter, inputs?: ArrayBufferView[]): void {
  inputs?.forEach((data, i) => interpreter.setInput(i, data));
  interpreter.invoke();
  for (let o = 0; o < interpreter.outputs.length; o++) interpreter.readOutput(o);
}

function timeRun(interpreter: Interpreter, inputs: ArrayBufferView[] | undefined): number {
  const start = performance.now();
  runOnce(interpreter, inputs);
  return performance.now() - start;
}

export async function measureLatency(model: ModelBytes, options: LatencyOptions = {}): Promise<LatencyTimings> {
  const { interpreter, initMs, firstMs } = await prepare(model, options);
  try {
    const runsMs: number[] = [];
    const runs = options.runs ?? 100;
    for (let i = 0; i < runs; i++) {
      runsMs.push(timeRun(interpreter, options.inputs));
      options.onRun?.(i + 1, runs);
    }
    return { initMs, firstMs, runsMs };
  } finally {
    interpreter.dispose();
  }
}

/** Base and head timed alternately, run i of each back to back (for the ratio + confidence interval). */
export async function measureInterleaved(
  base: ModelBytes,
  head: ModelBytes,
  options: LatencyOptions & { headInputs?: ArrayBufferView[] } = {},
): Promise<{ base: LatencyTimings; head: LatencyTimings }> {
  const a = await prepare(base, options);
  try {
    const b = await prepare(head, { ...options, inputs: options.headInputs ?? options.inputs });
    try {
      const aRuns: number[] = [];
      const bRuns: number[] = [];
      for (let i = 0; i < (options.runs ?? 100); i++) {
        aRuns.push(timeRun(a.interpreter, options.inputs));
        bRuns.push(timeRun(b.interpreter, options.headInputs ?? options.inputs));
      }
      return { base: { initMs: a.initMs, firstMs: a.firstMs, runsMs: aRuns }, head: { initMs: b.initMs, firstMs: b.firstMs, runsMs: bRuns } };
    } finally {
      b.interpreter.dispose();
    }
  } finally {
    a.interpreter.dispose();
  }
}
