/**
 * Enums of the TFLite flatbuffer schema (tensorflow/compiler/mlir/lite/schema/schema.fbs), the subset
 * tflite-gate reads and writes. Values and union positions must match the real schema exactly: they are
 * what the runtime reads. Hand-written (not generated): the subset is small and a data table is easier to
 * check against schema.fbs than generated classes.
 */
import type { DType } from '../../graph/ir.js';

/** enum TensorType : byte. */
export const TENSOR_TYPE: Readonly<Record<string, number>> = {
  FLOAT32: 0, FLOAT16: 1, INT32: 2, UINT8: 3, INT64: 4, STRING: 5, BOOL: 6, INT16: 7, COMPLEX64: 8, INT8: 9,
  FLOAT64: 10, COMPLEX128: 11, UINT64: 12, RESOURCE: 13, VARIANT: 14, UINT32: 15, UINT16: 16, INT4: 17, BFLOAT16: 18,
};

/** IR dtype → TensorType code, and back. */
export const DTYPE_CODE: Readonly<Record<DType, number>> = {
  float32: 0, float16: 1, int32: 2, uint8: 3, int64: 4, bool: 6, int8: 9,
};
export const CODE_DTYPE: Readonly<Record<number, DType>> = Object.fromEntries(
  Object.entries(DTYPE_CODE).map(([d, c]) => [c, d as DType]),
);
export const DTYPE_BYTES: Readonly<Record<DType, number>> = {
  float32: 4, float16: 2, int32: 4, int64: 8, int8: 1, uint8: 1, bool: 1,
};

/** Byte-sized enums used by option tables, by enum name: value names in schema order (index = value). */
export const BYTE_ENUMS: Readonly<Record<string, readonly string[]>> = {
  Padding: ['SAME', 'VALID'],
  ActivationFunctionType: ['NONE', 'RELU', 'RELU_N1_TO_1', 'RELU6', 'TANH', 'SIGN_BIT'],
  FullyConnectedOptionsWeightsFormat: ['DEFAULT', 'SHUFFLED4x16INT8'],
  MirrorPadMode: ['REFLECT', 'SYMMETRIC'],
  LSTMKernelType: ['FULL', 'BASIC'],
  TensorType: Object.keys(TENSOR_TYPE),
};

/** enum BuiltinOperator : int32 — the operators tflite-gate knows (codes from schema.fbs). */
export const BUILTIN_CODE: Readonly<Record<string, number>> = {
  ADD: 0, AVERAGE_POOL_2D: 1, CONCATENATION: 2, CONV_2D: 3, DEPTHWISE_CONV_2D: 4, DEPTH_TO_SPACE: 5, DEQUANTIZE: 6,
  EMBEDDING_LOOKUP: 7, FLOOR: 8,
  FULLY_CONNECTED: 9, L2_NORMALIZATION: 11, LOGISTIC: 14, LSTM: 16, MAX_POOL_2D: 17, MUL: 18, RELU: 19,
  RELU_N1_TO_1: 20, RELU6: 21, RESHAPE: 22, RESIZE_BILINEAR: 23, RNN: 24, SOFTMAX: 25, SPACE_TO_DEPTH: 26, TANH: 28,
  CALL: 31,
  CUSTOM: 32, PAD: 34, UNIDIRECTIONAL_SEQUENCE_RNN: 35, GATHER: 36, BATCH_TO_SPACE_ND: 37, SPACE_TO_BATCH_ND: 38,
  TRANSPOSE: 39, MEAN: 40, SUB: 41, DIV: 42, SQUEEZE: 43, UNIDIRECTIONAL_SEQUENCE_LSTM: 44, STRIDED_SLICE: 45,
  BIDIRECTIONAL_SEQUENCE_RNN: 46, EXP: 47, SPLIT: 49, LOG_SOFTMAX: 50, DELEGATE: 51, BIDIRECTIONAL_SEQUENCE_LSTM: 52,
  CAST: 53, PRELU: 54, MAXIMUM: 55, ARG_MAX: 56, MINIMUM: 57, LESS: 58, NEG: 59, PADV2: 60, GREATER: 61,
  GREATER_EQUAL: 62, LESS_EQUAL: 63, SELECT: 64, SLICE: 65, SIN: 66, TRANSPOSE_CONV: 67, TILE: 69, EXPAND_DIMS: 70,
  EQUAL: 71, NOT_EQUAL: 72, LOG: 73, SUM: 74, SQRT: 75, RSQRT: 76, SHAPE: 77, POW: 78, ARG_MIN: 79,
  REDUCE_PROD: 81, REDUCE_MAX: 82, PACK: 83, LOGICAL_OR: 84, ONE_HOT: 85, LOGICAL_AND: 86, LOGICAL_NOT: 87,
  UNPACK: 88, REDUCE_MIN: 89, FLOOR_DIV: 90, SQUARE: 92, ZEROS_LIKE: 93, FILL: 94, FLOOR_MOD: 95, RANGE: 96,
  RESIZE_NEAREST_NEIGHBOR: 97, LEAKY_RELU: 98, SQUARED_DIFFERENCE: 99, MIRROR_PAD: 100, ABS: 101, SPLIT_V: 102,
  CEIL: 104, REVERSE_V2: 105, ADD_N: 106, GATHER_ND: 107, COS: 108, WHERE: 109, ELU: 111, QUANTIZE: 114,
  ROUND: 116, HARD_SWISH: 117, IF: 118, WHILE: 119, SELECT_V2: 123, BATCH_MATMUL: 126,
  PLACEHOLDER_FOR_GREATER_OP_CODES: 127, CUMSUM: 128, BROADCAST_TO: 130, GELU: 150, DYNAMIC_UPDATE_SLICE: 151, RELU_0_TO_1: 152, SIGN: 158,
};
export const BUILTIN_NAME: Readonly<Record<number, string>> = Object.fromEntries(
  Object.entries(BUILTIN_CODE).map(([n, c]) => [c, n]),
);

/**
 * union BuiltinOptions, in schema order: the union type value of a table is its index here + 1 (0 is NONE).
 * The full list up to the last member, so every position is checkable against schema.fbs.
 */
export const BUILTIN_OPTIONS_UNION: readonly string[] = [
  'Conv2DOptions', 'DepthwiseConv2DOptions', 'ConcatEmbeddingsOptions', 'LSHProjectionOptions', 'Pool2DOptions',
  'SVDFOptions', 'RNNOptions', 'FullyConnectedOptions', 'SoftmaxOptions', 'ConcatenationOptions', 'AddOptions',
  'L2NormOptions', 'LocalResponseNormalizationOptions', 'LSTMOptions', 'ResizeBilinearOptions', 'CallOptions',
  'ReshapeOptions', 'SkipGramOptions', 'SpaceToDepthOptions', 'EmbeddingLookupSparseOptions', 'MulOptions',
  'PadOptions', 'GatherOptions', 'BatchToSpaceNDOptions', 'SpaceToBatchNDOptions', 'TransposeOptions',
  'ReducerOptions', 'SubOptions', 'DivOptions', 'SqueezeOptions', 'SequenceRNNOptions', 'StridedSliceOptions',
  'ExpOptions', 'TopKV2Options', 'SplitOptions', 'LogSoftmaxOptions', 'CastOptions', 'DequantizeOptions',
  'MaximumMinimumOptions', 'ArgMaxOptions', 'LessOptions', 'NegOptions', 'PadV2Options', 'GreaterOptions',
  'GreaterEqualOptions', 'LessEqualOptions', 'SelectOptions', 'SliceOptions', 'TransposeConvOptions',
  'SparseToDenseOptions', 'TileOptions', 'ExpandDimsOptions', 'EqualOptions', 'NotEqualOptions', 'ShapeOptions',
  'PowOptions', 'ArgMinOptions', 'FakeQuantOptions', 'PackOptions', 'LogicalOrOptions', 'OneHotOptions',
  'LogicalAndOptions', 'LogicalNotOptions', 'UnpackOptions', 'FloorDivOptions', 'SquareOptions', 'ZerosLikeOptions',
  'FillOptions', 'BidirectionalSequenceLSTMOptions', 'BidirectionalSequenceRNNOptions',
  'UnidirectionalSequenceLSTMOptions', 'FloorModOptions', 'RangeOptions', 'ResizeNearestNeighborOptions',
  'LeakyReluOptions', 'SquaredDifferenceOptions', 'MirrorPadOptions', 'AbsOptions', 'SplitVOptions', 'UniqueOptions',
  'ReverseV2Options', 'AddNOptions', 'GatherNdOptions', 'CosOptions', 'WhereOptions', 'RankOptions',
  'ReverseSequenceOptions', 'MatrixDiagOptions', 'QuantizeOptions', 'MatrixSetDiagOptions', 'HardSwishOptions',
  'IfOptions', 'WhileOptions', 'DepthToSpaceOptions', 'NonMaxSuppressionV4Options', 'NonMaxSuppressionV5Options',
  'ScatterNdOptions', 'SelectV2Options', 'DensifyOptions', 'SegmentSumOptions', 'BatchMatMulOptions',
  'CumsumOptions', 'CallOnceOptions', 'BroadcastToOptions', 'Rfft2dOptions', 'Conv3DOptions', 'HashtableOptions',
  'HashtableFindOptions', 'HashtableImportOptions', 'HashtableSizeOptions', 'VarHandleOptions',
  'ReadVariableOptions', 'AssignVariableOptions', 'RandomOptions', 'BucketizeOptions', 'GeluOptions',
  'DynamicUpdateSliceOptions', 'UnsortedSegmentProdOptions', 'UnsortedSegmentMaxOptions',
  'UnsortedSegmentMinOptions', 'UnsortedSegmentSumOptions', 'ATan2Options', 'SignOptions', 'BitcastOptions',
  'BitwiseXorOptions', 'RightShiftOptions',
];

/** Union type value of an options table (1-based), or throws for a name not in the union. */
export function optionsUnionType(table: string): number {
  const i = BUILTIN_OPTIONS_UNION.indexOf(table);
  if (i < 0) throw new Error(`${table} is not a BuiltinOptions member`);
  return i + 1;
}
