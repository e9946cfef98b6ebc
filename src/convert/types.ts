import type { GraphBuilder } from '../graph/builder.js';
import type { KerasLayer } from '../keras/types.js';

/** Options of one conversion, from the CLI flags or the action config. */
export interface ConvertOptions {
  /** Batch size written into input shapes (default 1). */
  batchSize: number;
  /** Emit -1 in the batch dimension of shape signatures, like the TFLite converter. */
  dynamicBatch: boolean;
  /** For models with variable-length sequence inputs ([None, None, F]). */
  sequenceLength?: number;
  /**
   * How recurrent layers are written: 'loop' (default), one WHILE loop per layer whose size does not depend on
   * the sequence length; 'unrolled', one copy of the cell per time step.
   */
  recurrentForm?: 'loop' | 'unrolled';
}

/** What a layer handler gets: the builder, the layer, and the tensor ids of this call's inputs. */
export interface LayerContext {
  builder: GraphBuilder;
  layer: KerasLayer;
  /** Tensor ids of this call's inputs, in order; shapes include the batch dimension. */
  inputs: number[];
  options: ConvertOptions;
  /** Convert a nested model (Sequential/Functional used as a layer) on the given inputs. */
  convertNested(inputs: number[]): number[];
  /** Name prefix of the tensors this layer creates: the enclosing model names joined by "/" (optional). */
  scope?: string;
  /** keras_version of the file ("2.2.4", "3.10.0"; "" when absent), for arguments whose meaning changed (optional). */
  kerasVersion?: string;
  /** Which call of a shared layer this is (index into layer.inbound / callArgs / callKwargs); optional, 0 when absent. */
  callIndex?: number;
}

/**
 * One Keras layer family. `check` runs for every layer before any conversion starts, so all unsupported
 * layers and arguments of a model are reported together; `emit` adds ops and returns output tensor ids.
 */
export interface LayerHandler {
  /** Keras class names handled, e.g. ["Conv2D", "Convolution2D"]. */
  classNames: string[];
  /**
   * Keras 3 modules the classes come from (e.g. ["keras.src.ops.numpy"]), optional: when set the handler is
   * chosen only for layers stored with that module, so the op layer `keras.src.ops.numpy.Add` (x + 3.0) and the
   * merge layer `Add` get different handlers.
   */
  modules?: string[];
  /** A reason the layer cannot be converted (unsupported argument), or undefined when it can. */
  check?(layer: KerasLayer): string | undefined;
  emit(ctx: LayerContext): number[];
}
