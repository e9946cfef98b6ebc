/**
 * Buffer plan: buffer 0 is the empty sentinel and tensor i owns buffer i + 1 (empty for activations), as the
 * TFLite converter numbers them. A constant whose bytes equal an earlier constant's points at that earlier
 * buffer and leaves its own empty (the converter shares identical constants the same way).
 */
import type { Tensor } from '../graph/ir.js';
import { findSameBytes, type HashedBytes } from '../util/same-bytes.js';

/** The little-endian bytes of a constant tensor's data. */
export function tensorBytes(t: Tensor): Uint8Array {
  const d = t.data;
  if (!d) return new Uint8Array(0);
  return new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
}

interface Candidate extends HashedBytes { buffer: number }

export function planBuffers(tensors: Tensor[]): { tensorBuffer: number[]; contents: (Uint8Array | undefined)[] } {
  const contents: (Uint8Array | undefined)[] = [undefined];
  const byLength = new Map<number, Candidate[]>();
  const tensorBuffer = tensors.map((t) => {
    const own = contents.length;
    contents.push(undefined);
    if (!t.data) return own;
    const bytes = tensorBytes(t);
    const candidates = byLength.get(bytes.length);
    const entry: Candidate = { buffer: own, bytes };
    const shared = findSameBytes(candidates, entry);
    if (shared) return shared.buffer;
    contents[own] = bytes;
    if (candidates) candidates.push(entry);
    else byLength.set(bytes.length, [entry]);
    return own;
  });
  return { tensorBuffer, contents };
}
