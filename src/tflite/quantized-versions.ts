/**
 * Operator versions of integer-quantized ops, by TF's rules (tensorflow/lite/tools/versioning/op_version.cc):
 * full-int8 kernels (int8 input) and hybrid kernels (float input, int8 weights) need higher versions than
 * the float ops of ops.ts. `quantizedVersion` answers for ops with an int8 (or hybrid) signature and leaves
 * the rest (undefined) to the float rules.
 */
import type { VersionContext } from './ops.js';

const tensorOf = (ctx: VersionContext, i: number) => ctx.graph.tensors[ctx.op.inputs[i] ?? -1];
const dtype = (ctx: VersionContext, i: number) => tensorOf(ctx, i)?.dtype;
const opt = (ctx: VersionContext, key: string) => ctx.op.options?.[key];
const perChannel = (ctx: VersionContext, i: number) => (tensorOf(ctx, i)?.quantization?.scale.length ?? 0) > 1;
const rank = (ctx: VersionContext) => tensorOf(ctx, 0)?.shape.length ?? 0;
const hybrid = (ctx: VersionContext) => dtype(ctx, 0) === 'float32' && dtype(ctx, 1) === 'int8';

/** Ops that are version 2 with an int8 input (op_version.cc's common case). */
const INT8_V2 = new Set([
  'ADD', 'SUB', 'MUL', 'MAX_POOL_2D', 'AVERAGE_POOL_2D', 'CONCATENATION', 'SOFTMAX', 'MEAN', 'MIRROR_PAD', 'REDUCE_MAX',
  'REDUCE_MIN', 'RELU6', 'RELU', 'TANH', 'LOGISTIC', 'PAD', 'PADV2', 'TRANSPOSE', 'SLICE', 'STRIDED_SLICE', 'UNPACK', 'PACK',
  'MAXIMUM', 'MINIMUM', 'GATHER', 'RESIZE_BILINEAR', 'RESIZE_NEAREST_NEIGHBOR', 'SPACE_TO_BATCH_ND', 'BATCH_TO_SPACE_ND',
  'BATCH_MATMUL', 'ARG_MAX', 'ARG_MIN', 'SPACE_TO_DEPTH', 'DEPTH_TO_SPACE', 'SPLIT_V', 'L2_NORMALIZATION', 'LOG_SOFTMAX',
  'EQUAL', 'NOT_EQUAL', 'LESS', 'GREATER_EQUAL', 'EXP', 'LOG', 'ABS', 'RSQRT',
]);

type Rule = (ctx: VersionContext) => number | undefined;

const RULES: Record<string, Rule> = {
  CONV_2D: (c) => (dtype(c, 0) === 'int8' ? 3 : hybrid(c) ? (perChannel(c, 1) ? 5 : 2) : undefined),
  DEPTHWISE_CONV_2D: (c) => (hybrid(c) ? (perChannel(c, 1) ? 6 : 4) : dtype(c, 0) === 'int8' ? 3 : undefined),
  FULLY_CONNECTED: (c) => {
    if (hybrid(c) && perChannel(c, 1)) return 12;
    if (opt(c, 'keep_num_dims') === true && (dtype(c, 0) === 'int8' || hybrid(c))) return 5;
    if (dtype(c, 0) === 'int8') return 4;
    if (hybrid(c)) return opt(c, 'asymmetric_quantize_inputs') === true ? 9 : 3;
    return undefined;
  },
  TRANSPOSE_CONV: (c) => (dtype(c, 1) === 'int8' ? ((c.op.inputs[3] ?? -1) >= 0 ? 3 : 2) : undefined),
  DEQUANTIZE: (c) => (dtype(c, 0) === 'int8' ? (perChannel(c, 0) ? 5 : 2) : undefined),
  QUANTIZE: (c) => (perChannel(c, 0) ? 3 : 1),
  SPLIT: (c) => (dtype(c, 1) === 'int8' ? 2 : undefined),
  TILE: (c) => (dtype(c, 0) === 'int8' ? 3 : undefined),
  MUL: (c) => (dtype(c, 0) === 'int8' ? mulVersion(c) : undefined),
  TRANSPOSE: (c) => (dtype(c, 0) === 'int8' ? (rank(c) > 5 ? 6 : rank(c) > 4 ? 4 : 2) : undefined),
  PAD: (c) => (dtype(c, 0) === 'int8' ? (rank(c) > 4 ? 4 : 2) : undefined),
  PADV2: (c) => (dtype(c, 0) === 'int8' ? (rank(c) > 4 ? 4 : 2) : undefined),
};

/** MUL: version 3 when input1 scale × input2 scale / output scale ≥ 1, else 2. */
function mulVersion(c: VersionContext): number {
  const s = (id: number | undefined) => c.graph.tensors[id ?? -1]?.quantization?.scale[0] ?? 0;
  const [a, b, out] = [s(c.op.inputs[0]), s(c.op.inputs[1]), s(c.op.outputs[0])];
  return a && b && out && (a * b) / out >= 1 ? 3 : 2;
}

/** The version of an op with an int8 or hybrid signature; undefined for float ops. */
export function quantizedVersion(ctx: VersionContext): number | undefined {
  const rule = RULES[ctx.op.type];
  if (rule) return rule(ctx);
  return INT8_V2.has(ctx.op.type) && dtype(ctx, 0) === 'int8' ? 2 : undefined;
}
