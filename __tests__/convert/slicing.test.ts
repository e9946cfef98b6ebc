/**
 * Tensor slicing: the key parser and STRIDED_SLICE planner (src/convert/slicing.ts), the tf.keras 2 SlicingOpLambda
 * form run in LiteRT.js, and the refusals. Keras 3 GetItem / Split / Stack / Take files made by Keras itself are
 * checked against Keras' outputs by fixtures.test.ts (fixtures/ops/slicing_getitem, split_stack_take).
 */
import { convertKerasModel } from '../../src/convert/index.js';
import { parseSliceKey, planSlice, type KeyItem } from '../../src/convert/slicing.js';
import { GateError } from '../../src/errors.js';
import { buildModelGraph } from '../../src/keras/config.js';
import type { KerasGraph } from '../../src/keras/types.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { writeTflite } from '../../src/tflite/index.js';
import { model, opTypes } from './keras-builder.js';

const ALL = { start: null, stop: null, step: null };
const k3slice = (start: number | null, stop: number | null, step: number | null) => ({ class_name: '__slice__', config: { start, stop, step } });
const ELLIPSIS = { class_name: '__ellipsis__' };

/** A tf.keras 2 SlicingOpLambda entry, as tf.keras writes it for `x[key]` (inbound node [x, 0, 0, {slice_spec}]). */
const tfSlice = (name: string, spec: unknown, from = 'x') => ({
  class_name: 'SlicingOpLambda',
  name,
  config: { name, trainable: true, dtype: 'float32', function: '__operators__.getitem' },
  inbound_nodes: [[from, 0, 0, { slice_spec: spec }]],
});

/** The layout tf.keras 2 (tensorflow.python.keras, TF 2.21) writes for x[:, 0], x[:, 1:, ::2], x[..., :3], x[:, None, -1], x[:, ::-1, -1]. */
function tfKerasSlices(extra: Record<string, unknown>[] = []): KerasGraph {
  const layers = [
    { class_name: 'InputLayer', name: 'x', config: { batch_input_shape: [null, 3, 4], dtype: 'float32', name: 'x' }, inbound_nodes: [] },
    tfSlice('tf.__operators__.getitem', [ALL, 0]),
    tfSlice('tf.__operators__.getitem_1', [ALL, { start: 1, stop: null, step: null }, { start: null, stop: null, step: 2 }]),
    tfSlice('tf.__operators__.getitem_2', [ELLIPSIS, { start: null, stop: 3, step: null }]),
    tfSlice('tf.__operators__.getitem_3', [ALL, null, -1]),
    tfSlice('tf.__operators__.getitem_4', [ALL, { start: null, stop: null, step: -1 }, -1]),
    ...extra,
  ];
  const outputs = layers.slice(1, 6).map((l) => [l.name, 0, 0]);
  return buildModelGraph({ class_name: 'Functional', config: { name: 'slices', layers, input_layers: [['x', 0, 0]], output_layers: outputs } }, 'model.h5');
}

async function runAll(bytes: Uint8Array, input: Float32Array): Promise<{ shape: number[]; data: number[] }[]> {
  const interp = await loadInterpreter(bytes, { file: 'slices.tflite' });
  try {
    interp.setInput(0, input, 0);
    interp.invoke();
    return interp.outputs.map((detail, j) => {
      const out = new Float32Array(detail.size);
      interp.readOutput(j, out, 0);
      return { shape: [...detail.shape], data: Array.from(out) };
    });
  } finally {
    interp.dispose();
  }
}

function refusal(graph: KerasGraph, version = '2.9.0'): string {
  try {
    convertKerasModel(model(graph, version));
  } catch (e) {
    expect(e).toBeInstanceOf(GateError);
    return (e as GateError).format();
  }
  throw new Error('the model was converted');
}

describe('slicing keys', () => {
  it('reads Keras 3 and tf.keras spellings alike', () => {
    const want: KeyItem[] = [
      { kind: 'slice', start: null, stop: null, step: null },
      { kind: 'slice', start: 1, stop: -1, step: 2 },
      { kind: 'newaxis' },
      { kind: 'ellipsis' },
      { kind: 'index', index: -2 },
    ];
    expect(parseSliceKey([k3slice(null, null, null), k3slice(1, -1, 2), null, { class_name: '__ellipsis__', config: {} }, -2])).toEqual(want);
    expect(parseSliceKey([ALL, { start: 1, stop: -1, step: 2 }, null, ELLIPSIS, -2])).toEqual(want);
    expect(parseSliceKey(ELLIPSIS)).toEqual([{ kind: 'ellipsis' }]); // a lone element is a key of one
  });

  it('plans STRIDED_SLICE with normalised indices, masks only for the batch axis and steps down to 0', () => {
    const plan = (key: unknown[], shape: number[]) => planSlice(parseSliceKey(key) as KeyItem[], shape);
    expect(plan([ALL, -1, k3slice(2, -1, null)], [1, 6, 8])).toEqual({
      begin: [0, 5, 2], end: [0, 6, 7], strides: [1, 1, 1], beginMask: 1, endMask: 1, shrinkMask: 2, sliceShape: [1, 5], outShape: [1, 5],
    });
    expect(plan([ELLIPSIS, k3slice(null, null, -2)], [1, 6, 8])).toMatchObject({ begin: [0, 0, 7], end: [0, 6, 0], strides: [1, 1, -2], endMask: 5, outShape: [1, 6, 4] });
    expect(plan([ALL, k3slice(4, 0, -3), 5], [1, 6, 8])).toMatchObject({ begin: [0, 4, 5], end: [0, 0, 6], strides: [1, -3, 1], endMask: 1, shrinkMask: 4, sliceShape: [1, 2] });
    expect(plan([ALL, k3slice(1, -1, 2), null, k3slice(null, 3, null)], [1, 6, 8])).toMatchObject({ sliceShape: [1, 2, 3], outShape: [1, 2, 1, 3] });
    expect(plan([ALL, k3slice(-100, 100, null)], [1, 6])).toMatchObject({ begin: [0, 0], end: [0, 6], outShape: [1, 6] });
  });

  it('refuses tensor-valued indices, the batch axis, empty slices and bad ranks, naming the key', () => {
    expect(parseSliceKey([ALL, ['tf.__operators__.getitem_5', 0, 0]])).toBe(
      'slicing key [:, <tensor "tf.__operators__.getitem_5">] has a tensor-valued index, which is not supported (only constant ints, slices, Ellipsis and None)');
    expect(parseSliceKey([ALL, { tensorArg: 1 }], ['x', 'index'])).toMatch(/^slicing key \[:, <tensor "index">\] has a tensor-valued index/);
    expect(parseSliceKey([ALL, k3slice(null, { tensorArg: 1 } as never, null)])).toMatch(/^slicing key \[:, <tensor>\] has a tensor-valued index/);
    expect(parseSliceKey([0, ALL])).toBe('slicing key [0, :] indexes the batch axis, which is not supported (take it whole with ":")');
    expect(parseSliceKey([null, ALL])).toMatch(/^slicing key \[None, :\] adds an axis before the batch axis/);
    expect(parseSliceKey([ALL, k3slice(1, -1, 2), 'a'])).toMatch(/^slicing key \[:, 1:-1:2, "a"\] has an element "a" that is not supported/);
    expect(parseSliceKey([ELLIPSIS, ELLIPSIS])).toMatch(/\[\.\.\., \.\.\.\] has more than one Ellipsis/);
    expect(planSlice(parseSliceKey([ALL, k3slice(3, 1, null)]) as KeyItem[], [1, 6])).toBe('the slice 3:1 of axis 1 (size 6) is empty, which is not supported');
    expect(planSlice(parseSliceKey([ALL, 6]) as KeyItem[], [1, 6])).toMatch(/index 6 is out of range for axis 1 of size 6/);
    expect(planSlice(parseSliceKey([ALL, 0, 0]) as KeyItem[], [1, 6])).toMatch(/3 indices for a tensor of rank 2/);
    expect(planSlice(parseSliceKey([ELLIPSIS, 0, 0]) as KeyItem[], [1, 6])).toMatch(/batch axis/);
  });
});

describe('tf.keras 2 SlicingOpLambda', () => {
  it('converts x[:, 0], x[:, 1:, ::2], x[..., :3], x[:, None, -1], x[:, ::-1, -1] and runs them in LiteRT.js', async () => {
    const g = convertKerasModel(model(tfKerasSlices(), '2.9.0'));
    expect(opTypes(g)).toEqual(['STRIDED_SLICE', 'STRIDED_SLICE', 'STRIDED_SLICE', 'STRIDED_SLICE', 'RESHAPE', 'STRIDED_SLICE']);
    const x = Float32Array.from({ length: 12 }, (_, i) => i); // x[0, r, c] = 4r + c
    expect(await runAll(writeTflite(g), x)).toEqual([
      { shape: [1, 4], data: [0, 1, 2, 3] },
      { shape: [1, 2, 2], data: [4, 6, 8, 10] },
      { shape: [1, 3, 3], data: [0, 1, 2, 4, 5, 6, 8, 9, 10] },
      { shape: [1, 1, 4], data: [8, 9, 10, 11] },
      { shape: [1, 3], data: [11, 7, 3] },
    ]);
  });

  it('refuses a tensor-valued index and other slicing functions, naming the layer and the key', () => {
    const tensorIndex = tfSlice('pick', [ALL, ['tf.__operators__.getitem', 0, 0]]);
    const strided = { ...tfSlice('strided', [ALL]), config: { name: 'strided', trainable: true, dtype: 'float32', function: 'strided_slice' } };
    const message = refusal(tfKerasSlices([tensorIndex, strided]));
    expect(message).toContain('"pick" (SlicingOpLambda): slicing key [:, <tensor "tf.__operators__.getitem">] has a tensor-valued index, which is not supported');
    expect(message).toContain('"strided" (SlicingOpLambda): TensorFlow slicing function "strided_slice" is not supported');
    expect(message).not.toContain('getitem_1');
  });
});

describe('Keras 3 GetItem', () => {
  const tensor = (from: string) => ({ class_name: '__keras_tensor__', config: { shape: [null, 3, 4], dtype: 'float32', keras_history: [from, 0, 0] } });
  const getItem = (name: string, key: unknown) => ({ module: 'keras.src.ops.numpy', class_name: 'GetItem', name, config: { name }, inbound_nodes: [{ args: [tensor('x'), key], kwargs: {} }] });
  const graphOf = (items: Record<string, unknown>[]) => buildModelGraph({
    class_name: 'Functional',
    config: {
      name: 'm',
      layers: [{ module: 'keras.layers', class_name: 'InputLayer', name: 'x', config: { name: 'x', batch_shape: [null, 3, 4], dtype: 'float32' }, inbound_nodes: [] }, ...items],
      input_layers: [['x', 0, 0]],
      output_layers: items.map((l) => [l.name, 0, 0]),
    },
  }, 'config.json');

  it('refuses the batch axis and non-constant keys with the layer and the key in the message', () => {
    const byTensor = getItem('by_tensor', [k3slice(null, null, null), tensor('x')]);
    const message = refusal(graphOf([getItem('first_sample', 0), getItem('by_name', [k3slice(null, null, null), 'token']), byTensor]), '3.15.1');
    expect(message).toContain('"first_sample" (GetItem): slicing key [0] indexes the batch axis, which is not supported');
    expect(message).toContain('"by_name" (GetItem): slicing key [:, "token"] has an element "token" that is not supported');
    expect(message).toContain('"by_tensor" (GetItem): slicing key [:, <tensor "x">] has a tensor-valued index');
    expect(message).toContain('These layer settings are not supported by the converter yet');
  });

  it('adds axes with RESHAPE alone when the key takes every axis whole (x[:, None], x[..., None, :])', async () => {
    const g = convertKerasModel(model(graphOf([getItem('expand', [k3slice(null, null, null), null]), getItem('inner', [ELLIPSIS, null, k3slice(null, null, null)])]), '3.15.1'));
    expect(opTypes(g)).toEqual(['RESHAPE', 'RESHAPE']);
    const x = Float32Array.from({ length: 12 }, (_, i) => i);
    const got = await runAll(writeTflite(g), x);
    expect(got.map((o) => o.shape)).toEqual([[1, 1, 3, 4], [1, 3, 1, 4]]);
    for (const o of got) expect(o.data).toEqual(Array.from(x));
  });

  it('refuses an index out of range when it meets the shape, naming the layer and the key', () => {
    const message = refusal(graphOf([getItem('too_far', [k3slice(null, null, null), k3slice(null, null, null), 4])]), '3.15.1');
    expect(message).toBe('layer too_far: slicing key [:, :, 4]: index 4 is out of range for axis 2 of size 4\n  ' +
      'Rewrite the slice with constant indices that keep the batch axis whole, then re-save the model.');
  });

  it('refuses Split / Stack / Take along the batch axis and Take with tensor indices', () => {
    const op = (className: string, name: string, args: unknown[], config: Record<string, unknown>) => ({
      module: 'keras.src.ops.numpy', class_name: className, name, config: { name, ...config }, inbound_nodes: [{ args, kwargs: {} }],
    });
    const message = refusal(graphOf([
      op('Split', 'split_batch', [tensor('x')], { indices_or_sections: 2, axis: 0 }),
      op('Stack', 'stack_batch', [[tensor('x'), tensor('x')]], { axis: 0 }),
      op('Take', 'take_tensor', [tensor('x'), tensor('x')], { axis: 1 }),
      op('Take', 'take_ok', [tensor('x'), [2, -1]], { axis: -1 }),
    ]), '3.15.1');
    expect(message).toContain('"split_batch" (Split): axis 0 is not supported (one integer axis other than the batch axis)');
    expect(message).toContain('"stack_batch" (Stack): axis 0 is not supported');
    expect(message).toContain('"take_tensor" (Take): take with tensor-valued indices is not supported (only constant integer indices)');
    expect(message).not.toContain('take_ok');
  });
});
