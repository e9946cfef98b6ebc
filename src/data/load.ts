/**
 * The I/O edge of datasets: reads a file or folder and hands bytes to the pure parsers. Everything else in
 * src/data is bytes in, data out.
 */
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { GateError } from '../errors.js';
import { DEFAULT_LIMITS, limitBytes, limitHint, limitName, MIB, type Limits } from '../util/limits.js';
import { fileOrFolder, readRegularFile } from '../util/safe-file.js';
import { parseCsv } from './csv.js';
import type { ModelInput } from './fit.js';
import { labelsFileFor, parseIdxDataset } from './idx.js';
import { imageTarget, parseImageFolder, type ImageFile } from './image-folder.js';
import { parseNpyDataset, parseNpz } from './npz.js';
import type { DataOptions } from './options.js';
import { prepareDataset } from './prepare.js';
import type { RawDataset } from './raw.js';
import type { Dataset } from './types.js';
import { lfsDatasetError, parseLfsPointer } from '../repo/lfs.js';

export type LoadOptions = Partial<DataOptions> & {
  /** The model's first output shape (class count / regression width). */
  outputShape?: number[];
  /** Zip/gzip bomb budget in bytes (default: the max-dataset-mib limit). */
  maxBytes?: number;
  /** Read only files and folders inside this folder (the gate's workspace); undefined: anywhere. */
  root?: string;
  /** File size, image pixel and CSV line limits (defaults in util/limits.ts). */
  limits?: Partial<Limits>;
};

interface FileFormat {
  name: string;
  matches: (path: string, head: Uint8Array) => boolean;
  /** A file named like this format that fails `matches` is read anyway, for the format's own error. */
  extension?: RegExp;
  read: (path: string, bytes: Uint8Array, options: LoadOptions) => Promise<RawDataset>;
}

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);
const IDX_NAME = /idx\d-ubyte(\.gz)?$/;

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(() => true, () => false);
}

/** A dataset file's bytes: a regular file (inside the root, when one is set) within the size limit. */
function readDataFile(path: string, options: LoadOptions, maxBytes = limitBytes(options.limits, 'datasetMib')): Uint8Array {
  return readRegularFile({ path, kind: 'bad-dataset' }, { root: options.root, maxBytes, limit: 'datasetMib' });
}

async function readIdx(path: string, bytes: Uint8Array, options: LoadOptions, source = path): Promise<RawDataset> {
  const labelsPath = labelsFileFor(path);
  const labels = labelsPath && labelsPath !== path && (await exists(labelsPath)) ? { file: labelsPath, bytes: readDataFile(labelsPath, options) } : undefined;
  return parseIdxDataset({ file: path, bytes }, labels, source, options.maxBytes ?? limitBytes(options.limits, 'datasetMib'));
}

/** File formats, probed in order: magic bytes first, then the file name. */
const FILE_FORMATS: FileFormat[] = [
  { name: '.npz', matches: (_, h) => startsWith(h, [0x50, 0x4b, 0x03, 0x04]) || startsWith(h, [0x50, 0x4b, 0x05, 0x06]),
    extension: /\.npz$/i,
    read: async (p, b, o) => parseNpz(b, p, { xKeys: o.xKeys ?? ['x'], yKey: o.yKey ?? 'y', yKeyExplicit: o.yKeyExplicit, maxBytes: o.maxBytes }) },
  { name: '.npy', matches: (_, h) => startsWith(h, [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]), extension: /\.npy$/i, read: async (p, b) => parseNpyDataset(b, p) },
  { name: 'IDX', matches: (p) => IDX_NAME.test(p), read: (p, b, o) => readIdx(p, b, o) },
  { name: 'CSV', matches: (p) => /\.(csv|tsv|txt)$/i.test(p), read: async (p, b, o) => parseCsv(b, p, o.labelColumn, (o.limits?.csvLineKib ?? DEFAULT_LIMITS.csvLineKib) * 1024) },
];

/**
 * Every file under a folder, as "/"-separated relative paths (hidden entries skipped). Links and other
 * non-folders are listed as files: reading them applies the rules (a link out of the root, a FIFO or a
 * device is refused, not skipped).
 */
async function listFiles(root: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(root, prefix), { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.filter((x) => !x.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(root, rel)));
    else out.push(rel);
  }
  return out;
}

/** Every image of a folder, within the dataset size limit all together. */
function readImages(path: string, files: string[], options: LoadOptions): ImageFile[] {
  const cap = limitBytes(options.limits, 'datasetMib');
  let total = 0;
  return files.map((f) => {
    const bytes = readDataFile(join(path, f), options, cap);
    total += bytes.byteLength;
    if (total > cap) throw new GateError('bad-dataset', `the folder's files add up to more than ${limitName('datasetMib', cap / MIB)}`, { file: path }, limitHint('datasetMib'));
    return { path: f, bytes };
  });
}

async function readFolder(path: string, modelInputs: ModelInput[], options: LoadOptions): Promise<RawDataset> {
  const files = await listFiles(path);
  const idx = files.filter((f) => /idx3-ubyte(\.gz)?$/.test(f));
  if (idx.length > 1) throw new GateError('bad-dataset', `several IDX image files: ${idx.join(', ')}`, { file: path }, 'Name the images file itself as the dataset.');
  if (idx.length === 1) {
    const file = join(path, idx[0]);
    return readIdx(file, readDataFile(file, options), options, path);
  }
  if (modelInputs.length !== 1) throw new GateError('bad-dataset', `an image folder feeds one model input; the model has ${modelInputs.length}`, { file: path });
  const target = imageTarget(modelInputs[0], path);
  const images = readImages(path, files, options);
  const folders = (await readdir(path, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
  const maxPixels = options.limits?.imagePixels ?? DEFAULT_LIMITS.imagePixels;
  return parseImageFolder(images, target, path, folders, maxPixels); // an empty class folder is a class too (as in Keras)
}

/** Read and decode a dataset file or folder, without fitting it to a model. */
export async function readRawDataset(path: string, modelInputs: ModelInput[], options: LoadOptions = {}): Promise<RawDataset> {
  if (!(await exists(path))) throw new GateError('bad-dataset', 'dataset not found', { file: path }, 'Pass an existing .npz/.npy file, IDX file, CSV file or image folder.');
  if (fileOrFolder({ path, kind: 'bad-dataset' }, options.root).folder) return readFolder(path, modelInputs, options);
  const bytes = readDataFile(path, options);
  const pointer = parseLfsPointer(bytes);
  if (pointer) throw lfsDatasetError(path, pointer);
  options = { maxBytes: limitBytes(options.limits, 'datasetMib'), ...options };
  const format = FILE_FORMATS.find((f) => f.matches(path, bytes.subarray(0, 8))) ?? FILE_FORMATS.find((f) => f.extension?.test(path));
  if (!format) {
    const names = FILE_FORMATS.map((f) => f.name).join(', ');
    throw new GateError('bad-dataset', `unknown dataset format (supported: ${names}, or a folder of class sub-folders with images)`, { file: path },
      'Pass a .npz/.npy file (numpy.savez), an MNIST-style IDX file, a .csv file, or a folder <class>/<image>.png.');
  }
  return format.read(path, bytes, options);
}

/** Read a dataset and fit it to the model's inputs: what the pipeline calls. */
export async function loadDataset(path: string, modelInputs: ModelInput[], options: LoadOptions = {}): Promise<Dataset> {
  return prepareDataset(await readRawDataset(path, modelInputs, options), modelInputs, options);
}
