// Prints the `inputs:` section of action.yml and the inputs table of docs/action.md as rendered from
// src/config/settings.ts; with --write, replaces them in action.yml and in docs/action.md (between the
// table's two marker comments). __tests__/config/action-yml.test.ts fails until the files and the settings agree.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { actionInputs, actionInputsTable, TABLE_END, TABLE_START } from '../src/config/action-inputs.js';

const root = join(import.meta.dirname, '..');
const section = stringify({ inputs: actionInputs() }, { lineWidth: 118, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
const table = actionInputsTable();

/** `text` with the part from `start` (inclusive, or after it) to `end` (exclusive) replaced by `content`. */
function replace(file: string, text: string, start: number, end: number, content: string): string {
  if (start < 0 || end < start) throw new Error(`${file}: the part to replace is not found (its markers moved?)`);
  return `${text.slice(0, start)}${content}${text.slice(end)}`;
}

if (process.argv.includes('--write')) {
  const yml = join(root, 'action.yml');
  const ymlText = readFileSync(yml, 'utf8');
  writeFileSync(yml, replace(yml, ymlText, ymlText.indexOf('\ninputs:\n') + 1 || -1, ymlText.indexOf('\noutputs:\n'), section));
  const doc = join(root, 'docs', 'action.md');
  const docText = readFileSync(doc, 'utf8');
  const from = docText.indexOf(TABLE_START);
  writeFileSync(doc, replace(doc, docText, from < 0 ? -1 : from + TABLE_START.length, docText.indexOf(TABLE_END), `\n${table}\n`));
} else {
  process.stdout.write(`${section}\n${table}\n`);
}
