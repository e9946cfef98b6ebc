/** Config normalisation on hand-written configs of each era (pure: no files, no worker). */
import { buildModelGraph, dtypeName } from '../../src/keras/config.js';
import { GateError } from '../../src/errors.js';
import { innerLayerFor } from '../../src/keras/weights-legacy.js';
import type { H5Tree } from '../../src/keras/hdf5-types.js';
import { attachV3Weights, compareVarPaths, normaliseSeparators, toSnakeCase } from '../../src/keras/weights-v3.js';

const dense = (name: string, extra: Record<string, unknown> = {}) => ({ class_name: 'Dense', config: { name, units: 2, ...extra } });
const tensor = (layer: string, node = 0, index = 0) => ({ class_name: '__keras_tensor__', config: { shape: [null, 2], dtype: 'float32', keras_history: [layer, node, index] } });

function thrown(action: () => unknown): GateError {
  try {
    action();
  } catch (error) {
    if (error instanceof GateError) return error;
    throw error;
  }
  throw new Error('expected a GateError');
}

describe('buildModelGraph', () => {
  it('Keras 2 functional: list-form inbound nodes, a shared layer called twice, call kwargs', () => {
    const graph = buildModelGraph(
      {
        class_name: 'Model',
        config: {
          name: 'm',
          layers: [
            { name: 'a', class_name: 'InputLayer', config: { batch_input_shape: [null, 2], dtype: 'float32', name: 'a' }, inbound_nodes: [] },
            { name: 'b', class_name: 'InputLayer', config: { batch_input_shape: [null, 2], name: 'b' }, inbound_nodes: [] },
            { ...dense('shared'), name: 'shared', inbound_nodes: [[['a', 0, 0, {}]], [['b', 0, 0, { training: false }]]] },
            { name: 'add', class_name: 'Add', config: { name: 'add' }, inbound_nodes: [[['shared', 0, 0, {}], ['shared', 1, 0, {}]]] },
          ],
          input_layers: [['a', 0, 0], ['b', 0, 0]],
          output_layers: [['add', 0, 0]],
        },
      },
      'model_config',
    );
    const shared = graph.layers[2];
    expect(shared.inbound).toEqual([[{ layer: 'a', nodeIndex: 0, tensorIndex: 0 }], [{ layer: 'b', nodeIndex: 0, tensorIndex: 0 }]]);
    expect(shared.callKwargs).toEqual([{}, { training: false }]);
    expect(graph.layers[3].inbound[0].map((ref) => ref.nodeIndex)).toEqual([0, 1]);
    expect(graph.inputShapes).toEqual([[null, 2], [null, 2]]);
  });

  it('Keras 3 functional: dict-form nodes, single-triple input/output layers, dtype policy objects', () => {
    const policy = { module: 'keras', class_name: 'DTypePolicy', config: { name: 'float32' }, registered_name: null };
    const graph = buildModelGraph(
      {
        module: 'keras.src.models.functional',
        class_name: 'Functional',
        config: {
          name: 'f',
          layers: [
            { module: 'keras.layers', class_name: 'InputLayer', name: 'x', config: { batch_shape: [null, 2], dtype: 'float32', name: 'x' }, inbound_nodes: [] },
            { module: 'keras.layers', class_name: 'Dense', name: 'd', config: { name: 'd', dtype: policy }, inbound_nodes: [{ args: [tensor('x')], kwargs: {} }] },
            { class_name: 'Concatenate', name: 'c', config: { name: 'c', axis: -1 }, inbound_nodes: [{ args: [[tensor('d'), tensor('x')]], kwargs: { mask: null } }] },
          ],
          input_layers: ['x', 0, 0],
          output_layers: ['c', 0, 0],
        },
        registered_name: 'Functional',
      },
      'config.json',
    );
    expect(graph.className).toBe('Functional');
    expect(graph.inputs).toEqual([{ layer: 'x', nodeIndex: 0, tensorIndex: 0 }]);
    expect(graph.outputs).toEqual([{ layer: 'c', nodeIndex: 0, tensorIndex: 0 }]);
    expect(graph.layers[2].inbound[0].map((ref) => ref.layer)).toEqual(['d', 'x']);
    expect(graph.layers[2].callKwargs).toEqual([{ mask: null }]);
    expect(dtypeName(policy)).toBe('float32');
    expect(dtypeName({ class_name: 'DTypePolicy', config: { name: 'mixed_float16' } })).toBe('float32');
  });

  it('Sequential: bare list, {layers}, build_input_shape, nested Sequential', () => {
    const bare = buildModelGraph({ class_name: 'Sequential', config: [dense('d1', { batch_input_shape: [null, 3] }), dense('d2')] }, 'w');
    expect(bare.layers.map((l) => l.name)).toEqual(['d1_input', 'd1', 'd2']);
    expect(bare.layers[2].inbound).toEqual([[{ layer: 'd1', nodeIndex: 0, tensorIndex: 0 }]]);
    const built = buildModelGraph({ class_name: 'Sequential', config: { name: 's', layers: [dense('d1')], build_input_shape: [null, 5] } }, 'w');
    expect(built.inputShapes).toEqual([[null, 5]]);
    const nested = buildModelGraph(
      { class_name: 'Sequential', config: { name: 'outer', layers: [{ class_name: 'InputLayer', config: { batch_input_shape: [null, 4], name: 'in' } }, { class_name: 'Sequential', config: { name: 'inner', layers: [dense('x', { batch_input_shape: [null, 4] })] } }] } },
      'w',
    );
    expect(nested.layers[1].model?.layers.map((l) => l.name)).toEqual(['x_input', 'x']);
    expect(nested.layers[1].inbound).toEqual([[{ layer: 'in', nodeIndex: 0, tensorIndex: 0 }]]);
    const base = { class_name: 'Model', config: { name: 'base', layers: [{ name: 'i', class_name: 'InputLayer', config: { batch_input_shape: [null, 9] } }], input_layers: [['i', 0, 0]], output_layers: [['i', 0, 0]] } };
    const transfer = buildModelGraph({ class_name: 'Sequential', config: [base, dense('head')] }, 'w');
    expect(transfer.layers.map((l) => l.name)).toEqual(['base_input', 'base', 'head']);
    expect(transfer.inputShapes).toEqual([[null, 9]]);
  });

  it('refuses subclassed models and input-less Sequentials (unsupported); dangling references (bad-model)', () => {
    const subclassed = thrown(() => buildModelGraph({ module: null, class_name: 'VAE', config: {}, registered_name: 'VAE' }, 'config.json'));
    expect(subclassed.kind).toBe('unsupported');
    expect(subclassed.message).toContain('subclassed');
    const unbuilt = thrown(() => buildModelGraph({ class_name: 'Sequential', config: { name: 's', layers: [dense('d1')] } }, 'w'));
    expect(unbuilt.kind).toBe('unsupported');
    expect(unbuilt.message).toContain('declares no input shape');
    const dangling = thrown(() =>
      buildModelGraph(
        {
          class_name: 'Functional',
          config: {
            name: 'f',
            layers: [{ name: 'x', class_name: 'InputLayer', config: { batch_shape: [null, 1] } }, { name: 'd', ...dense('d'), inbound_nodes: [[['nope', 0, 0, {}]]] }],
            input_layers: [['x', 0, 0]],
            output_layers: [['d', 0, 0]],
          },
        },
        'model_config',
      ),
    );
    expect(dangling.kind).toBe('bad-model');
    expect(dangling.where).toBe('model_config: model "f": layer "d"');
    expect(dangling.message).toContain('"nope"');
  });

  it('keeps Lambda and unknown layers as layers (the converter refuses them, all at once)', () => {
    const graph = buildModelGraph({ class_name: 'Sequential', config: [dense('d', { batch_input_shape: [null, 2] }), { class_name: 'Lambda', config: { name: 'lam', function: 'x' } }, { class_name: 'MyLayer', config: { name: 'mine' } }] }, 'w');
    expect(graph.layers.map((l) => l.className)).toEqual(['InputLayer', 'Dense', 'Lambda', 'MyLayer']);
  });
});

describe('weight placement helpers', () => {
  it('innerLayerFor follows weight names into nested models of every era', () => {
    const graph = buildModelGraph(
      {
        class_name: 'Sequential',
        config: {
          name: 'seq',
          layers: [
            { class_name: 'InputLayer', config: { batch_input_shape: [null, 2], name: 'in' } },
            { class_name: 'Sequential', config: { name: 'inner', layers: [dense('conv', { batch_input_shape: [null, 2] })] } },
            dense('conv_top'),
          ],
        },
      },
      'w',
    );
    expect(innerLayerFor(graph, 'conv/kernel:0')?.name).toBe('conv'); // Keras 2: inner layer only
    expect(innerLayerFor(graph, 'seq/inner/conv/kernel')?.name).toBe('conv'); // Keras 3 legacy: full path
    expect(innerLayerFor(graph, 'conv_top/bias:0')?.name).toBe('conv_top');
    expect(innerLayerFor(graph, 'other/kernel:0')).toBeUndefined();
  });

  it('toSnakeCase and var ordering match Keras', () => {
    expect(['Conv2D', 'DepthwiseConv2D', 'ReLU', 'BatchNormalization', 'GlobalAveragePooling2D', 'LSTM'].map(toSnakeCase)).toEqual([
      'conv2d',
      'depthwise_conv2d',
      're_lu',
      'batch_normalization',
      'global_average_pooling2d',
      'lstm',
    ]);
    const paths = ['vars/10', 'cell/vars/0', 'vars/2', 'backward_layer/cell/vars/0', 'forward_layer/cell/vars/0'];
    expect([...paths].sort(compareVarPaths)).toEqual(['vars/2', 'vars/10', 'forward_layer/cell/vars/0', 'backward_layer/cell/vars/0', 'cell/vars/0']);
  });

  const twoDense = () =>
    buildModelGraph({ class_name: 'Sequential', config: { name: 's', layers: [dense('my_dense', { batch_input_shape: [null, 2] }), dense('dense')] } }, 'config.json');
  const dataset = (path: string, value: number) => ({ path, shape: [1], data: new Float32Array([value]) });

  it('.keras weights: Keras 3 keys by class-name counter, not by layer name', () => {
    const graph = twoDense();
    const tree: H5Tree = { rootAttrs: {}, groupAttrs: { layers: {} }, datasets: [dataset('layers/dense/vars/0', 1), dataset('layers/dense_1/vars/0', 2)] };
    attachV3Weights(graph, tree);
    expect(graph.layers.slice(1).map((l) => [l.name, l.weights[0].data[0]])).toEqual([['my_dense', 1], ['dense', 2]]);
  });

  it('.keras weights: tf.keras 2.13-2.15 layout keyed by layer name, Windows separators', () => {
    const graph = twoDense();
    const tree: H5Tree = {
      rootAttrs: {},
      groupAttrs: { '_layer_checkpoint_dependencies\\my_dense': {}, '_layer_checkpoint_dependencies\\dense': {} },
      datasets: [dataset('_layer_checkpoint_dependencies\\my_dense/vars/0', 1), dataset('_layer_checkpoint_dependencies\\dense/vars/0', 2)],
    };
    attachV3Weights(graph, normaliseSeparators(tree));
    expect(graph.layers.slice(1).map((l) => [l.name, l.weights[0].data[0]])).toEqual([['my_dense', 1], ['dense', 2]]);
  });
});
