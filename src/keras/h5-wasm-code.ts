/**
 * The compiled code of the HDF5 reader's WebAssembly (dist/wasm/hdf5_util.wasm), once per thread. Apart from
 * h5-module.ts (which imports the 140 kB emscripten glue) so that the CLI can start compiling before it loads
 * the converter: the compilation then overlaps the loading of the JavaScript.
 */
import { readFileSync } from 'node:fs';
import { findDistFile } from '../util/dist-file.js';

export type WasmModule = object;
export interface WasmApi {
  compile(bytes: Uint8Array): Promise<WasmModule>;
  /** With a compiled module: the instance; with bytes: { module, instance }. */
  instantiate(source: unknown, imports: unknown): Promise<{ module?: WasmModule }>;
}

export const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
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
    // read synchronously (3.5 MB, ~1 ms): compilation starts now, not when the busy thread next polls for I/O
    compiling = file ? wasm.compile(readFileSync(file)) : Promise.resolve(undefined);
    compiling.catch(() => undefined); // reported where it is awaited
  }
  return compiling;
}

/** Keep code compiled elsewhere (the glue's embedded copy, when there is no built file). */
export function keepCompiledH5Wasm(code: WasmModule): void {
  compiling = Promise.resolve(code);
}
