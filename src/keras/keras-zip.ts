/** A Keras 3 `.keras` file: a zip of config.json, model.weights.h5 and (optionally) metadata.json. */
import { buildModelGraph } from './config.js';
import { readHdf5Tree } from './hdf5-client.js';
import { badModel, parseJsonText } from './json.js';
import type { KerasModel, ReadKerasOptions } from './types.js';
import { attachV3Weights, normaliseSeparators } from './weights-v3.js';
import { openZip, type ZipLimits, type ZipSource } from '../util/zip.js';

const CONFIG = 'config.json';
const METADATA = 'metadata.json';
const WEIGHTS = 'model.weights.h5';
const decoder = new TextDecoder('utf-8', { fatal: false });

/** A .keras file holds a config and one weights file: generous size caps, and a ratio no real HDF5 reaches. */
export const KERAS_ZIP_LIMITS: ZipLimits = { maxEntryBytes: 1536 * 1024 * 1024, maxTotalBytes: 2048 * 1024 * 1024, maxRatio: 200 };

function kerasSource(fileName: string): ZipSource {
  const hint = 'the file is damaged or was not written by Keras; save the model again';
  return { file: fileName, kind: 'bad-model', expected: 'a .keras file', hint, limits: KERAS_ZIP_LIMITS };
}

/** The entries a .keras reader needs, by name (absent ones left out). */
function readEntries(bytes: Uint8Array, fileName: string): Map<string, Uint8Array> {
  const zip = openZip(bytes, kerasSource(fileName));
  if (zip.entries.length === 0) throw badModel('an empty .keras archive (a zip with no files)', 'byte 0', 'save the model with model.save("model.keras")');
  const out = new Map<string, Uint8Array>();
  for (const name of [CONFIG, METADATA, WEIGHTS]) {
    const data = zip.read(name);
    if (data) out.set(name, data);
  }
  return out;
}

export async function readKerasZip(bytes: Uint8Array, fileName: string, options: ReadKerasOptions = {}): Promise<KerasModel> {
  const entries = readEntries(bytes, fileName);
  const configBytes = entries.get(CONFIG);
  if (!configBytes) throw badModel(`the .keras archive has no ${CONFIG}`, `zip entry "${CONFIG}"`, 'save the model with model.save("model.keras")');
  const config = parseJsonText(decoder.decode(configBytes), `zip entry "${CONFIG}"`, options.maxDepth);
  const graph = buildModelGraph(config, `zip entry "${CONFIG}"`);
  const metadataBytes = entries.get(METADATA);
  const metadata = metadataBytes ? parseJsonText(decoder.decode(metadataBytes), `zip entry "${METADATA}"`, options.maxDepth) : {};
  const weights = entries.get(WEIGHTS);
  if (!weights) throw badModel(`the .keras archive has no ${WEIGHTS}`, `zip entry "${WEIGHTS}"`);
  const tree = await readHdf5Tree(weights, fileName, { ...options, entry: `zip entry "${WEIGHTS}"` });
  attachV3Weights(graph, normaliseSeparators(tree));
  return {
    format: 'keras-zip',
    kerasVersion: typeof metadata.keras_version === 'string' ? metadata.keras_version : '',
    backend: typeof config.backend === 'string' ? config.backend : '',
    graph,
  };
}
