/** The shared zip reader: every guard on its own, each adversarial case with its exact error. */
import { strToU8, zipSync } from 'fflate';
import { GateError } from '../../src/errors.js';
import { crc32, openZip, tableCrc32, type ZipLimits, type ZipSource } from '../../src/util/zip.js';
import { centralRecord, dataStart, patchCentral, zip64Archive } from './zip-builders.js';
import { errorOf } from '../helpers/errors.js';

const CRAFTED = 'no ordinary zip writer makes this: the file looks crafted; do not trust it';
const source = (limits: Partial<ZipLimits> = {}): ZipSource => ({
  file: 'a.zip',
  kind: 'bad-model',
  expected: 'a test archive',
  hint: 'make the archive again',
  limits: { maxEntryBytes: 30_000_000, maxTotalBytes: 60_000_000, ...limits },
});

/** [file, where, message] of the error reading every entry of `zip` throws. */
function refusal(zip: Uint8Array, src = source()): [string | undefined, string | undefined, string] {
  const e = errorOf(() => {
    const archive = openZip(zip, src);
    archive.entries.forEach((entry) => archive.read(entry.name));
  });
  expect(e.kind).toBe(src.kind);
  return [e.file, e.where, e.message];
}

/** Overwrite the middle of an entry's compressed data: inflating it can then only fail. */
function spoilData(zip: Uint8Array, name: string): Uint8Array {
  const copy = zip.slice();
  const compressed = new DataView(copy.buffer).getUint32(centralRecord(copy, name) + 20, true);
  copy.fill(0xff, dataStart(copy, name) + 2, dataStart(copy, name) + Math.floor(compressed / 2));
  return copy;
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('openZip: reading', () => {
  it('reads stored and deflated entries in directory order; an absent name is undefined', () => {
    const zip = zipSync({ 'a.txt': [strToU8('hello'), { level: 0 }], 'd/b.txt': strToU8('ab'.repeat(5000)) }, { level: 6 });
    const archive = openZip(zip, source());
    expect(archive.entries.map((e) => [e.name, e.method])).toEqual([['a.txt', 0], ['d/b.txt', 8]]);
    expect([text(archive.read('a.txt')), text(archive.read('d/b.txt'))]).toEqual(['hello', 'ab'.repeat(5000)]);
    expect(archive.read('c.txt')).toBeUndefined();
  });

  it('computes the zip CRC-32', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    expect(tableCrc32(strToU8('123456789'))).toBe(0xcbf43926);
    const bytes = Uint8Array.from({ length: 100003 }, (_, i) => (i * 2654435761) >>> 24);
    expect(tableCrc32(bytes)).toBe(crc32(bytes));
  });

  it('reads sizes and offsets from zip64 records', () => {
    const archive = openZip(zip64Archive('x.bin', strToU8('zip64!')), source());
    expect([archive.entries[0].size, text(archive.read('x.bin'))]).toEqual([6, 'zip64!']);
  });
});

describe('openZip: names', () => {
  it('refuses path traversal and absolute names before reading anything, naming the entry', () => {
    const e = errorOf(() => openZip(zipSync({ 'ok.txt': strToU8('x'), '../evil': strToU8('boo') }), source()));
    expect([e.kind, e.file, e.where, e.message, e.hint]).toEqual([
      'bad-model', 'a.zip', 'zip entry "../evil"', 'unsafe zip entry name "../evil": it points outside the archive (absolute path or path traversal)', CRAFTED,
    ]);
    for (const name of ['/etc/passwd', 'a/../../b', 'C:/x', 'a\\..\\b', 'a\0b', '..']) {
      const where = `zip entry ${JSON.stringify(name)}`;
      expect(refusal(zipSync({ [name]: strToU8('x') }))).toEqual(['a.zip', where, `unsafe zip entry name ${JSON.stringify(name)}: it points outside the archive (absolute path or path traversal)`]);
    }
    expect(openZip(zipSync({ 'a..b/c..': strToU8('x') }), source()).entries).toHaveLength(1);
  });

  it('refuses two entries with one name (readers would disagree on which is meant)', () => {
    const zip = zipSync({ 'a.txt': strToU8('good'), 'b.txt': strToU8('evil') });
    zip.set(strToU8('a.txt'), centralRecord(zip, 'b.txt') + 46);
    expect(refusal(zip)).toEqual(['a.zip', 'zip entry "a.txt"', 'two entries share the name "a.txt": refusing an ambiguous archive']);
  });
});

describe('openZip: refusals before inflating', () => {
  const zeros = (n: number) => zipSync({ 'z.bin': new Uint8Array(n) }, { level: 9 });

  it('refuses encryption and unknown compression methods', () => {
    const zip = zipSync({ 'x.txt': strToU8('secret'.repeat(10)) });
    expect(refusal(patchCentral(zip, 'x.txt', 8, 2, 1))).toEqual(['a.zip', 'zip entry "x.txt"', 'encrypted zip entries are not supported']);
    expect(refusal(patchCentral(zip, 'x.txt', 10, 2, 99))).toEqual(['a.zip', 'zip entry "x.txt"', 'unsupported compression method 99 (expected stored or deflate)']);
  });

  it('refuses an entry declaring more than the per-entry budget', () => {
    const bomb = spoilData(zeros(4_000_000), 'z.bin');
    expect(bomb.length).toBeLessThan(10_000);
    expect(refusal(bomb, source({ maxEntryBytes: 1_000_000 }))).toEqual(['a.zip', 'zip entry "z.bin"', 'zip bomb guard: entry declares 4000000 bytes uncompressed, more than the 1000000 bytes allowed']);
  });

  it('counts the declared sizes of the entries read against the archive budget', () => {
    const zip = zipSync({ 'a.bin': new Uint8Array(600_000), 'b.bin': new Uint8Array(600_000) });
    const archive = openZip(spoilData(zip, 'b.bin'), source({ maxEntryBytes: 1_000_000, maxTotalBytes: 1_000_000 }));
    expect(archive.read('a.bin')).toHaveLength(600_000);
    const e = errorOf(() => archive.read('b.bin'));
    expect([e.where, e.message]).toEqual(['zip entry "b.bin"', 'zip bomb guard: entries declare 1200000 bytes uncompressed in total, more than the 1000000 bytes allowed']);
  });

  it('refuses a compression ratio above the cap for entries over 1 MiB (zip bomb by ratio)', () => {
    const bomb = zeros(8 * 1024 * 1024);
    const compressed = openZip(bomb, source()).entries[0].compressedSize;
    const ratio = ((8 * 1024 * 1024) / compressed).toFixed(0);
    expect(Number(ratio)).toBeGreaterThan(200);
    expect(refusal(spoilData(bomb, 'z.bin'), source({ maxRatio: 200 }))).toEqual([
      'a.zip', 'zip entry "z.bin"', `zip bomb guard: entry declares 8388608 bytes from ${compressed} compressed (ratio ${ratio}, more than the 200 allowed)`,
    ]);
    expect(openZip(zeros(1024 * 1024), source({ maxRatio: 200 })).read('z.bin')).toHaveLength(1024 * 1024);
    expect(openZip(bomb, source()).read('z.bin')).toHaveLength(8 * 1024 * 1024);
  });
});

describe('openZip: damaged and lying archives', () => {
  const spaces = zipSync({ 's.txt': new Uint8Array(2_000_000).fill(32) }, { level: 9 });

  it('stops inflating at the declared size when the header lies low, and names a short entry', () => {
    expect(refusal(patchCentral(spaces, 's.txt', 24, 4, 1000))).toEqual(['a.zip', 'zip entry "s.txt"', 'zip bomb guard: entry inflates past its declared 1000 bytes']);
    expect(refusal(patchCentral(spaces, 's.txt', 24, 4, 3_000_000))).toEqual(['a.zip', 'zip entry "s.txt"', 'corrupt compressed data: inflated to 2000000 bytes, the directory says 3000000']);
    const stored = zipSync({ 'x.bin': new Uint8Array(100) }, { level: 0 });
    expect(refusal(patchCentral(stored, 'x.bin', 24, 4, 50))).toEqual(['a.zip', 'zip entry "x.bin"', 'corrupt stored entry: compressed and uncompressed sizes differ']);
  });

  it('refuses a truncated archive, data running past the end, and a missing local header', () => {
    const cut = spaces.subarray(0, 1000);
    expect(refusal(cut)).toEqual(['a.zip', 'byte offset 1000', 'not a zip archive: no end-of-central-directory record (truncated or not a test archive)']);
    const start = dataStart(spaces, 's.txt');
    expect(refusal(patchCentral(spaces, 's.txt', 20, 4, spaces.length))).toEqual(['a.zip', 'zip entry "s.txt"', `truncated: entry data runs past the end of the file (byte offset ${start})`]);
    expect(refusal(patchCentral(spaces, 's.txt', 42, 4, 7))).toEqual(['a.zip', 'zip entry "s.txt"', 'corrupt local header at byte offset 7']);
  });

  it('refuses a damaged central directory and damaged zip64 records', () => {
    const zip = spaces.slice();
    new DataView(zip.buffer).setUint32(zip.length - 22 + 16, 3, true); // directory offset -> byte 3
    expect(refusal(zip)).toEqual(['a.zip', 'byte offset 3', 'corrupt zip central directory']);
    const z64 = zip64Archive('x.bin', strToU8('zip64!'));
    const end64 = z64.length - 22 - 20 - 56;
    const badEnd = z64.slice();
    badEnd[end64] = 0;
    expect(refusal(badEnd)).toEqual(['a.zip', `byte offset ${end64}`, 'corrupt zip64 end record']);
    const shortExtra = patchCentral(z64, 'x.bin', 30, 2, 12); // the zip64 field holds one size, not two
    expect(refusal(shortExtra)).toEqual(['a.zip', 'zip entry "x.bin"', `corrupt zip64 extra field at byte offset ${centralRecord(z64, 'x.bin') + 46 + 5}`]);
  });

  it('detects corrupt data by CRC, naming where the data starts', () => {
    const stored = zipSync({ 'x.bin': new Uint8Array(100) }, { level: 0 });
    const start = dataStart(stored, 'x.bin');
    const flipped = stored.slice();
    flipped[start + 50] = 7;
    const message = `corrupt entry: CRC-32 mismatch (entry data at byte offset ${start})`;
    expect(refusal(flipped)).toEqual(['a.zip', 'zip entry "x.bin"', message]);
    const crc = new DataView(spaces.buffer).getUint32(centralRecord(spaces, 's.txt') + 16, true);
    expect(refusal(patchCentral(spaces, 's.txt', 16, 4, crc ^ 1))[2]).toMatch(/^corrupt entry: CRC-32 mismatch/);
  });

  it('answers any truncation or single damaged byte with a GateError or the right bytes, never a crash', () => {
    const zip = zipSync({ 'a.txt': [strToU8('stored entry'), { level: 0 }], 'b.txt': strToU8('deflated '.repeat(20)) }, { level: 6 });
    const variants = [...zip.keys()].flatMap((i) => [zip.subarray(0, i), ...[0, 0xff, zip[i] ^ 1].map((v) => zip.map((b, j) => (j === i ? v : b)))]);
    let refused = 0;
    for (const bytes of variants) {
      try {
        const archive = openZip(bytes, source());
        const read = archive.entries.map((e) => text(archive.read(e.name)));
        expect(read.every((t) => t === 'stored entry' || t === 'deflated '.repeat(20))).toBe(true);
      } catch (e) {
        if (!(e instanceof GateError)) throw new Error(`not a GateError: ${String(e)}`, { cause: e });
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(variants.length / 2);
  });
});
