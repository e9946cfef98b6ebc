/**
 * What the gate's safe reads cost (src/util/safe-file.ts: realpath, inside-the-workspace check, stat, open
 * with O_NOFOLLOW | O_NONBLOCK, fstat, capped read) next to a plain readFileSync, and how fast a hostile
 * path is refused. Run: npx tsx scripts/dev/bench-safe-read.mts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GateError } from '../../src/errors.js';
import { readRegularFile } from '../../src/util/safe-file.js';

const ROOT = resolve(import.meta.dirname, '../..');
const MAX = 512 * 2 ** 20;

function perCall(fn: () => unknown, runs = 2000): number {
  for (let i = 0; i < 200; i++) fn();
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return ((performance.now() - start) / runs) * 1000;
}

const refuse = (path: string, root: string) => () => {
  try {
    readRegularFile({ path, kind: 'bad-model' }, { root, maxBytes: MAX });
  } catch (error) {
    if (!(error instanceof GateError)) throw error;
  }
};

console.log('file                      readFileSync   readRegularFile (µs per read)');
for (const file of ['fixtures/example/mnist_test.npz', 'fixtures/example/mnist_cnn.h5', 'fixtures/models/dense_mlp.ref.tflite']) {
  const full = join(ROOT, file);
  const plain = perCall(() => readFileSync(full));
  const safe = perCall(() => readRegularFile({ path: full, kind: 'bad-model' }, { root: ROOT, maxBytes: MAX }));
  console.log(`${file.split('/').pop()!.padEnd(26)}${plain.toFixed(1).padStart(12)}${safe.toFixed(1).padStart(18)}`);
}
const dir = mkdtempSync(join(tmpdir(), 'tg-bench-'));
try {
  symlinkSync('/dev/zero', join(dir, 'zero.h5'));
  symlinkSync('/etc/hostname', join(dir, 'out.h5'));
  execFileSync('mkfifo', [join(dir, 'fifo.h5')]);
  console.log('\nrefused (µs per refusal; a plain read of these never returns or exhausts memory)');
  for (const name of ['zero.h5', 'out.h5', 'fifo.h5']) console.log(`${name.padEnd(26)}${perCall(refuse(join(dir, name), dir), 500).toFixed(1).padStart(12)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
