import { GateError } from '../errors.js';
import { gunzipBounded, isGzip } from './gzip.js';
import { elementCount, shapeText, type RawArray, type RawData, type RawDataset } from './raw.js';

/**
 * MNIST-style IDX files (optionally gzipped): two zero bytes, a type code, the number of dims, each dim as a
 * big-endian uint32, then big-endian data. Images and labels come as two files.
 */
interface IdxType {
  name: string;
  size: number;
  make: (n: number) => RawData;
  read: (dv: DataView, offset: number) => number;
}

const TYPES: Record<number, IdxType> = {
  0x08: { name: 'uint8', size: 1, make: (n) => new Uint8Array(n), read: (dv, o) => dv.getUint8(o) },
  0x09: { name: 'int8', size: 1, make: (n) => new Int8Array(n), read: (dv, o) => dv.getInt8(o) },
  0x0b: { name: 'int16', size: 2, make: (n) => new Int32Array(n), read: (dv, o) => dv.getInt16(o) },
  0x0c: { name: 'int32', size: 4, make: (n) => new Int32Array(n), read: (dv, o) => dv.getInt32(o) },
  0x0d: { name: 'float32', size: 4, make: (n) => new Float32Array(n), read: (dv, o) => dv.getFloat32(o) },
  0x0e: { name: 'float64', size: 8, make: (n) => new Float32Array(n), read: (dv, o) => dv.getFloat64(o) },
};

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

function fail(file: string, message: string): never {
  throw new GateError('bad-dataset', message, { file }, 'IDX files start with 0x00 0x00, a type code and the number of dimensions (the MNIST layout).');
}

/** Parse one IDX file (gzipped or not). `name` names the array ("images", "labels"). */
export function parseIdx(input: Uint8Array, file: string, name: string, maxBytes?: number): RawArray {
  const bytes = isGzip(input) ? gunzipBounded(input, file, maxBytes) : input;
  if (bytes.length < 4 || bytes[0] !== 0 || bytes[1] !== 0) fail(file, 'not an IDX file: it does not start with two zero bytes');
  const type = TYPES[bytes[2]];
  if (!type) fail(file, `unknown IDX type code 0x${bytes[2].toString(16).padStart(2, '0')} at byte offset 2`);
  const ndim = bytes[3];
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = 4 + 4 * ndim;
  if (ndim === 0 || bytes.length < start) fail(file, `truncated IDX header: ${ndim} dimensions need ${start} bytes, the file has ${bytes.length}`);
  const shape = Array.from({ length: ndim }, (_, i) => dv.getUint32(4 + 4 * i));
  const count = elementCount(shape);
  if (bytes.length - start !== count * type.size) {
    fail(file, `IDX data of shape ${shapeText(shape)} (${type.name}) needs ${count * type.size} bytes after the header (byte offset ${start}), found ${bytes.length - start}`);
  }
  const data = type.make(count);
  if (type.size === 1) data.set(type.name === 'uint8' ? bytes.subarray(start) : new Int8Array(bytes.buffer, bytes.byteOffset + start, count));
  else for (let i = 0; i < count; i++) data[i] = type.read(dv, start + i * type.size);
  return { name, shape, dtype: type.name, data, where: `file ${baseName(file)}` };
}

export interface NamedBytes {
  file: string;
  bytes: Uint8Array;
}

/** An images IDX file and, when present, its labels IDX file. */
export function parseIdxDataset(images: NamedBytes, labels: NamedBytes | undefined, source: string, maxBytes?: number): RawDataset {
  const x = parseIdx(images.bytes, images.file, 'images', maxBytes);
  if (x.shape.length === 1 && /labels/.test(baseName(images.file))) {
    throw new GateError('bad-dataset', `${baseName(images.file)} holds labels (one dimension, ${x.shape[0]} values), not model inputs`, { file: source },
      'Pass the images IDX file (e.g. t10k-images-idx3-ubyte.gz) as the dataset; its labels file beside it is found by name.');
  }
  const notes = labels ? [] : [`no labels: no labels IDX file next to ${baseName(images.file)}; accuracy is not computed`];
  return { source, inputs: [x], labels: labels && parseIdx(labels.bytes, labels.file, 'labels', maxBytes), notes };
}

/** The labels file that belongs to an images file: "t10k-images-idx3-ubyte" → "t10k-labels-idx1-ubyte". */
export function labelsFileFor(imagesFile: string): string | undefined {
  const base = baseName(imagesFile);
  if (!/images/.test(base)) return undefined;
  const labels = base.replace('images', 'labels').replace(/idx\d-/, 'idx1-');
  return imagesFile.slice(0, imagesFile.length - base.length) + labels;
}
