import { runCli } from '../src/cli/main.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), isTTY: false, cwd: process.cwd() }, out, err };
}

describe('cli', () => {
  it('prints help and exits 0 on --help', async () => {
    const { io, out } = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(out.join('')).toContain('Usage: tflite-gate <command>');
  });

  it('rejects an unknown command with exit code 2', async () => {
    const { io, err } = capture();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(err.join('')).toContain('unknown command "frobnicate"');
  });
});

describe('the bundled CLI (dist/cli.js) with a reader that closes early', () => {
  it('finishes the command and keeps its exit code when standard output is closed (`| head -1`)', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['bin/tflite-gate.js', 'inspect', 'fixtures/int8/mnist_int8.tflite'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader is gone before the CLI writes a byte: every write gets EPIPE
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});
