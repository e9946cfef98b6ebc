/**
 * The one place that makes LiteRT.js (@litertjs/core, built for browsers) run in Node.
 *
 * LiteRT.js loads its emscripten glue with `importScripts` (web workers) or a <script> tag, then reads
 * `self.ModuleFactory`. In Node we give it `self`, and an `importScripts` that evaluates the glue with
 * `vm` inside a CommonJS-style wrapper (the glue wants `require`, `__dirname`, `module`). We pick the
 * fastest build WebAssembly supports here: relaxed SIMD (`litert_wasm_internal`) when it validates,
 * else `litert_wasm_compat_internal`. The wasm files come from dist/wasm (bundle) or node_modules
 * (sources). One runtime per thread; each interpreter runs single-threaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { loadLiteRt as coreLoadLiteRt, type LiteRt } from '@litertjs/core';
import type { LiteRtWasmApi } from './litert-types.js';

export type WasmBuild = 'relaxed-simd' | 'compat';

const LITERT_VERSION = '2.5.3';
const BUILD_FILES: Record<WasmBuild, string> = {
  'relaxed-simd': 'litert_wasm_internal.js',
  compat: 'litert_wasm_compat_internal.js',
};

/** The smallest module using a relaxed-SIMD instruction (as LiteRT.js's own feature probe). */
const RELAXED_SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 15, 1, 13, 0, 65, 1, 253, 15, 65, 2, 253,
  15, 253, 128, 2, 11,
]);

export interface LiteRtRuntime {
  liteRt: LiteRt;
  wasm: LiteRtWasmApi;
  build: WasmBuild;
  /** e.g. "LiteRT.js 2.5.3 (wasm, relaxed-simd)". */
  description: string;
  /** The runtime's last log lines (it logs through emscripten's print), newest last. */
  recentLog(): string[];
  /** How many ERROR/FATAL lines the runtime has logged so far (a run that logs one did not complete). */
  errorCount(): number;
}

/** A compiled WebAssembly module (opaque here; workers receive it by structured clone). */
export type CompiledWasm = object;

/** WebAssembly is a Node global; the ES2022 lib we compile against does not declare it. */
const wasmGlobal = (globalThis as unknown as {
  WebAssembly: {
    validate(bytes: Uint8Array): boolean;
    compile(bytes: Uint8Array): Promise<CompiledWasm>;
    instantiate(module: CompiledWasm, imports: unknown): Promise<unknown>;
  };
}).WebAssembly;

export function relaxedSimdSupported(): boolean {
  return wasmGlobal.validate(RELAXED_SIMD_PROBE);
}

/** The build we load: TFLITE_GATE_WASM=compat|relaxed-simd forces one (benchmarks); else the fastest that validates. */
export function chooseBuild(env: NodeJS.ProcessEnv = process.env): WasmBuild {
  const forced = env.TFLITE_GATE_WASM;
  if (forced === 'compat') return 'compat';
  if (forced === 'relaxed-simd' && relaxedSimdSupported()) return 'relaxed-simd';
  return relaxedSimdSupported() ? 'relaxed-simd' : 'compat';
}

export function describeRuntime(build: WasmBuild): string {
  return `LiteRT.js ${LITERT_VERSION} (wasm, ${build})`;
}

/** Directory holding the glue + wasm: dist/wasm beside the bundle, or the package's own wasm/ folder. */
export function wasmDirectory(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'wasm'), join(here, '..', 'wasm'), join(here, '..', '..', 'dist', 'wasm')];
  try {
    const entry = createRequire(import.meta.url).resolve('@litertjs/core');
    candidates.splice(2, 0, join(dirname(entry), '..', 'wasm'));
  } catch {
    // not installed beside us: the bundle's copy must be there
  }
  for (const dir of candidates) if (existsSync(join(dir, BUILD_FILES.compat))) return dir;
  throw new Error(`LiteRT.js wasm files not found (looked in ${candidates.join(', ')}); run \`npm run build\``);
}

const LOG_LINES = 50;
let runtime: Promise<LiteRtRuntime> | undefined;
const compiled = new Map<WasmBuild, Promise<CompiledWasm>>();

/**
 * The compiled wasm of a build, compiled once per thread. Pool workers get the main thread's copy
 * (`useCompiledWasm`), so each worker instantiates it instead of compiling 9 MB again.
 */
export function compiledWasm(build: WasmBuild = chooseBuild()): Promise<CompiledWasm> {
  let module = compiled.get(build);
  if (!module) {
    const file = join(wasmDirectory(), BUILD_FILES[build].replace(/\.js$/, '.wasm'));
    module = wasmGlobal.compile(readFileSync(file));
    compiled.set(build, module);
  }
  return module;
}

/** Use a module compiled elsewhere (by the thread that started this worker). */
export function useCompiledWasm(build: WasmBuild, module: CompiledWasm): void {
  compiled.set(build, Promise.resolve(module));
}

/** The LiteRT.js runtime of this thread, loaded on first use. */
export function liteRtRuntime(): Promise<LiteRtRuntime> {
  runtime ??= loadRuntime().catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return runtime;
}

async function loadRuntime(): Promise<LiteRtRuntime> {
  const build = chooseBuild();
  const log: string[] = [];
  let errors = 0;
  const remember = (line: string) => {
    if (/^(ERROR|FATAL)/.test(line)) errors++;
    log.push(line);
    if (log.length > LOG_LINES) log.shift();
  };
  installBrowserShims(remember, await compiledWasm(build));
  const liteRt = await quietly(() => coreLoadLiteRt(join(wasmDirectory(), BUILD_FILES[build])));
  return {
    liteRt,
    wasm: liteRt.liteRtWasm as unknown as LiteRtWasmApi,
    build,
    description: describeRuntime(build),
    recentLog: () => [...log],
    errorCount: () => errors,
  };
}

type Shimmed = typeof globalThis & { self?: unknown; importScripts?: (url: string) => void; ModuleFactory?: unknown; Module?: unknown };

function installBrowserShims(print: (line: string) => void, wasm: CompiledWasm): void {
  const g = globalThis as Shimmed;
  g.self ??= g;
  g.importScripts = (url: string) => {
    const cjs = { exports: {} as unknown };
    const wrapper = `(function (require, __dirname, __filename, module, exports) {${readFileSync(url, 'utf8')}\n})`;
    const run = vm.runInThisContext(wrapper, { filename: url }) as (...args: unknown[]) => void;
    run(createRequire(url), dirname(url), url, cjs, cjs.exports);
    g.ModuleFactory = cjs.exports;
    // LiteRT.js passes self.Module to the factory: route the runtime's log lines to us, not the console,
    // and instantiate the wasm we compiled (or were given) instead of reading and compiling the file.
    const instantiateWasm = (imports: unknown, done: (instance: unknown, module: CompiledWasm) => void) => {
      void wasmGlobal.instantiate(wasm, imports).then((instance) => done(instance, wasm));
      return {};
    };
    g.Module = { print, printErr: print, instantiateWasm };
  };
}

/** LiteRT.js warns on the console that it found no WebGPU device; on a CPU-only Node that is expected. */
async function quietly<T>(load: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('Failed to create default WebGPU device')) return;
    warn(...args);
  };
  try {
    return await load();
  } finally {
    console.warn = warn;
  }
}
