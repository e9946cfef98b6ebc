/**
 * Tensor arithmetic stored as layers: Keras 3 op layers (`x - 3.0` vs `3.0 - x`, chosen by module + class so
 * they never reach the merge layers of the same name) and tf.keras 2 TFOpLambda (an allow-list of op names).
 * The converted graphs run in LiteRT.js and are compared with the arithmetic computed here.
 */
import { convertKerasModel } from '../../src/convert/index.js';
import { handlerForLayer, unsupportedReason } from '../../src/convert/registry.js';
import { GateError } from '../../src/errors.js';
import { buildModelGraph } from '../../src/keras/config.js';
import type { KerasLayer } from '../../src/keras/types.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { writeTflite } from '../../src/tflite/index.js';
import { chain, layer, model, opTypes } from './keras-builder.js';

const tensor = (from: string) => ({ class_name: '__keras_tensor__', config: { shape: [null, 4], dtype: 'float32', keras_history: [from, 0, 0] } });
const op = (module: string, className: string, name: string, args: unknown[], config: Record<string, unknown> = {}) => ({
  module, class_name: className, config: { name, ...config }, name, inbound_nodes: [{ args, kwargs: {} }],
});

/** A Keras 3 config.json model: x -> (x - 3.0) -> (3.0 - that) -> sigmoid -> add(that, x). */
function keras3Config(): Record<string, unknown> {
  const layers = [
    { module: 'keras.layers', class_name: 'InputLayer', name: 'x', config: { name: 'x', batch_shape: [null, 4], dtype: 'float32' }, inbound_nodes: [] },
    op('keras.src.ops.numpy', 'Subtract', 'sub_right', [tensor('x'), 3.0]),
    op('keras.src.ops.numpy', 'Subtract', 'sub_left', [3.0, tensor('sub_right')]),
    op('keras.src.ops.nn', 'Sigmoid', 'sig', [tensor('sub_left')]),
    op('keras.src.ops.numpy', 'Add', 'sum', [tensor('sig'), tensor('x')]),
  ];
  return { class_name: 'Functional', config: { name: 'm', layers, input_layers: [['x', 0, 0]], output_layers: [['sum', 0, 0]] } };
}

async function run(bytes: Uint8Array, input: Float32Array, outSize: number): Promise<Float32Array> {
  const interp = await loadInterpreter(bytes, { file: 'ops.tflite' });
  try {
    interp.setInput(0, input, 0);
    interp.invoke();
    const out = new Float32Array(outSize);
    interp.readOutput(0, out, 0);
    return out;
  } finally {
    interp.dispose();
  }
}

const X = new Float32Array([-2, -0.5, 1, 4]);
const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

describe('Keras 3 op layers', () => {
  it('keeps the module and the constant arguments in their positions', () => {
    const graph = buildModelGraph(keras3Config(), 'config.json');
    const byName = new Map(graph.layers.map((l) => [l.name, l]));
    expect(byName.get('sub_right')).toMatchObject({ module: 'keras.src.ops.numpy', callArgs: [[{ tensorArg: 0 }, 3.0]] });
    expect(byName.get('sub_left')!.callArgs).toEqual([[3.0, { tensorArg: 0 }]]);
    expect(byName.get('sig')!.callArgs).toBeUndefined(); // tensors only: nothing to keep
  });

  it('recognises op layers in Keras 3 .h5 files, which drop the module, by their config', () => {
    const root = keras3Config();
    const layers = (root.config as { layers: Record<string, unknown>[] }).layers;
    layers.forEach((l) => delete l.module);
    layers.push({ class_name: 'Add', name: 'merge', config: { name: 'merge', trainable: true, dtype: 'float32' }, inbound_nodes: [{ args: [[tensor('sum'), tensor('x')]], kwargs: {} }] });
    const byName = new Map(buildModelGraph(root, 'model.h5').layers.map((l) => [l.name, l]));
    expect(byName.get('sub_left')!.module).toBe('keras.src.ops');
    expect(byName.get('merge')!.module).toBeUndefined();
    expect(byName.get('x')!.module).toBeUndefined();
  });

  it('chooses the op handler by module + class, never the merge layer of the same class name', () => {
    const merge = layer('Add', 'merge', { trainable: true, dtype: 'float32' });
    const opLayer: KerasLayer = { ...layer('Add', 'plus'), module: 'keras.src.ops.numpy' };
    expect(handlerForLayer(opLayer)).not.toBe(handlerForLayer(merge));
    expect(handlerForLayer({ ...layer('Add', 'h5_op'), module: 'keras.src.ops' })).toBe(handlerForLayer(opLayer)); // what the reader records for .h5
    expect(unsupportedReason({ ...layer('Cumprod', 'c'), module: 'keras.src.ops.numpy' })).toBe('unknown Keras operation keras.src.ops.numpy.Cumprod');
  });

  it('computes x - 3.0 and 3.0 - x differently, in LiteRT.js', async () => {
    const graph = buildModelGraph(keras3Config(), 'config.json');
    const g = convertKerasModel(model(graph));
    expect(opTypes(g)).toEqual(['SUB', 'SUB', 'LOGISTIC', 'ADD']);
    const got = await run(writeTflite(g), X, 4);
    X.forEach((v, i) => expect(got[i]).toBeCloseTo(sigmoid(3 - (v - 3)) + v, 5));
  });
});

describe('TFOpLambda (tf.keras 2)', () => {
  const tfOp = (name: string, fn: string, kwargs: Record<string, unknown> = {}): KerasLayer => ({
    ...layer('TFOpLambda', name, { function: fn, trainable: true, dtype: 'float32' }), callKwargs: [{ name: null, ...kwargs }],
  });

  it('converts the allow-listed TensorFlow ops with their constant arguments', async () => {
    const g = convertKerasModel(model(chain([null, 4], [
      tfOp('add', '__operators__.add', { y: 3.0 }),
      tfOp('mul', 'math.multiply', { y: [1, 2, 3, 4] }),
      tfOp('div', 'math.truediv', { y: 2.0 }),
      tfOp('relu6', 'nn.relu6'),
      tfOp('sig', 'math.sigmoid'),
      tfOp('reshape', 'reshape', { shape: [-1, 2, 2] }),
      tfOp('transpose', 'compat.v1.transpose', { perm: [0, 2, 1] }),
    ]), '2.9.0'));
    const got = await run(writeTflite(g), X, 4);
    const y = Array.from(X, (v, i) => sigmoid(Math.min(6, Math.max(0, ((v + 3) * (i + 1)) / 2))));
    [y[0], y[2], y[1], y[3]].forEach((v, i) => expect(got[i]).toBeCloseTo(v!, 5));
  });

  it('reads tensors passed by keyword (tf.math.multiply(x, y=sigmoid(x))) as inputs of the call', async () => {
    const tfOpEntry = (name: string, fn: string, inbound: unknown[]) => ({ class_name: 'TFOpLambda', name, config: { name, function: fn, trainable: true, dtype: 'float32' }, inbound_nodes: [inbound] });
    const root = {
      class_name: 'Functional',
      config: {
        name: 'm',
        layers: [
          { class_name: 'InputLayer', name: 'x', config: { name: 'x', batch_input_shape: [null, 4], dtype: 'float32' }, inbound_nodes: [] },
          tfOpEntry('plus', '__operators__.add', [['mul', 0, 0, { y: 1.0, name: null }]]),
          tfOpEntry('mul', 'math.multiply', [['x', 0, 0, { y: ['sig', 0, 0], name: null }]]),
          tfOpEntry('sig', 'math.sigmoid', [['x', 0, 0, { name: null }]]),
        ],
        input_layers: [['x', 0, 0]],
        output_layers: [['plus', 0, 0]],
      },
    };
    const graph = buildModelGraph(root, 'model.h5');
    expect(graph.layers.find((l) => l.name === 'mul')).toMatchObject({ inbound: [[{ layer: 'x' }, { layer: 'sig' }]], callKwargs: [{ y: { tensorArg: 1 } }] });
    const g = convertKerasModel(model(graph, '2.9.0'));
    const got = await run(writeTflite(g), X, 4);
    X.forEach((v, i) => expect(got[i]).toBeCloseTo(v * sigmoid(v) + 1, 5));
  });

  it('refuses functions outside the allow-list by name, and slicing lambdas', () => {
    const g = chain([null, 4], [tfOp('fmt', 'strings.format'), layer('SlicingOpLambda', 'slice', { function: '__operators__.getitem' })]);
    let error: unknown;
    try {
      convertKerasModel(model(g, '2.9.0'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).message).toContain('"fmt" (TFOpLambda): TensorFlow function "strings.format" is not among the ops converted');
    expect((error as GateError).message).toContain('"slice" (SlicingOpLambda)');
  });
});
