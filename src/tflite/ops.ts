/**
 * The operator table: IR op type (a BuiltinOperator name) → builtin code, options table, whether the TFLite
 * converter writes that table when every field has its default, and the op version it assigns. Versions
 * follow the converter's rules for the float32/float16 graphs tflite-gate writes (checked against TF 2.21
 * output with fixtures/scripts/tflite_fixtures.py); an op not listed here is refused by the writer.
 */
import type { Graph, Op } from '../graph/ir.js';
import { BUILTIN_CODE } from './schema/enums.js';
import { quantizedVersion } from './quantized-versions.js';

export interface VersionContext {
  op: Op;
  graph: Graph;
}

export interface OpSpec {
  code: number;
  /** Options table in schema.fbs, when the op has one. */
  options?: string;
  /** The converter omits the options table when all fields are default (e.g. RESHAPE, TRANSPOSE). */
  omitDefaultOptions?: boolean;
  /** Op version; 1 when absent. */
  version?: (ctx: VersionContext) => number;
}

const inputDtype = (ctx: VersionContext, i = 0) => ctx.graph.tensors[ctx.op.inputs[i] ?? -1]?.dtype;
const opt = (ctx: VersionContext, key: string) => ctx.op.options?.[key];
const rank = (ctx: VersionContext) => ctx.graph.tensors[ctx.op.inputs[0] ?? -1]?.shape.length ?? 0;
/** Version by input rank: the first [minRank, version] pair whose rank the input reaches, else 1. */
const byRank = (...steps: [number, number][]) => (ctx: VersionContext) => steps.find(([r]) => rank(ctx) >= r)?.[1] ?? 1;

/** DEQUANTIZE: v1 uint8, v2 int8, v3 float16 (the float16 weights of --float16 models). */
function dequantizeVersion(ctx: VersionContext): number {
  const dtype = inputDtype(ctx);
  if (dtype === 'float16') return 3;
  if (dtype === 'int8') return 2;
  return 1;
}

const dilated = (ctx: VersionContext) => (Number(opt(ctx, 'dilation_w_factor') ?? 1) !== 1 || Number(opt(ctx, 'dilation_h_factor') ?? 1) !== 1);
const halfPixel = (ctx: VersionContext) => (opt(ctx, 'half_pixel_centers') === true ? 3 : 1);

type Entry = [name: string, options?: string, extra?: Omit<OpSpec, 'code' | 'options'>];
const omit = { omitDefaultOptions: true };

const ENTRIES: Entry[] = [
  ['ADD', 'AddOptions'], ['SUB', 'SubOptions'], ['MUL', 'MulOptions'], ['DIV', 'DivOptions'],
  ['AVERAGE_POOL_2D', 'Pool2DOptions'], ['MAX_POOL_2D', 'Pool2DOptions'],
  ['CONCATENATION', 'ConcatenationOptions'],
  ['CONV_2D', 'Conv2DOptions'],
  ['DEPTHWISE_CONV_2D', 'DepthwiseConv2DOptions', { version: (c) => (dilated(c) ? 2 : 1) }],
  ['TRANSPOSE_CONV', 'TransposeConvOptions'],
  ['FULLY_CONNECTED', 'FullyConnectedOptions', { version: (c) => (opt(c, 'keep_num_dims') === true ? 5 : 1) }],
  ['RESHAPE', 'ReshapeOptions', omit],
  ['SOFTMAX', 'SoftmaxOptions'],
  ['LOGISTIC'], ['TANH'], ['RELU'], ['RELU6'], ['RELU_N1_TO_1'], ['ELU'], ['PRELU'],
  ['LEAKY_RELU', 'LeakyReluOptions'],
  ['HARD_SWISH', 'HardSwishOptions', omit],
  ['GELU', 'GeluOptions'],
  ['MEAN', 'ReducerOptions'], ['SUM', 'ReducerOptions'], ['REDUCE_MAX', 'ReducerOptions'],
  ['PAD', 'PadOptions', { version: byRank([5, 4]) }], ['PADV2', 'PadV2Options', { version: byRank([5, 4]) }], ['MIRROR_PAD', 'MirrorPadOptions'],
  ['TRANSPOSE', 'TransposeOptions', { ...omit, version: byRank([6, 6], [5, 4]) }],
  ['STRIDED_SLICE', 'StridedSliceOptions', { version: byRank([5, 4]) }],
  ['SLICE', 'SliceOptions', { ...omit, version: byRank([5, 5]) }],
  ['RESIZE_NEAREST_NEIGHBOR', 'ResizeNearestNeighborOptions', { version: halfPixel }],
  ['RESIZE_BILINEAR', 'ResizeBilinearOptions', { version: halfPixel }],
  ['MAXIMUM', 'MaximumMinimumOptions', omit], ['MINIMUM', 'MaximumMinimumOptions', omit],
  ['SQUARED_DIFFERENCE', 'SquaredDifferenceOptions', omit],
  ['RSQRT'], ['SQRT'], ['LOG'],
  ['EXP', 'ExpOptions'], ['ABS', 'AbsOptions', omit], ['NEG', 'NegOptions'],
  ['POW', 'PowOptions', omit], ['SQUARE', 'SquareOptions'],
  ['DEQUANTIZE', 'DequantizeOptions', { ...omit, version: dequantizeVersion }],
  ['QUANTIZE', 'QuantizeOptions', omit],
  ['GATHER', 'GatherOptions', { version: (c) => (Number(opt(c, 'batch_dims') ?? 0) !== 0 ? 5 : 1) }],
  ['SQUEEZE', 'SqueezeOptions'],
  ['EXPAND_DIMS', 'ExpandDimsOptions'],
  ['BATCH_MATMUL', 'BatchMatMulOptions'],
  ['UNIDIRECTIONAL_SEQUENCE_LSTM', 'UnidirectionalSequenceLSTMOptions'],
  ['BIDIRECTIONAL_SEQUENCE_LSTM', 'BidirectionalSequenceLSTMOptions'],
  ['UNIDIRECTIONAL_SEQUENCE_RNN', 'SequenceRNNOptions'],
  ['SPLIT', 'SplitOptions'], ['SPLIT_V', 'SplitVOptions'],
  ['PACK', 'PackOptions'], ['UNPACK', 'UnpackOptions'],
  ['CAST', 'CastOptions', omit],
  ['SHAPE', 'ShapeOptions'],
  ['FILL', 'FillOptions', omit],
  ['TILE', 'TileOptions', omit],
  ['REVERSE_V2', 'ReverseV2Options', omit],
  ['SELECT_V2', 'SelectV2Options'], ['SELECT', 'SelectOptions', { version: (c) => (rank(c) === 5 ? 3 : 1) }],
  ['ARG_MAX', 'ArgMaxOptions'],
  // Beyond the core set: comparisons, logic, rounding, more reductions and data movement. The converter writes no
  // options table for the comparisons (checked against TF 2.21; SELECT is v3 at rank 5 exactly, v1 at rank 6).
  ['GREATER'], ['GREATER_EQUAL'], ['LESS'], ['LESS_EQUAL'], ['EQUAL'], ['NOT_EQUAL'],
  ['LOGICAL_AND'], ['LOGICAL_OR'], ['LOGICAL_NOT'],
  ['FLOOR'], ['CEIL'], ['ROUND'], ['SIN'], ['COS'], ['SIGN'], ['RELU_0_TO_1'],
  ['REDUCE_MIN', 'ReducerOptions'], ['REDUCE_PROD', 'ReducerOptions'],
  ['ARG_MIN', 'ArgMinOptions'],
  ['LOG_SOFTMAX', 'LogSoftmaxOptions'],
  ['L2_NORMALIZATION', 'L2NormOptions'],
  ['SPACE_TO_DEPTH', 'SpaceToDepthOptions'], ['DEPTH_TO_SPACE', 'DepthToSpaceOptions'],
  ['SPACE_TO_BATCH_ND'], ['BATCH_TO_SPACE_ND'],
  ['CUMSUM', 'CumsumOptions'],
  ['GATHER_ND'], ['ADD_N'], ['FLOOR_MOD'], ['RANGE'], ['ZEROS_LIKE'], ['WHERE'],
  ['FLOOR_DIV', undefined, { version: (c) => (inputDtype(c) === 'float32' ? 2 : 1) }],
  ['ONE_HOT', 'OneHotOptions'],
  ['BROADCAST_TO', undefined, { version: () => 2 }],
  // The loop form of recurrent layers (src/convert/recurrent/loop.ts).
  ['WHILE', 'WhileOptions'], ['DYNAMIC_UPDATE_SLICE', 'DynamicUpdateSliceOptions', omit],
];

export const OPS: Readonly<Record<string, OpSpec>> = Object.fromEntries(
  ENTRIES.map(([name, options, extra]) => {
    const code = BUILTIN_CODE[name];
    if (code === undefined) throw new Error(`op table: ${name} has no builtin code`);
    return [name, { code, ...(options ? { options } : {}), ...extra }];
  }),
);

/** The version this op needs (1 unless a rule says otherwise); the model's opcode takes the max over its ops. */
export function opVersion(op: Op, graph: Graph): number {
  const spec = OPS[op.type];
  const quantized = quantizedVersion({ op, graph });
  if (quantized !== undefined) return quantized;
  return spec?.version ? spec.version({ op, graph }) : 1;
}
