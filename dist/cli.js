import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);

// src/errors.ts
var GateError = class _GateError extends Error {
  kind;
  file;
  where;
  hint;
  constructor(kind, message, place = {}, hint) {
    super(message);
    this.name = "GateError";
    this.kind = kind;
    this.file = place.file;
    this.where = place.where;
    this.hint = hint;
  }
  /** Return a copy of this error that names `file` (when the pure core did not know it). */
  withFile(file) {
    if (this.file) return this;
    return new _GateError(this.kind, this.message, { file, where: this.where }, this.hint);
  }
  /** One or two lines for a person: "file: where: message\n  hint". */
  format() {
    const head = [this.file, this.where].filter(Boolean).join(": ");
    const line = head ? `${head}: ${this.message}` : this.message;
    return this.hint ? `${line}
  ${this.hint}` : line;
  }
};
var EXIT = { pass: 0, gateFailed: 1, badInput: 2, internal: 3 };
function exitCodeFor(error) {
  return error instanceof GateError ? EXIT.badInput : EXIT.internal;
}
function describeError(error) {
  if (error instanceof GateError) return error.format();
  if (error instanceof Error) return `internal error: ${error.message}`;
  return `internal error: ${String(error)}`;
}

// src/cli/commands/index.ts
var commands = [];

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
    "Run `tflite-gate <command> --help` for the options of one command.",
    "Exit codes: 0 pass, 1 gate failed, 2 bad input or usage, 3 internal error."
  ].join("\n");
}
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(helpText() + "\n");
    return name ? EXIT.pass : EXIT.badInput;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${process.env.TFLITE_GATE_VERSION ?? "0.1.0"}
`);
    return EXIT.pass;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`tflite-gate: unknown command "${name}"

${helpText()}
`);
    return EXIT.badInput;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${command.usage.trim()}
`);
    return EXIT.pass;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`tflite-gate ${command.name}: ${describeError(error)}
`);
    if (!(error instanceof GateError) && process.env.TFLITE_GATE_DEBUG && error instanceof Error) io.stderr(`${error.stack}
`);
    return exitCodeFor(error);
  }
}

// src/cli/bin.ts
var code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd()
});
process.exitCode = code;
