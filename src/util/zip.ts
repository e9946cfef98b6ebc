/**
 * One defensive zip reader for the archives users hand us (.npz datasets, .keras models). Pure: bytes in,
 * entries out. Opening reads the central directory (zip64 included) and refuses entry names that leave the
 * archive (absolute, drive, backslash, "..", NUL) and names used twice. Reading an entry refuses encryption and
 * unknown methods, and checks its declared size against a per-entry and a per-archive budget and its declared
 * compression ratio against a cap, all before inflating; inflation is streamed and stops at the declared size;
 * the CRC-32 is verified. Every refusal is a GateError of the caller's kind that names the archive, the entry
 * or the byte offset, and says what to do.
 */
import * as zlib from 'node:zlib';
import { Inflate } from 'fflate';
import { GateError, type ErrorKind } from '../errors.js';
import { quoted } from './escape.js';

export interface ZipLimits {
  /** Largest declared uncompressed size of one entry. */
  maxEntryBytes: number;
  /** Largest declared uncompressed size of all entries read from one archive together. */
  maxTotalBytes: number;
  /** Largest declared uncompressed/compressed ratio, for entries above 1 MiB (default: no cap). */
  maxRatio?: number;
}

export interface ZipSource {
  /** The archive as the user named it. */
  file?: string;
  /** Kind of every refusal: 'bad-dataset' for .npz, 'bad-model' for .keras. */
  kind: ErrorKind;
  /** What the archive should be, for messages: "an .npz file", "a .keras file". */
  expected: string;
  /** What to do when the archive is damaged. */
  hint: string;
  limits: ZipLimits;
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Byte offset of the entry's local header. */
  localOffset: number;
}

export interface ZipArchive {
  /** Entries in central-directory order. */
  readonly entries: readonly ZipEntry[];
  /** The bytes of the entry called `name` (undefined when there is none); counts against the total budget. */
  read(name: string): Uint8Array | undefined;
}

const SIGNATURE = { end: 0x06054b50, end64: 0x06064b50, locator: 0x07064b50, central: 0x02014b50, local: 0x04034b50 };
const RATIO_FLOOR_BYTES = 1024 * 1024;
const INFLATE_SLICE = 64 * 1024;
const CRAFTED_HINT = 'no ordinary zip writer makes this: the file looks crafted; do not trust it';
const decoder = new TextDecoder();

function fail(src: ZipSource, message: string, where: string, hint = src.hint): never {
  throw new GateError(src.kind, message, { file: src.file, where }, hint);
}

const entryName = (e: ZipEntry): string => quoted(e.name, 100);
const entryPlace = (e: ZipEntry): string => `zip entry ${entryName(e)}`;

function u64(dv: DataView, at: number): number {
  return Number(dv.getBigUint64(at, true));
}

function findEnd(dv: DataView, src: ZipSource): number {
  for (let i = dv.byteLength - 22; i >= Math.max(0, dv.byteLength - 22 - 0xffff); i--) {
    if (dv.getUint32(i, true) === SIGNATURE.end) return i;
  }
  return fail(src, `not a zip archive: no end-of-central-directory record (truncated or not ${src.expected})`, `byte offset ${dv.byteLength}`);
}

/** Number of entries and offset of the central directory, from the end record or its zip64 twin. */
function directoryBounds(dv: DataView, src: ZipSource): { count: number; offset: number } {
  const end = findEnd(dv, src);
  const count = dv.getUint16(end + 10, true);
  const offset = dv.getUint32(end + 16, true);
  const hasLocator = end >= 20 && dv.getUint32(end - 20, true) === SIGNATURE.locator;
  if ((count !== 0xffff && offset !== 0xffffffff) || !hasLocator) return { count, offset };
  const record = u64(dv, end - 12);
  if (record + 56 > end - 20 || dv.getUint32(record, true) !== SIGNATURE.end64) fail(src, 'corrupt zip64 end record', `byte offset ${record}`);
  return { count: u64(dv, record + 32), offset: u64(dv, record + 48) };
}

/** Apply the zip64 extra field (id 1) to the sizes and offset that read 0xFFFFFFFF. */
function applyZip64(dv: DataView, at: number, length: number, e: ZipEntry, src: ZipSource): void {
  for (let p = at; p + 4 <= at + length; p += 4 + dv.getUint16(p + 2, true)) {
    if (dv.getUint16(p, true) !== 1) continue;
    const stop = Math.min(at + length, p + 4 + dv.getUint16(p + 2, true));
    let q = p + 4;
    const next = (): number => {
      if (q + 8 > stop) fail(src, `corrupt zip64 extra field at byte offset ${p}`, entryPlace(e));
      q += 8;
      return u64(dv, q - 8);
    };
    if (e.size === 0xffffffff) e.size = next();
    if (e.compressedSize === 0xffffffff) e.compressedSize = next();
    if (e.localOffset === 0xffffffff) e.localOffset = next();
  }
}

/** The central directory record at `p`; returns the entry and where the next record starts. */
function readRecord(bytes: Uint8Array, dv: DataView, p: number, src: ZipSource): [ZipEntry, number] {
  const corrupt = () => fail(src, 'corrupt zip central directory', `byte offset ${p}`);
  if (p + 46 > bytes.length || dv.getUint32(p, true) !== SIGNATURE.central) corrupt();
  const nameLength = dv.getUint16(p + 28, true);
  const extraLength = dv.getUint16(p + 30, true);
  const next = p + 46 + nameLength + extraLength + dv.getUint16(p + 32, true);
  if (next > bytes.length) corrupt();
  const e: ZipEntry = {
    name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    method: dv.getUint16(p + 10, true),
    flags: dv.getUint16(p + 8, true),
    crc: dv.getUint32(p + 16, true),
    compressedSize: dv.getUint32(p + 20, true),
    size: dv.getUint32(p + 24, true),
    localOffset: dv.getUint32(p + 42, true),
  };
  applyZip64(dv, p + 46 + nameLength, extraLength, e, src);
  return [e, next];
}

function isUnsafeName(name: string): boolean {
  return name.startsWith('/') || name.includes('\\') || name.includes('\0') || /^[a-zA-Z]:/.test(name) || name.split('/').includes('..');
}

function listEntries(bytes: Uint8Array, dv: DataView, src: ZipSource): ZipEntry[] {
  const { count, offset } = directoryBounds(dv, src);
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  for (let i = 0, p = offset; i < count; i++) {
    const [e, next] = readRecord(bytes, dv, p, src);
    if (isUnsafeName(e.name)) {
      fail(src, `unsafe zip entry name ${entryName(e)}: it points outside the archive (absolute path or path traversal)`, entryPlace(e), CRAFTED_HINT);
    }
    if (seen.has(e.name)) fail(src, `two entries share the name ${entryName(e)}: refusing an ambiguous archive`, entryPlace(e), CRAFTED_HINT);
    seen.add(e.name);
    entries.push(e);
    p = next;
  }
  return entries;
}

/** Everything that can be refused from the directory alone, before a byte is inflated. */
function checkDeclared(e: ZipEntry, totalBefore: number, src: ZipSource): void {
  const { maxEntryBytes, maxTotalBytes, maxRatio = Infinity } = src.limits;
  const where = entryPlace(e);
  if (e.flags & 1) fail(src, 'encrypted zip entries are not supported', where);
  if (e.method !== 0 && e.method !== 8) fail(src, `unsupported compression method ${e.method} (expected stored or deflate)`, where);
  if (e.size > maxEntryBytes) fail(src, `zip bomb guard: entry declares ${e.size} bytes uncompressed, more than the ${maxEntryBytes} bytes allowed`, where, CRAFTED_HINT);
  if (totalBefore + e.size > maxTotalBytes) {
    fail(src, `zip bomb guard: entries declare ${totalBefore + e.size} bytes uncompressed in total, more than the ${maxTotalBytes} bytes allowed`, where, CRAFTED_HINT);
  }
  const ratio = e.size / Math.max(1, e.compressedSize);
  if (e.size > RATIO_FLOOR_BYTES && ratio > maxRatio) {
    fail(src, `zip bomb guard: entry declares ${e.size} bytes from ${e.compressedSize} compressed (ratio ${ratio.toFixed(0)}, more than the ${maxRatio} allowed)`, where, CRAFTED_HINT);
  }
}

/** The compressed bytes of `e`, after its local header. */
function rawData(bytes: Uint8Array, dv: DataView, e: ZipEntry, src: ZipSource): Uint8Array {
  const local = e.localOffset;
  if (local + 30 > bytes.length || dv.getUint32(local, true) !== SIGNATURE.local) fail(src, `corrupt local header at byte offset ${local}`, entryPlace(e));
  const start = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
  if (start + e.compressedSize > bytes.length) fail(src, `truncated: entry data runs past the end of the file (byte offset ${start})`, entryPlace(e));
  return bytes.subarray(start, start + e.compressedSize);
}

/** Inflate, streamed, refusing the first chunk that passes the declared size. */
function inflateBounded(comp: Uint8Array, e: ZipEntry, src: ZipSource): Uint8Array {
  const out = new Uint8Array(e.size);
  let pos = 0;
  const inflater = new Inflate((chunk) => {
    if (pos + chunk.length > e.size) fail(src, `zip bomb guard: entry inflates past its declared ${e.size} bytes`, entryPlace(e), CRAFTED_HINT);
    out.set(chunk, pos);
    pos += chunk.length;
  });
  try {
    for (let i = 0; i < comp.length; i += INFLATE_SLICE) inflater.push(comp.subarray(i, i + INFLATE_SLICE), i + INFLATE_SLICE >= comp.length);
    if (comp.length === 0) inflater.push(comp, true);
  } catch (error) {
    if (error instanceof GateError) throw error;
    fail(src, `corrupt compressed data: ${(error as Error).message}`, entryPlace(e));
  }
  if (pos !== e.size) fail(src, `corrupt compressed data: inflated to ${pos} bytes, the directory says ${e.size}`, entryPlace(e));
  return out;
}

function entryBytes(bytes: Uint8Array, dv: DataView, e: ZipEntry, src: ZipSource): Uint8Array {
  const comp = rawData(bytes, dv, e, src);
  if (e.method === 0 && e.compressedSize !== e.size) fail(src, 'corrupt stored entry: compressed and uncompressed sizes differ', entryPlace(e));
  const data = e.method === 0 ? comp : inflateBounded(comp, e, src);
  if (crc32(data) !== e.crc) fail(src, `corrupt entry: CRC-32 mismatch (entry data at byte offset ${comp.byteOffset - bytes.byteOffset})`, entryPlace(e));
  return data;
}

/** Open a zip archive: the directory is read and its names checked; entries are inflated only by `read`. */
export function openZip(bytes: Uint8Array, src: ZipSource): ZipArchive {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = listEntries(bytes, dv, src);
  const byName = new Map(entries.map((e) => [e.name, e]));
  let total = 0;
  return {
    entries,
    read(name) {
      const e = byName.get(name);
      if (!e) return undefined;
      checkDeclared(e, total, src);
      total += e.size;
      return entryBytes(bytes, dv, e, src);
    },
  };
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** Node's own CRC-32 (zlib, since Node 20.15): ~10x the table loop below on a 16 MB calibration set. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** CRC-32 (IEEE, as zip stores it). */
export function crc32(data: Uint8Array): number {
  return nativeCrc32 ? nativeCrc32(data) >>> 0 : tableCrc32(data);
}

/** The same in JS, where Node has no zlib.crc32. */
export function tableCrc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
