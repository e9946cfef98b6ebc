/**
 * Datasets, the public entry: read a file or folder (.npz/.npy, IDX, CSV, image folder) and fit it to a
 * model's inputs. Pure parsers take bytes; only load.ts touches the file system.
 */
export { loadDataset, readRawDataset, type LoadOptions } from './load.js';
export { prepareDataset, type PrepareOptions } from './prepare.js';
export type { DataOptions } from './options.js';
export { modelClassCount } from './labels.js';
export type { ModelInput, Preprocessing } from './fit.js';
export type { RawArray, RawDataset } from './raw.js';
export type { Dataset, DatasetInput, DatasetLabels } from './types.js';
export { parseNpz, parseNpyDataset } from './npz.js';
export { parseNpy } from './npy.js';
export { parseIdx, parseIdxDataset } from './idx.js';
export { parseCsv } from './csv.js';
export { parseImageFolder, imageTarget } from './image-folder.js';
