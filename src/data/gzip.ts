import { Gunzip } from 'fflate';
import { GateError } from '../errors.js';
import { limitHint } from '../util/limits.js';
import { DEFAULT_MAX_BYTES } from './npz.js';

const SLICE = 16 * 1024;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Gunzip, streamed, stopping as soon as the output passes `maxBytes` (gzip bomb guard). */
export function gunzipBounded(bytes: Uint8Array, file: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const gunzip = new Gunzip((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new GateError('bad-dataset', `gzip bomb guard: the file inflates past ${maxBytes} bytes`, { file }, limitHint('datasetMib'));
    chunks.push(chunk);
  });
  try {
    for (let i = 0; i < bytes.length; i += SLICE) gunzip.push(bytes.subarray(i, i + SLICE), i + SLICE >= bytes.length);
  } catch (error) {
    if (error instanceof GateError) throw error;
    throw new GateError('bad-dataset', `corrupt gzip data: ${(error as Error).message}`, { file }, 'Download or compress the file again.');
  }
  const out = new Uint8Array(total);
  let pos = 0;
  for (const c of chunks) {
    out.set(c, pos);
    pos += c.length;
  }
  return out;
}
