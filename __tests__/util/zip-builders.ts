/** Hand-built and hand-damaged zip archives for the zip reader tests. */
import { crc32 } from '../../src/util/zip.js';

/** Byte offset of the central directory record of the entry `name`. */
export function centralRecord(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let offset = zip.length - 22; offset >= 0; offset--) {
    if (view.getUint32(offset, true) !== 0x02014b50) continue;
    const length = view.getUint16(offset + 28, true);
    if (new TextDecoder().decode(zip.subarray(offset + 46, offset + 46 + length)) === name) return offset;
  }
  throw new Error(`no central entry ${name}`);
}

/** Byte offset where the data of entry `name` starts (after its local header). */
export function dataStart(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const local = view.getUint32(centralRecord(zip, name) + 42, true);
  return local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
}

/** Set a little-endian field of the central record of `name` (offsets as in the zip spec: 8 flags, 10 method, 16 crc, 20 compressed, 24 size, 42 local offset). */
export function patchCentral(zip: Uint8Array, name: string, field: number, bytes: 2 | 4, value: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const at = centralRecord(copy, name) + field;
  if (bytes === 2) view.setUint16(at, value, true);
  else view.setUint32(at, value, true);
  return copy;
}

type Field = [number, number | bigint];

/** A stored zip with one entry, every size and offset moved to zip64 records (as >4 GiB archives have them). */
export function zip64Archive(name: string, data: Uint8Array): Uint8Array {
  const enc = new TextEncoder().encode(name);
  const u = (bytes: number, v: number | bigint): Field => [bytes, v];
  const crc = crc32(data);
  const n = BigInt(data.length);
  const localHeader = [u(4, 0x04034b50), u(2, 45), u(2, 0), u(2, 0), u(4, 0), u(4, crc), u(4, 0xffffffff), u(4, 0xffffffff), u(2, enc.length), u(2, 20)];
  const local = 30 + enc.length + 20 + data.length;
  const central = [u(4, 0x02014b50), u(2, 45), u(2, 45), u(2, 0), u(2, 0), u(4, 0), u(4, crc), u(4, 0xffffffff), u(4, 0xffffffff), u(2, enc.length), u(2, 28), u(2, 0), u(2, 0), u(2, 0), u(4, 0), u(4, 0xffffffff)];
  const cdSize = 46 + enc.length + 28;
  const end64 = [u(4, 0x06064b50), u(8, 44n), u(2, 45), u(2, 45), u(4, 0), u(4, 0), u(8, 1n), u(8, 1n), u(8, BigInt(cdSize)), u(8, BigInt(local))];
  const locator = [u(4, 0x07064b50), u(4, 0), u(8, BigInt(local + cdSize)), u(4, 1)];
  const end = [u(4, 0x06054b50), u(2, 0), u(2, 0), u(2, 0xffff), u(2, 0xffff), u(4, 0xffffffff), u(4, 0xffffffff), u(2, 0)];
  const out = new Uint8Array(local + cdSize + 56 + 20 + 22);
  const dv = new DataView(out.buffer);
  let p = 0;
  const put = (fields: Field[]) => fields.forEach(([b, v]) => {
    if (b === 8) dv.setBigUint64(p, BigInt(v), true);
    else if (b === 4) dv.setUint32(p, Number(v), true);
    else dv.setUint16(p, Number(v), true);
    p += b;
  });
  const raw = (b: Uint8Array) => { out.set(b, p); p += b.length; };
  put(localHeader); raw(enc); put([u(2, 1), u(2, 16), u(8, n), u(8, n)]); raw(data);
  put(central); raw(enc); put([u(2, 1), u(2, 24), u(8, n), u(8, n), u(8, 0n)]);
  put(end64); put(locator); put(end);
  return out;
}
