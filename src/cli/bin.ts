import { runCli } from './main.js';
import { abandonedWork } from '../util/deadline.js';
import { preferBaselineWasm } from '../util/wasm-tiering.js';

// `convert` runs only the HDF5 reader's WebAssembly, briefly: the baseline compiler is faster there
// (MNIST CNN 340 -> 260 ms CPU). Never for other commands: LiteRT's kernels need the optimizing tier.
if (process.argv[2] === 'convert') preferBaselineWasm();

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
});
process.exitCode = code;
// a model abandoned at its deadline (gate) may still hold worker threads open: the report is out, so stop here
if (abandonedWork() > 0) process.exit();
