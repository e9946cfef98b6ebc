/**
 * referenceSupport: every setting tfjs cannot reproduce is collected (nested layers by path) before
 * anything runs, and createKerasReference refuses the model with one GateError naming them all.
 */
import { GateError } from '../../src/errors.js';
import type { KerasLayer, KerasModel } from '../../src/keras/types.js';
import { createKerasReference, referenceSupport } from '../../src/reference/index.js';
import { toTfjsModelJson } from '../../src/reference/model-json.js';

const ref = (layer: string, nodeIndex = 0) => ({ layer, nodeIndex, tensorIndex: 0 });
const input: KerasLayer = { className: 'InputLayer', name: 'x', config: { batch_shape: [null, 8, 8, 3], dtype: 'float32' }, inbound: [], weights: [] };
const layer = (className: string, name: string, from: string, config: Record<string, unknown> = {}): KerasLayer =>
  ({ className, name, config: { name, ...config }, inbound: [[ref(from)]], weights: [] });

function model(layers: KerasLayer[], version = '3.10.0'): KerasModel {
  const last = layers[layers.length - 1]!.name;
  return {
    format: 'keras-zip', kerasVersion: version, backend: 'tensorflow',
    graph: { name: 'm', className: 'Functional', layers: [input, ...layers], inputs: [ref('x')], outputs: [ref(last)], inputShapes: [[null, 8, 8, 3]], inputDtypes: ['float32'] },
  };
}

describe('referenceSupport', () => {
  it('lists every layer tfjs cannot run, nested ones by path', async () => {
    const inner = layer('Conv2D', 'grouped', 'inner_in', { filters: 4, kernel_size: [1, 1], groups: 3 });
    const nested: KerasLayer = {
      className: 'Functional', name: 'block', config: {}, inbound: [[ref('lambda')]], weights: [],
      model: {
        name: 'block', className: 'Functional', inputs: [ref('inner_in')], outputs: [ref('grouped')], inputShapes: [[null, 8, 8, 3]], inputDtypes: ['float32'],
        layers: [{ ...input, name: 'inner_in', config: { batch_shape: [null, 8, 8, 3] } }, inner],
      },
    };
    const m = model([layer('Lambda', 'lambda', 'x'), nested, layer('Dense', 'head', 'block', { units: 2, activation: 'sparsemax' })]);
    expect(referenceSupport(m)).toEqual([
      { layer: 'lambda', className: 'Lambda', reason: 'not available in tfjs-layers' },
      { layer: 'block/grouped', className: 'Conv2D', reason: 'groups=3 (grouped convolution)' },
      { layer: 'head', className: 'Dense', reason: 'activation "sparsemax" has no tfjs equivalent' },
    ]);
    const error = (await createKerasReference(m, 'model.keras').catch((e: unknown) => e)) as GateError;
    expect(error).toBeInstanceOf(GateError);
    expect(error.kind).toBe('unsupported');
    expect(error.format()).toBe(
      'model.keras: layer lambda: the Keras reference (tfjs-layers) cannot run 3 layer(s): lambda (Lambda): not available in tfjs-layers; ' +
        'block/grouped (Conv2D): groups=3 (grouped convolution); head (Dense): activation "sparsemax" has no tfjs equivalent\n' +
        '  Run without --reference; the .tflite variants are still evaluated.',
    );
  });

  it('refuses a wrapper around one of our own layers, except Bidirectional(GRU reset_after)', () => {
    const gru = { class_name: 'GRU', config: { name: 'g', units: 2, reset_after: true } };
    const td = model([layer('TimeDistributed', 'td', 'x', { layer: gru })]);
    expect(referenceSupport(td)).toEqual([{ layer: 'td', className: 'TimeDistributed', reason: 'wrapped GRU needs our own layer (TgGRU), which tfjs wrappers cannot hold' }]);
    expect(referenceSupport(model([layer('Bidirectional', 'bi', 'x', { layer: gru, merge_mode: 'sum' })]))).toEqual([]);
  });

  it('drops a NotEqual mask op only when tfjs re-derives the same mask from an Embedding(mask_zero)', () => {
    const tokens: KerasLayer = { ...input, config: { batch_shape: [null, 6], dtype: 'int32' } };
    const mask = { mask: { class_name: '__keras_tensor__', config: { keras_history: ['ne', 0, 0] } } };
    const graph = (embedding: Record<string, unknown>, outputs = ['lstm']): KerasModel => ({
      format: 'keras-zip', kerasVersion: '3.10.0', backend: 'tensorflow',
      graph: {
        name: 'm', className: 'Functional', inputs: [ref('x')], outputs: outputs.map((o) => ref(o)), inputShapes: [[null, 6]], inputDtypes: ['int32'],
        layers: [tokens, layer('Embedding', 'emb', 'x', { input_dim: 5, output_dim: 2, ...embedding }), layer('NotEqual', 'ne', 'x'),
          { ...layer('LSTM', 'lstm', 'emb', { units: 2 }), callKwargs: [mask] }],
      },
    });
    expect(referenceSupport(graph({ mask_zero: true }))).toEqual([]);
    expect(referenceSupport(graph({ mask_zero: false }))).toEqual([{ layer: 'ne', className: 'NotEqual', reason: 'a mask not derived from an Embedding(mask_zero=True)' }]);
    expect(referenceSupport(graph({ mask_zero: true }, ['lstm', 'ne']))).toEqual([{ layer: 'ne', className: 'NotEqual', reason: 'used as a value (tfjs-layers has no such op layer)' }]);
  });

  it('translates Keras 3 spellings to what tfjs reads', () => {
    const m = model([layer('BatchNormalization', 'bn', 'x', { axis: [3], dtype: { module: 'keras', class_name: 'DTypePolicy', config: { name: 'float32' } }, gamma_initializer: { module: 'keras.initializers', class_name: 'Ones', config: {} } }),
      layer('Dense', 'd', 'bn', { units: 2, activation: 'hard_sigmoid', kernel_regularizer: { class_name: 'L2', config: { l2: 0.1 } } })]);
    const { topology, problems } = toTfjsModelJson(m);
    expect(problems).toEqual([]);
    const layers = (topology.config as { layers: { class_name: string; config: Record<string, unknown>; inbound_nodes: unknown }[] }).layers;
    expect(layers[0]!.config).toEqual({ name: 'x', batch_input_shape: [null, 8, 8, 3], dtype: 'float32', sparse: false });
    expect(layers[1]!.config).toMatchObject({ axis: 3, dtype: 'float32', gamma_initializer: { class_name: 'Zeros', config: {} } });
    expect(layers[1]!.inbound_nodes).toEqual([[['x', 0, 0, {}]]]);
    expect(layers[2]!.config).toMatchObject({ activation: 'TgHardSigmoidKeras3', kernel_regularizer: null });
    // Keras 2 files mean the old hard_sigmoid, which is tfjs's
    const k2 = toTfjsModelJson(model(m.graph.layers.slice(1), '2.2.4')).topology.config as { layers: { config: Record<string, unknown> }[] };
    expect(k2.layers[2]!.config.activation).toBe('hardSigmoid');
  });
});
