import { GateError, EXIT, describeError, exitCodeFor } from '../errors.js';
import type { CliIO, Command } from './command.js';
import { commands } from './commands/index.js';

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
    'Run `tflite-gate <command> --help` for the options of one command.',
    'Exit codes: 0 pass, 1 gate failed, 2 bad input or usage, 3 internal error.',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText() + '\n');
    return name ? EXIT.pass : EXIT.badInput;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${process.env.TFLITE_GATE_VERSION ?? '0.1.0'}\n`);
    return EXIT.pass;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`tflite-gate: unknown command "${name}"\n\n${helpText()}\n`);
    return EXIT.badInput;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage.trim()}\n`);
    return EXIT.pass;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`tflite-gate ${command.name}: ${describeError(error)}\n`);
    if (!(error instanceof GateError) && process.env.TFLITE_GATE_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return exitCodeFor(error);
  }
}
