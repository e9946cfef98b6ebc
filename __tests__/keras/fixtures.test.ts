/**
 * The generated reader fixtures (fixtures/scripts/keras_reader_fixtures.py): Keras 3 functional with
 * nested Sequential/Functional in .h5 and .keras, Keras 2-style hand-written files (bare list, nested
 * weights under the outer group, float16/float64 weights, a user block), checked against expected.json.
 */
import { readKerasModel } from '../../src/keras/index.js';
import { readHdf5Tree } from '../../src/keras/hdf5-client.js';
import type { KerasGraph } from '../../src/keras/types.js';
import { checkAgainstExpected, expected, fixture, gateError } from './helpers.js';

const read = (name: string, asName = name) => readKerasModel(fixture(name), asName);
const layer = (graph: KerasGraph, name: string) => graph.layers.find((candidate) => candidate.name === name);

describe('generated Keras reader fixtures', () => {
  it.each(Object.keys(expected.fixtures))('%s matches what Keras/h5py report', async (name) => {
    const model = await read(name);
    expect(model.kerasVersion).toBe(expected.fixtures[name].keras_version);
    checkAgainstExpected(model.graph, expected.fixtures[name]);
  });

  it('k3_nested.keras and k3_nested.h5 give the same graph and the same weights', async () => {
    const [zip, h5] = await Promise.all([read('k3_nested.keras'), read('k3_nested.h5')]);
    expect(zip.format).toBe('keras-zip');
    expect(h5.format).toBe('hdf5');
    const strip = (graph: KerasGraph): unknown =>
      graph.layers.map((l) => ({ name: l.name, cls: l.className, inbound: l.inbound, w: l.weights.map((w) => Array.from(w.data)), model: l.model && strip(l.model) }));
    expect(strip(zip.graph)).toEqual(strip(h5.graph));
  });

  it('reads Keras 3 dict-form inbound nodes, multiple inputs and list arguments (Add, Concatenate)', async () => {
    const { graph } = await read('k3_nested.keras');
    expect(graph.inputs.map((ref) => ref.layer)).toEqual(['image', 'extra']);
    expect(graph.inputShapes).toEqual([[null, 6, 6, 3], [null, 5]]);
    expect(graph.inputDtypes).toEqual(['float32', 'float32']);
    expect(layer(graph, 'sum')?.inbound).toEqual([[{ layer: 'inner_seq', nodeIndex: 0, tensorIndex: 0 }, { layer: 'inner_fn', nodeIndex: 0, tensorIndex: 0 }]]);
    expect(layer(graph, 'cat')?.inbound[0].map((ref) => ref.layer)).toEqual(['gap', 'extra']);
    const innerBn = layer(graph, 'inner_fn')?.model?.layers.find((l) => l.name === 'inner_bn');
    expect(innerBn?.weights.map((w) => w.name)).toEqual([0, 1, 2, 3].map((i) => `layers/functional/layers/batch_normalization/vars/${i}`));
  });

  it('k2_style_nested.h5: weights stored under the outer group reach the inner layers; float16/float64 become float32', async () => {
    const { graph } = await read('k2_style_nested.h5');
    const body = layer(graph, 'body');
    expect(body?.weights).toEqual([]);
    const a = body?.model?.layers.find((l) => l.name === 'a');
    expect(a?.weights.map((w) => w.name)).toEqual(['a/kernel:0', 'a/bias:0']);
    const values = expected.fixtures['k2_style_nested.h5'].values ?? {};
    expect(a?.weights[0].data).toBeInstanceOf(Float32Array);
    expect(Array.from(a?.weights[0].data.slice(0, 6) ?? [])).toEqual(values['a/kernel:0'].map(Math.fround));
    expect(Array.from(a?.weights[1].data.slice(0, 5) ?? [])).toEqual(values['a/bias:0'].map(Math.fround));
  });

  it('finds HDF5 by its signature, not the file name (an HDF5 file named .keras; a 512-byte user block)', async () => {
    expect((await read('k2_bare_list.h5', 'model.keras')).format).toBe('hdf5');
    const userblock = await read('k2_userblock.h5');
    expect(userblock.graph.layers.map((l) => l.name)).toEqual(['dense_1_input', 'dense_1', 'dense_2']);
  });

  it('skips links that lead nowhere (a soft link to no object, an external link to a missing file) and reads the rest', async () => {
    const [plain, linked] = await Promise.all([readHdf5Tree(fixture('k2_bare_list.h5'), 'a.h5'), readHdf5Tree(fixture('k2_dangling_links.h5'), 'b.h5')]);
    expect(Object.keys(linked.groupAttrs)).toEqual(Object.keys(plain.groupAttrs));
    expect(linked.datasets.map((d) => [d.path, d.shape, Array.from(d.data)])).toEqual(plain.datasets.map((d) => [d.path, d.shape, Array.from(d.data)]));
    const strip = (graph: KerasGraph) => graph.layers.map((l) => [l.name, l.weights.map((w) => Array.from(w.data))]);
    expect(strip((await read('k2_dangling_links.h5')).graph)).toEqual(strip((await read('k2_bare_list.h5')).graph));
  });

  it('a Sequential saved without InputLayer takes its input from the first layer', async () => {
    const { graph } = await read('k2_bare_list.h5');
    expect(graph.layers[0]).toMatchObject({ className: 'InputLayer', name: 'dense_1_input', config: { batch_input_shape: [null, 7] } });
    expect(graph.inputShapes).toEqual([[null, 7]]);
    expect(graph.outputs).toEqual([{ layer: 'dense_2', nodeIndex: 0, tensorIndex: 0 }]);
  });

  it('a Keras 3 save_weights file is refused: weights only', async () => {
    const error = await gateError(read('k3_weights_only.weights.h5'));
    expect(error.kind).toBe('unsupported');
    expect(error.message).toBe('this file holds only weights (saved with save_weights); save the whole model with model.save()');
  });
});
