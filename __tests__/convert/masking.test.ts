/**
 * Masked sequences: Keras 2 files record no mask in the layer calls (Keras 3 adds a NotEqual op layer and a
 * `mask` call argument), so the up-front check follows Embedding(mask_zero=True) / Masking through the layers
 * that pass masks on to every layer that uses one, and refuses the model naming both.
 */
import { findUnsupported } from '../../src/convert/check.js';
import { convertKerasModel } from '../../src/convert/index.js';
import { maskedConsumers } from '../../src/convert/recurrent/masking.js';
import { GateError } from '../../src/errors.js';
import { buildModelGraph } from '../../src/keras/config.js';
import type { KerasGraph } from '../../src/keras/types.js';
import { model, w } from './keras-builder.js';

type Entry = { class_name: string; config: Record<string, unknown>; inbound_nodes?: unknown[] };
const embedding = (name: string, maskZero: boolean, extra: Record<string, unknown> = {}): Entry => ({
  class_name: 'Embedding', config: { name, input_dim: 20, output_dim: 4, mask_zero: maskZero, input_length: 6, ...extra },
});
const lstm = (name: string, returnSequences = false): Entry => ({
  class_name: 'LSTM', config: { name, units: 3, return_sequences: returnSequences, activation: 'tanh', recurrent_activation: 'hard_sigmoid' },
});
const plain = (className: string, name: string, config: Record<string, unknown> = {}): Entry => ({ class_name: className, config: { name, ...config } });

/** A Keras 2.2-era Sequential: `config` is the bare layer list, the first layer carries batch_input_shape. */
function keras2Sequential(layers: Entry[]): KerasGraph {
  const [first, ...rest] = layers;
  const withShape = { ...first!, config: { ...first!.config, batch_input_shape: [null, 6], dtype: 'float32' } };
  return buildModelGraph({ class_name: 'Sequential', config: [withShape, ...rest] }, 'test.h5');
}

/** A tf.keras 2.x functional model: `inbound_nodes` as [[[layer, node, tensor, kwargs]]], no mask recorded. */
function keras2Functional(layers: [Entry, string[]][], output: string): KerasGraph {
  const input = { class_name: 'InputLayer', name: 'tokens', config: { name: 'tokens', batch_input_shape: [null, 6], dtype: 'int32' }, inbound_nodes: [] };
  const entries = layers.map(([e, from]) => ({ ...e, name: e.config.name, inbound_nodes: [from.map((l) => [l, 0, 0, {}])] }));
  return buildModelGraph({
    class_name: 'Functional',
    config: { name: 'model', layers: [input, ...entries], input_layers: [['tokens', 0, 0]], output_layers: [[output, 0, 0]] },
  }, 'test.h5');
}

const consumers = (graph: KerasGraph) => maskedConsumers(graph).map((f) => `${f.path} <- ${f.source}`);

describe('masked sequences (Keras 2 files: no mask in the config calls)', () => {
  it('finds an LSTM fed by Embedding(mask_zero=True) through mask-propagating layers', () => {
    const graph = keras2Sequential([embedding('embed', true), plain('Dropout', 'drop', { rate: 0.2 }), plain('Dense', 'proj', { units: 4 }), lstm('lstm'), plain('Dense', 'out', { units: 2 })]);
    expect(consumers(graph)).toEqual(['lstm <- "embed" (Embedding mask_zero=True)']);
  });

  it('ignores mask_zero=False and masks dropped by a layer without mask support (Conv1D)', () => {
    expect(consumers(keras2Sequential([embedding('embed', false), lstm('lstm')]))).toEqual([]);
    expect(consumers(keras2Sequential([embedding('embed', true), plain('Conv1D', 'conv', { filters: 4, kernel_size: 3 }), lstm('lstm')]))).toEqual([]);
  });

  it('follows RNNs that return sequences, Bidirectional, TimeDistributed and merges to every consumer', () => {
    const bidi = { class_name: 'Bidirectional', config: { name: 'bidi', merge_mode: 'concat', layer: lstm('inner', true) } };
    const graph = keras2Functional([
      [embedding('embed', true), ['tokens']],
      [lstm('seq', true), ['embed']],
      [bidi, ['seq']],
      [{ class_name: 'TimeDistributed', config: { name: 'td', layer: plain('Dense', 'td_dense', { units: 6 }) } }, ['bidi']],
      [plain('Add', 'add'), ['td', 'seq2']],
      [lstm('seq2', true), ['embed']],
      [plain('GlobalAveragePooling1D', 'gap'), ['add']],
      [plain('GlobalMaxPooling1D', 'gmp'), ['add']],
      [lstm('last'), ['gmp']],
    ], 'gap');
    expect(consumers(graph)).toEqual(['seq <- "embed" (Embedding mask_zero=True)', 'bidi <- "embed" (Embedding mask_zero=True)',
      'seq2 <- "embed" (Embedding mask_zero=True)', 'gap <- "embed" (Embedding mask_zero=True)']);
  });

  it('stops at an RNN that returns only its last output', () => {
    const graph = keras2Sequential([embedding('embed', true), lstm('last'), plain('RepeatVector', 'repeat', { n: 6 }), lstm('again')]);
    expect(consumers(graph)).toEqual(['last <- "embed" (Embedding mask_zero=True)']);
  });

  it('reaches into a nested model called on the masked sequence', () => {
    const inner = { class_name: 'Sequential', config: { name: 'encoder', layers: [
      { class_name: 'InputLayer', config: { name: 'enc_in', batch_input_shape: [null, 6, 4] } }, lstm('enc_lstm')] } };
    const graph = keras2Functional([[embedding('embed', true), ['tokens']], [inner, ['embed']]], 'encoder');
    expect(consumers(graph)).toEqual(['encoder/enc_lstm <- "embed" (Embedding mask_zero=True)']);
  });

  it('follows a mask made inside a nested model to consumers inside and after it', () => {
    const inner = { class_name: 'Sequential', config: { name: 'encoder', layers: [
      { class_name: 'InputLayer', config: { name: 'enc_in', batch_input_shape: [null, 6], dtype: 'int32' } },
      embedding('enc_embed', true), lstm('enc_lstm', true)] } };
    const graph = keras2Functional([[inner, ['tokens']], [plain('Dropout', 'drop', { rate: 0.1 }), ['encoder']], [lstm('after'), ['drop']]], 'after');
    expect(consumers(graph)).toEqual(['encoder/enc_lstm <- "enc_embed" (Embedding mask_zero=True)', 'after <- "enc_embed" (Embedding mask_zero=True)']);
  });

  it('refuses the model in the up-front check, naming source and consumer and what to do', () => {
    const graph = keras2Sequential([plain('Masking', 'mask', { mask_value: 0 }), lstm('lstm')]);
    const found = findUnsupported(graph);
    expect(found.map((f) => f.path)).toEqual(['mask', 'lstm']);
    expect(found[1]!.reason).toContain('its input is masked by "mask" (Masking)');
  });

  it('stops a converting Keras 2 model (weights complete) with a GateError before any conversion', () => {
    const graph = keras2Sequential([embedding('embed', true), lstm('lstm')]);
    const [embed, rnn] = graph.layers.filter((l) => l.className !== 'InputLayer');
    embed!.weights = [w('embed/embeddings:0', [20, 4], 0.1)];
    rnn!.weights = [w('lstm/kernel:0', [4, 12], 0.1), w('lstm/recurrent_kernel:0', [3, 12], 0.1), w('lstm/bias:0', [12], 0)];
    expect(findUnsupported({ ...graph, layers: graph.layers.map((l) => ({ ...l, config: { ...l.config, mask_zero: false } })) })).toEqual([]);
    let error: unknown;
    try {
      convertKerasModel(model(graph, '2.2.4'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GateError);
    const gate = error as GateError;
    expect(gate.kind).toBe('unsupported');
    expect(gate.message).toMatch(/^1 layer cannot be converted: "lstm" \(LSTM\): its input is masked by "embed" \(Embedding mask_zero=True\)$/);
    expect(gate.format()).toContain('re-save the model with mask_zero=False');
    expect(gate.format()).not.toContain('Lambda');
  });
});
