/**
 * Finding byte-identical arrays among many (identical constants are shared in a graph and in a .tflite).
 * Arrays are compared only with candidates of the same kind and length, first by a hash of at most 64 words
 * spread over the content (cheap: a folded filter meets the filter it replaced, same shape, different
 * values), then by a hash of the whole content (so many arrays that differ only between the sampled words
 * cost one pass each, not one comparison per pair), then byte by byte.
 */

/** Bytes with their hashes once computed. */
export interface HashedBytes {
  bytes: Uint8Array;
  sample?: number;
  hash?: number;
}

const SAMPLED_WORDS = 64;

/** A hash of up to 64 words spread evenly over the bytes (all bytes when there are fewer than 256). */
function sampleHash(bytes: Uint8Array): number {
  if (bytes.byteOffset % 4 !== 0 || bytes.length < 4 * SAMPLED_WORDS) return hashBytes(bytes);
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
  const stride = Math.floor(words.length / SAMPLED_WORDS);
  let h = 0x811c9dc5;
  for (let i = 0; i < words.length; i += stride) h = Math.imul(h ^ (words[i] as number), 0x01000193);
  return Math.imul(h ^ (words[words.length - 1] as number), 0x01000193) >>> 0;
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
  const sample = (entry.sample ??= sampleHash(entry.bytes));
  return candidates.find((c) => (c.sample ??= sampleHash(c.bytes)) === sample
    && (c.hash ??= hashBytes(c.bytes)) === (entry.hash ??= hashBytes(entry.bytes))
    && sameBytes(c.bytes, entry.bytes));
}
