import { setFlagsFromString } from 'node:v8';

/**
 * Keep WebAssembly on V8's baseline compiler (Liftoff) for the rest of this process. The HDF5 reader's
 * 3.5 MB module runs for a fraction of a second; V8's optimizing tier then recompiles its hot functions
 * in the background and, on a busy or 2-core machine, that costs more CPU than it saves (measured on
 * `tflite-gate convert`: MNIST CNN 340 -> 260 ms CPU, MobileNetV2 770 -> 600 ms).
 *
 * The setting is PROCESS-WIDE and cannot be undone safely (turning it off again later made the next
 * module far slower in our measurements), so only a process entry that runs nothing else may call it,
 * before any WebAssembly is compiled: the CLI's `convert` command. Never in evaluate/gate/the action or
 * tests: LiteRT's kernels need the optimizing tier (inference measured 2.5x slower without it).
 */
export function preferBaselineWasm(): void {
  setFlagsFromString('--liftoff-only');
}
