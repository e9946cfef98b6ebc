import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { parseNpz, parseNpyDataset } from '../../src/data/npz.js';
import { errorOf } from '../helpers/errors.js';

const read = (name: string) => new Uint8Array(readFileSync(`fixtures/data/npz/${name}`));
const KEYS = { xKeys: ['x'], yKey: 'y' };

/** An .npy header + `n` zero bytes of uint8: what a bomb would inflate to. */
function zerosNpy(n: number): Uint8Array {
  let header = `{'descr': '|u1', 'fortran_order': False, 'shape': (${n},), }`;
  header += ' '.repeat(63 - ((10 + header.length) % 64)) + '\n';
  const out = new Uint8Array(10 + header.length + n);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, header.length & 0xff, header.length >> 8]);
  out.set(new TextEncoder().encode(header), 10);
  return out;
}

describe('parseNpz', () => {
  it.each(['small.npz', 'small_compressed.npz'])('reads x uint8 [6,4,4,1] and y int64 [6] from %s', (name) => {
    const d = parseNpz(read(name), name, KEYS);
    expect(d.inputs[0].shape).toEqual([6, 4, 4, 1]);
    expect(d.inputs[0].dtype).toBe('uint8');
    // The first values numpy's default_rng(0).integers(0, 256) gave (see the fixture script).
    expect(Array.from(d.inputs[0].data.subarray(0, 4))).toEqual([95, 130, 194, 217]);
    expect(d.labels!.dtype).toBe('int64');
    expect(Array.from(d.labels!.data)).toEqual([0, 1, 2, 1, 0, 2]);
    expect(d.notes).toEqual([]);
  });

  it('reads keys chosen by option', () => {
    const d = parseNpz(read('other_keys.npz'), 'k.npz', { xKeys: ['images'], yKey: 'labels' });
    expect([d.inputs[0].name, d.labels!.name]).toEqual(['images', 'labels']);
  });

  it('lists the keys present when the x key is missing', () => {
    const e = errorOf(() => parseNpz(read('other_keys.npz'), 'k.npz', KEYS));
    expect(e.format()).toBe('k.npz: key x: no array "x" in the .npz; keys present: images, labels\n  Choose the keys with --x-key.');
  });

  it('treats a missing default y as "no labels" but a missing named y key as an error', () => {
    const d = parseNpz(read('other_keys.npz'), 'k.npz', { xKeys: ['images'], yKey: 'y' });
    expect(d.labels).toBeUndefined();
    expect(d.notes).toEqual(['no labels: the .npz has no key "y" (keys: images, labels); accuracy is not computed']);
    const e = errorOf(() => parseNpz(read('other_keys.npz'), 'k.npz', { xKeys: ['images'], yKey: 'target', yKeyExplicit: true }));
    expect(e.message).toBe('no array "target" in the .npz; keys present: images, labels');
  });

  it('refuses path traversal in entry names as a bad dataset, naming the file and the entry', () => {
    const e = errorOf(() => parseNpz(read('traversal.npz'), 't.npz', KEYS));
    expect([e.kind, e.format()]).toEqual([
      'bad-dataset',
      't.npz: zip entry "../evil.npy": unsafe zip entry name "../evil.npy": it points outside the archive (absolute path or path traversal)\n' +
        '  no ordinary zip writer makes this: the file looks crafted; do not trust it',
    ]);
  });

  it('refuses a truncated archive, saying how to write it again', () => {
    const bytes = read('truncated.npz');
    const e = errorOf(() => parseNpz(bytes, 'tr.npz', KEYS));
    expect([e.kind, e.format()]).toEqual([
      'bad-dataset',
      `tr.npz: byte offset ${bytes.length}: not a zip archive: no end-of-central-directory record (truncated or not an .npz file)\n` +
        '  Write the file again with numpy.savez / numpy.savez_compressed.',
    ]);
  });

  it('refuses an entry declaring more bytes than the budget, before inflating (zip bomb)', () => {
    const bomb = zipSync({ 'x.npy': zerosNpy(4_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(10_000);
    const e = errorOf(() => parseNpz(bomb, 'bomb.npz', { ...KEYS, maxBytes: 1_000_000 }));
    expect([e.file, e.where, e.message]).toEqual(['bomb.npz', 'zip entry "x.npy"', 'zip bomb guard: entry declares 4000128 bytes uncompressed, more than the 1000000 bytes allowed']);
  });

  it('spends one budget on all the arrays it reads, and applies no ratio cap to arrays of zeros', () => {
    const zip = zipSync({ 'x.npy': zerosNpy(3_000_000), 'y.npy': zerosNpy(3_000_000) }, { level: 9 });
    expect(parseNpz(zip, 'z.npz', { xKeys: ['x'], yKey: 'labels', maxBytes: 3_000_128 }).inputs[0].shape).toEqual([3_000_000]);
    expect(parseNpz(zip, 'z.npz', KEYS).labels?.shape).toEqual([3_000_000]); // ratio ~1000: allowed for .npz
    const e = errorOf(() => parseNpz(zip, 'z.npz', { ...KEYS, maxBytes: 6_000_000 }));
    expect([e.where, e.message]).toEqual(['zip entry "y.npy"', 'zip bomb guard: entries declare 6000256 bytes uncompressed in total, more than the 6000000 bytes allowed']);
  });

  it('reads a lone .npy as a dataset without labels', () => {
    const d = parseNpyDataset(new Uint8Array(readFileSync('fixtures/data/npy/f32.npy')), 'f32.npy');
    expect([d.inputs[0].shape, d.labels]).toEqual([[2, 3], undefined]);
  });
});
