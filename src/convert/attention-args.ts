import { GateError } from '../errors.js';
import { cfg } from './args.js';
import { shapeError } from './core.js';
import type { LayerContext } from './types.js';
import type { KerasLayer, TensorRef, WeightTensor } from '../keras/types.js';

/**
 * MultiHeadAttention arguments, call roles and weights, in every spelling seen:
 *  - weights: `.h5` (Keras 3 and tf.keras) store query, key, value, attention_output kernels and biases, named
 *    `<layer>/query/kernel(:0)`; `.keras` files store them under query_dense/key_dense/value_dense/output_dense
 *    (`.../query_dense/vars/0`; tf.keras 2.13+ `_query_dense`), which sort key, output, query, value: roles come
 *    from the names, not the order.
 *  - call: `layer(query, value[, key])` positionally, or by keyword (Keras 3 kwargs `query`/`value`/`key`,
 *    tf.keras kwargs `value`/`key` beside the first tensor).
 */
export interface Projection {
  kernel: Float32Array;
  kernelShape: number[];
  bias?: Float32Array;
}

export interface AttentionWeights {
  query: Projection;
  key: Projection;
  value: Projection;
  output: Projection;
  heads: number;
  keyDim: number;
  valueDim: number;
}

const ROLES = ['query', 'key', 'value', 'output'] as const;
type Role = (typeof ROLES)[number];
const WEIGHT_NAME = /(?:^|\/)_?(query|key|value|attention_output|output)(?:_dense)?\/(kernel|bias|vars\/([01]))(?::\d+)?$/;

function roleOf(w: WeightTensor): { role: Role; bias: boolean } | undefined {
  const m = WEIGHT_NAME.exec(w.name);
  if (!m) return undefined;
  const role = (m[1] === 'attention_output' ? 'output' : m[1]) as Role;
  return { role, bias: m[2] === 'bias' || m[3] === '1' };
}

/** Weights by role; by name when every weight has a recognisable one, else in the `.h5` order q, k, v, output. */
function weightsByRole(layer: KerasLayer): Map<string, WeightTensor> | string {
  const useBias = cfg(layer, 'use_bias') !== false;
  const expected = useBias ? 8 : 4;
  if (layer.weights.length !== expected) return `expected ${expected} weights (query, key, value, output kernels${useBias ? ' and biases' : ''}), found ${layer.weights.length}`;
  const byRole = new Map<string, WeightTensor>();
  const named = layer.weights.map(roleOf);
  layer.weights.forEach((w, i) => {
    const r = named.every(Boolean) ? named[i]! : { role: ROLES[Math.floor(i / (useBias ? 2 : 1))]!, bias: useBias && i % 2 === 1 };
    byRole.set(`${r.role}/${r.bias ? 'bias' : 'kernel'}`, w);
  });
  return byRole.size === expected ? byRole : `weight names ${layer.weights.map((w) => w.name).join(', ')} do not name query, key, value and output once each`;
}

function projection(byRole: Map<string, WeightTensor>, role: Role): Projection {
  const kernel = byRole.get(`${role}/kernel`)!;
  return { kernel: kernel.data, kernelShape: kernel.shape, bias: byRole.get(`${role}/bias`)?.data };
}

function readWeights(layer: KerasLayer): AttentionWeights | string {
  const byRole = weightsByRole(layer);
  if (typeof byRole === 'string') return byRole;
  const [query, key, value, output] = ROLES.map((r) => projection(byRole, r)) as [Projection, Projection, Projection, Projection];
  const [, heads, keyDim] = query.kernelShape;
  const valueDim = value.kernelShape[2];
  if (query.kernelShape.length !== 3 || key.kernelShape.length !== 3 || value.kernelShape.length !== 3 || heads === undefined || keyDim === undefined || valueDim === undefined) {
    return `query/key/value kernels must be [dim, heads, head_dim], found [${query.kernelShape}], [${key.kernelShape}], [${value.kernelShape}]`;
  }
  if (key.kernelShape[1] !== heads || key.kernelShape[2] !== keyDim || value.kernelShape[1] !== heads) return `key [${key.kernelShape}] / value [${value.kernelShape}] kernels disagree with query [${query.kernelShape}]`;
  if (output.kernelShape[0] !== heads || output.kernelShape[1] !== valueDim) return `output kernel [${output.kernelShape}] does not start with [${heads}, ${valueDim}]`;
  const numHeads = cfg(layer, 'num_heads');
  if (numHeads !== undefined && numHeads !== heads) return `num_heads ${JSON.stringify(numHeads)} but the kernels hold ${heads} heads`;
  return { query, key, value, output, heads, keyDim, valueDim };
}

export function attentionWeights(layer: KerasLayer): AttentionWeights {
  const w = readWeights(layer);
  if (typeof w === 'string') throw new Error(w);
  return w;
}

/** A tensor argument as stored: Keras 3 `{class_name: '__keras_tensor__', config: {keras_history}}`, tf.keras `[layer, node, tensor]`. */
function tensorRef(value: unknown): TensorRef | undefined {
  const history = Array.isArray(value) ? value : (value as { class_name?: string; config?: { keras_history?: unknown } } | null)?.class_name === '__keras_tensor__' ? (value as { config: { keras_history?: unknown } }).config.keras_history : undefined;
  if (!Array.isArray(history) || typeof history[0] !== 'string') return undefined;
  return { layer: history[0], nodeIndex: Number(history[1] ?? 0), tensorIndex: Number(history[2] ?? 0) };
}

const sameRef = (a: TensorRef, b: TensorRef) => a.layer === b.layer && a.nodeIndex === b.nodeIndex && a.tensorIndex === b.tensorIndex;
const CALL_ROLES = ['query', 'value', 'key'] as const;

/** Indices into the call's inputs of query, value and key (key = value when absent), or why they cannot be told. */
export function callRoles(refs: TensorRef[], kwargs: Record<string, unknown> | undefined): number[] | string {
  if (refs.length > 3) return `called with ${refs.length} positional tensors (expected query, value[, key])`;
  const roles: (number | undefined)[] = [0, 1, 2].map((i) => (i < refs.length ? i : undefined));
  for (const [i, role] of CALL_ROLES.entries()) {
    const slot = (kwargs?.[role] as { tensorArg?: unknown } | null | undefined)?.tensorArg;
    if (typeof slot === 'number' && slot >= 0 && slot < refs.length) {
      roles[i] = slot; // a reader that connects keyword tensors marks each with its place in the call's inputs
      continue;
    }
    const ref = tensorRef(kwargs?.[role]);
    if (!ref) continue;
    const found = refs.findIndex((r) => sameRef(r, ref));
    if (found < 0) return `its ${role} tensor (output of "${ref.layer}") is passed by keyword, which this converter cannot connect yet; call the layer positionally as layer(query, value, key) and save the model again`;
    roles[i] = found;
  }
  if (roles[0] === undefined || roles[1] === undefined) return 'the call does not name both query and value tensors';
  return [roles[0], roles[1], roles[2] ?? roles[1]];
}

/** Call arguments that change the result and are not converted. */
const REFUSED_KWARGS: [string, (v: unknown) => boolean][] = [
  ['attention_mask', (v) => v !== null && v !== undefined],
  ['query_mask', (v) => v !== null && v !== undefined],
  ['value_mask', (v) => v !== null && v !== undefined],
  ['key_mask', (v) => v !== null && v !== undefined],
  ['use_causal_mask', (v) => v === true],
  ['return_attention_scores', (v) => v === true],
];

function checkCalls(layer: KerasLayer): string | undefined {
  for (const [index, refs] of layer.inbound.entries()) {
    const kwargs = layer.callKwargs?.[index];
    const refused = REFUSED_KWARGS.find(([name, bad]) => bad(kwargs?.[name]));
    if (refused) return `call argument ${refused[0]} is not supported (only unmasked attention without returned scores converts)`;
    const roles = callRoles(refs, kwargs);
    if (typeof roles === 'string') return roles;
  }
  return undefined;
}

function checkConfig(layer: KerasLayer): string | undefined {
  if (cfg(layer, 'use_gate') === true) return 'use_gate=True is not supported';
  if (cfg(layer, 'sliding_window') !== undefined) return 'sliding_window is not supported';
  const outputShape = cfg(layer, 'output_shape');
  if (outputShape !== undefined && !Number.isInteger(outputShape) && !(Array.isArray(outputShape) && outputShape.length === 1 && Number.isInteger(outputShape[0]))) {
    return `output_shape ${JSON.stringify(outputShape)} is not supported (only a single output dimension)`;
  }
  const axes = cfg(layer, 'attention_axes');
  if (axes !== undefined && !(Number.isInteger(axes) || (Array.isArray(axes) && axes.every(Number.isInteger)))) return `attention_axes ${JSON.stringify(axes)} is not a list of integers`;
  return undefined;
}

export function checkAttention(layer: KerasLayer): string | undefined {
  const weights = readWeights(layer);
  return checkConfig(layer) ?? (typeof weights === 'string' ? weights : undefined) ?? checkCalls(layer);
}

/** attention_axes must be every axis between batch and features (Keras's default), the only layout converted. */
function checkAxes(ctx: LayerContext, rank: number): void {
  const value = cfg(ctx.layer, 'attention_axes');
  if (value === undefined) return;
  const given = (Array.isArray(value) ? (value as number[]) : [value as number]).map((a) => (a < 0 ? a + rank : a)).sort((a, b) => a - b);
  const expected = [...Array(rank - 2).keys()].map((i) => i + 1);
  if (given.join() === expected.join()) return;
  throw new GateError('unsupported', `layer "${ctx.layer.name}" (MultiHeadAttention): attention_axes ${JSON.stringify(value)} is not supported for rank-${rank} inputs`, { where: `layer ${ctx.layer.name}` },
    `Only the default attention_axes ${JSON.stringify(expected)} (attention over every axis between batch and features) converts.`);
}

/** The tensor ids of query, value and key for this call. */
export function attentionRoles(ctx: LayerContext): { query: number; value: number; key: number } {
  const call = ctx.callIndex ?? 0;
  const roles = callRoles(ctx.layer.inbound[call] ?? [], ctx.layer.callKwargs?.[call]);
  if (typeof roles === 'string') throw shapeError(ctx, roles);
  const [query, value, key] = roles.map((i) => ctx.inputs[i]!) as [number, number, number];
  checkAxes(ctx, ctx.builder.tensor(query).shape.length);
  return { query, value, key };
}
