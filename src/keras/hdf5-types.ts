/**
 * Plain data out of the HDF5 reader: the parts of an HDF5 file a Keras reader needs, with numeric
 * datasets already converted to float32. Nothing here refers to h5wasm objects (the module instance
 * that read them is dropped).
 */
import type { ErrorKind } from '../errors.js';

export type H5AttrValue = string | string[] | number | number[];

export interface H5DatasetData {
  /** Absolute path without the leading slash, e.g. "model_weights/dense_1/dense_1/kernel:0". */
  path: string;
  shape: number[];
  data: Float32Array;
}

export interface H5Tree {
  /** String and numeric attributes of the root group. */
  rootAttrs: Record<string, H5AttrValue>;
  /** String and numeric attributes of every group visited, by path ("" is the root). */
  groupAttrs: Record<string, Record<string, H5AttrValue>>;
  /** Every numeric dataset visited, in path order. */
  datasets: H5DatasetData[];
}

export interface Hdf5Limits {
  /** Largest total of declared dataset bytes (as float32) the reader accepts. */
  maxTotalBytes: number;
  /** Deepest group nesting walked (default 32). */
  maxDepth?: number;
}

/** One file to read. */
export interface Hdf5Request {
  bytes: Uint8Array;
  /** Top-level groups not to descend into (optimizer state). */
  skipGroups: string[];
  limits: Hdf5Limits;
}

export interface Hdf5Failure {
  kind: ErrorKind;
  message: string;
  where?: string;
  hint?: string;
}

export type Hdf5Reply = { ok: true; tree: H5Tree } | { ok: false; failure: Hdf5Failure };
