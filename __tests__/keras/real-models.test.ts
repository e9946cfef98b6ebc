/**
 * Every real Keras file in ../shared/real-models reads (layers and weight shapes as Keras / h5py report
 * them, in fixtures/keras/expected.json) or is refused with the stated message. Skipped, visibly, when
 * the folder is absent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readKerasModel } from '../../src/keras/index.js';
import { REAL_DIR, checkAgainstExpected, expected, gateError, realModelsPresent } from './helpers.js';

const suite = realModelsPresent ? describe : describe.skip;
if (!realModelsPresent) console.warn(`real-model tests skipped: ${REAL_DIR} is absent`);

const cache = new Map<string, ReturnType<typeof readKerasModel>>();
/** Each file is read once per run (the reader is deterministic); refusals are not cached. */
const read = (name: string) => {
  if (!cache.has(name)) cache.set(name, readKerasModel(new Uint8Array(readFileSync(join(REAL_DIR, name))), name));
  return cache.get(name) as ReturnType<typeof readKerasModel>;
};

suite('real Keras files (../shared/real-models)', () => {
  it.each(Object.keys(expected.real))('%s reads with the layers and weights Keras/h5py report', async (name) => {
    const model = await read(name);
    const want = expected.real[name];
    expect(model.kerasVersion).toBe(want.keras_version);
    expect(model.format).toBe(name.endsWith('.keras') ? 'keras-zip' : 'hdf5');
    checkAgainstExpected(model.graph, want);
  });

  it('TFKeras.h5 (Keras 2.0 bare-list Sequential) gets an implicit 784-float input', async () => {
    const { graph } = await read('TFKeras.h5');
    expect(graph.inputShapes).toEqual([[null, 784]]);
    expect(graph.layers[0]).toMatchObject({ className: 'InputLayer', name: 'dense_1_input' });
    expect(graph.layers[1].inbound).toEqual([[{ layer: 'dense_1_input', nodeIndex: 0, tensorIndex: 0 }]]);
    expect(graph.layers[1].weights.map((w) => w.name)).toEqual(['dense_1/kernel:0', 'dense_1/bias:0']);
  });

  it('teachable_mobilenet_tm.h5 puts nested weights on the inner layers in Keras order', async () => {
    const { graph } = await read('teachable_mobilenet_tm.h5');
    const model1 = graph.layers[1].model?.layers.find((layer) => layer.name === 'model1');
    const bn = model1?.model?.layers.find((layer) => layer.name === 'bn_Conv1');
    expect(bn?.weights.map((w) => w.name)).toEqual(['bn_Conv1/gamma:0', 'bn_Conv1/beta:0', 'bn_Conv1/moving_mean:0', 'bn_Conv1/moving_variance:0']);
    expect(model1?.model?.inputShapes).toEqual([[null, 224, 224, 3]]);
  });

  it('emotion_mini_xception.h5 keeps the Keras 2 functional connections (Add of two branches)', async () => {
    const { graph } = await read('emotion_mini_xception.h5');
    expect(graph.className).toBe('Model');
    const add = graph.layers.find((layer) => layer.name === 'add_1');
    expect(add?.inbound).toHaveLength(1);
    expect(add?.inbound[0]).toHaveLength(2);
  });

  it('weights_only_wshop2017.h5 is refused: weights only', async () => {
    const error = await gateError(read('weights_only_wshop2017.h5'));
    expect(error.kind).toBe('unsupported');
    expect(error.file).toBe('weights_only_wshop2017.h5');
    expect(error.message).toBe('this file holds only weights (saved with save_weights); save the whole model with model.save()');
  });

  it('vae_subclassed_k214.keras is refused: subclassed, no layer graph', async () => {
    const error = await gateError(read('vae_subclassed_k214.keras'));
    expect(error.kind).toBe('unsupported');
    expect(error.where).toBe('zip entry "config.json"');
    expect(error.message).toMatch(/subclassed Keras model \(class "VAE"\)/);
  });
});
