/**
 * Tensors passed by keyword become inputs of the call (after its positional tensors) and a {tensorArg: k}
 * marker in its kwargs; masks stay as stored. Pure: hand-written inbound_nodes in both eras' spellings.
 */
import { parseInboundNodes } from '../../src/keras/inbound.js';
import { callRoles } from '../../src/convert/attention-args.js';

const ref = (layer: string, nodeIndex = 0) => ({ layer, nodeIndex, tensorIndex: 0 });
const kerasTensor = (layer: string, node = 0) => ({ class_name: '__keras_tensor__', config: { shape: [null, 4, 2], dtype: 'float32', keras_history: [layer, node, 0] } });

describe('parseInboundNodes: keyword tensors', () => {
  it('tf.keras cross-attention [[q, 0, 0, {"value": [v, 0, 0]}]]: value becomes input 1, marked in the kwargs', () => {
    const calls = parseInboundNodes([[['q', 0, 0, { value: ['v', 0, 0] }]]], 'layer "mha"');
    expect(calls.inbound).toEqual([[ref('q'), ref('v')]]);
    expect(calls.kwargs).toEqual([{ value: { tensorArg: 1 } }]);
    expect(callRoles(calls.inbound[0]!, calls.kwargs[0])).toEqual([0, 1, 1]);
  });

  it('tf.keras: value and key by keyword, in keyword order, per call of a shared layer; other kwargs kept', () => {
    const calls = parseInboundNodes(
      [
        [['q', 0, 0, { key: ['k', 0, 0], value: ['v', 1, 0], training: false }]],
        [['q', 1, 0, {}], ['v', 0, 0, {}]],
      ],
      'layer "mha"',
    );
    expect(calls.inbound).toEqual([[ref('q'), ref('k'), ref('v', 1)], [ref('q', 1), ref('v')]]);
    expect(calls.kwargs).toEqual([{ key: { tensorArg: 1 }, value: { tensorArg: 2 }, training: false }, {}]);
    expect(callRoles(calls.inbound[0]!, calls.kwargs[0])).toEqual([0, 2, 1]);
  });

  it('Keras 3 mha(query=a, value=b, key=c): empty args, all three become inputs in keyword order', () => {
    const calls = parseInboundNodes([{ args: [], kwargs: { query: kerasTensor('a'), value: kerasTensor('b'), key: kerasTensor('c') } }], 'layer "mha"');
    expect(calls.inbound).toEqual([[ref('a'), ref('b'), ref('c')]]);
    expect(calls.kwargs).toEqual([{ query: { tensorArg: 0 }, value: { tensorArg: 1 }, key: { tensorArg: 2 } }]);
    expect(calls.args).toEqual([[]]);
  });

  it('Keras 3: keyword tensors follow the positional ones; nested lists are marked element by element', () => {
    const calls = parseInboundNodes([{ args: [kerasTensor('x')], kwargs: { initial_state: [kerasTensor('h'), kerasTensor('c')], training: null } }], 'layer "lstm"');
    expect(calls.inbound).toEqual([[ref('x'), ref('h'), ref('c')]]);
    expect(calls.kwargs).toEqual([{ initial_state: [{ tensorArg: 1 }, { tensorArg: 2 }], training: null }]);
    expect(calls.args).toEqual([[{ tensorArg: 0 }]]);
  });

  it.each(['mask', 'attention_mask', 'query_mask', 'value_mask', 'key_mask'])('%s stays out of the inputs, as stored (both eras)', (name) => {
    const keras3 = parseInboundNodes([{ args: [[kerasTensor('a'), kerasTensor('b')]], kwargs: { [name]: kerasTensor('m') } }], 'layer "add"');
    expect(keras3.inbound).toEqual([[ref('a'), ref('b')]]);
    expect(keras3.kwargs).toEqual([{ [name]: kerasTensor('m') }]);
    const keras2 = parseInboundNodes([[['q', 0, 0, { value: ['v', 0, 0], [name]: ['m', 0, 0] }]]], 'layer "mha"');
    expect(keras2.inbound).toEqual([[ref('q'), ref('v')]]);
    expect(keras2.kwargs).toEqual([{ value: { tensorArg: 1 }, [name]: ['m', 0, 0] }]);
  });

  it('leaves calls without keyword tensors as they were, and does not touch the stored JSON', () => {
    const stored = [[['a', 0, 0, { training: false }], ['b', 0, 0, { training: false }]]];
    const before = JSON.stringify(stored);
    const calls = parseInboundNodes(stored, 'layer "add"');
    expect(calls.inbound).toEqual([[ref('a'), ref('b')]]);
    expect(calls.kwargs).toEqual([{ training: false }]);
    expect(JSON.stringify(stored)).toBe(before);
  });
});
