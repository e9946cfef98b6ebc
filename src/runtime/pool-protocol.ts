/** Messages between the interpreter pool (parent) and its workers (dist/worker.js, kind 'evaluate'). */
import { GateError, type ErrorKind } from '../errors.js';

export type ToWorker =
  | { type: 'load'; id: number; bytes: Uint8Array; file: string }
  | { type: 'predict'; id: number; start: number; end: number; inputs: { data: ArrayBufferView; sampleSize: number }[]; segments?: number[]; batch?: number }
  | { type: 'unload'; id: number };

export type FromWorker =
  | { type: 'loaded'; id: number; runtime: string; outputs: { name: string; shape: number[]; size: number }[] }
  | { type: 'progress'; id: number; done: number }
  | { type: 'predicted'; id: number; start: number; end: number; outputs: Float32Array[] }
  | { type: 'unloaded'; id: number }
  | { type: 'error'; id: number; error: SerializedError };

export interface SerializedError {
  message: string;
  kind?: ErrorKind;
  file?: string;
  where?: string;
  hint?: string;
  stack?: string;
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof GateError) return { message: error.message, kind: error.kind, file: error.file, where: error.where, hint: error.hint };
  if (error instanceof Error) return { message: error.message, stack: error.stack };
  return { message: String(error) };
}

export function deserializeError(error: SerializedError): Error {
  if (error.kind) return new GateError(error.kind, error.message, { file: error.file, where: error.where }, error.hint);
  const rebuilt = new Error(error.message);
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}
