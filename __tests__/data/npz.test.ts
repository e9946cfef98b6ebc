import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { parseNpz, parseNpyDataset } from '../../src/data/npz.js';
import { crc32, listZip } from '../../src/data/zip.js';
import { GateError } from '../../src/errors.js';

const read = (name: string) => new Uint8Array(readFileSync(`fixtures/data/npz/${name}`));
const KEYS = { xKeys: ['x'], yKey: 'y' };

function errorOf(fn: () => unknown): GateError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GateError) return e;
    throw e;
  }
  throw new Error('expected a GateError');
}

/** An .npy header + `n` zero bytes of uint8: what a bomb would inflate to. */
function zerosNpy(n: number): Uint8Array {
  let header = `{'descr': '|u1', 'fortran_order': False, 'shape': (${n},), }`;
  header += ' '.repeat(63 - ((10 + header.length) % 64)) + '\n';
  const out = new Uint8Array(10 + header.length + n);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, header.length & 0xff, header.length >> 8]);
  out.set(new TextEncoder().encode(header), 10);
  return out;
}

/** A stored zip with one entry, every size and offset moved to zip64 records (as >4 GiB archives have them). */
function zip64Archive(name: string, data: Uint8Array): Uint8Array {
  const enc = new TextEncoder().encode(name);
  const parts: [number, number | bigint][][] = [];
  const u = (bytes: number, v: number | bigint): [number, number | bigint] => [bytes, v];
  const crc = crc32(data);
  const n = BigInt(data.length);
  parts.push([u(4, 0x04034b50), u(2, 45), u(2, 0), u(2, 0), u(4, 0), u(4, crc), u(4, 0xffffffff), u(4, 0xffffffff), u(2, enc.length), u(2, 20)]);
  const local = 30 + enc.length + 20 + data.length;
  const central = [u(4, 0x02014b50), u(2, 45), u(2, 45), u(2, 0), u(2, 0), u(4, 0), u(4, crc), u(4, 0xffffffff), u(4, 0xffffffff), u(2, enc.length), u(2, 28), u(2, 0), u(2, 0), u(2, 0), u(4, 0), u(4, 0xffffffff)];
  const cdSize = 46 + enc.length + 28;
  const end64 = [u(4, 0x06064b50), u(8, 44n), u(2, 45), u(2, 45), u(4, 0), u(4, 0), u(8, 1n), u(8, 1n), u(8, BigInt(cdSize)), u(8, BigInt(local))];
  const locator = [u(4, 0x07064b50), u(4, 0), u(8, BigInt(local + cdSize)), u(4, 1)];
  const end = [u(4, 0x06054b50), u(2, 0), u(2, 0), u(2, 0xffff), u(2, 0xffff), u(4, 0xffffffff), u(4, 0xffffffff), u(2, 0)];
  const out = new Uint8Array(local + cdSize + 56 + 20 + 22);
  const dv = new DataView(out.buffer);
  let p = 0;
  const put = (fields: [number, number | bigint][]) => fields.forEach(([b, v]) => {
    if (b === 8) dv.setBigUint64(p, BigInt(v), true);
    else if (b === 4) dv.setUint32(p, Number(v), true);
    else dv.setUint16(p, Number(v), true);
    p += b;
  });
  const raw = (b: Uint8Array) => { out.set(b, p); p += b.length; };
  put(parts[0]); raw(enc); put([u(2, 1), u(2, 16), u(8, n), u(8, n)]); raw(data);
  put(central); raw(enc); put([u(2, 1), u(2, 24), u(8, n), u(8, n), u(8, 0n)]);
  put(end64); put(locator); put(end);
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

  it('refuses path traversal in entry names', () => {
    const e = errorOf(() => parseNpz(read('traversal.npz'), 't.npz', KEYS));
    expect([e.where, e.message]).toEqual(['entry ../evil.npy', 'unsafe zip entry name "../evil.npy" (absolute path or path traversal)']);
  });

  it('refuses a truncated archive', () => {
    const e = errorOf(() => parseNpz(read('truncated.npz'), 'tr.npz', KEYS));
    expect(e.message).toBe('not a zip archive: no end-of-central-directory record (truncated or not an .npz file)');
  });

  it('refuses an entry declaring more bytes than the budget, before inflating (zip bomb)', () => {
    const bomb = zipSync({ 'x.npy': zerosNpy(4_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(10_000);
    const e = errorOf(() => parseNpz(bomb, 'bomb.npz', { ...KEYS, maxBytes: 1_000_000 }));
    expect([e.file, e.where, e.message]).toEqual(['bomb.npz', 'entry x.npy', 'zip bomb guard: entry declares 4000128 bytes uncompressed, more than the 1000000 bytes allowed']);
  });

  it('stops inflating an entry that lies about its size (zip bomb)', () => {
    const bomb = zipSync({ 'x.npy': zerosNpy(4_000_000) }, { level: 9 });
    const dv = new DataView(bomb.buffer);
    const [entry] = listZip(bomb, 'b');
    const central = bomb.length - 22 - (46 + 'x.npy'.length);
    expect(dv.getUint32(central, true)).toBe(0x02014b50);
    dv.setUint32(central + 24, 1000, true); // declared uncompressed size: 1000 bytes
    expect(entry.size).toBe(4000128);
    const e = errorOf(() => parseNpz(bomb, 'liar.npz', KEYS));
    expect(e.message).toBe('zip bomb guard: entry inflates past its declared 1000 bytes');
  });

  it('detects corrupt entry data by CRC', () => {
    const zip = zipSync({ 'x.npy': zerosNpy(100) }, { level: 0 });
    zip[30 + 'x.npy'.length + 120] = 7; // a data byte of the stored entry
    expect(errorOf(() => parseNpz(zip, 'c.npz', KEYS)).message).toBe('corrupt entry: CRC-32 mismatch');
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('reads sizes and offsets from zip64 records', () => {
    const d = parseNpz(zip64Archive('x.npy', zerosNpy(5)), 'z64.npz', KEYS);
    expect([d.inputs[0].shape, Array.from(d.inputs[0].data)]).toEqual([[5], [0, 0, 0, 0, 0]]);
  });

  it('reads a lone .npy as a dataset without labels', () => {
    const d = parseNpyDataset(new Uint8Array(readFileSync('fixtures/data/npy/f32.npy')), 'f32.npy');
    expect([d.inputs[0].shape, d.labels]).toEqual([[2, 3], undefined]);
  });
});
