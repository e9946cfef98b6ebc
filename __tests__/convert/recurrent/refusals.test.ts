import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { convertKerasModel } from '../../../src/convert/index.js';
import { maskedConsumers } from '../../../src/convert/recurrent/index.js';
import { lstmHandler } from '../../../src/convert/recurrent/layers.js';
import { GateError } from '../../../src/errors.js';
import { loadModel, MODELS_DIR, RECURRENT_DIR, recurrentManifest } from './harness.js';

/** Masked sequences are refused naming the layers; a variable-length input needs --sequence_length. */
const refused = [
  ...Object.entries(recurrentManifest().refused).flatMap(([name, e]) => e.files.map((f) => [`${name} (${f})`, join(RECURRENT_DIR, f), e.mentions] as const)),
  // The shared fixture set's masked text model (fixtures/models, made by the fixtures script).
  ...['h5', 'keras'].map((ext) => [`models/embedding_mask_lstm.${ext}`, join(MODELS_DIR, `embedding_mask_lstm.${ext}`), ['embed_masked', 'lstm']] as const),
].filter(([, path]) => existsSync(path));

describe('recurrent conversions that must be refused', () => {
  test.each(refused)('%s is refused naming its layers', async (_label, path, mentions) => {
    const model = await loadModel(path);
    const error = captureError(() => convertKerasModel(model));
    expect(error).toBeInstanceOf(GateError);
    expect(error.kind).toBe('unsupported');
    for (const name of mentions) expect(error.message).toContain(name);
    expect(error.message).toMatch(/mask/i);
  });

  test('the graph-level helper names the mask source and the recurrent layer it reaches', async () => {
    const model = await loadModel(join(RECURRENT_DIR, 'masked_embedding.keras'));
    expect(maskedConsumers(model.graph)).toEqual([{ path: 'lstm_masked', className: 'LSTM', source: '"embed" (Embedding mask_zero=True)' }]);
    const plain = await loadModel(join(RECURRENT_DIR, 'lstm_stacked.keras'));
    expect(maskedConsumers(plain.graph)).toEqual([]);
  });

  test('an LSTM called with initial_state (positional Keras 2 form, or by keyword) is refused: it would start from zero state', async () => {
    const model = await loadModel(join(RECURRENT_DIR, 'lstm_last.keras'));
    const lstm = model.graph.layers.find((l) => l.className === 'LSTM')!;
    expect(lstmHandler.check!(lstm)).toBeUndefined();
    const x = lstm.inbound[0]![0]!;
    const positional = { ...lstm, inbound: [[x, { layer: 'h0', nodeIndex: 0, tensorIndex: 0 }, { layer: 'c0', nodeIndex: 0, tensorIndex: 0 }]] };
    expect(lstmHandler.check!(positional)).toContain('initial_state');
    const keyword = { ...lstm, callKwargs: [{ initial_state: [{ tensorArg: 1 }, { tensorArg: 2 }] }] };
    expect(lstmHandler.check!(keyword)).toContain('initial_state');
    expect(lstmHandler.check!({ ...lstm, callKwargs: [{ initial_state: null, training: false }] })).toBeUndefined();
  });

  test('Keras 1 per-gate LSTM weights (12 arrays) are refused by the check, not met as an internal error', async () => {
    const model = await loadModel(join(RECURRENT_DIR, 'lstm_last.keras'));
    const lstm = model.graph.layers.find((l) => l.className === 'LSTM')!;
    const perGate = { ...lstm, weights: Array.from({ length: 12 }, (_, i) => ({ ...lstm.weights[i % 3]!, name: `w${i}` })) };
    expect(lstmHandler.check!(perGate)).toContain('found 12 (Keras 1 per-gate weights are not supported)');
    expect(lstmHandler.check!(lstm)).toBeUndefined();
  });

  test('a variable-length input without a sequence length names the input and the flag', async () => {
    const model = await loadModel(join(RECURRENT_DIR, 'lstm_varlen.h5'));
    const error = captureError(() => convertKerasModel(model));
    expect(error).toBeInstanceOf(GateError);
    expect(error.where).toBe('input seq');
    expect(error.format()).toContain('--sequence_length N');
    const graph = convertKerasModel(model, { sequenceLength: 11 });
    expect(graph.tensors[graph.inputs[0]!.tensor]!.shape).toEqual([1, 11, 6]);
  });
});

function captureError(fn: () => unknown): GateError {
  try {
    fn();
  } catch (error) {
    return error as GateError;
  }
  throw new Error('expected an error');
}
