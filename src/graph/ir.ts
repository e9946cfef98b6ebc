/**
 * The intermediate model between Keras and TFLite: a flat list of tensors and ops in execution order.
 * It mirrors the TFLite schema closely so that writing it is a mechanical step:
 *  - `Op.type` is a TFLite BuiltinOperator name ('CONV_2D', 'FULLY_CONNECTED', 'DEQUANTIZE', ...).
 *  - `Op.options` keys are exactly the snake_case field names of that op's options table in schema.fbs
 *    (e.g. CONV_2D: padding, stride_w, stride_h, dilation_w_factor, dilation_h_factor,
 *    fused_activation_function). Enum values are the schema's enum names as strings
 *    ('SAME' | 'VALID'; 'NONE' | 'RELU' | 'RELU6' | 'RELU_N1_TO_1' | 'TANH').
 *    Omitted keys take the schema default.
 *  - Tensor layouts are TFLite's: NHWC activations; CONV_2D filters [out, h, w, in];
 *    DEPTHWISE_CONV_2D filters [1, h, w, in*mult]; FULLY_CONNECTED weights [out, in];
 *    TRANSPOSE_CONV filters [out, h, w, in].
 *  - Optional op inputs that are absent are -1, as in TFLite.
 */
export type DType = 'float32' | 'float16' | 'int32' | 'int64' | 'int8' | 'uint8' | 'bool';

/** Constant data, typed by dtype: float32 Float32Array, float16 Uint16Array (IEEE half bits),
 *  int32 Int32Array, int64 BigInt64Array, int8 Int8Array, uint8/bool Uint8Array. */
export type TensorData = Float32Array | Uint16Array | Int32Array | BigInt64Array | Int8Array | Uint8Array;

export interface Quantization {
  scale: number[];
  zeroPoint: number[];
  quantizedDimension?: number;
}

export interface Tensor {
  /** Index of this tensor in Graph.tensors. */
  id: number;
  name: string;
  /** Static shape; a dynamic batch is written as 1 here and -1 in shapeSignature. */
  shape: number[];
  /** Present only when some dimension is dynamic (-1). */
  shapeSignature?: number[];
  dtype: DType;
  /** Present for constants (weights, shapes, axes); absent for activations. */
  data?: TensorData;
  quantization?: Quantization;
}

export type OptionValue = number | boolean | string | number[];

export interface Op {
  type: string;
  inputs: number[];
  outputs: number[];
  options?: Record<string, OptionValue>;
  /** Where the op came from (Keras layer name), for error messages and reports. */
  origin?: string;
}

export interface SignatureIO {
  /** The Keras input/output name, used as the signature key. */
  name: string;
  tensor: number;
}

export interface Graph {
  tensors: Tensor[];
  /** In execution order (topologically sorted). */
  ops: Op[];
  inputs: SignatureIO[];
  outputs: SignatureIO[];
  /** Model description written into the flatbuffer, e.g. "tflite-gate 0.1.0". */
  description: string;
  /**
   * The model's further subgraphs (conditions and bodies of WHILE loops), file subgraphs 1, 2, ... in order:
   * a WHILE op's cond_subgraph_index / body_subgraph_index count the main graph as 0. Absent when there are none.
   */
  subgraphs?: Subgraph[];
}

/** A subgraph called by a control-flow op: its own tensors (ids index `tensors`), ops, inputs and outputs. */
export interface Subgraph {
  name: string;
  tensors: Tensor[];
  ops: Op[];
  inputs: number[];
  outputs: number[];
}
