import { join } from 'node:path';
import { convertKerasModel } from '../../../src/convert/index.js';
import type { KerasLayer, KerasModel } from '../../../src/keras/types.js';
import { loadInterpreter } from '../../../src/runtime/interpreter.js';
import { writeTflite } from '../../../src/tflite/writer.js';
import { type FixtureCase, loadModel, RECURRENT_DIR, recurrentCases, worstError } from './harness.js';

/** Conversion options and layer spellings beyond the Keras 3 fixtures, checked against the same Keras outputs. */
const fixture = (name: string): FixtureCase => recurrentCases().find((c) => c.model === name && c.label.endsWith('.keras'))!;

async function errorOf(model: KerasModel, c: FixtureCase, options: Parameters<typeof convertKerasModel>[1] = {}): Promise<number> {
  const graph = convertKerasModel(model, options);
  const interpreter = await loadInterpreter(writeTflite(graph), { file: c.label });
  try {
    return worstError(interpreter, graph, c, false);
  } finally {
    interpreter.dispose();
  }
}

/** The same model with its recurrent layer rewritten (class, config, weights) as an older Keras would store it. */
function rewriteLayer(model: KerasModel, className: string, edit: (layer: KerasLayer) => KerasLayer): KerasModel {
  const layers = model.graph.layers.map((l) => (l.className === className ? edit(l) : l));
  return { ...model, graph: { ...model.graph, layers } };
}

describe('recurrent conversion options', () => {
  test('batch size 3 runs all samples in one inference and matches Keras', async () => {
    const c = fixture('bidi_lstm_concat');
    const model = await loadModel(c.modelPath);
    const batched: FixtureCase = { ...c, samples: 1, inputs: c.inputs.map((i) => ({ ...i, shape: [3, ...i.shape] })), outputs: c.outputs.map((o) => ({ ...o, shape: [3, ...o.shape] })) };
    expect(await errorOf(model, batched, { batchSize: 3 })).toBeLessThanOrEqual(1e-5);
  });

  test('a dynamic batch (-1 in the shape signature) matches Keras, still as a loop (zero states sized at run time)', async () => {
    for (const name of ['gru_state', 'bidi_lstm_concat']) {
      const c = fixture(name);
      const model = await loadModel(c.modelPath);
      expect(convertKerasModel(model, { dynamicBatch: true }).ops.some((op) => op.type === 'WHILE')).toBe(true);
      expect(await errorOf(model, c, { dynamicBatch: true })).toBeLessThanOrEqual(1e-5);
    }
  });

  test('CuDNNLSTM (bias [8U]: input + recurrent halves, sigmoid gates) converts like the LSTM it equals', async () => {
    const c = fixture('lstm_last');
    const model = rewriteLayer(await loadModel(c.modelPath), 'LSTM', (l) => {
      const bias = l.weights[2]!;
      const halves = Float32Array.from([...bias.data].map((v) => v * 0.25).concat([...bias.data].map((v) => v * 0.75)));
      const config = { name: l.config.name, units: l.config.units, return_sequences: false };
      return { ...l, className: 'CuDNNLSTM', config, weights: [l.weights[0]!, l.weights[1]!, { ...bias, shape: [halves.length], data: halves }] };
    });
    expect(await errorOf(model, c)).toBeLessThanOrEqual(1e-5);
  });

  test('CuDNNGRU (bias [6U], reset after the recurrent matmul) converts like the GRU it equals', async () => {
    const c = fixture('gru_default');
    const model = rewriteLayer(await loadModel(c.modelPath), 'GRU', (l) => {
      const bias = l.weights[2]!;
      const config = { name: l.config.name, units: l.config.units, return_sequences: false };
      return { ...l, className: 'CuDNNGRU', config, weights: [l.weights[0]!, l.weights[1]!, { ...bias, shape: [bias.data.length] }] };
    });
    expect(await errorOf(model, c)).toBeLessThanOrEqual(1e-5);
  });

  test('the unrolled form uses builtin ops only: no fused sequence op, no state tensors, no control flow', async () => {
    const graph = convertKerasModel(await loadModel(join(RECURRENT_DIR, 'lstm_last.keras')), { recurrentForm: 'unrolled' });
    // 20 steps: one input projection, 19 recurrent matmuls, the Dense head; step 0 (zero state) has no
    // recurrent term and no forget gate.
    expect(histogram(graph.ops)).toEqual({ FULLY_CONNECTED: 21, UNPACK: 1, SPLIT: 20, LOGISTIC: 59, TANH: 40, MUL: 59, ADD: 38 });
    expect(graph.subgraphs).toBeUndefined();
  });

  test('the loop form is one WHILE: a condition i < T and a body of one step', async () => {
    const graph = convertKerasModel(await loadModel(join(RECURRENT_DIR, 'lstm_last.keras')));
    expect(histogram(graph.ops)).toEqual({ FULLY_CONNECTED: 2, WHILE: 1 });
    const [cond, body] = graph.subgraphs!;
    expect(histogram(cond!.ops)).toEqual({ LESS: 1 });
    // GATHER of step i, the recurrent matmul, gates, i + 1; no sequence is returned, so no DYNAMIC_UPDATE_SLICE
    expect(histogram(body!.ops)).toEqual({ GATHER: 1, FULLY_CONNECTED: 1, ADD: 3, SPLIT: 1, LOGISTIC: 3, TANH: 2, MUL: 3 });
    expect(body!.inputs.length).toBe(4); // i, h, c, the projection
  });

  test('the loop form does not grow with the sequence: 200 steps vs 20, same ops, bytes within 1%', async () => {
    const model = await loadModel(join(RECURRENT_DIR, 'lstm_varlen.keras'));
    const at = (sequenceLength: number, recurrentForm?: 'unrolled') => {
      const graph = convertKerasModel(model, { sequenceLength, ...(recurrentForm ? { recurrentForm } : {}) });
      const ops = [graph, ...(graph.subgraphs ?? [])].reduce((n, g) => n + g.ops.length, 0);
      return { ops, bytes: writeTflite(graph).length };
    };
    const [short, long] = [at(20), at(200)];
    expect(long.ops).toBe(short.ops);
    expect(long.bytes / short.bytes).toBeLessThan(1.01);
    expect(at(200, 'unrolled').ops).toBeGreaterThan(5 * at(20, 'unrolled').ops); // what the loop replaces
  });
});

function histogram(ops: { type: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const op of ops) counts[op.type] = (counts[op.type] ?? 0) + 1;
  return counts;
}
