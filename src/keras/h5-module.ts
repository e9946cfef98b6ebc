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
import type { Module as H5ModuleValue } from 'h5wasm';
// @ts-expect-error -- h5wasm publishes no type declarations for its emscripten factory (typed below)
import ModuleFactory from '../../node_modules/h5wasm/dist/esm/hdf5_util.js';
import { compileH5Wasm, keepCompiledH5Wasm, wasm, type WasmModule } from './h5-wasm-code.js';

export type H5Module = typeof H5ModuleValue;

type Done = (instance: unknown, module: WasmModule) => void;

const createModule = ModuleFactory as (options: Record<string, unknown>) => Promise<H5Module>;

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
    if (result.module) keepCompiledH5Wasm(result.module);
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
