/**
 * A command's flags, from the settings table (config/settings.ts): parseArgs options, the parsed and
 * validated values (with the table's defaults), conflicts, and the options part of --help. A command never
 * declares or validates a setting itself.
 */
import { GateError } from '../errors.js';
import { defaultOf, parseGiven, SETTINGS, settingsIn, shownDefault, type CommandName, type Setting, type SettingId, type SettingValue } from '../config/settings.js';
import { parseFlags, type FlagContext } from './args.js';

export interface Flags {
  positionals: string[];
  /** True when the flag of setting `id` was given. */
  given(id: SettingId): boolean;
  /** The validated value of a setting given once, else its default. */
  value<K extends SettingId>(id: K): SettingValue<K> | undefined;
  /** Every value of a setting that may be given more than once, in order. */
  values<K extends SettingId>(id: K): SettingValue<K>[];
  /** The raw text of a flag by name, as the config reader wants it ('true' for a switch). */
  raw(name: string): string | undefined;
  /** The flag as the user typed it (--keras_model_file), or --name. */
  label(name: string): string;
}

function optionsOf(command: CommandName) {
  return Object.fromEntries(settingsIn(command).map(([, s]) => [s.name, {
    type: s.value ? 'string' as const : 'boolean' as const,
    ...(s.multiple ? { multiple: true } : {}),
    ...(s.short ? { short: s.short } : {}),
  }]));
}

/** Refuse two flags the table says cannot be given together. */
function checkConflicts(command: CommandName, given: (name: string) => boolean, label: (name: string) => string): void {
  for (const [, s] of settingsIn(command)) {
    if (!given(s.name)) continue;
    for (const [other, why] of Object.entries(s.conflicts ?? {})) {
      if (given(other)) throw new GateError('usage', `${label(s.name)} and ${label(other)} cannot be given together: ${why}`, {}, `Give one of them. Run \`tflite-gate ${command} --help\`.`);
    }
  }
}

export function readFlags(command: CommandName, argv: string[], ctx: Omit<FlagContext, 'command'> & { positionals?: boolean } = {}): Flags {
  const { values, positionals, typedAs } = parseFlags(argv, optionsOf(command), ctx.positionals ?? false, { ...ctx, command });
  // a flag the user did not type is named in the spelling they used for the others (snake_case or kebab-case)
  const snake = [...typedAs.values()].some((t) => t.includes('_'));
  const label = (name: string) => typedAs.get(name) ?? `--${snake ? name.replace(/-/g, '_') : name}`;
  const given = (name: string) => values[name] !== undefined;
  checkConflicts(command, given, label);
  const nameOf = (id: SettingId) => SETTINGS[id].name;
  const parse = <K extends SettingId>(id: K, raw: unknown) => parseGiven(id, raw, label(nameOf(id)));
  return {
    positionals,
    given: (id) => given(nameOf(id)),
    value: (id) => parse(id, values[nameOf(id)]) ?? defaultOf(id),
    values: (id) => ([values[nameOf(id)] ?? []].flat() as string[]).map((raw) => parse(id, raw)!),
    raw: (name) => {
      const v = values[name];
      return v === undefined ? undefined : String(Array.isArray(v) ? v[v.length - 1] : v);
    },
    label,
  };
}

/** `--name VALUE` / `-q, --quiet` as help shows it. */
function flagText(s: Setting): string {
  return `${s.short ? `-${s.short}, ` : ''}--${s.name}${s.value ? ` ${s.value}` : ''}`;
}

/** Text wrapped to `width`, continuation lines indented by `indent`. */
function wrap(text: string, width: number, indent: number): string {
  const lines: string[] = [''];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1]!;
    if (last && indent + last.length + 1 + word.length > width) lines.push(word);
    else lines[lines.length - 1] = last ? `${last} ${word}` : word;
  }
  return lines.join(`\n${' '.repeat(indent)}`);
}

/** The "Options:" part of a command's --help, from the table. */
export function optionsHelp(command: CommandName): string {
  const rows = settingsIn(command).map(([, s]) => {
    const shown = shownDefault(s);
    return [flagText(s), `${s.help}${shown !== undefined ? ` (default ${shown})` : ''}`] as const;
  });
  rows.push(['-h, --help', 'this text']);
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return [
    'Options (kebab-case as shown; snake_case works too, e.g. --keras_model_file):',
    ...rows.map(([flag, help]) => `  ${flag.padEnd(width)}${wrap(help, 110, width + 2)}`),
  ].join('\n');
}
