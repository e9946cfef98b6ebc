/**
 * Worker side: a FRESH instance of the HDF5 WebAssembly module for every file. Reading a corrupt file
 * can depend on what the heap held before, and the same file must always give the same answer, so no
 * state is shared between reads; the compiled WebAssembly code is shared (instantiating it again takes
 * milliseconds, compiling it hundreds). We use h5wasm's emscripten build directly, whose file system is
 * in memory (the package's 'h5wasm/node' build would write the bytes to the real disk).
 */
import type { Module as H5ModuleValue } from 'h5wasm';
// @ts-expect-error -- h5wasm publishes no type declarations for its emscripten factory (typed below)
import ModuleFactory from '../../node_modules/h5wasm/dist/esm/hdf5_util.js';

export type H5Module = typeof H5ModuleValue;

type Instantiate = (source: unknown, imports: unknown) => Promise<unknown>;
interface WasmApi {
  instantiate: Instantiate;
}

const createModule = ModuleFactory as (options: Record<string, unknown>) => Promise<H5Module>;
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
let compiled: unknown;

/** The first call compiles the module (and keeps the compiled code); later calls only instantiate it. */
export async function freshH5Module(): Promise<H5Module> {
  if (compiled) {
    const code = compiled;
    const instantiateWasm = (imports: unknown, done: (instance: unknown, module: unknown) => void) => {
      void wasm.instantiate(code, imports).then((instance) => done(instance, code));
      return {};
    };
    return createModule({ noInitialRun: true, instantiateWasm });
  }
  const original = wasm.instantiate;
  wasm.instantiate = async (source, imports) => {
    const result = await original.call(wasm, source, imports);
    const module = (result as { module?: unknown }).module;
    if (module) compiled = module;
    return result;
  };
  try {
    return await createModule({ noInitialRun: true });
  } finally {
    wasm.instantiate = original;
  }
}
