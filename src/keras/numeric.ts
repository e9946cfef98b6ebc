/** Raw little/big-endian HDF5 numbers -> Float32Array (float16, bfloat16 and float64 weights become float32). */
import { halfToFloat } from '../util/half.js';

export type NumberKind = 'float' | 'int' | 'uint' | 'bfloat16';

type Reader = (view: DataView, offset: number, little: boolean) => number;

const readers: Record<string, Reader> = {
  'float/2': (view, offset, little) => halfToFloat(view.getUint16(offset, little)),
  'float/4': (view, offset, little) => view.getFloat32(offset, little),
  'float/8': (view, offset, little) => view.getFloat64(offset, little),
  'bfloat16/2': (view, offset, little) => bfloat16ToFloat(view.getUint16(offset, little)),
  'int/1': (view, offset) => view.getInt8(offset),
  'int/2': (view, offset, little) => view.getInt16(offset, little),
  'int/4': (view, offset, little) => view.getInt32(offset, little),
  'int/8': (view, offset, little) => Number(view.getBigInt64(offset, little)),
  'uint/1': (view, offset) => view.getUint8(offset),
  'uint/2': (view, offset, little) => view.getUint16(offset, little),
  'uint/4': (view, offset, little) => view.getUint32(offset, little),
  'uint/8': (view, offset, little) => Number(view.getBigUint64(offset, little)),
};

/**
 * Convert `raw` (elements of `size` bytes) to float32; undefined for a format we do not know. Little-endian
 * float32 that fills its own buffer is returned as a view of that buffer (no copy): pass bytes you own.
 */
export function toFloat32(raw: Uint8Array, kind: NumberKind, size: number, littleEndian: boolean): Float32Array | undefined {
  if (kind === 'float' && size === 4 && littleEndian && raw.byteOffset % 4 === 0) {
    const whole = raw.byteOffset === 0 && raw.byteLength === raw.buffer.byteLength;
    const own = whole ? raw.buffer : raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength);
    return new Float32Array(own, 0, raw.byteLength >> 2);
  }
  const read = readers[`${kind}/${size}`];
  if (!read) return undefined;
  const count = Math.floor(raw.byteLength / size);
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = read(view, i * size, littleEndian);
  return out;
}

/** Raw numbers as plain JS numbers (attribute values). */
export function readNumbers(raw: Uint8Array, kind: NumberKind, size: number, littleEndian: boolean): number[] | undefined {
  const read = readers[`${kind}/${size}`];
  if (!read) return undefined;
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  return Array.from({ length: Math.floor(raw.byteLength / size) }, (_, i) => read(view, i * size, littleEndian));
}


export function bfloat16ToFloat(bits: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, bits << 16, false);
  return view.getFloat32(0, false);
}
