import { Inflate } from 'fflate';
import { GateError } from '../errors.js';

/**
 * A small, defensive zip reader for .npz files: the central directory (zip64 included) lists the entries;
 * entries are read only on demand. Guards: entry names must be plain relative paths (no "..", no absolute or
 * drive paths, no backslashes); no encryption; declared sizes are checked against a byte budget before any
 * inflation, and inflation is streamed so an entry that inflates past its declared size stops at once (zip bomb);
 * CRC-32 is verified.
 */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Default budget for all entries read from one archive: 1 GiB. */
export const DEFAULT_MAX_BYTES = 1 << 30;

const INFLATE_SLICE = 64 * 1024;

function fail(file: string, message: string, where?: string): never {
  throw new GateError('bad-dataset', message, { file, where }, 'Write the file again with numpy.savez / numpy.savez_compressed.');
}

function findEnd(dv: DataView, file: string): number {
  for (let i = dv.byteLength - 22; i >= Math.max(0, dv.byteLength - 22 - 65535); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) return i;
  }
  return fail(file, 'not a zip archive: no end-of-central-directory record (truncated or not an .npz file)');
}

function directoryBounds(dv: DataView, file: string): { count: number; offset: number } {
  const end = findEnd(dv, file);
  let count = dv.getUint16(end + 10, true);
  let offset = dv.getUint32(end + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && dv.getUint32(end - 20, true) === 0x07064b50) {
    const rec = Number(dv.getBigUint64(end - 12, true));
    if (rec + 56 > dv.byteLength || dv.getUint32(rec, true) !== 0x06064b50) fail(file, `corrupt zip64 end record at byte offset ${rec}`);
    count = Number(dv.getBigUint64(rec + 32, true));
    offset = Number(dv.getBigUint64(rec + 48, true));
  }
  return { count, offset };
}

/** Apply the zip64 extra field (id 1) to the sizes/offset that are 0xFFFFFFFF. */
function applyZip64(dv: DataView, at: number, length: number, e: ZipEntry): void {
  for (let p = at; p + 4 <= at + length; ) {
    const id = dv.getUint16(p, true);
    const size = dv.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const next = () => { const v = Number(dv.getBigUint64(q, true)); q += 8; return v; };
      if (e.size === 0xffffffff) e.size = next();
      if (e.compressedSize === 0xffffffff) e.compressedSize = next();
      if (e.localOffset === 0xffffffff) e.localOffset = next();
    }
    p += 4 + size;
  }
}

function checkName(name: string, file: string): void {
  const parts = name.split('/');
  if (name.startsWith('/') || name.includes('\\') || /^[a-zA-Z]:/.test(name) || parts.includes('..')) {
    fail(file, `unsafe zip entry name ${JSON.stringify(name)} (absolute path or path traversal)`, `entry ${name}`);
  }
}

/** List the entries of a zip archive. */
export function listZip(bytes: Uint8Array, file: string): ZipEntry[] {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { count, offset } = directoryBounds(dv, file);
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== 0x02014b50) fail(file, `corrupt zip central directory at byte offset ${p}`);
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    const e: ZipEntry = {
      name, method: dv.getUint16(p + 10, true), flags: dv.getUint16(p + 8, true), crc: dv.getUint32(p + 16, true),
      compressedSize: dv.getUint32(p + 20, true), size: dv.getUint32(p + 24, true), localOffset: dv.getUint32(p + 42, true),
    };
    applyZip64(dv, p + 46 + nameLength, extraLength, e);
    checkName(name, file);
    entries.push(e);
    p += 46 + nameLength + extraLength + dv.getUint16(p + 32, true);
  }
  return entries;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function inflateBounded(comp: Uint8Array, e: ZipEntry, file: string): Uint8Array {
  const out = new Uint8Array(e.size);
  let pos = 0;
  const where = `entry ${e.name}`;
  const inflater = new Inflate((chunk) => {
    if (pos + chunk.length > e.size) fail(file, `zip bomb guard: entry inflates past its declared ${e.size} bytes`, where);
    out.set(chunk, pos);
    pos += chunk.length;
  });
  try {
    for (let i = 0; i < comp.length; i += INFLATE_SLICE) inflater.push(comp.subarray(i, i + INFLATE_SLICE), i + INFLATE_SLICE >= comp.length);
    if (comp.length === 0) inflater.push(comp, true);
  } catch (error) {
    if (error instanceof GateError) throw error;
    fail(file, `corrupt compressed data: ${(error as Error).message}`, where);
  }
  if (pos !== e.size) fail(file, `corrupt compressed data: inflated to ${pos} bytes, the directory says ${e.size}`, where);
  return out;
}

/** Read one entry's bytes. `budget` is what may still be inflated from this archive; returns the bytes. */
export function readZipEntry(bytes: Uint8Array, e: ZipEntry, file: string, budget = DEFAULT_MAX_BYTES): Uint8Array {
  const where = `entry ${e.name}`;
  if (e.flags & 1) fail(file, 'encrypted zip entries are not supported', where);
  if (e.size > budget) fail(file, `zip bomb guard: entry declares ${e.size} bytes uncompressed, more than the ${budget} bytes allowed`, where);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.localOffset + 30 > bytes.length || dv.getUint32(e.localOffset, true) !== 0x04034b50) fail(file, `corrupt local header at byte offset ${e.localOffset}`, where);
  const start = e.localOffset + 30 + dv.getUint16(e.localOffset + 26, true) + dv.getUint16(e.localOffset + 28, true);
  if (start + e.compressedSize > bytes.length) fail(file, `truncated: entry data runs past the end of the file (byte offset ${start})`, where);
  const comp = bytes.subarray(start, start + e.compressedSize);
  let data: Uint8Array;
  if (e.method === 0) {
    if (e.compressedSize !== e.size) fail(file, 'corrupt stored entry: compressed and uncompressed sizes differ', where);
    data = comp;
  } else if (e.method === 8) data = inflateBounded(comp, e, file);
  else fail(file, `unsupported compression method ${e.method} (expected stored or deflate)`, where);
  if (crc32(data) !== e.crc) fail(file, 'corrupt entry: CRC-32 mismatch', where);
  return data;
}
