/**
 * The tfjs engine the Keras reference runs on, set up once per thread. Backend order: tfjs-node when it
 * happens to be installed (an optional extra, never a dependency), else the WebAssembly backend with
 * its .wasm files from dist/wasm (bundle) or the package's dist/ (sources), else the plain CPU backend.
 * All of them compute in float32; the wasm backend runs single-threaded, so results are deterministic.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

export type Tfjs = typeof tf;

export interface ReferenceBackend {
  tf: Tfjs;
  /** "wasm", "cpu" or "tensorflow" (tfjs-node). */
  name: string;
  /** e.g. "tfjs 4.22.0 (wasm)". */
  description: string;
}

const WASM_FILE = 'tfjs-backend-wasm.wasm';

/** Folder holding tfjs-backend-wasm.wasm: dist/wasm beside the bundle, or the installed package's dist/. */
export function tfjsWasmDirectory(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'wasm'), join(here, '..', 'wasm'), join(here, '..', '..', 'dist', 'wasm')];
  try {
    const entry = createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm');
    candidates.unshift(join(dirname(entry), '..', 'dist'), dirname(entry));
  } catch {
    // not installed beside us: the bundle's copy must be there
  }
  return candidates.find((dir) => existsSync(join(dir, WASM_FILE)));
}

async function tryNode(): Promise<boolean> {
  if (process.env.TFLITE_GATE_TFJS_BACKEND && process.env.TFLITE_GATE_TFJS_BACKEND !== 'tensorflow') return false;
  try {
    const specifier = '@tensorflow/tfjs-node';
    await import(/* webpackIgnore: true */ specifier);
    return await tf.setBackend('tensorflow');
  } catch {
    return false;
  }
}

async function tryWasm(): Promise<boolean> {
  const forced = process.env.TFLITE_GATE_TFJS_BACKEND;
  if (forced && forced !== 'wasm') return false;
  const dir = tfjsWasmDirectory();
  if (!dir) return false;
  setWasmPaths(pathToFileURL(dir).pathname + '/');
  // The backend's emscripten glue reads a free `__dirname` in Node; an ESM bundle has none. Give it one
  // for the duration of the initialisation only.
  const g = globalThis as { __dirname?: string };
  const shim = typeof g.__dirname === 'undefined' && !hasDirname();
  if (shim) g.__dirname = dir;
  try {
    return await tf.setBackend('wasm');
  } catch {
    return false;
  } finally {
    if (shim) delete g.__dirname;
  }
}

/** Whether a free `__dirname` resolves here (CommonJS, tsx, jest) — then the glue needs no help. */
function hasDirname(): boolean {
  try {
    return typeof __dirname === 'string';
  } catch {
    return false;
  }
}

async function initBackend(): Promise<ReferenceBackend> {
  tf.enableProdMode(); // no "install tfjs-node" banners or debug checks
  const ok = (await tryNode()) || (await tryWasm()) || (await tf.setBackend('cpu'));
  if (!ok) throw new Error('no tfjs backend could be initialised (tensorflow, wasm, cpu)');
  await tf.ready();
  const name = tf.getBackend();
  return { tf, name, description: `tfjs ${tf.version.tfjs} (${name})` };
}

let backend: Promise<ReferenceBackend> | undefined;

/** The tfjs engine of this thread, initialised on first use. */
export function referenceBackend(): Promise<ReferenceBackend> {
  backend ??= initBackend().catch((error: unknown) => {
    backend = undefined;
    throw error;
  });
  return backend;
}
