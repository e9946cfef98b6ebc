/**
 * Finding byte-identical arrays among many (identical constants are shared in a graph and in a .tflite):
 * a hash of the whole content, computed only for arrays that meet a candidate of the same kind and length,
 * and a byte comparison only when the hashes agree.
 */

/** Bytes with their hash once computed. */
export interface HashedBytes {
  bytes: Uint8Array;
  hash?: number;
}

/** A 32-bit FNV-1a-style hash of the bytes (word-wise when aligned: 4x fewer steps). */
export function hashBytes(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  if (bytes.byteOffset % 4 === 0 && bytes.length % 4 === 0) {
    const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
    for (let i = 0; i < words.length; i++) h = Math.imul(h ^ (words[i] as number), 0x01000193);
  } else {
    for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  }
  return h >>> 0;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The first of `candidates` (same kind and length as `entry`) whose bytes equal entry's; hashes are computed on demand. */
export function findSameBytes<T extends HashedBytes>(candidates: T[] | undefined, entry: HashedBytes): T | undefined {
  if (!candidates || candidates.length === 0) return undefined;
  const hash = (entry.hash ??= hashBytes(entry.bytes));
  return candidates.find((c) => (c.hash ??= hashBytes(c.bytes)) === hash && sameBytes(c.bytes, entry.bytes));
}
