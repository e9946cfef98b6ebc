import { GateError } from '../errors.js';
import { parseNpy } from './npy.js';
import type { RawArray, RawDataset } from './raw.js';
import { DEFAULT_MAX_BYTES, listZip, readZipEntry } from './zip.js';

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

/** Parse an .npz archive (stored or compressed) into the arrays named by `keys`. */
export function parseNpz(bytes: Uint8Array, file: string, keys: NpzKeys): RawDataset {
  const entries = listZip(bytes, file);
  const byKey = new Map(entries.filter((e) => e.name.endsWith('.npy')).map((e) => [e.name.slice(0, -4), e]));
  const present = [...byKey.keys()].sort();
  let budget = keys.maxBytes ?? DEFAULT_MAX_BYTES;
  const read = (key: string): RawArray => {
    const entry = byKey.get(key)!;
    const data = readZipEntry(bytes, entry, file, budget);
    budget -= data.length;
    return parseNpy(data, key, { file, where: `key ${key}` });
  };
  const missing = (key: string, flag: string): never => {
    const list = present.length ? present.join(', ') : '(none)';
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
