/** One vocabulary: the settings table is the only definition the CLI, the action and .tflite-gate.yml read. */
import { runCli } from '../../src/cli/main.js';
import { commands } from '../../src/cli/commands/index.js';
import { optionsHelp } from '../../src/cli/flags.js';
import { parseConfig } from '../../src/config/parse.js';
import { parseConfigFile } from '../../src/config/file.js';
import { SETTINGS, settingsIn, shownDefault, type CommandName, type Scope } from '../../src/config/settings.js';
import { VARIANTS } from '../../src/config/values.js';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, cwd: process.cwd() });
  return { code, out: out.join(''), err: err.join('') };
}

const SCOPES: Scope[] = ['action', 'convert', 'inspect', 'evaluate', 'gate'];

describe('the settings table', () => {
  it('has one setting per name in each scope, kebab-case names and a help line each', () => {
    for (const scope of SCOPES) {
      const names = settingsIn(scope).map(([, s]) => s.name);
      expect([scope, names.length]).toEqual([scope, new Set(names).size]);
    }
    for (const s of Object.values(SETTINGS)) {
      expect(s.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.help.length).toBeGreaterThan(8);
    }
  });

  it('gives every default a value its own validator accepts (default written once, checked by the one validator)', () => {
    for (const [id, s] of Object.entries(SETTINGS)) {
      if (s.default === undefined) continue;
      const raw = Array.isArray(s.default) ? s.default.join(',') : String(s.default);
      expect([id, (s.parse as (r: unknown, n: string) => unknown)(raw, id)]).toEqual([id, s.default]);
    }
  });

  it.each(commands.map((c) => c.name as CommandName))('`%s --help` lists exactly its settings from the table, with their defaults', async (name) => {
    const { out } = await cli(name, '--help');
    expect(out).toContain(optionsHelp(name));
    for (const [, s] of settingsIn(name)) {
      expect(out).toContain(`--${s.name}${s.value ? ` ${s.value}` : ''}`);
      const shown = shownDefault(s);
      if (shown !== undefined) expect(out.replace(/\s+/g, ' ')).toContain(`(default ${shown})`);
    }
  });

  it('the same bad value gets the same message from a flag, an input and the config file', async () => {
    const flag = await cli('evaluate', '--model', 'm.h5', '--variants', 'float32,bf16');
    expect(flag.err).toContain(`--variants must be one of ${VARIANTS.join(', ')}, got "bf16"`);
    const input = () => parseConfig((n) => (n === 'variants' ? 'float32,bf16' : undefined), { readFile: () => undefined });
    expect(input).toThrow(`input "variants" must be one of ${VARIANTS.join(', ')}, got "bf16"`);
    expect(() => parseConfigFile('variants: [float32, bf16]', 'g.yml')).toThrow(`must be one of ${VARIANTS.join(', ')}, got "bf16"`);
    // and the help names the same choices the error does
    expect((await cli('evaluate', '--help')).out).toContain(`of ${VARIANTS.join(', ')}`);
  });

  it('the gate takes the preprocessing flags evaluate takes, and the action takes them as inputs', () => {
    for (const name of ['scale', 'offset', 'mean', 'std', 'samples', 'seed', 'x-key', 'y-key']) {
      for (const scope of ['evaluate', 'gate', 'action'] as Scope[]) expect([name, scope, settingsIn(scope).some(([, s]) => s.name === name)]).toEqual([name, scope, true]);
    }
    const config = parseConfig((n) => ({ scale: '1/255', mean: '0.5', std: '0.25' })[n], { readFile: () => 'preprocessing: { offset: -1, scale: 2 }\n' });
    expect(config.preprocessing).toEqual({ scale: 1 / 255, offset: -1, mean: [0.5], std: [0.25] });
  });
});

describe('flags', () => {
  it('a flag given twice is an error naming both spellings', async () => {
    const r = await cli('convert', '--keras_model_file=a.h5', '--keras-model-file', 'b.h5', '--output-file', 'o.tflite');
    expect([r.code, r.err.split('\n')[0]]).toEqual([2, 'tflite-gate convert: --keras_model_file and --keras-model-file are the same option, given twice']);
    expect((await cli('evaluate', '--model', 'a.h5', '--dataset', 'x', '--dataset', 'y')).err).toContain('--dataset is given twice');
  });

  it('conflicting flags are an error saying why', async () => {
    const r = await cli('convert', '--keras-model-file', 'a.h5', '--output-file', 'o.tflite', '--float16', '--both');
    expect([r.code, r.err.split('\n')[0]]).toEqual([2, 'tflite-gate convert: --float16 and --both cannot be given together: --both already writes the float16 variant beside the float32 one']);
  });

  it('a missing flag is named in the spelling the user writes', async () => {
    expect((await cli('convert', '--keras_model_file=a.h5')).err).toContain('--output_file is required');
    expect((await cli('convert', '--keras-model-file=a.h5')).err).toContain('--output-file is required');
  });

  it('`help convert` prints convert\'s help; --version and -V print the version and are listed', async () => {
    const help = await cli('help', 'convert');
    expect(help.out).toBe((await cli('convert', '--help')).out);
    expect((await cli('help', 'nope')).code).toBe(2);
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default as { version: string };
    for (const flag of ['--version', '-V']) expect(await cli(flag)).toEqual({ code: 0, out: `${version}\n`, err: '' });
    expect((await cli('--help')).out).toContain('-V, --version');
  });
});
