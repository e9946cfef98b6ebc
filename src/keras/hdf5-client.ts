/**
 * The HDF5 reader with a deadline: a fresh HDF5 WebAssembly instance per file (answers never depend on
 * earlier files) reads the bytes synchronously under a watchdog. Some corrupt files make the HDF5
 * library loop forever; the watchdog (node:vm's timeout, the same V8 termination a worker.terminate()
 * uses) stops the loop, the instance is dropped, and a GateError names the file.
 *
 * Reading on the calling thread rather than in a worker thread saves the worker's start-up and the
 * copies to and from it: `tflite-gate convert` on the MNIST CNN 240 -> 180 ms, MobileNetV2 480 -> 410 ms.
 */
import vm from 'node:vm';
import { GateError } from '../errors.js';
import { freshH5Module } from './h5-module.js';
import { readHdf5File } from './hdf5-read.js';
import type { H5Tree, Hdf5Reply, Hdf5Request } from './hdf5-types.js';

const MB = 1024 * 1024;
const MAX_LOG_LINES = 200;

/** Deadline for reading `byteLength` bytes of HDF5: 4 s plus 0.2 s per MB, at most 20 s. */
export function defaultHdf5DeadlineMs(byteLength: number): number {
  return Math.min(20_000, Math.round(4000 + (200 * byteLength) / MB));
}

export interface Hdf5ReadOptions {
  timeoutMs?: number;
  /** Deepest group nesting (default 32). */
  maxDepth?: number;
  /** The zip entry holding the HDF5 bytes, when they came out of a .keras file. */
  entry?: string;
  skipGroups?: string[];
}

type Place = (where?: string) => { file: string; where?: string };

/** Read an HDF5 file's attributes and numeric datasets (as float32), within a deadline. */
export async function readHdf5Tree(bytes: Uint8Array, fileName: string, options: Hdf5ReadOptions = {}): Promise<H5Tree> {
  const timeoutMs = options.timeoutMs ?? defaultHdf5DeadlineMs(bytes.byteLength);
  const request: Hdf5Request = {
    bytes,
    skipGroups: options.skipGroups ?? ['optimizer_weights', 'optimizer'],
    // Weights as float32 can exceed the file size (float16 files double) but never by much more.
    limits: { maxTotalBytes: 4 * bytes.byteLength + 16 * MB, ...(options.maxDepth ? { maxDepth: options.maxDepth } : {}) },
  };
  const place: Place = (where) => ({ file: fileName, where: [options.entry, where].filter(Boolean).join(': ') || undefined });
  const reply = await readWithDeadline(request, timeoutMs, place);
  if (reply.ok) return reply.tree;
  const { kind, message, where, hint } = reply.failure;
  throw new GateError(kind, message, place(where), hint ?? 'the file is damaged or not a Keras model; save the model again');
}

const watchdog = { script: new vm.Script('read()'), context: vm.createContext({ read: undefined as unknown }) };

async function readWithDeadline(request: Hdf5Request, timeoutMs: number, place: Place): Promise<Hdf5Reply> {
  const log: string[] = [];
  let printed = 0;
  const keep = (line: string) => {
    printed++;
    if (log.length < MAX_LOG_LINES) log.push(String(line));
  };
  // HDF5 prints its error stack (and nothing else we want) through emscripten's print/printErr.
  const module = await freshH5Module({ print: keep, printErr: keep });
  watchdog.context.read = () => readHdf5File(module, request, log, () => printed);
  try {
    return watchdog.script.runInContext(watchdog.context, { timeout: timeoutMs }) as Hdf5Reply;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw error;
    const seconds = (timeoutMs / 1000).toFixed(1);
    const hint = 'the file is probably corrupt (the HDF5 library loops on it); save the model again';
    throw new GateError('timeout', `reading the HDF5 data did not finish within ${seconds} s`, place(), hint);
  } finally {
    watchdog.context.read = undefined;
  }
}
