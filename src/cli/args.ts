import { parseArgs, type ParseArgsConfig } from 'node:util';
import { GateError } from '../errors.js';
import { missingValueError, positionalError, repeatedFlagError, unexpectedValueError, unknownFlagError, type FlagContext } from './flag-errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;
export type { FlagContext } from './flag-errors.js';

const kebab = (name: string) => name.replace(/_/g, '-');

/**
 * Every argument checked in the user's own spelling before node's parseArgs sees it: unknown flags (with
 * the closest known one), flags without their value, switches given a value, unexpected positionals.
 */
function checkArgs(argv: string[], options: Options, allowPositionals: boolean, ctx: FlagContext): Map<string, string> {
  const typedAs = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return typedAs;
    if (!arg.startsWith('-') || arg === '-') {
      if (!allowPositionals) throw positionalError(arg, ctx);
      continue;
    }
    const eq = arg.indexOf('=');
    const typed = eq === -1 ? arg : arg.slice(0, eq);
    const name = arg.startsWith('--') ? kebab(typed.slice(2)) : Object.keys(options).find((n) => options[n]!.short === typed.slice(1));
    const option = name === undefined ? undefined : options[name];
    if (!option || name === undefined) throw unknownFlagError(typed, Object.keys(options), ctx);
    const before = typedAs.get(name);
    if (before !== undefined && !option.multiple) throw repeatedFlagError(before, typed, ctx);
    typedAs.set(name, typed);
    if (option.type === 'boolean' && eq !== -1) throw unexpectedValueError(typed, ctx);
    if (option.type === 'string' && eq === -1) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw missingValueError(typed, ctx);
      i++;
    }
  }
  return typedAs;
}

/** A value node's parseArgs would take for a flag ("argument is ambiguous"): -1, -0.5,0.5, -.5. */
const NEGATIVE_NUMBER = /^-\d|^-\.\d/;

/**
 * Flags in kebab-case (`--keras_model_file=x` → `--keras-model-file=x`), and a string flag followed by a
 * negative number joined with it (`--offset -1` → `--offset=-1`), which parseArgs would refuse as ambiguous.
 */
function normalise(argv: string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...out, ...argv.slice(i)];
    const eq = arg.indexOf('=');
    const long = arg.startsWith('--') ? kebab(arg.slice(2, eq === -1 ? undefined : eq)) : undefined;
    const short = !long && eq === -1 && /^-[^-]/.test(arg) ? Object.entries(options).find(([, o]) => o.short === arg.slice(1))?.[0] : undefined;
    const name = long ?? short;
    const next = argv[i + 1];
    if (eq === -1 && name && options[name]?.type === 'string' && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      out.push(`--${name}=${next}`);
      i++;
    } else {
      out.push(long ? `--${long}${eq === -1 ? '' : arg.slice(eq)}` : arg);
    }
  }
  return out;
}

/**
 * Parse flags with node's parseArgs, accepting the tutorial's snake_case spellings
 * (`--keras_model_file=x`) and kebab-case (`--keras-model-file x`) alike, and negative numbers as values
 * (`--offset -1`). Options are declared in kebab-case; a bad argument is a usage error that echoes it as
 * typed and says what to do.
 */
export function parseFlags(argv: string[], options: Options, allowPositionals = false, ctx: FlagContext = {}) {
  const typedAs = checkArgs(argv, options, allowPositionals, ctx);
  try {
    return { ...parseArgs({ args: normalise(argv, options), options, allowPositionals, strict: true }), typedAs };
  } catch (error) {
    throw new GateError('usage', (error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
}
