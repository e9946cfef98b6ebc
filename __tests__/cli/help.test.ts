/** What a new user sees first: the help texts, the no-command case, and an unknown command. */
import { runCli } from '../../src/cli/main.js';
import { commands } from '../../src/cli/commands/index.js';
import { supportedClassNames } from '../../src/convert/index.js';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, cwd: process.cwd() });
  return { code, out: out.join(''), err: err.join('') };
}

describe('help', () => {
  it('with no arguments prints help to stdout, exit 2, and the first line says what to do', async () => {
    const r = await cli();
    expect(r.code).toBe(2);
    expect(r.err).toBe('');
    expect(r.out.split('\n')[0]).toBe('tflite-gate: no command given. Start with `tflite-gate convert --keras_model_file=model.h5 ' +
      '--output_file=model.tflite`, or pick a command below.');
    expect(r.out).toContain('Usage: tflite-gate <command> [options]');
  });

  it('lists every command with a capitalised summary', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    for (const c of commands) expect(r.out).toContain(`  ${c.name.padEnd(8)}  ${c.summary}`);
    for (const c of commands) expect(c.summary[0]).toBe(c.summary[0]!.toUpperCase());
  });

  it.each(commands.map((c) => c.name))('`%s --help` names the exit codes', async (name) => {
    const r = await cli(name, '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Exit codes: 0 [^\n]*2 bad input[^\n]*3 internal error/);
  });

  it('`convert --help` lists the supported layers', async () => {
    const r = await cli('convert', '--help');
    for (const name of supportedClassNames().filter((n) => !n.includes('.'))) expect(r.out).toMatch(new RegExp(`[ \\n]${name}[ \\n]`));
  });

  it('an unknown command suggests the closest one; the tutorial flags without a command point to convert', async () => {
    expect((await cli('convrt')).err).toMatch(/^tflite-gate: unknown command "convrt" \(did you mean "convert"\?\)/);
    const r = await cli('--keras_model_file=m.h5', '--output_file=m.tflite');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^tflite-gate: a command comes first; for the tutorial's flags run `tflite-gate convert --keras_model_file=m\.h5 --output_file=m\.tflite`/);
  });
});
