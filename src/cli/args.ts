import { parseArgs, type ParseArgsConfig } from 'node:util';
import { GateError } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parse flags with node's parseArgs, accepting the tutorial's snake_case spellings
 * (`--keras_model_file=x`) and kebab-case (`--keras-model-file x`) alike. Options are declared in
 * kebab-case; unknown flags are a usage error that names the flag.
 */
export function parseFlags(argv: string[], options: Options, allowPositionals = false) {
  const normalised = argv.map((arg) => {
    if (!arg.startsWith('--')) return arg;
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const rest = eq === -1 ? '' : arg.slice(eq);
    return `--${name.replace(/_/g, '-')}${rest}`;
  });
  try {
    return parseArgs({ args: normalised, options, allowPositionals, strict: true });
  } catch (error) {
    throw new GateError('usage', (error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
}

/** A positive integer flag, or a usage error naming the flag. */
export function intFlag(value: string | undefined, flag: string, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new GateError('usage', `--${flag} must be an integer >= ${min}, got "${value}"`);
  return n;
}
