import { attentionRoles, attentionWeights, checkAttention, type AttentionWeights } from './attention-args.js';
import { shapeError } from './core.js';
import { einsumDense } from './einsum-dense.js';
import { constF, emitOp, permuteData, prod, reshape, shapeOf, transpose } from './ops.js';
import type { LayerContext, LayerHandler } from './types.js';

/**
 * MultiHeadAttention as the TFLite converter lowers it, without its dynamic-shape ops:
 *   Q, K, V = FULLY_CONNECTED projections (the 1/sqrt(key_dim) scale folded into the query weights),
 *   RESHAPE to [B, N, heads, dim], TRANSPOSE heads in front (keys to [B, heads, key_dim, S]),
 *   scores = BATCH_MATMUL(Q, K), SOFTMAX, context = BATCH_MATMUL(scores, V),
 *   TRANSPOSE back, RESHAPE to [B, N, heads*value_dim], output FULLY_CONNECTED.
 * Attention runs over all axes between batch and features (Keras's default), flattened into one.
 */

/** FULLY_CONNECTED of `x` (any rank, last axis contracted) with a Keras kernel viewed as [inDim, outDim]. */
function project(ctx: LayerContext, x: number, kernel: Float32Array, bias: Float32Array | undefined, outDim: number, name: string, scale = 1): number {
  const inShape = shapeOf(ctx, x);
  const inDim = inShape.at(-1)!;
  if (kernel.length !== inDim * outDim) throw shapeError(ctx, `${name} kernel has ${kernel.length} values, expected ${inDim}×${outDim} for input [${inShape}]`);
  const w = permuteData(kernel, [inDim, outDim], [1, 0]).map((v) => v * scale);
  const wId = constF(ctx, `${name}/kernel`, [outDim, inDim], w);
  const bId = bias ? constF(ctx, `${name}/bias`, [outDim], bias.map((v) => v * scale)) : -1;
  const rows = prod(inShape.slice(0, -1));
  return emitOp(ctx, 'FULLY_CONNECTED', [x, wId, bId], [rows, outDim], `${name}/MatMul`, { fused_activation_function: 'NONE', keep_num_dims: false });
}

/** Project `x` [B, ...N, D] to heads: [B, heads, N, dim] (or [B, heads, dim, N] when `keyLayout`). */
function heads(ctx: LayerContext, x: number, w: { kernel: Float32Array; bias?: Float32Array }, h: number, dim: number, name: string, scale = 1, keyLayout = false): number {
  const shape = shapeOf(ctx, x);
  const n = prod(shape.slice(1, -1));
  const flat = project(ctx, x, w.kernel, w.bias, h * dim, name, scale);
  const split = reshape(ctx, flat, [shape[0]!, n, h, dim], `${name}/Reshape`);
  return transpose(ctx, split, keyLayout ? [0, 2, 3, 1] : [0, 2, 1, 3], `${name}/transpose`);
}

function emitAttention(ctx: LayerContext): number[] {
  const { query, value, key } = attentionRoles(ctx);
  const w: AttentionWeights = attentionWeights(ctx.layer);
  const h = w.heads;
  const qShape = shapeOf(ctx, query);
  const [batch, nq] = [qShape[0]!, prod(qShape.slice(1, -1))];
  const nk = prod(shapeOf(ctx, key).slice(1, -1));
  if (nk !== prod(shapeOf(ctx, value).slice(1, -1))) throw shapeError(ctx, `key [${shapeOf(ctx, key)}] and value [${shapeOf(ctx, value)}] differ in length`);
  const q = heads(ctx, query, w.query, h, w.keyDim, 'query', 1 / Math.sqrt(w.keyDim));
  const k = heads(ctx, key, w.key, h, w.keyDim, 'key', 1, true);
  const v = heads(ctx, value, w.value, h, w.valueDim, 'value');
  const noAdj = { adj_x: false, adj_y: false, asymmetric_quantize_inputs: false };
  const scores = emitOp(ctx, 'BATCH_MATMUL', [q, k], [batch, h, nq, nk], 'einsum/Einsum', noAdj);
  const probs = emitOp(ctx, 'SOFTMAX', [scores], [batch, h, nq, nk], 'softmax/Softmax', { beta: 1 });
  const context = emitOp(ctx, 'BATCH_MATMUL', [probs, v], [batch, h, nq, w.valueDim], 'einsum_1/Einsum', noAdj);
  const merged = reshape(ctx, transpose(ctx, context, [0, 2, 1, 3], 'attention_output/transpose'), [batch, ...qShape.slice(1, -1), h * w.valueDim], 'attention_output/Reshape');
  const outDim = w.output.kernel.length / (h * w.valueDim);
  const outW = constF(ctx, 'attention_output/kernel', [outDim, h * w.valueDim], permuteData(w.output.kernel, [h * w.valueDim, outDim], [1, 0]));
  const outB = w.output.bias ? constF(ctx, 'attention_output/bias', [outDim], w.output.bias) : -1;
  const outShape = [batch, ...qShape.slice(1, -1), outDim];
  const keep = outShape.length > 2;
  return [emitOp(ctx, 'FULLY_CONNECTED', [merged, outW, outB], outShape, 'attention_output/MatMul', { fused_activation_function: 'NONE', keep_num_dims: keep })];
}

const multiHeadAttention: LayerHandler = {
  classNames: ['MultiHeadAttention'],
  check: checkAttention,
  emit: emitAttention,
};

export const attentionLayers: LayerHandler[] = [multiHeadAttention, einsumDense];
