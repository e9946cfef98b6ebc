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

export interface Dataset {
  /** Where it came from, as the user named it. */
  source: string;
  count: number;
  /** One entry per model input, in model input order. */
  inputs: DatasetInput[];
  labels?: DatasetLabels;
  /** Things the user should know about the dataset (subsampling, reshaping, missing labels). */
  notes?: string[];
}
