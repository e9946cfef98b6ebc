/**
 * The independent cross-check of our converter on real files (../shared/real-models, see SOURCES.md):
 * the ORIGINAL model run by tfjs-layers (from the file's Keras config and weights) vs our float32
 * .tflite run in LiteRT.js, on seeded random inputs. For TFKeras.h5, teachable_mobilenet_tm.h5 and
 * arabic_lstm_k222.h5 Keras 3 cannot load the file, so this is their only reference.
 * The measured max |diff| per file is recorded in real-models.json (RECORD_REFERENCE=1 rewrites it);
 * a run must stay within TOLERANCE and within 10x of the record.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readKerasModel } from '../../src/keras/index.js';
import type { KerasModel } from '../../src/keras/types.js';
import { convertBytes } from '../../src/pipeline/convert.js';
import { crossCheckTflite } from '../../src/pipeline/reference.js';
import { referenceSupport } from '../../src/reference/index.js';

const TOLERANCE = 1e-4;
const SAMPLES = 4;
const REAL = join(process.cwd(), '..', 'shared', 'real-models');
const RECORD_FILE = join(process.cwd(), '__tests__', 'reference', 'real-models.json');
const present = existsSync(REAL);
if (!present) console.warn(`SKIPPED: Keras reference cross-check on real models (${REAL} is absent)`);
const maybe = present ? describe : describe.skip;

type Record_ = Record<string, { maxAbsDiff: number; meanAbsDiff: number; samples: number }>;
const recorded = JSON.parse(readFileSync(RECORD_FILE, 'utf8')) as { tolerance: number; seed: number; models: Record_ };
const measured: Record_ = {};

const FILES = ['TFKeras.h5', 'teachable_mobilenet_tm.h5', 'arabic_lstm_k222.h5', 'emotion_mini_xception.h5', 'mnist_cnn_k3.h5', 'fashion_cnn.keras'];
const label = (file: string) => {
  const r = recorded.models[file];
  return r ? `${file}: tfjs reference vs our float32 .tflite, max |diff| ${r.maxAbsDiff.toExponential(1)} recorded (<= ${TOLERANCE})` : `${file}: (not yet recorded)`;
};

async function crossCheck(file: string, edit?: (model: KerasModel) => void) {
  const bytes = new Uint8Array(readFileSync(join(REAL, file)));
  const model = await readKerasModel(bytes, file);
  const { variants } = await convertBytes(bytes, file, { variants: ['float32'] });
  edit?.(model);
  expect(referenceSupport(model)).toEqual([]);
  return crossCheckTflite(model, variants[0]!.data, file, SAMPLES, recorded.seed);
}

maybe('Keras reference (tfjs-layers) vs our converter on real files', () => {
  afterAll(() => {
    if (process.env.RECORD_REFERENCE) writeFileSync(RECORD_FILE, JSON.stringify({ ...recorded, models: measured }, null, 2) + '\n');
  });

  it.each(FILES.map((f) => [label(f), f]))('%s', async (_label, file) => {
    const result = await crossCheck(file);
    measured[file] = result;
    expect(result.maxAbsDiff).toBeLessThanOrEqual(TOLERANCE);
    const record = recorded.models[file];
    if (!process.env.RECORD_REFERENCE) expect(result.maxAbsDiff).toBeLessThanOrEqual(Math.max(10 * (record?.maxAbsDiff ?? 0), 1e-6));
  });

  it('goes red when one weight of the source model is perturbed', async () => {
    const result = await crossCheck('TFKeras.h5', (model) => {
      const dense = model.graph.layers.find((l) => l.weights.length > 0)!;
      dense.weights[1]!.data[3]! += 1; // one bias of the softmax layer
    });
    expect(result.maxAbsDiff).toBeGreaterThan(100 * TOLERANCE);
  });

  it('tells Keras 2 hard_sigmoid (0.2x + 0.5) from Keras 3 (relu6(x + 3) / 6) in the LSTM file', async () => {
    const asKeras3 = await crossCheck('arabic_lstm_k222.h5', (model) => {
      model.kerasVersion = '3.0.0';
    });
    expect(asKeras3.maxAbsDiff).toBeGreaterThan(100 * TOLERANCE);
  });
});
