import { runCli } from './main.js';
import { abandonedWork } from '../util/deadline.js';
import { preferBaselineWasm } from '../util/wasm-tiering.js';
import { compileH5Wasm } from '../keras/h5-wasm-code.js';

// `convert` runs only the HDF5 reader's WebAssembly, briefly: the baseline compiler is faster there
// (MNIST CNN 340 -> 260 ms CPU). Never for other commands: LiteRT's kernels need the optimizing tier.
// Its compilation starts now, on background threads, while the converter's JavaScript loads (not for help or,
// by the name, an ONNX model: only a guess to save the work; formats are still told apart by content).
if (process.argv[2] === 'convert') {
  preferBaselineWasm();
  if (!process.argv.some((arg) => arg === '--help' || arg === '-h' || /\.onnx$/i.test(arg))) void compileH5Wasm();
}

// A reader that closes early (`tflite-gate inspect m.tflite | head`) ends our output, not the run: the
// command finishes and keeps its exit code (a gate's verdict is never lost to an EPIPE).
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutClosed = true;
});

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => stdoutClosed || process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
});
process.exitCode = code;
// a model abandoned at its deadline (gate) may still hold worker threads open: the report is out, so stop here
if (abandonedWork() > 0) process.exit();
