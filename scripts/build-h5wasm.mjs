// Build step for the HDF5 reader (used by scripts/build.mjs). h5wasm's emscripten glue (hdf5_util.js) embeds
// its ~3 MB WebAssembly binary as a 4 MB string literal that every worker has to parse and decode, char by
// char, before compiling it. Here the binary is taken out once, at build time: written to
// dist/wasm/hdf5_util.wasm (compiled from raw bytes by src/keras/h5-module.ts) and replaced in the bundled
// glue by a function that throws (h5-module always passes instantiateWasm, so it is never called).
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

const { WebAssembly } = globalThis;

export const H5WASM_WASM_NAME = 'hdf5_util.wasm';

const OPEN = "function findWasmBinary(){return binaryDecode('";
const CLOSE = "')}";

/** The h5wasm glue file esbuild bundles (the path src/keras/h5-module.ts imports), symlinks resolved. */
function gluePath(root) {
  return realpathSync(join(root, 'node_modules', 'h5wasm', 'dist', 'esm', 'hdf5_util.js'));
}

/** Split the glue into [before, string literal, after] around findWasmBinary's embedded binary. */
function splitGlue(source) {
  const start = source.indexOf(OPEN);
  const end = start < 0 ? -1 : source.indexOf(CLOSE, start + OPEN.length);
  if (start < 0 || end < 0) throw new Error('h5wasm glue: embedded WebAssembly binary not found (h5wasm version changed?)');
  const literalStart = start + OPEN.length - 1;
  return [source.slice(0, start), source.slice(literalStart, end + 1), source.slice(end + CLOSE.length)];
}

/** emscripten's binaryDecode: one byte per char of the literal. */
function decodeLiteral(literal) {
  const text = vm.runInNewContext(literal, Object.create(null), { timeout: 10_000 });
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes[i] = ~c >> 8 & c;
  }
  if (bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d || !WebAssembly.validate(bytes)) {
    throw new Error('h5wasm glue: the embedded binary is not valid WebAssembly');
  }
  return bytes;
}

/**
 * Write dist/wasm/hdf5_util.wasm and return the esbuild plugin that bundles the glue without its embedded
 * copy. Deterministic: the bytes come straight from the installed h5wasm.
 */
export function h5wasmExternalWasm(root, wasmDir) {
  const glue = gluePath(root);
  const [before, literal, after] = splitGlue(readFileSync(glue, 'utf8'));
  writeFileSync(join(wasmDir, H5WASM_WASM_NAME), decodeLiteral(literal));
  const stub = "function findWasmBinary(){throw new Error('hdf5_util.wasm is compiled by h5-module.ts and passed as instantiateWasm')}";
  const contents = before + stub + after;
  return {
    name: 'h5wasm-external-wasm',
    setup(build) {
      build.onLoad({ filter: /[\\/]h5wasm[\\/]dist[\\/]esm[\\/]hdf5_util\.js$/ }, (args) =>
        realpathSync(args.path) === glue ? { contents, loader: 'js' } : undefined);
    },
  };
}
