import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseConfig } from '../../src/config/parse.js';
import { actionInputs, actionInputsTable, tableIn } from '../../src/config/action-inputs.js';
import { SETTINGS } from '../../src/config/settings.js';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(readFileSync(join(import.meta.dirname, '../../action.yml'), 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('declares the inputs of the settings table, as rendered from it (npx tsx scripts/action-inputs.ts --write)', () => {
    expect(action.inputs).toEqual(actionInputs());
  });

  it('declares exactly the inputs parseConfig reads, each documented', () => {
    const read = new Set<string>();
    parseConfig((name) => (read.add(name), undefined), { readFile: () => undefined });
    expect(Object.keys(action.inputs).sort()).toEqual([...read].sort());
    for (const [name, input] of Object.entries(action.inputs)) expect([name, input.description.length > 20]).toEqual([name, true]);
  });

  it('gives defaults that parse to the same Config as no input at all', () => {
    const defaults = (name: string) => (name === 'github-token' ? undefined : action.inputs[name]?.default);
    const none = parseConfig(() => undefined, { readFile: () => undefined });
    expect(parseConfig(defaults, { readFile: () => undefined })).toEqual(none);
    expect(action.inputs.models.default).toBe(SETTINGS.models.default);
  });

  it('runs dist/index.js on node24 and documents the outputs', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(action.outputs)).toEqual(['passed', 'report-json', 'markdown', 'models', 'comment-url', 'matrix']);
  });
});

describe('docs/action.md', () => {
  const doc = readFileSync(join(import.meta.dirname, '../../docs/action.md'), 'utf8');

  it('holds the inputs table rendered from the settings table (npx tsx scripts/action-inputs.ts --write)', () => {
    expect(tableIn(doc)).toBe(actionInputsTable());
  });

  it('has one row per action input, each with its default', () => {
    const rows = actionInputsTable().split('\n').slice(2);
    expect(rows.map((row) => /^\| `([^`]+)` \|/.exec(row)?.[1])).toEqual(Object.keys(actionInputs()));
    expect(rows.find((row) => row.startsWith('| `max-accuracy-drop` '))).toContain('| `1` |');
    expect(rows.find((row) => row.startsWith('| `comment` '))).toContain('| true/false | `true` |');
  });
});
