/**
 * The one output writer: whole files or nothing, and special targets (`-`, /dev/stdout, /dev/full, FIFOs)
 * written through or refused, never replaced by a regular file.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkWritable, isSpecialTarget, writeOutputFile } from '../../src/util/write-file.js';
import { errorOf } from '../helpers/errors.js';

const ROOT = resolve(import.meta.dirname, '../..');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tg-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeOutputFile', () => {
  it('writes a new file and replaces an existing one whole, leaving no temporary file', () => {
    const path = join(dir, 'out.json');
    writeOutputFile(path, 'one', { mode: 'follow', what: 'the JSON result' });
    writeOutputFile(path, 'two', { mode: 'replace', what: 'the JSON result' });
    expect(readFileSync(path, 'utf8')).toBe('two');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('follow: keeps a link to a regular file and replaces what it points to; replace: replaces the link itself', () => {
    writeFileSync(join(dir, 'target.md'), 'old');
    symlinkSync('target.md', join(dir, 'link.md'));
    writeOutputFile(join(dir, 'link.md'), 'followed', { mode: 'follow', what: 'the report' });
    expect([readlinkSync(join(dir, 'link.md')), readFileSync(join(dir, 'target.md'), 'utf8')]).toEqual(['target.md', 'followed']);
    writeOutputFile(join(dir, 'link.md'), 'replaced', { mode: 'replace', what: 'report.md' });
    expect(lstatSync(join(dir, 'link.md')).isFile()).toBe(true);
    expect(readFileSync(join(dir, 'target.md'), 'utf8')).toBe('followed');
  });

  it('writes through to /dev/null and reports /dev/full as full, both left devices', () => {
    writeOutputFile('/dev/null', 'x', { mode: 'follow', what: 'the report' });
    const e = errorOf(() => writeOutputFile('/dev/full', 'x', { mode: 'follow', what: 'the report' }));
    expect(e.format()).toBe('/dev/full: cannot write the report: no space left on the device');
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('writes through to a FIFO that has a reader, and refuses one without a reader instead of waiting', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(isSpecialTarget(fifo)).toBe(true);
    expect(errorOf(() => writeOutputFile(fifo, 'x', { mode: 'follow', what: 'the report' })).message).toBe('cannot write the report: a FIFO with no reader');
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (d: Buffer) => (read += d.toString()));
    await new Promise((r) => setTimeout(r, 200)); // cat opens the FIFO
    writeOutputFile(fifo, 'through the pipe', { mode: 'follow', what: 'the report' });
    await new Promise((r) => reader.on('close', r));
    expect(read).toBe('through the pipe');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('replace: refuses a FIFO or device in the output folder', () => {
    execFileSync('mkfifo', [join(dir, 'report.json')]);
    expect(errorOf(() => writeOutputFile(join(dir, 'report.json'), '{}', { mode: 'replace', what: 'report.json' })).message).toBe(
      'cannot write report.json: the path is a FIFO (named pipe); refusing to write into it or replace it',
    );
  });
});

describe('checkWritable (before any work)', () => {
  const options = { mode: 'follow' as const, what: 'the output' };
  it('accepts a file in folders that do not exist yet, creating nothing; the write then creates them', () => {
    const path = join(dir, 'a', 'b', 'out.tflite');
    checkWritable(path, 'file', options);
    expect(readdirSync(dir)).toEqual([]);
    writeOutputFile(path, 'x', options);
    expect(readFileSync(path, 'utf8')).toBe('x');
  });

  it('refuses a file in the way of a folder, a folder named as the file, and a file named as the folder', () => {
    writeFileSync(join(dir, 'file'), 'x');
    expect(errorOf(() => checkWritable(join(dir, 'file', 'out.json'), 'file', options)).message).toBe('cannot write the output: a part of the output path is a file, not a folder');
    expect(errorOf(() => checkWritable(dir, 'file', options)).message).toBe('cannot write the output: the output path is a directory');
    expect(errorOf(() => checkWritable(join(dir, 'file'), 'folder', options)).message).toBe('cannot write the output: the path names a file, not a folder');
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('probes a read-only file system rather than trusting mode bits (root ignores them)', () => {
    const error = errorOf(() => checkWritable('/proc/tflite-gate-out.json', 'file', options));
    expect(error.message).toBe('cannot write the output: the folder cannot hold new files in /proc');
  });
});

describe('the CLI writes through to standard output and devices (dist/cli.js)', () => {
  const cli = join(ROOT, 'dist/cli.js');
  const model = join(ROOT, 'fixtures/models/conv2d_pool.h5');
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, timeout: 60_000 });

  it('convert --output_file - and /dev/stdout print the .tflite; /dev/full is exit 2 and stays a device', () => {
    if (!existsSync(cli)) throw new Error('run npm run build first');
    for (const target of ['-', '/dev/stdout']) {
      const r = run('convert', `--keras_model_file=${model}`, `--output_file=${target}`);
      expect([target, r.status]).toEqual([target, 0]);
      expect(r.stdout.subarray(4, 8).toString()).toBe('TFL3');
    }
    const full = run('convert', `--keras_model_file=${model}`, '--output_file=/dev/full');
    expect(full.status).toBe(2);
    expect(full.stderr.toString()).toContain('/dev/full: cannot write the output: no space left on the device');
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });
});
