/**
 * MultiHeadAttention and EinsumDense: the attention fixtures (fixtures/extra, specs_attention.py) in .h5 and .keras
 * run in LiteRT.js against Keras's outputs with no more ops of any type than the TFLite converter; unsupported
 * arguments refused up front, naming the layer and the argument.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertKerasModel, findUnsupported } from '../../src/convert/index.js';
import { callRoles } from '../../src/convert/attention-args.js';
import { denseEinsum } from '../../src/convert/einsum-dense.js';
import { GateError } from '../../src/errors.js';
import { buildModelGraph } from '../../src/keras/config.js';
import type { KerasGraph, KerasLayer } from '../../src/keras/types.js';
import { convertBytes } from '../../src/pipeline/convert.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { EXTRA, histogram, readRaw, total, worstError, type FixtureEntry } from './helpers.js';
import { model, rand, w } from './keras-builder.js';

const manifest = (JSON.parse(readFileSync(join(EXTRA, 'manifest.json'), 'utf8')) as { models: FixtureEntry[] }).models
  .filter((m) => m.name.startsWith('attention_'))
  .map((m) => ({ ...m, dir: EXTRA }));
/** Fixtures with more than one MultiHeadAttention layer. */
const ATTENTION_LAYERS: Record<string, number> = { attention_cross: 2, attention_kwargs: 2 };
const cases = manifest.flatMap((m) => [m.h5!, m.keras!].map((file) => [file, m] as const));

async function run(bytes: Uint8Array, m: FixtureEntry): Promise<Float32Array[]> {
  const interp = await loadInterpreter(bytes, { file: m.name });
  try {
    const inputs = m.inputs!.map((spec) => ({ spec, data: readRaw(spec.file, spec.dtype, m.dir) }));
    const outs = m.outputs!.map((o) => new Float32Array(o.shape.reduce((a, b) => a * b, 1)));
    for (let s = 0; s < m.inputs![0]!.shape[0]!; s++) {
      interp.inputs.forEach((detail, i) => interp.setInput(i, inputs.find((x) => x.spec.name === detail.name)!.data, s * detail.size));
      interp.invoke();
      interp.outputs.forEach((detail, j) => interp.readOutput(j, outs[j]!, s * detail.size));
    }
    return outs;
  } finally {
    interp.dispose();
  }
}

describe('MultiHeadAttention fixtures', () => {
  it('exist: ViT block, two-input cross-attention with EinsumDense, attention over an image, keyword calls', () => {
    expect(manifest.map((m) => m.name).sort()).toEqual(['attention_cross', 'attention_image', 'attention_kwargs', 'attention_vit_block']);
    expect(manifest.flatMap((m) => m.layers)).toEqual(expect.arrayContaining(['MultiHeadAttention', 'EinsumDense']));
  });

  it.each(cases)('%s: LiteRT.js matches Keras, no op type used more often than by the converter', async (file, m) => {
    const { variants } = await convertBytes(new Uint8Array(readFileSync(join(m.dir, file))), file, { variants: ['float32', 'float16'] });
    const [f32, f16] = variants as [(typeof variants)[0], (typeof variants)[0]];
    const [got32, got16] = [await run(f32.data, m), await run(f16.data, m)];
    m.outputs!.forEach((o, k) => {
      const want = readRaw(o.file, 'float32', m.dir);
      expect({ output: o.name, ...worstError(got32[k]!, want, 1e-5, 1e-4) }).toMatchObject({ ok: true });
      expect({ output: o.name, ...worstError(got16[k]!, want, 1e-2, 1e-2) }).toMatchObject({ ok: true });
    });
    const ours = histogram(f32.graph.ops);
    const theirs = m.reference!.tflite!.ops!;
    expect(total(ours)).toBeLessThanOrEqual(total(theirs));
    // Per type too; only SOFTMAX may be new: on a rank-4 input the converter spells a two-axis softmax out
    // as REDUCE_MAX/SUB/EXP/SUM/LOG..., where we flatten the two axes into one.
    for (const [type, count] of Object.entries(ours)) {
      if (type === 'SOFTMAX' && !theirs[type]) expect(theirs.EXP).toBeGreaterThan(0);
      else expect({ type, count }).toEqual({ type, count: Math.min(count, theirs[type] ?? 0) });
    }
    // Two BATCH_MATMULs per MultiHeadAttention layer (the manifest lists each class once, so count by fixture).
    expect(ours.BATCH_MATMUL).toBe(2 * (ATTENTION_LAYERS[m.name] ?? 1));
  });
});

/** query [1, 5, 6] and context [1, 7, 4] inputs; one MultiHeadAttention (2 heads, key_dim 3) on them. */
function attentionGraph(config: Record<string, unknown> = {}, kwargs?: Record<string, unknown>, positional = ['q', 'ctx']): KerasGraph {
  const r = rand(7);
  const weights = [
    w('mha/query/kernel', [6, 2, 3], r), w('mha/query/bias', [2, 3], r),
    w('mha/key/kernel', [4, 2, 3], r), w('mha/key/bias', [2, 3], r),
    w('mha/value/kernel', [4, 2, 3], r), w('mha/value/bias', [2, 3], r),
    w('mha/attention_output/kernel', [2, 3, 6], r), w('mha/attention_output/bias', [6], r),
  ];
  const input = (name: string, shape: number[]): KerasLayer => ({ className: 'InputLayer', name, config: { name, batch_shape: [null, ...shape] }, inbound: [], weights: [] });
  const mha: KerasLayer = {
    className: 'MultiHeadAttention',
    name: 'mha',
    config: { name: 'mha', num_heads: 2, key_dim: 3, value_dim: 3, use_bias: true, output_shape: null, attention_axes: [1], ...config },
    inbound: [positional.map((layer) => ({ layer, nodeIndex: 0, tensorIndex: 0 }))],
    ...(kwargs ? { callKwargs: [kwargs] } : {}),
    weights,
  };
  const ref = (layer: string) => ({ layer, nodeIndex: 0, tensorIndex: 0 });
  return {
    name: 'm', className: 'Functional', layers: [input('q', [5, 6]), input('ctx', [7, 4]), mha],
    inputs: [ref('q'), ref('ctx')], outputs: [ref('mha')], inputShapes: [[null, 5, 6], [null, 7, 4]], inputDtypes: ['float32', 'float32'],
  };
}

const kerasTensor = (layer: string) => ({ class_name: '__keras_tensor__', config: { keras_history: [layer, 0, 0] } });

describe('MultiHeadAttention arguments', () => {
  it('converts a cross-attention call into the lowered op sequence', () => {
    const graph = convertKerasModel(model(attentionGraph()));
    expect(histogram(graph.ops)).toEqual({ FULLY_CONNECTED: 4, RESHAPE: 4, TRANSPOSE: 4, BATCH_MATMUL: 2, SOFTMAX: 1 });
    expect(graph.tensors[graph.outputs[0]!.tensor]!.shape).toEqual([1, 5, 6]);
  });

  it('converts each call of a shared layer with its own roles (positional, then keyword tensors marked by slot)', () => {
    const graph = attentionGraph();
    graph.layers.unshift({ className: 'InputLayer', name: 'ctx2', config: { name: 'ctx2', batch_shape: [null, 3, 4] }, inbound: [], weights: [] });
    graph.inputs.push({ layer: 'ctx2', nodeIndex: 0, tensorIndex: 0 });
    graph.inputShapes.push([null, 3, 4]);
    graph.inputDtypes.push('float32');
    const mha = graph.layers.find((l) => l.name === 'mha')!;
    mha.inbound.push([{ layer: 'ctx2', nodeIndex: 0, tensorIndex: 0 }, { layer: 'q', nodeIndex: 0, tensorIndex: 0 }]);
    mha.callKwargs = [{}, { query: { tensorArg: 1 }, value: { tensorArg: 0 } }];
    graph.outputs.push({ layer: 'mha', nodeIndex: 1, tensorIndex: 0 });
    const converted = convertKerasModel(model(graph));
    expect(histogram(converted.ops)).toMatchObject({ BATCH_MATMUL: 4, SOFTMAX: 2 });
    expect(converted.outputs.map((o) => converted.tensors[o.tensor]!.shape)).toEqual([[1, 5, 6], [1, 5, 6]]);
    // Both calls take the query from input q (one projection, shared by CSE); keys from ctx and from ctx2.
    const feeds = (role: string) => converted.ops
      .filter((op) => op.type === 'FULLY_CONNECTED' && converted.tensors[op.outputs[0]!]!.name.includes(`${role}/`))
      .map((op) => converted.tensors[op.inputs[0]!]!.name);
    expect(feeds('query')).toEqual(['serving_default_q:0']);
    expect(feeds('key')).toEqual(['serving_default_ctx:0', 'serving_default_ctx2:0']);
  });

  it.each([
    ['attention_mask', {}, { attention_mask: kerasTensor('ctx') }],
    ['use_causal_mask', {}, { use_causal_mask: true }],
    ['return_attention_scores', {}, { return_attention_scores: true }],
    ['output_shape', { output_shape: [2, 3] }, undefined],
    ['use_gate', { use_gate: true }, undefined],
    ['num_heads', { num_heads: 3 }, undefined],
  ])('refuses %s, naming the layer and the argument', (argument, config, kwargs) => {
    const found = findUnsupported(attentionGraph(config, kwargs));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: 'mha', className: 'MultiHeadAttention' });
    expect(found[0]!.reason).toContain(argument);
  });

  it('accepts the call options that do not change the result (training, masks set to None)', () => {
    expect(findUnsupported(attentionGraph({}, { training: false, attention_mask: null, use_causal_mask: false }))).toEqual([]);
  });

  it('refuses custom attention_axes with a GateError naming the layer', () => {
    const error = (() => {
      try {
        convertKerasModel(model(attentionGraph({ attention_axes: [2] })));
      } catch (e) {
        return e;
      }
      return undefined;
    })() as GateError;
    expect(error).toBeInstanceOf(GateError);
    expect(error.message).toMatch(/layer "mha".*attention_axes \[2\]/);
  });

  it('tells query, value and key apart in positional and keyword calls', () => {
    const [q, v, k] = ['q', 'v', 'k'].map((layer) => ({ layer, nodeIndex: 0, tensorIndex: 0 }));
    expect(callRoles([q!, v!], undefined)).toEqual([0, 1, 1]);
    expect(callRoles([q!, v!, k!], {})).toEqual([0, 1, 2]);
    // tf.keras self-attention: the query is the inbound tensor, value the same tensor passed as a kwarg.
    expect(callRoles([q!], { value: ['q', 0, 0] })).toEqual([0, 0, 0]);
    expect(callRoles([q!, v!], { key: kerasTensor('q') })).toEqual([0, 1, 0]);
    // Keyword tensors a reader appended to the call's inputs, marked by their place there.
    expect(callRoles([q!, k!, v!], { key: { tensorArg: 1 }, value: { tensorArg: 2 } })).toEqual([0, 2, 1]);
    // A keyword tensor the reader did not connect cannot be converted: refused with the role named.
    expect(callRoles([q!], { value: kerasTensor('ctx') })).toMatch(/value tensor \(output of "ctx"\) is passed by keyword/);
  });

  it('converts a tf.keras cross-attention stored as [[q, 0, 0, {"value": [ctx, 0, 0]}]] read from its config', () => {
    const input = (name: string, shape: number[]) => ({ name, class_name: 'InputLayer', config: { name, batch_input_shape: [null, ...shape], dtype: 'float32' }, inbound_nodes: [] });
    const mhaConfig = { name: 'mha', num_heads: 2, key_dim: 3, value_dim: 3, use_bias: true, output_shape: null, attention_axes: [1] };
    const graph = buildModelGraph({
      class_name: 'Functional',
      config: {
        name: 'm',
        layers: [input('q', [5, 6]), input('ctx', [7, 4]), { name: 'mha', class_name: 'MultiHeadAttention', config: mhaConfig, inbound_nodes: [[['q', 0, 0, { value: ['ctx', 0, 0] }]]] }],
        input_layers: [['q', 0, 0], ['ctx', 0, 0]],
        output_layers: [['mha', 0, 0]],
      },
    }, 'model_config');
    graph.layers.find((l) => l.name === 'mha')!.weights = attentionGraph().layers.find((l) => l.name === 'mha')!.weights;
    const converted = convertKerasModel(model(graph));
    expect(converted.tensors[converted.outputs[0]!.tensor]!.shape).toEqual([1, 5, 6]);
    const feed = (role: string) => converted.ops.find((op) => op.type === 'FULLY_CONNECTED' && converted.tensors[op.outputs[0]!]!.name.includes(`${role}/`))!;
    expect(['query', 'key', 'value'].map((role) => converted.tensors[feed(role).inputs[0]!]!.name)).toEqual(['serving_default_q:0', 'serving_default_ctx:0', 'serving_default_ctx:0']);
  });

  it('refuses a call whose value is passed by keyword and not connected, by layer and role', () => {
    const found = findUnsupported(attentionGraph({}, { query: kerasTensor('q'), value: kerasTensor('ctx') }, []));
    expect(found[0]?.reason).toMatch(/query tensor \(output of "q"\) is passed by keyword/);
  });
});

describe('EinsumDense equations', () => {
  it.each([
    ['abc,cd->abd', { contracted: 1, free: 'd' }],
    ['...b,bc->...c', { contracted: 1, free: 'c' }],
    ['abc,cde->abde', { contracted: 1, free: 'de' }],
    ['abcd,cde->abe', { contracted: 2, free: 'e' }],
    ['ab,bc->ac', { contracted: 1, free: 'c' }],
  ])('%s is a dense projection', (equation, spec) => expect(denseEinsum(equation)).toEqual(spec));

  it.each(['abc,dc->abd', 'abc,acd->abd', 'abc,cd->adb', 'abc,cd'])('%s is refused', (equation) => {
    expect(denseEinsum(equation)).toMatch(/equation/);
  });
});
