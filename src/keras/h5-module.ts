/**
 * A FRESH instance of the HDF5 WebAssembly module for every file. Reading a corrupt file
 * can depend on what the heap held before, and the same file must always give the same answer, so no
 * state is shared between reads; the compiled WebAssembly code is shared (instantiating it again takes
 * milliseconds, compiling it much longer). We use h5wasm's emscripten build directly, whose file system
 * is in memory (the package's 'h5wasm/node' build would write the bytes to the real disk).
 *
 * The build (scripts/build-h5wasm.mjs) takes the WebAssembly binary out of the glue into
 * dist/wasm/hdf5_util.wasm: compiling those raw bytes skips parsing and decoding a 4 MB string. Without a
 * build (sources run directly) the glue's embedded copy is used instead.
 */
import { readFile } from 'node:fs/promises';
import type { Module as H5ModuleValue } from 'h5wasm';
// @ts-expect-error -- h5wasm publishes no type declarations for its emscripten factory (typed below)
import ModuleFactory from '../../node_modules/h5wasm/dist/esm/hdf5_util.js';
import { findDistFile } from '../util/dist-file.js';

export type H5Module = typeof H5ModuleValue;

type WasmModule = object;
interface WasmApi {
  compile(bytes: Uint8Array): Promise<WasmModule>;
  /** With a compiled module: the instance; with bytes: { module, instance }. */
  instantiate(source: unknown, imports: unknown): Promise<{ module?: WasmModule }>;
}
type Done = (instance: unknown, module: WasmModule) => void;

const createModule = ModuleFactory as (options: Record<string, unknown>) => Promise<H5Module>;
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
export const H5_WASM_FILE = 'wasm/hdf5_util.wasm';

let compiling: Promise<WasmModule | undefined> | undefined;

/**
 * Start compiling the HDF5 WebAssembly (once per thread; later calls return the same promise). Resolves
 * to undefined when there is no built dist/wasm/hdf5_util.wasm. Call it early: compilation runs on
 * background threads while the caller does other work.
 */
export function compileH5Wasm(): Promise<WasmModule | undefined> {
  if (!compiling) {
    const file = findDistFile(H5_WASM_FILE);
    compiling = file ? readFile(file).then((bytes) => wasm.compile(bytes)) : Promise.resolve(undefined);
    compiling.catch(() => undefined); // reported where it is awaited
  }
  return compiling;
}

function fromCompiled(code: WasmModule, options: H5ModuleOptions): Promise<H5Module> {
  const instantiateWasm = (imports: unknown, done: Done) => {
    void wasm.instantiate(code, imports).then((instance) => done(instance, code));
    return {};
  };
  return createModule({ ...options, noInitialRun: true, instantiateWasm });
}

/** No built .wasm file: let the glue compile its embedded copy, and keep the compiled code. */
async function fromEmbedded(options: H5ModuleOptions): Promise<H5Module> {
  const original = wasm.instantiate;
  wasm.instantiate = async (source: unknown, imports: unknown) => {
    const result = await original.call(wasm, source, imports);
    if (result.module) compiling = Promise.resolve(result.module);
    return result;
  };
  try {
    return await createModule({ ...options, noInitialRun: true });
  } finally {
    wasm.instantiate = original;
  }
}

/** Where the instance's C stdout/stderr lines go (default: console.log / console.error). */
export interface H5ModuleOptions {
  print?: (line: string) => void;
  printErr?: (line: string) => void;
}

/** A fresh module instance; the first call compiles the code (and keeps it), later calls only instantiate. */
export async function freshH5Module(options: H5ModuleOptions = {}): Promise<H5Module> {
  const code = await compileH5Wasm();
  return code ? fromCompiled(code, options) : fromEmbedded(options);
}
