// Bundles the action, the CLI, the library and the worker into dist/ with esbuild, and copies the
// WebAssembly runtimes they load at run time. Output is deterministic: same sources, same bytes.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync, existsSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { h5wasmExternalWasm } from './build-h5wasm.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'dist');
// Build beside dist/ and swap it in at the end, so a process running dist/ (a test starting workers, the
// CLI) never finds it half-written or missing for the length of a build.
const dist = join(root, `.dist-build-${process.pid}`);
rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'wasm'), { recursive: true });
// The HDF5 reader's WebAssembly as a file (dist/wasm/hdf5_util.wasm), not a 4 MB string in the bundle.
const h5wasmPlugin = h5wasmExternalWasm(root, join(dist, 'wasm'));

const entries = { index: 'src/index.ts', cli: 'src/cli/bin.ts', worker: 'src/worker.ts', lib: 'src/lib.ts' };
const entryPoints = Object.fromEntries(
  Object.entries(entries).filter(([, file]) => existsSync(join(root, file))).map(([name, file]) => [name, join(root, file)]),
);

await build({
  entryPoints,
  outdir: dist,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Dynamic import() becomes a separate file, loaded only when reached: `tflite-gate convert` does not
  // parse or initialise tfjs, LiteRT or the action's code. Chunks sit beside the entries in dist/ (their
  // import.meta.url-relative paths, e.g. to dist/wasm, stay valid); names are content hashes (deterministic).
  splitting: true,
  chunkNames: '[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);",
  },
  // @tensorflow/tfjs-node is an optional extra with a native library, onnxruntime (the ONNX --reference) an optional install: never bundled.
  external: ['@tensorflow/tfjs-node', 'onnxruntime-node', 'onnxruntime-web'],
  plugins: [h5wasmPlugin],
});

// LiteRT.js: the emscripten glue and its wasm, for the builds we choose between (see src/runtime).
const litert = join(root, 'node_modules/@litertjs/core/wasm');
for (const base of ['litert_wasm_compat_internal', 'litert_wasm_internal']) {
  for (const ext of ['.js', '.wasm']) cpSync(join(litert, base + ext), join(dist, 'wasm', base + ext));
}
// tfjs wasm backend (used for the optional Keras reference run).
const tfjsWasm = join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');
for (const file of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm']) cpSync(join(tfjsWasm, file), join(dist, 'wasm', file));

const old = join(root, `.dist-old-${process.pid}`);
if (existsSync(target)) renameSync(target, old);
renameSync(dist, target);
rmSync(old, { recursive: true, force: true });
