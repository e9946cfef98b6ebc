/** The gate's one way to open a file: resolved, inside the workspace, a regular file, within its size cap. */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GateError } from '../../src/errors.js';
import { MIB } from '../../src/util/limits.js';
import { fileOrFolder, readRegularFile } from '../../src/util/safe-file.js';
import { errorOf } from '../helpers/errors.js';

let root: string;
let outside: string;

beforeAll(() => {
  outside = mkdtempSync(join(tmpdir(), 'tg-outside-'));
  root = mkdtempSync(join(tmpdir(), 'tg-root-'));
  mkdirSync(join(root, 'models'));
  writeFileSync(join(root, 'models/a.h5'), 'model bytes');
  writeFileSync(join(outside, 'secret.txt'), 'SECRET=1');
  symlinkSync(join(outside, 'secret.txt'), join(root, 'models/out.h5'));
  symlinkSync('a.h5', join(root, 'models/inside.h5'));
  symlinkSync('/dev/zero', join(root, 'models/zero.h5'));
  symlinkSync('/proc/self/fd/1', join(root, 'models/stdout.h5'));
  symlinkSync('/proc/self/environ', join(root, 'config.yml'));
  symlinkSync(join(root, 'nowhere'), join(root, 'models/dangling.h5'));
  execFileSync('mkfifo', [join(root, 'models/fifo.h5')]);
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

function refusal(path: string, rules: Parameters<typeof readRegularFile>[1] = { root }): GateError {
  return errorOf(() => readRegularFile({ path, name: path.replace(`${root}/`, ''), kind: 'bad-model' }, rules));
}

describe('readRegularFile', () => {
  it('reads a regular file inside the root, and a link to one', () => {
    expect(new TextDecoder().decode(readRegularFile({ path: join(root, 'models/a.h5'), kind: 'bad-model' }, { root }))).toBe('model bytes');
    expect(new TextDecoder().decode(readRegularFile({ path: join(root, 'models/inside.h5'), kind: 'bad-model' }, { root }))).toBe('model bytes');
  });

  it('refuses a link out of the root, and a path that climbs out with ..', () => {
    const e = refusal(join(root, 'models/out.h5'));
    expect(e.format()).toMatch(/^models\/out\.h5: resolves to .*secret\.txt, outside the workspace \(.*\)\n {2}The gate reads only regular files inside the repository/);
    expect(e.kind).toBe('bad-model');
    expect(refusal(join(root, `../${outside.split('/').pop()}/secret.txt`)).message).toMatch(/outside the workspace/);
  });

  it('refuses devices, FIFOs and /proc links without blocking or reading them', () => {
    expect(refusal(join(root, 'models/zero.h5')).message).toMatch(/outside the workspace/);
    expect(refusal('/dev/zero', {}).message).toBe('is a character device, not a regular file');
    expect(refusal(join(root, 'models/fifo.h5')).message).toBe('is a FIFO (named pipe), not a regular file');
    expect(refusal(join(root, 'models/stdout.h5'), {}).message).toMatch(/not a regular file|cannot be resolved/);
    expect(refusal(join(root, 'models/dangling.h5')).message).toMatch(/^is a symbolic link that cannot be resolved/);
  });

  it('never quotes the content of what it refuses', () => {
    const e = refusal(join(root, 'config.yml'));
    expect(e.format()).not.toMatch(/PATH=|HOME=/);
    expect(e.message).toMatch(/resolves to \/proc\/\d+\/environ, outside the workspace/);
  });

  it('refuses a file over the cap before reading, naming the limit and how to raise it', () => {
    writeFileSync(join(root, 'models/big.h5'), Buffer.alloc(2 * MIB + 1));
    const e = refusal(join(root, 'models/big.h5'), { root, maxBytes: 2 * MIB, limit: 'modelMib' });
    expect(e.format()).toBe('models/big.h5: is 2.0 MiB, over the max-model-mib limit (2 MiB)\n  If this is intended, raise the limit: action input `max-model-mib` or CLI flag --max-model-mib (default 512 MiB).');
  });

  it('stops reading at the cap when the size was not known up front (/proc files report 0)', () => {
    expect(refusal('/proc/self/status', { maxBytes: 10 }).message).toBe('holds more than 10 bytes, over the 10 bytes limit');
    expect(readRegularFile({ path: '/proc/self/status', kind: 'usage' }, {}).byteLength).toBeGreaterThan(100);
  });
});

describe('a file swapped for a link while it is read', () => {
  it('never yields what the link points to: the swap is caught (O_NOFOLLOW, fstat after open) or the read is of the file', async () => {
    writeFileSync(join(outside, 'secret.bin'), 'SECRET');
    writeFileSync(join(root, 'inside.bin'), 'inside');
    writeFileSync(join(root, 'swap.bin'), 'inside');
    // another process swaps models/swap.bin between a regular file and a link out, as fast as it can
    const swapper = spawn('sh', ['-c', `cd ${root} && while :; do ln -s ${join(outside, 'secret.bin')} l && mv -T l swap.bin; cp inside.bin f && mv -T f swap.bin; done`]);
    const seen = { inside: 0, refused: 0, secret: 0 };
    try {
      const until = performance.now() + 1500;
      while (performance.now() < until) {
        try {
          const text = new TextDecoder().decode(readRegularFile({ path: join(root, 'swap.bin'), kind: 'bad-model' }, { root }));
          seen[text === 'SECRET' ? 'secret' : 'inside']++;
        } catch (error) {
          if (!(error instanceof GateError)) throw error;
          seen.refused++;
        }
        await new Promise((r) => setImmediate(r));
      }
    } finally {
      swapper.kill('SIGKILL');
    }
    expect(seen.secret).toBe(0);
    expect(seen.inside).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });
});

describe('folders', () => {
  it('tells a folder inside the root from a file, and refuses one outside or a FIFO', () => {
    expect(() => fileOrFolder({ path: outside, kind: 'bad-dataset' }, root)).toThrow(/outside the workspace/);
    expect(fileOrFolder({ path: join(root, 'models'), kind: 'bad-dataset' }, root).folder).toBe(true);
    expect(() => fileOrFolder({ path: join(root, 'models/fifo.h5'), kind: 'bad-dataset' }, root)).toThrow('is a FIFO (named pipe), not a regular file or folder');
  });
});
