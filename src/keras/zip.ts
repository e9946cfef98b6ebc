/**
 * A careful reader for the zip container of `.keras` files. Before inflating anything it refuses
 * entry names that climb out of the archive (../, absolute paths), encrypted or zip64 entries, and
 * entries whose declared size or compression ratio says "zip bomb"; while inflating it stops at the
 * declared size, and afterwards checks size and CRC-32. Every error names the entry or byte offset.
 */
import { Inflate } from 'fflate';
import { badModel } from './json.js';

export interface ZipLimits {
  /** Largest uncompressed size of one entry. */
  maxEntryBytes: number;
  /** Largest uncompressed size of all entries together. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio for entries above 1 MiB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntryBytes: 1536 * 1024 * 1024, maxTotalBytes: 2048 * 1024 * 1024, maxRatio: 200 };

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const decoder = new TextDecoder();

function findEndOfCentralDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= stop; offset--) {
    if (view.getUint32(offset, true) === EOCD) return offset;
  }
  throw badModel('not a complete zip archive: no end-of-central-directory record (truncated?)', `byte ${view.byteLength}`);
}

function readCentralDirectory(bytes: Uint8Array): CentralEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== CENTRAL) {
      throw badModel(`zip central directory entry #${i} is damaged`, `byte ${offset}`);
    }
    const nameLength = view.getUint16(offset + 28, true);
    const skip = nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      crc: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + skip;
  }
  return entries;
}

function isUnsafeName(name: string): boolean {
  return name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').includes('..') || name.includes('\0');
}

function checkEntries(entries: CentralEntry[], limits: ZipLimits): void {
  let total = 0;
  for (const entry of entries) {
    const where = `zip entry "${entry.name}"`;
    if (isUnsafeName(entry.name)) throw badModel('the entry name points outside the archive (path traversal); refusing the file', where, 'a real .keras file never does this; do not trust this file');
    if (entry.flags & 1) throw badModel('the entry is encrypted', where);
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw badModel('zip64 entries (over 4 GiB) are not supported', where);
    if (entry.method !== 0 && entry.method !== 8) throw badModel(`unsupported compression method ${entry.method}`, where);
    total += entry.size;
    const ratio = entry.size / Math.max(1, entry.compressedSize);
    if (entry.size > limits.maxEntryBytes || total > limits.maxTotalBytes || (entry.size > 1024 * 1024 && ratio > limits.maxRatio)) {
      throw badModel(
        `the entry declares ${entry.size} bytes from ${entry.compressedSize} compressed (ratio ${ratio.toFixed(0)}): refusing a likely zip bomb`,
        where,
        'a real .keras file never does this; do not trust this file',
      );
    }
  }
}

function inflateCapped(data: Uint8Array, expected: number, where: string): Uint8Array {
  const out = new Uint8Array(expected);
  let filled = 0;
  const inflater = new Inflate((chunk) => {
    if (filled + chunk.length > expected) throw badModel(`the entry inflates to more than its declared ${expected} bytes`, where);
    out.set(chunk, filled);
    filled += chunk.length;
  });
  try {
    for (let offset = 0; offset < data.length; offset += 65536) inflater.push(data.subarray(offset, offset + 65536), offset + 65536 >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof Error && error.name === 'GateError') throw error;
    throw badModel(`compressed data is damaged (${error instanceof Error ? error.message : String(error)})`, where);
  }
  if (filled !== expected) throw badModel(`the entry holds ${filled} bytes but declares ${expected}`, where);
  return out;
}

function entryData(bytes: Uint8Array, entry: CentralEntry): Uint8Array {
  const where = `zip entry "${entry.name}"`;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== LOCAL) throw badModel(`local header missing at byte ${local}`, where);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + entry.compressedSize > bytes.byteLength) throw badModel(`data runs past the end of the file (truncated?) at byte ${start}`, where);
  const raw = bytes.subarray(start, start + entry.compressedSize);
  const data = entry.method === 0 ? raw : inflateCapped(raw, entry.size, where);
  if (data.length !== entry.size) throw badModel(`the entry holds ${data.length} bytes but declares ${entry.size}`, where);
  if (crc32(data) !== entry.crc) throw badModel('CRC-32 mismatch: the entry is corrupt', where);
  return data;
}

/** Entry names -> their bytes, for the entries `wanted` (all other entries are only checked). */
export function readZipEntries(bytes: Uint8Array, wanted: string[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): Map<string, Uint8Array> {
  const entries = readCentralDirectory(bytes);
  checkEntries(entries, limits);
  const out = new Map<string, Uint8Array>();
  for (const entry of entries) if (wanted.includes(entry.name)) out.set(entry.name, entryData(bytes, entry));
  return out;
}

let crcTable: Uint32Array | undefined;

export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
