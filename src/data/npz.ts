import { GateError } from '../errors.js';
import { excerpt } from '../util/escape.js';
import { openZip, type ZipSource } from '../util/zip.js';
import { parseNpy } from './npy.js';
import type { RawArray, RawDataset } from './raw.js';

/** Default budget for the bytes inflated from one dataset file (.npz or gzip): 1 GiB. */
export const DEFAULT_MAX_BYTES = 1 << 30;

export interface NpzKeys {
  /** Keys of the input arrays, in model input order (default ["x"]). */
  xKeys: string[];
  /** Key of the labels (default "y"). */
  yKey: string;
  /** True when the user named yKey: then it must exist; the default "y" may be absent (no labels). */
  yKeyExplicit?: boolean;
  /** Most bytes inflated from the archive in total (zip-bomb guard); default 1 GiB. */
  maxBytes?: number;
}

/**
 * The zip limits of an .npz: one byte budget, for each array and for all of them together. No ratio cap:
 * numpy arrays of repeated values (zero padding, constant labels) legitimately compress past any fixed ratio.
 */
function npzSource(file: string, maxBytes: number): ZipSource {
  return {
    file,
    kind: 'bad-dataset',
    expected: 'an .npz file',
    hint: 'Write the file again with numpy.savez / numpy.savez_compressed.',
    limits: { maxEntryBytes: maxBytes, maxTotalBytes: maxBytes },
  };
}

/** Parse an .npz archive (stored or compressed) into the arrays named by `keys`. */
export function parseNpz(bytes: Uint8Array, file: string, keys: NpzKeys): RawDataset {
  const zip = openZip(bytes, npzSource(file, keys.maxBytes ?? DEFAULT_MAX_BYTES));
  const byKey = new Map(zip.entries.filter((e) => e.name.endsWith('.npy')).map((e) => [e.name.slice(0, -4), e.name]));
  const present = [...byKey.keys()].sort();
  const read = (key: string): RawArray => parseNpy(zip.read(byKey.get(key)!)!, key, { file, where: `key ${key}` });
  const missing = (key: string, flag: string): never => {
    const list = present.length ? excerpt(present.join(', '), 200) : '(none)';
    throw new GateError('bad-dataset', `no array "${key}" in the .npz; keys present: ${list}`, { file, where: `key ${key}` }, `Choose the keys with ${flag}.`);
  };
  const inputs = keys.xKeys.map((k) => (byKey.has(k) ? read(k) : missing(k, '--x-key')));
  const notes: string[] = [];
  let labels: RawArray | undefined;
  if (byKey.has(keys.yKey)) labels = read(keys.yKey);
  else if (keys.yKeyExplicit) missing(keys.yKey, '--y-key');
  else notes.push(`no labels: the .npz has no key "${keys.yKey}" (keys: ${present.join(', ')}); accuracy is not computed`);
  return { source: file, inputs, labels, notes };
}

/** A single .npy file: the one input array, no labels. */
export function parseNpyDataset(bytes: Uint8Array, file: string): RawDataset {
  const x = parseNpy(bytes, 'x', { file });
  return { source: file, inputs: [x], notes: ['no labels: a .npy file holds one array; use an .npz with x and y for accuracy'] };
}
