/**
 * The README's tutorial commands run as written from a clone (bin/tflite-gate.js, so `npm run build` first):
 * each exits 0, in a scratch folder that sees the repository's fixtures/ (outputs land there, not in the repo).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## The tutorial commands work as they are'));
const start = section.indexOf('```sh\n') + 6;
const commands = section.slice(start, section.indexOf('\n```', start)).split('\n')
  .map((line) => line.replace(/\s+#.*$/, '').trim()).filter(Boolean);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tg-readme-'));
  symlinkSync(join(root, 'fixtures'), join(dir, 'fixtures'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README tutorial commands', () => {
  it('names the bundled example, not placeholders', () => {
    expect(commands.length).toBeGreaterThanOrEqual(5);
    for (const c of commands) expect(c).toMatch(/^npx tflite-gate (convert|inspect|evaluate) /);
  });

  it('each runs as written and exits 0', async () => {
    const outputs: string[] = [];
    for (const command of commands) {
      const args = command.replace(/^npx tflite-gate /, '').split(/\s+/);
      const { stdout } = await promisify(execFile)('node', [join(root, 'bin', 'tflite-gate.js'), ...args], { cwd: dir });
      outputs.push(stdout);
    }
    expect(outputs[2]).toMatch(/DEQUANTIZE +0 → 6/);
    expect(outputs[3]).toContain('same top-1 prediction: ');
    expect(outputs[4]).toContain('per-class accuracy');
  }, 60_000);
});
