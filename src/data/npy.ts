import { GateError, type ErrorPlace } from '../errors.js';
import { excerpt, quoted } from '../util/escape.js';
import { elementCount, shapeText, type RawArray, type RawData } from './raw.js';
import { halfToFloat } from '../util/half.js';

export { halfToFloat };

/**
 * numpy .npy (format versions 1, 2, 3): header dict with descr / fortran_order / shape, then raw data.
 * Little- and big-endian; Fortran order is reordered to C order. Supported dtypes: float16/32/64 (→ float32),
 * uint8, int8, bool (→ uint8), int16, uint16, int32, uint32, int64, uint64 (→ int32, range-checked).
 */
const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

interface Decoder {
  name: string;
  size: number;
  make: (n: number) => RawData;
  read: (dv: DataView, offset: number, little: boolean) => number | bigint;
}

const decoders: Record<string, Decoder> = {
  f2: { name: 'float16', size: 2, make: (n) => new Float32Array(n), read: (dv, o, le) => halfToFloat(dv.getUint16(o, le)) },
  f4: { name: 'float32', size: 4, make: (n) => new Float32Array(n), read: (dv, o, le) => dv.getFloat32(o, le) },
  f8: { name: 'float64', size: 8, make: (n) => new Float32Array(n), read: (dv, o, le) => dv.getFloat64(o, le) },
  u1: { name: 'uint8', size: 1, make: (n) => new Uint8Array(n), read: (dv, o) => dv.getUint8(o) },
  b1: { name: 'bool', size: 1, make: (n) => new Uint8Array(n), read: (dv, o) => (dv.getUint8(o) ? 1 : 0) },
  i1: { name: 'int8', size: 1, make: (n) => new Int8Array(n), read: (dv, o) => dv.getInt8(o) },
  i2: { name: 'int16', size: 2, make: (n) => new Int32Array(n), read: (dv, o, le) => dv.getInt16(o, le) },
  u2: { name: 'uint16', size: 2, make: (n) => new Int32Array(n), read: (dv, o, le) => dv.getUint16(o, le) },
  i4: { name: 'int32', size: 4, make: (n) => new Int32Array(n), read: (dv, o, le) => dv.getInt32(o, le) },
  u4: { name: 'uint32', size: 4, make: (n) => new Int32Array(n), read: (dv, o, le) => dv.getUint32(o, le) },
  i8: { name: 'int64', size: 8, make: (n) => new Int32Array(n), read: (dv, o, le) => dv.getBigInt64(o, le) },
  u8: { name: 'uint64', size: 8, make: (n) => new Int32Array(n), read: (dv, o, le) => dv.getBigUint64(o, le) },
};


interface NpyHeader {
  descr: string;
  fortran: boolean;
  shape: number[];
  dataOffset: number;
}

function fail(place: ErrorPlace, message: string, hint = 'Write it again with numpy.save / numpy.savez.'): never {
  throw new GateError('bad-dataset', message, place, hint);
}

function readHeader(bytes: Uint8Array, place: ErrorPlace): NpyHeader {
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) fail(place, 'not a .npy array: the file does not start with \\x93NUMPY');
  const major = bytes[6];
  if (major < 1 || major > 3) fail(place, `unsupported .npy format version ${major}.${bytes[7]} (expected 1, 2 or 3)`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = major === 1 ? 10 : 12;
  if (bytes.length < start) fail(place, `truncated .npy header: ${bytes.length} bytes`);
  const length = major === 1 ? dv.getUint16(8, true) : dv.getUint32(8, true);
  if (start + length > bytes.length) fail(place, `truncated .npy header: it declares ${length} bytes at byte offset ${start}, the file has ${bytes.length} bytes`);
  const text = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes.subarray(start, start + length));
  if (/'descr'\s*:\s*\[/.test(text)) fail(place, 'structured (record) arrays are not supported', 'Save plain numeric arrays, one per key, with numpy.savez.');
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(text)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(text)?.[1];
  const shape = /'shape'\s*:\s*\(([^)]*)\)/.exec(text)?.[1];
  if (descr === undefined || fortran === undefined || shape === undefined) {
    fail(place, `malformed .npy header ${quoted(text.trim(), 120)}: expected a dict with 'descr', 'fortran_order' and 'shape'`);
  }
  const dims = shape.split(',').map((s) => s.trim().replace(/L$/, '')).filter((s) => s !== ''); // "10L": Python 2 longs
  if (dims.some((d) => !/^\d+$/.test(d))) fail(place, `malformed .npy shape (${excerpt(shape, 80)})`);
  return { descr, fortran: fortran === 'True', shape: dims.map(Number), dataOffset: start + length };
}

function decoderFor(descr: string, place: ErrorPlace): { decoder: Decoder; little: boolean } {
  const m = /^([<>|=])([a-zA-Z])(\d+)$/.exec(descr);
  const decoder = m ? decoders[`${m[2]}${m[3]}`] : undefined;
  if (!m || !decoder) {
    const names = Object.values(decoders).map((d) => d.name).join(', ');
    fail(place, `unsupported dtype '${excerpt(descr, 40)}'`, `Save the array as one of: ${names}.`);
  }
  return { decoder, little: m[1] !== '>' };
}

function toNumber(v: number | bigint, index: number, d: Decoder, place: ErrorPlace): number {
  if (typeof v === 'number') return v;
  if (v > 2147483647n || v < -2147483648n) fail(place, `${d.name} value ${v} at index ${index} does not fit int32`, 'Store labels and integer features as int32 or smaller.');
  return Number(v);
}

/** Reorder Fortran-order (first index fastest) data to C order. */
function fortranToC(data: RawData, shape: number[]): RawData {
  const n = data.length;
  const out = data.slice();
  const fStrides = shape.map((_, i) => elementCount(shape.slice(0, i)));
  const index = new Array<number>(shape.length).fill(0);
  for (let c = 0; c < n; c++) {
    let f = 0;
    for (let k = 0; k < shape.length; k++) f += index[k] * fStrides[k];
    out[c] = data[f];
    for (let k = shape.length - 1; k >= 0 && ++index[k] === shape[k]; k--) index[k] = 0;
  }
  return out;
}

/** Whether typed arrays on this machine are little-endian (they follow the platform's order). */
const LITTLE_ENDIAN_HOST = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** Parse one .npy array. `place` names the file (and zip entry) for errors; `name` is the key. */
export function parseNpy(bytes: Uint8Array, name: string, place: ErrorPlace = {}): RawArray {
  const header = readHeader(bytes, place);
  const { decoder, little } = decoderFor(header.descr, place);
  const count = elementCount(header.shape);
  const expected = count * decoder.size;
  const available = bytes.length - header.dataOffset;
  if (available !== expected) {
    fail(place, `${available < expected ? 'truncated' : 'unexpected trailing bytes in'} .npy data: shape ${shapeText(header.shape)} of ${decoder.name} needs ${expected} bytes after the header (byte offset ${header.dataOffset}), found ${available}`);
  }
  const data = decoder.make(count);
  if (decoder.name === 'float32' && little === LITTLE_ENDIAN_HOST) {
    // the common case, copied byte for byte (a DataView read per element took 60 ms for 4 M values)
    new Uint8Array(data.buffer, data.byteOffset, expected).set(bytes.subarray(header.dataOffset, header.dataOffset + expected));
  } else if (decoder.size === 1 && decoder.name !== 'bool') {
    data.set(decoder.name === 'int8' ? new Int8Array(bytes.buffer, bytes.byteOffset + header.dataOffset, count) : bytes.subarray(header.dataOffset));
  } else {
    const dv = new DataView(bytes.buffer, bytes.byteOffset + header.dataOffset, expected);
    for (let i = 0; i < count; i++) data[i] = toNumber(decoder.read(dv, i * decoder.size, little), i, decoder, place);
  }
  const ordered = header.fortran && header.shape.length > 1 ? fortranToC(data, header.shape) : data;
  return { name, shape: header.shape, dtype: decoder.name, data: ordered };
}
