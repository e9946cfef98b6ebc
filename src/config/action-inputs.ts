/**
 * The `inputs:` of action.yml, rendered from the settings table (./settings.ts). action.yml is the file
 * GitHub reads, so it is written from this (`npx tsx scripts/action-inputs.ts --write`) and a test checks
 * the two agree. A setting that .tflite-gate.yml can also set gets no `default:` there (an input's default
 * would hide the file's value); its description names the default instead. The same script writes the
 * inputs table of docs/action.md (actionInputsTable), checked the same way.
 */
import { settingsIn, shownDefault, type Setting } from './settings.js';

export interface ActionInput {
  description: string;
  required: false;
  default?: string;
}

const sentence = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}${text.endsWith('.') ? '' : '.'}`;

function input(s: Setting): ActionInput {
  const shown = shownDefault(s);
  const inYaml = !s.file && !s.tried && (shown !== undefined || s.default !== undefined);
  const kind = s.value ? '' : ' (true or false)';
  const words = [sentence(`${s.help}${kind}`), ...(s.more ? [s.more] : []), ...(!inYaml && shown !== undefined ? [`Default ${shown}.`] : [])];
  return { description: words.join(' '), required: false, ...(inYaml ? { default: shown ?? String(s.default) } : {}) };
}

/** Every action input, in the table's order. */
export function actionInputs(): Record<string, ActionInput> {
  return Object.fromEntries(settingsIn('action').map(([, s]) => [s.name, input(s)]));
}

/** The comments around the generated inputs table in docs/action.md. */
export const TABLE_START = '<!-- inputs table: rendered from src/config/settings.ts by `npx tsx scripts/action-inputs.ts --write`; edit the settings, not the table -->';
export const TABLE_END = '<!-- end of the inputs table -->';

/** The inputs table between its markers in a document (docs/action.md), or undefined when the markers are missing. */
export function tableIn(doc: string): string | undefined {
  const from = doc.indexOf(TABLE_START);
  const to = doc.indexOf(TABLE_END);
  return from < 0 || to < from ? undefined : doc.slice(from + TABLE_START.length, to).trim();
}

/** A markdown table cell: no pipe or line break can end it early. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** What an input is when nobody sets it, as docs/action.md's table shows it. */
function tableDefault(s: Setting): string {
  const shown = shownDefault(s);
  if (shown !== undefined) return `\`${shown}\``;
  return s.value ? '—' : '`false`';
}

/** The inputs table of docs/action.md (input, value, default, meaning), in the table's order. */
export function actionInputsTable(): string {
  const rows = settingsIn('action').map(([, s]) => {
    const meaning = [sentence(s.help), ...(s.more ? [s.more] : [])].join(' ');
    return `| \`${s.name}\` | ${cell(s.value ?? 'true/false')} | ${cell(tableDefault(s))} | ${cell(meaning)} |`;
  });
  return ['| Input | Value | Default | Meaning |', '| :- | :- | :- | :- |', ...rows].join('\n');
}
