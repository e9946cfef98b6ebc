/**
 * Which Keras container a file is, from its first bytes (never its extension: HDF5 files named
 * `.keras` exist in the wild). HDF5's superblock signature may sit at byte 0 or, after a user block,
 * at 512, 1024, 2048, ...; a `.keras` file is a zip whose first local header is at byte 0.
 */
import type { KerasFileFormat } from './types.js';

const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
/** A zip with no entries is only its end-of-central-directory record (an empty .keras archive). */
const ZIP_END_RECORD = [0x50, 0x4b, 0x05, 0x06];

function hasBytesAt(bytes: Uint8Array, offset: number, expected: number[]): boolean {
  if (offset + expected.length > bytes.length) return false;
  return expected.every((value, i) => bytes[offset + i] === value);
}

export function probeKerasFormat(bytes: Uint8Array): KerasFileFormat | undefined {
  if (hasBytesAt(bytes, 0, ZIP_LOCAL_HEADER) || hasBytesAt(bytes, 0, ZIP_END_RECORD)) return 'keras-zip';
  for (let offset = 0; offset + HDF5_SIGNATURE.length <= bytes.length; offset = offset === 0 ? 512 : offset * 2) {
    if (hasBytesAt(bytes, offset, HDF5_SIGNATURE)) return 'hdf5';
  }
  return undefined;
}
