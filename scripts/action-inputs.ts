// Prints the `inputs:` section of action.yml as rendered from src/config/settings.ts; with --write,
// replaces it in action.yml. __tests__/config/action-yml.test.ts fails until the two agree.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { actionInputs } from '../src/config/action-inputs.js';

const file = join(import.meta.dirname, '..', 'action.yml');
const section = stringify({ inputs: actionInputs() }, { lineWidth: 118, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
if (process.argv.includes('--write')) {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('\ninputs:\n') + 1;
  const end = text.indexOf('\noutputs:\n');
  if (start <= 0 || end < start) throw new Error('action.yml: no inputs: section followed by outputs:');
  writeFileSync(file, `${text.slice(0, start)}${section}${text.slice(end)}`);
} else {
  process.stdout.write(section);
}
