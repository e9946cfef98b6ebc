import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  closest
} from "./chunk-IBKIZNII.js";
import {
  abandonedWork
} from "./chunk-2P5MLAOL.js";
import {
  compileH5Wasm
} from "./chunk-4I7V2L4L.js";
import "./chunk-VUKSY2HY.js";
import {
  EXIT,
  GateError,
  describeError,
  exitCodeFor,
  logLines
} from "./chunk-JM7JNUOI.js";
import "./chunk-7AIIOF2D.js";

// src/cli/commands/index.ts
var commands = [
  { name: "convert", summary: "Convert a Keras .h5/.keras or ONNX .onnx model to .tflite (float32, float16, dynamic-range or full int8)", load: async () => (await import("./convert-XORNQUKS.js")).convertCommand },
  { name: "inspect", summary: "Show a .tflite model (or what differs between two): operators, tensors, weights, MACs, arena", load: async () => (await import("./inspect-52LLUNJK.js")).inspectCommand },
  { name: "evaluate", summary: "Run a model's variants (or two models) in LiteRT.js on a dataset: accuracy, classes, latency, size", load: async () => (await import("./evaluate-TXEXEVKW.js")).evaluateCommand },
  { name: "gate", summary: "Gate the models changed since a git ref, as the GitHub Action does on a pull request", load: async () => (await import("./gate-ZJ7LLKJS.js")).gateCommand }
];

// src/version.ts
var VERSION = "0.1.0";

// src/cli/main.ts
function helpText() {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "tflite-gate: convert Keras models to TensorFlow Lite and gate model changes on accuracy, size and latency.",
    "",
    "Usage: tflite-gate <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Options:",
    "  -h, --help     this text; `tflite-gate help <command>` or `tflite-gate <command> --help` for one command",
    "  -V, --version  the version",
    "",
    "Exit codes: 0 pass, 1 gate failed, 2 bad input or usage, 3 internal error."
  ].join("\n");
}
var NO_COMMAND = "tflite-gate: no command given. Start with `tflite-gate convert --keras_model_file=model.h5 --output_file=model.tflite`, or pick a command below.";
function unknownCommand(name, argv) {
  if (/^--(keras[-_]model[-_]file|output[-_]file)\b/.test(name)) {
    return `tflite-gate: a command comes first; for the tutorial's flags run \`tflite-gate convert ${argv.join(" ")}\``;
  }
  const guess = closest(name, commands.map((c) => c.name));
  return `tflite-gate: unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ""}`;
}
async function help(topic, io) {
  const command = commands.find((c) => c.name === topic);
  if (topic !== void 0 && !command) {
    io.stderr(`${unknownCommand(topic, [topic])}

${helpText()}
`);
    return EXIT.badInput;
  }
  io.stdout(`${command ? (await (await command.load()).usage()).trim() : helpText()}
`);
  return EXIT.pass;
}
async function runCli(argv, raw) {
  const io = { ...raw, stdout: (text) => raw.stdout(logLines(text)), stderr: (text) => raw.stderr(logLines(text)) };
  const [name, ...rest] = argv;
  if (!name) {
    io.stdout(`${NO_COMMAND}

${helpText()}
`);
    return EXIT.badInput;
  }
  if (name === "--help" || name === "-h" || name === "help") return help(rest[0], io);
  if (name === "--version" || name === "-V" || name === "-v") {
    io.stdout(`${VERSION}
`);
    return EXIT.pass;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`${unknownCommand(name, argv)}

${helpText()}
`);
    return EXIT.badInput;
  }
  try {
    const command = await entry.load();
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(`${(await command.usage()).trim()}
`);
      return EXIT.pass;
    }
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`tflite-gate ${entry.name}: ${describeError(error)}
`);
    if (!(error instanceof GateError) && process.env.TFLITE_GATE_DEBUG && error instanceof Error) io.stderr(`${error.stack}
`);
    return exitCodeFor(error);
  }
}

// src/util/wasm-tiering.ts
import { setFlagsFromString } from "node:v8";
function preferBaselineWasm() {
  setFlagsFromString("--liftoff-only");
}

// src/cli/bin.ts
if (process.argv[2] === "convert") {
  preferBaselineWasm();
  if (!process.argv.some((arg) => arg === "--help" || arg === "-h" || /\.onnx$/i.test(arg))) void compileH5Wasm();
}
var stdoutClosed = false;
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
  stdoutClosed = true;
});
var code = await runCli(process.argv.slice(2), {
  stdout: (text) => stdoutClosed || process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd()
});
process.exitCode = code;
if (abandonedWork() > 0) process.exit();
