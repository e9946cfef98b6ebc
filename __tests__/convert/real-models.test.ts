/**
 * Real Keras files from other people (../shared/real-models, see SOURCES.md there): each converts with the
 * operator histogram the TFLite converter produces (or fewer ops: no SHAPE/STRIDED_SLICE/PACK around a
 * Flatten, and no RESHAPE flattening a FULLY_CONNECTED's input, which flattens it itself), runs in LiteRT.js to a probability distribution, or is refused with the stated message.
 * Numeric agreement with Keras was measured with scripts/dev/check_real.py (max abs error <= 5e-7).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GateError } from '../../src/errors.js';
import { convertBytes } from '../../src/pipeline/convert.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { histogram } from './helpers.js';

const REAL = join(process.cwd(), '..', 'shared', 'real-models');
const present = existsSync(REAL);
if (!present) console.warn(`SKIPPED: real-model conversion tests (${REAL} is absent)`);
const maybe = present ? describe : describe.skip;

const CONVERTS: [string, Record<string, number>][] = [
  ['TFKeras.h5', { FULLY_CONNECTED: 1, SOFTMAX: 1 }],
  ['emotion_mini_xception.h5', { ADD: 4, CONV_2D: 15, DEPTHWISE_CONV_2D: 8, MAX_POOL_2D: 4, MEAN: 1, SOFTMAX: 1 }],
  ['mnist_cnn_k3.h5', { CONV_2D: 3, FULLY_CONNECTED: 2, MAX_POOL_2D: 2, SOFTMAX: 1 }],
  ['fashion_cnn.keras', { CONV_2D: 2, FULLY_CONNECTED: 2, MAX_POOL_2D: 2, SOFTMAX: 1 }],
  ['teachable_mobilenet_tm.h5', { ADD: 10, CONV_2D: 35, DEPTHWISE_CONV_2D: 17, FULLY_CONNECTED: 2, MEAN: 1, SOFTMAX: 1 }],
];

const REFUSED: [string, RegExp][] = [
  ['weights_only_wshop2017.h5', /only weights \(saved with save_weights\)/],
  ['vae_subclassed_k214.keras', /subclassed Keras model .*no layer graph/],
];

maybe('real Keras files', () => {
  it.each(CONVERTS)('%s converts to the converter\'s operators and runs to probabilities', async (file, ops) => {
    const { variants } = await convertBytes(new Uint8Array(readFileSync(join(REAL, file))), file);
    const graph = variants[0]!.graph;
    expect(histogram(graph.ops)).toEqual(ops);
    const interp = await loadInterpreter(variants[0]!.data, { file });
    try {
      const input = new Float32Array(interp.inputs[0]!.size).map((_, i) => (i % 7) / 7);
      const [probs] = interp.run([input]) as Float32Array[];
      const sum = Array.from(probs!).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(1, 4);
    } finally {
      interp.dispose();
    }
  });

  it('converts the Keras 2.2 bidirectional LSTM file', async () => {
    const file = 'arabic_lstm_k222.h5';
    const { variants } = await convertBytes(new Uint8Array(readFileSync(join(REAL, file))), file);
    expect(variants[0]!.graph.ops.length).toBeGreaterThan(0);
  });

  it.each(REFUSED)('%s is refused with a clear message', async (file, message) => {
    const error = await convertBytes(new Uint8Array(readFileSync(join(REAL, file))), file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).kind).toBe('unsupported');
    expect((error as GateError).format()).toMatch(message);
  });
});
