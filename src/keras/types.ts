/**
 * A Keras model as read from a file, before any conversion: the raw layer graph with weights attached.
 * Every file era (Keras 2.0 bare-list Sequential ... Keras 3 .keras zip) is normalised by src/keras into
 * this one shape, so the converter never sees file-format differences:
 *  - Sequential models are expressed as a functional graph (each layer's inbound is the previous layer).
 *  - Nested models (a Sequential/Functional used as a layer) appear as a layer with `model` set; their
 *    weights are attached to the inner layers, wherever the file era stored them.
 *  - `config` is the layer's own config object as stored (Keras 2 or 3 spelling); convert/ reads
 *    arguments through helpers that accept every spelling (alpha/negative_slope, axis int/list...).
 */
export type KerasFileFormat = 'hdf5' | 'keras-zip';

export interface WeightTensor {
  /** The name as stored, e.g. "dense_1/kernel:0" or "layers/dense/vars/0". */
  name: string;
  shape: number[];
  /** Float weights are float32 here (float16/float64 files are converted on read). */
  data: Float32Array;
}

/** One input of one call of a layer: the output `tensorIndex` of call `nodeIndex` of layer `layer`. */
export interface TensorRef {
  layer: string;
  nodeIndex: number;
  tensorIndex: number;
}

/** A tensor among a call's positional arguments (see KerasLayer.callArgs): `inbound[call][tensorArg]`. */
export interface TensorArg {
  tensorArg: number;
}

export interface KerasLayer {
  /** Keras class name, e.g. "Conv2D", "Sequential", "Functional". */
  className: string;
  /** Keras 3 `module` of the class when stored (e.g. "keras.layers", "keras.src.ops.numpy"); optional. */
  module?: string;
  name: string;
  config: Record<string, unknown>;
  /** One entry per call of the layer (shared layers have several); each lists that call's inputs. */
  inbound: TensorRef[][];
  /** Extra keyword args of each call that are tensors or constants, when the config records them. */
  callKwargs?: Record<string, unknown>[];
  /**
   * Positional arguments of each call as stored (Keras 3), kept when some are constants (e.g. `x - 3.0`,
   * `3.0 - x`): each Keras tensor is replaced by a TensorArg giving its position in that call's `inbound`
   * list; constants (numbers, nested lists) stay as they are. Optional.
   */
  callArgs?: unknown[][];
  /** Weights in Keras order (e.g. kernel, bias; gamma, beta, moving_mean, moving_variance). */
  weights: WeightTensor[];
  /** Set when this layer is itself a model (Sequential or Functional). */
  model?: KerasGraph;
}

export interface KerasGraph {
  name: string;
  /** "Sequential" | "Functional" | "Model" as stored. */
  className: string;
  layers: KerasLayer[];
  inputs: TensorRef[];
  outputs: TensorRef[];
  /** Declared input shapes including the batch dimension (null for unknown), one per input. */
  inputShapes: (number | null)[][];
  /** Declared input dtypes, one per input ("float32" unless the file says otherwise). */
  inputDtypes: string[];
}

export interface KerasModel {
  format: KerasFileFormat;
  /** keras_version attribute or metadata, e.g. "2.2.2", "3.10.0"; "" when absent. */
  kerasVersion: string;
  backend: string;
  graph: KerasGraph;
}

/** How a Keras file is read: the HDF5 reader's deadline, and how deep its config and HDF5 groups may nest. */
export interface ReadKerasOptions {
  /** Deadline for the HDF5 reader (default: 4 s + 0.2 s per MB, at most 20 s). */
  timeoutMs?: number;
  /** Deepest nesting of the model config JSON and of HDF5 groups (default: the max-config-depth limit). */
  maxDepth?: number;
}
