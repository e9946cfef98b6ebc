/**
 * One pool worker: holds one interpreter at a time and runs sample ranges through it. Messages are
 * handled strictly in order (a load finishes before the ranges that follow it start).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadInterpreter, type Interpreter } from './interpreter.js';
import { liteRtRuntime, useCompiledWasm } from './litert-node.js';
import type { PoolWasm } from './pool.js';
import { predictRange, rangeStats } from './predict.js';
import { serializeError, type FromWorker, type ToWorker } from './pool-protocol.js';

const port = parentPort;
if (!port) throw new Error('pool-worker must run in a worker thread');

const wasm = workerData as Partial<PoolWasm>;
if (wasm.build && wasm.module) useCompiledWasm(wasm.build, wasm.module);
// Instantiate the runtime now, not at the first load: a pool started early (convertBytes starts it before the
// model converts) is then ready when calibration begins. A failure surfaces at that first load.
liteRtRuntime().catch(() => undefined);

let interpreter: Interpreter | undefined;
let queue: Promise<void> = Promise.resolve();

const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'load') {
    interpreter?.dispose();
    interpreter = undefined;
    interpreter = await loadInterpreter(message.bytes, { file: message.file });
    const outputs = interpreter.outputs.map(({ name, shape, size }) => ({ name, shape, size }));
    send({ type: 'loaded', id: message.id, runtime: interpreter.runtime, outputs });
  } else if (message.type === 'predict') {
    if (!interpreter) throw new Error('predict before load');
    const { id, start, end } = message;
    const progress = (done: number) => send({ type: 'progress', id, done });
    const outputs = message.segments ? [rangeStats(interpreter, message.inputs, 0, end - start, message.segments, progress, message.batch)] : predictRange(interpreter, message.inputs, 0, end - start, progress);
    send({ type: 'predicted', id, start, end, outputs }, outputs.map((o) => o.buffer as ArrayBuffer));
  } else {
    interpreter?.dispose();
    interpreter = undefined;
    send({ type: 'unloaded', id: message.id });
  }
}

port.on('message', (message: ToWorker) => {
  queue = queue.then(() => handle(message)).catch((error: unknown) => send({ type: 'error', id: message.id, error: serializeError(error) }));
});
