import { GateError, EXIT, describeError, exitCodeFor } from '../errors.js';
import { logLines } from '../util/escape.js';
import type { CliIO, CommandEntry } from './command.js';
import { commands } from './commands/index.js';
import { closest } from './flag-errors.js';
import { VERSION } from '../version.js';

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'tflite-gate: convert Keras models to TensorFlow Lite and gate model changes on accuracy, size and latency.',
    '',
    'Usage: tflite-gate <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  -h, --help     this text; `tflite-gate help <command>` or `tflite-gate <command> --help` for one command',
    '  -V, --version  the version',
    '',
    'Exit codes: 0 pass, 1 gate failed, 2 bad input or usage, 3 internal error.',
  ].join('\n');
}

const NO_COMMAND = 'tflite-gate: no command given. Start with `tflite-gate convert --keras_model_file=model.h5 --output_file=model.tflite`, ' +
  'or pick a command below.';

/** What to say for a first argument that is no command: the closest command, or the convert command the tutorial's flags belong to. */
function unknownCommand(name: string, argv: string[]): string {
  if (/^--(keras[-_]model[-_]file|output[-_]file)\b/.test(name)) {
    return `tflite-gate: a command comes first; for the tutorial's flags run \`tflite-gate convert ${argv.join(' ')}\``;
  }
  const guess = closest(name, commands.map((c) => c.name));
  return `tflite-gate: unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}`;
}

/** `help` alone, or `help COMMAND`: that command's usage. */
async function help(topic: string | undefined, io: CliIO): Promise<number> {
  const command = commands.find((c) => c.name === topic);
  if (topic !== undefined && !command) {
    io.stderr(`${unknownCommand(topic, [topic])}\n\n${helpText()}\n`);
    return EXIT.badInput;
  }
  io.stdout(`${command ? (await (await command.load()).usage()).trim() : helpText()}\n`);
  return EXIT.pass;
}

/**
 * Run one command. Everything printed passes the last guard of util/escape.ts: in a workflow the runner reads
 * commands from the log, and a model or class name must not start one.
 */
export async function runCli(argv: string[], raw: CliIO): Promise<number> {
  const io: CliIO = { ...raw, stdout: (text) => raw.stdout(logLines(text)), stderr: (text) => raw.stderr(logLines(text)) };
  const [name, ...rest] = argv;
  if (!name) {
    io.stdout(`${NO_COMMAND}\n\n${helpText()}\n`);
    return EXIT.badInput;
  }
  if (name === '--help' || name === '-h' || name === 'help') return help(rest[0], io);
  if (name === '--version' || name === '-V' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT.pass;
  }
  const entry: CommandEntry | undefined = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`${unknownCommand(name, argv)}\n\n${helpText()}\n`);
    return EXIT.badInput;
  }
  try {
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${(await command.usage()).trim()}\n`);
      return EXIT.pass;
    }
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`tflite-gate ${entry.name}: ${describeError(error)}\n`);
    if (!(error instanceof GateError) && process.env.TFLITE_GATE_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return exitCodeFor(error);
  }
}
