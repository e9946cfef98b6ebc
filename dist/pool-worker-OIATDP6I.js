import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  liteRtRuntime,
  loadInterpreter,
  predictRange,
  rangeStats,
  serializeError,
  useCompiledWasm
} from "./chunk-EMLYJQEM.js";
import "./chunk-G3D2S6V7.js";
import "./chunk-LHSQ66CC.js";
import "./chunk-JM7JNUOI.js";
import "./chunk-7AIIOF2D.js";

// src/runtime/pool-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("pool-worker must run in a worker thread");
var wasm = workerData;
if (wasm.build && wasm.module) useCompiledWasm(wasm.build, wasm.module);
liteRtRuntime().catch(() => void 0);
var interpreter;
var queue = Promise.resolve();
var send = (message, transfer = []) => port.postMessage(message, transfer);
async function handle(message) {
  if (message.type === "load") {
    interpreter?.dispose();
    interpreter = void 0;
    interpreter = await loadInterpreter(message.bytes, { file: message.file });
    const outputs = interpreter.outputs.map(({ name, shape, size }) => ({ name, shape, size }));
    send({ type: "loaded", id: message.id, runtime: interpreter.runtime, outputs });
  } else if (message.type === "predict") {
    if (!interpreter) throw new Error("predict before load");
    const { id, start, end } = message;
    const progress = (done) => send({ type: "progress", id, done });
    const outputs = message.segments ? [rangeStats(interpreter, message.inputs, 0, end - start, message.segments, progress, message.batch)] : predictRange(interpreter, message.inputs, 0, end - start, progress);
    send({ type: "predicted", id, start, end, outputs }, outputs.map((o) => o.buffer));
  } else {
    interpreter?.dispose();
    interpreter = void 0;
    send({ type: "unloaded", id: message.id });
  }
}
port.on("message", (message) => {
  queue = queue.then(() => handle(message)).catch((error) => send({ type: "error", id: message.id, error: serializeError(error) }));
});
