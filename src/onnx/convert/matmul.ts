/**
 * Gemm and MatMul. With a constant right-hand side they are FULLY_CONNECTED (weights [out, in], transposes
 * and alpha folded into them, beta * C as the bias); otherwise BATCH_MATMUL (attention scores).
 */
import type { OnnxConst } from '../types.js';
import type { OnnxContext } from './context.js';
import { broadcastShape, elementwise, makeConst, transposeConst } from './nd.js';
import type { OnnxHandler } from './types.js';

const NONE = { fused_activation_function: 'NONE' };

function fullyConnected(ctx: OnnxContext, a: number, weight: OnnxConst, bias: number, outShape: number[], keep: boolean, out: number | string = 0): number {
  const features = ctx.builder.tensor(a).shape.at(-1);
  if (weight.dims.length !== 2 || features !== weight.dims[1]) ctx.fail(`an input of ${features} features does not fit the weight [${weight.dims.join(', ')}]`);
  const w = ctx.constant(`${ctx.node.name}/weights`, weight);
  return ctx.emit('FULLY_CONNECTED', [a, w, bias], outShape, 'plain', { ...NONE, keep_num_dims: keep }, 'float32', out);
}

/** Weight [out, in] with its input columns in the order of a flattened nhwc input (Value.flat). */
function permuteColumns(weight: OnnxConst, order: number[]): OnnxConst {
  const [n, k] = weight.dims as [number, number];
  const data = new Float32Array(n * k);
  for (let r = 0; r < n; r++) for (let j = 0; j < k; j++) data[r * k + j] = weight.data[r * k + order[j]!]!;
  return { dims: weight.dims, dtype: 'float32', data };
}

/** Input 0 for a FULLY_CONNECTED: a flattened-nhwc value as it is (with the weight permuted to match). */
function fcInput(ctx: OnnxContext, weight: OnnxConst): [number, OnnxConst] {
  const flat = ctx.value(0).flat;
  return flat && ctx.value(0).ids.plain === undefined ? [flat.id, permuteColumns(weight, flat.order)] : [ctx.tensor(0), weight];
}

function emitGemm(ctx: OnnxContext): void {
  const [m0, k0] = ctx.shape(0) as [number, number];
  const transA = ctx.attr('transA', 0) === 1;
  const transB = ctx.attr('transB', 0) === 1;
  const alpha = ctx.attr('alpha', 1);
  const beta = ctx.attr('beta', 1);
  const [m, k] = transA ? [k0, m0] : [m0, k0];
  const b = ctx.constOf(1);
  if (!b) return void emitBatchMatMul(ctx, { transA, transB, alpha, beta });
  const [input, weight] = transA ? [ctx.tensor(0), transB ? b : transposeConst(b, [1, 0])] : fcInput(ctx, transB ? b : transposeConst(b, [1, 0]));
  const a = transA ? ctx.temp('TRANSPOSE', [input, ctx.constInt('perm', [1, 0])], [m, k], 'transpose_a') : input;
  const n = weight.dims[0]!;
  const scaled = alpha === 1 ? weight : elementwise([weight], (x) => x * alpha);
  const c = ctx.constOf(2);
  const vectorBias = c && c.data.length === n || c?.data.length === 1;
  const biasData = vectorBias ? elementwise([c!], (x) => x * beta).data : new Float32Array(n);
  const bias = ctx.constant(`${ctx.node.name}/bias`, makeConst([n], 'float32', n === biasData.length ? biasData : new Float32Array(n).fill(biasData[0]!)));
  if (vectorBias || !ctx.has(2)) return void fullyConnected(ctx, a, scaled, bias, [m, n], false);
  const y = fullyConnected(ctx, a, scaled, bias, [m, n], false, `${ctx.node.name}/fc`);
  addC(ctx, y, [m, n], beta);
}

/** y + beta * C for a C that is not a per-output vector. */
function addC(ctx: OnnxContext, y: number, shape: number[], beta: number): void {
  let cId = ctx.tensor(2);
  if (beta !== 1) cId = ctx.temp('MUL', [cId, ctx.constFloat('beta', [], [beta])], ctx.shape(2), 'beta', NONE);
  ctx.emit('ADD', [y, cId], shape, 'plain', NONE);
}

interface GemmFlags { transA: boolean; transB: boolean; alpha: number; beta: number }

function emitBatchMatMul(ctx: OnnxContext, flags: GemmFlags = { transA: false, transB: false, alpha: 1, beta: 1 }): void {
  const sa = ctx.shape(0);
  const sb = ctx.shape(1);
  if (sa.length < 2 || sb.length < 2) ctx.fail('MatMul with a rank-1 operand is not supported');
  const rows = flags.transA ? sa.at(-1)! : sa.at(-2)!;
  const cols = flags.transB ? sb.at(-2)! : sb.at(-1)!;
  const inner = [flags.transA ? sa.at(-2)! : sa.at(-1)!, flags.transB ? sb.at(-1)! : sb.at(-2)!];
  if (inner[0] !== inner[1]) ctx.fail(`operand shapes [${sa.join(', ')}] and [${sb.join(', ')}] do not multiply`);
  const shape = [...broadcastShape(sa.slice(0, -2), sb.slice(0, -2)), rows, cols];
  const options = { adj_x: flags.transA, adj_y: flags.transB, asymmetric_quantize_inputs: false };
  const simple = flags.alpha === 1 && !ctx.has(2);
  const y = ctx.emit('BATCH_MATMUL', [ctx.tensor(0), ctx.tensor(1)], shape, 'plain', options, 'float32', simple ? 0 : `${ctx.node.name}/matmul`);
  if (simple) return;
  if (!ctx.has(2)) return void ctx.emit('MUL', [y, ctx.constFloat('alpha', [], [flags.alpha])], shape, 'plain', NONE);
  const scaled = flags.alpha === 1 ? y : ctx.temp('MUL', [y, ctx.constFloat('alpha', [], [flags.alpha])], shape, 'alpha', NONE);
  addC(ctx, scaled, shape, flags.beta);
}

const gemm: OnnxHandler = { ops: ['Gemm'], emit: emitGemm };

const matmul: OnnxHandler = {
  ops: ['MatMul'],
  emit: (ctx) => {
    const b = ctx.constOf(1);
    const sa = ctx.shape(0);
    if (!b || b.dims.length !== 2 || sa.length < 2) return void emitBatchMatMul(ctx);
    const n = b.dims[1]!;
    const bias = ctx.constant(`${ctx.node.name}/bias`, makeConst([n], 'float32', new Float32Array(n)));
    const [input, weight] = sa.length === 2 ? fcInput(ctx, transposeConst(b, [1, 0])) : [ctx.tensor(0), transposeConst(b, [1, 0])];
    fullyConnected(ctx, input, weight, bias, [...sa.slice(0, -1), n], sa.length > 2);
  },
};

export const matmulHandlers: OnnxHandler[] = [gemm, matmul];
