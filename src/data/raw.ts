/**
 * Arrays as decoded from a dataset file, before fitting to a model. Floats are widened/narrowed to float32,
 * small integers keep their type, wider integers become int32 (range-checked). `dtype` keeps the file's own
 * dtype name for messages ("<i8", "uint8", "float16"...).
 */
export type RawData = Float32Array | Int32Array | Uint8Array | Int8Array;

export interface RawArray {
  /** The key, file or column it came from, for error messages. */
  name: string;
  shape: number[];
  /** The dtype as stored in the file, e.g. "float64" (the data is float32 then). */
  dtype: string;
  data: RawData;
  /** Where it sits in the dataset, for errors (default "key <name>"), e.g. "column label", "file t10k-labels-idx1-ubyte". */
  where?: string;
}

export interface RawDataset {
  /** Where it came from, as the user named it. */
  source: string;
  /** One array per model input (usually one), samples along axis 0. */
  inputs: RawArray[];
  labels?: RawArray;
  /** Class names, in class-id order, when the dataset names its classes (image folders, CSV string labels). */
  classNames?: string[];
  /** Things the user should know (e.g. "no labels: key y absent"). */
  notes: string[];
}

export function elementCount(shape: number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

export function shapeText(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

export function whereOf(a: RawArray): string {
  return a.where ?? `key ${a.name}`;
}
