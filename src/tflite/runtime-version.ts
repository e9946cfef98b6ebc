/**
 * The `min_runtime_version` metadata: the oldest TFLite runtime that has every (op, version) pair of the
 * model, as the converter computes it (the maximum over ops of a per-(op, version) table; pairs missing from
 * the table are skipped). Table entries for the ops in ./ops.ts, from the converter's runtime version table.
 */
const TABLE: Readonly<Record<string, readonly string[]>> = {
  // op: [v1, v2, v3, ...]
  ADD: ['1.5.0', '1.14.0', '2.4.0', '2.6.0', '2.13.0'],
  SUB: ['1.6.0', '1.14.0', '2.3.0', '2.4.0', '2.4.0'],
  MUL: ['1.5.0', '1.14.0', '1.15.0', '2.3.0', '2.6.0', '2.11.0', '2.13.0'],
  DIV: ['1.6.0', '2.3.0'],
  AVERAGE_POOL_2D: ['1.5.0', '1.14.0', '2.3.0'],
  MAX_POOL_2D: ['1.5.0', '1.14.0', '2.3.0'],
  CONCATENATION: ['1.5.0', '1.14.0', '2.3.0', '2.14.0'],
  CONV_2D: ['1.5.0', '1.14.0', '1.14.0', '2.3.0', '2.4.0', '2.9.0', '2.11.0', '2.15.0'],
  DEPTHWISE_CONV_2D: ['1.5.0', '1.12.0', '1.14.0', '2.2.0', '2.3.0', '2.3.0', '2.11.0'],
  TRANSPOSE_CONV: ['1.9.0', '2.2.0', '2.3.0', '2.13.0', '2.15.0'],
  FULLY_CONNECTED: ['1.5.0', '1.10.0', '1.14.0', '1.14.0', '2.0.0', '2.1.0', '2.3.0', '2.3.0', '2.3.0', '2.11.0', '2.15.0'],
  RESHAPE: ['1.5.0'],
  SOFTMAX: ['1.5.0', '1.14.0', '2.3.0'],
  LOGISTIC: ['1.14.0', '1.14.0', '2.3.0'],
  TANH: ['1.14.0', '1.14.0', '2.3.0'],
  RELU: ['1.5.0', '2.1.0', '2.5.0'],
  RELU6: ['1.5.0', '1.14.0', '2.5.0'],
  RELU_N1_TO_1: ['1.5.0'],
  LEAKY_RELU: ['1.13.1', '2.3.0'],
  PRELU: ['1.8.0'],
  ELU: ['1.14.0'],
  HARD_SWISH: ['1.15.0'],
  GELU: ['2.9.0', '2.9.0'],
  MEAN: ['1.6.0', '1.14.0', '2.4.0'],
  SUM: ['1.10.0', '1.15.0'],
  REDUCE_MAX: ['1.11.0', '1.14.0', '2.5.0'],
  PAD: ['1.5.0', '1.14.0', '2.4.0', '2.6.0'],
  PADV2: ['1.9.0', '1.14.0', '2.4.0', '2.6.0'],
  MIRROR_PAD: ['1.13.1', '2.3.0', '2.12.0'],
  TRANSPOSE: ['1.6.0', '1.14.0', '1.15.0', '2.3.0', '2.4.0', '2.12.0'],
  STRIDED_SLICE: ['1.6.0', '1.14.0', '2.1.0', '2.2.0', '2.5.0', '2.6.0', '2.14.0', '2.14.0'],
  SLICE: ['1.14.0', '1.14.0', '1.14.0', '2.4.0', '2.5.0', '2.14.0'],
  RESIZE_NEAREST_NEIGHBOR: ['1.13.1', '1.14.0', '2.3.0', '2.4.0'],
  RESIZE_BILINEAR: ['1.7.0', '1.14.0', '2.2.0', '2.5.0'],
  MAXIMUM: ['1.14.0', '1.14.0', '2.3.0', '2.3.0'],
  MINIMUM: ['1.14.0', '1.14.0', '2.3.0', '2.3.0'],
  SQUARED_DIFFERENCE: ['1.13.1', '2.5.0'],
  RSQRT: ['1.10.0', '2.5.0', '2.15.0'],
  SQRT: ['1.10.0'],
  EXP: ['1.7.0', '2.12.0'],
  LOG: ['1.14.0', '2.15.0'],
  ABS: ['1.13.0', '2.4.0', '2.5.0', '2.6.0', '2.12.0'],
  NEG: ['1.9.0'],
  POW: ['1.10.0'],
  SQUARE: ['1.12.0'],
  DEQUANTIZE: ['1.13.1', '1.14.0', '1.15.0', '2.2.0', '2.7.0', '2.18.0'],
  QUANTIZE: ['1.14.0', '1.15.0', '2.7.0'],
  GATHER: ['1.6.0', '1.14.0', '1.15.0', '2.4.0', '2.5.0', '2.13.0', '2.15.0'],
  SQUEEZE: ['1.6.0', '2.5.0'],
  EXPAND_DIMS: ['1.10.0'],
  BATCH_MATMUL: ['2.3.0', '2.3.0', '2.4.0', '2.5.0'],
  UNIDIRECTIONAL_SEQUENCE_LSTM: ['1.13.1', '1.14.0', '2.3.0', '2.12.0'],
  BIDIRECTIONAL_SEQUENCE_LSTM: ['1.14.0', '1.14.0', '1.14.0'],
  UNIDIRECTIONAL_SEQUENCE_RNN: ['1.14.0', '1.14.0', '2.3.0'],
  SPLIT: ['1.5.0', '1.14.0', '1.14.0', '2.3.0'],
  SPLIT_V: ['1.13.1', '2.3.0'],
  PACK: ['1.11.0', '1.14.0', '2.3.0', '2.13.0'],
  UNPACK: ['1.11.0', '1.14.0', '2.2.0', '2.3.0'],
  CAST: ['1.5.0', '2.7.0', '2.8.0', '2.9.0', '2.12.0', '2.15.0'],
  SHAPE: ['1.10.0'],
  FILL: ['1.13.0', '2.3.0', '2.5.0', '2.12.0'],
  TILE: ['1.10.1', '2.2.0', '2.8.0'],
  REVERSE_V2: ['1.14.0', '2.2.0', '2.5.0'],
  SELECT_V2: ['2.2.0', '2.12.0'],
  SELECT: ['1.14.0', '1.14.0', '2.12.0', '2.12.0'],
  ARG_MAX: ['1.9.0', '1.14.0', '2.9.0'],
  ARG_MIN: ['1.9.0', '1.14.0', '2.9.0'],
  GREATER: ['1.14.0', '1.14.0'],
  GREATER_EQUAL: ['1.14.0', '1.14.0', '2.13.0'],
  LESS: ['1.14.0', '1.14.0', '2.13.0'],
  WHILE: ['1.15.0'],
  DYNAMIC_UPDATE_SLICE: ['2.9.0'],
  LESS_EQUAL: ['1.14.0', '1.14.0'],
  EQUAL: ['1.14.0', '1.14.0', '2.3.0', '2.13.0'],
  NOT_EQUAL: ['1.14.0', '1.14.0', '2.3.0'],
  LOGICAL_AND: ['1.11.0'],
  LOGICAL_OR: ['1.11.0'],
  LOGICAL_NOT: ['1.11.0'],
  FLOOR: ['1.9.0'],
  CEIL: ['1.14.0'],
  ROUND: ['1.14.0'],
  SIN: ['1.9.0'],
  COS: ['1.14.0'],
  SIGN: ['2.11.0', '2.12.0'],
  RELU_0_TO_1: ['2.10.0'],
  REDUCE_MIN: ['1.11.0', '1.14.0', '2.5.0'],
  REDUCE_PROD: ['1.11.0', '2.6.0'],
  LOG_SOFTMAX: ['1.14.0', '1.14.0'],
  L2_NORMALIZATION: ['1.5.0', '1.14.0'],
  SPACE_TO_DEPTH: ['1.5.0', '1.14.0'],
  DEPTH_TO_SPACE: ['2.1.0', '2.5.0'],
  SPACE_TO_BATCH_ND: ['1.6.0', '1.14.0', '2.3.0', '2.12.0'],
  BATCH_TO_SPACE_ND: ['1.6.0', '1.14.0', '2.3.0', '2.12.0'],
  CUMSUM: ['2.4.0'],
  GATHER_ND: ['1.14.0', '2.3.0', '2.5.0', '2.13.0', '2.16.0'],
  ADD_N: ['1.14.0'],
  FLOOR_MOD: ['1.13.0', '2.13.0'],
  FLOOR_DIV: ['1.14.0', '1.14.0', '2.13.0'],
  RANGE: ['1.13.0', '2.14.0'],
  ZEROS_LIKE: ['1.12.0'],
  WHERE: ['1.14.0', '2.8.0'],
  ONE_HOT: ['1.11.0'],
  BROADCAST_TO: ['', '2.5.0', '2.5.0'],
};

/** True when runtime version a < b ("1.14.0" < "2.3.0"), comparing numerically part by part. */
export function runtimeVersionLess(a: string, b: string): boolean {
  const pa = a ? a.split('.').map(Number) : [];
  const pb = b.split('.').map(Number);
  let i = 0;
  for (; i < pa.length && i < pb.length; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) < (pb[i] ?? 0);
  return i < pb.length;
}

/** The minimum runtime version for a set of (op name, version) pairs; '' when none is known. */
export function minRuntimeVersion(ops: Iterable<{ type: string; version: number }>): string {
  let result = '';
  for (const { type, version } of ops) {
    const v = TABLE[type]?.[version - 1];
    if (v && runtimeVersionLess(result, v)) result = v;
  }
  return result;
}
