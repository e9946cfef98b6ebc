/**
 * A test dataset in memory, after decoding and preprocessing, ready to feed a model.
 * Samples are along the first axis of every array.
 */
export type SampleArray = Float32Array | Int32Array | Uint8Array | Int8Array;

export interface DatasetInput {
  /** The key/file it came from (e.g. "x"), for error messages. */
  name: string;
  /** [count, ...per-sample shape]. */
  shape: number[];
  dtype: 'float32' | 'int32' | 'uint8' | 'int8';
  data: SampleArray;
}

export type DatasetLabels =
  | { kind: 'class'; data: Int32Array; numClasses?: number; /** Class names in id order, when the dataset names them. */ classNames?: string[] }
  | { kind: 'regression'; shape: number[]; data: Float32Array };

/**
 * How a dataset was read and prepared: what a rerun needs to evaluate the same samples with the same values.
 * `samples` < `total` with a `seed`: a seeded random subset; without one: the first `samples` samples.
 */
export interface DatasetPreparation {
  /** Samples used, and how many the dataset holds. */
  samples: number;
  total: number;
  /** Seed of the random subset, only when one was drawn. */
  seed?: number;
  /** Preprocessing applied (v · scale + offset − mean[c]) / std[c]; only what was given. */
  scale?: number;
  offset?: number;
  mean?: number[];
  std?: number[];
  /** Where each model input came from, in model input order: "key x", "file t10k-images-idx3-ubyte", "images"... */
  inputs: string[];
  /** Where the labels came from ("key y", "column species", "class folders"), when the dataset has labels. */
  labels?: string;
}

export interface Dataset {
  /** Where it came from, as the user named it. */
  source: string;
  count: number;
  /** One entry per model input, in model input order. */
  inputs: DatasetInput[];
  labels?: DatasetLabels;
  /** Things the user should know about the dataset (subsampling, reshaping, missing labels). */
  notes?: string[];
  /** How it was read and prepared (set by prepareDataset). */
  preparation?: DatasetPreparation;
}
