/**
 * Models and datasets for the hostile pull requests of ./hostile.test.ts, made with the real converter,
 * .tflite reader/writer and runtime: a head model biased to one class (so every other class loses accuracy
 * and the class names show in the comment), image folders and CSV labels named by an attacker.
 */
import { readFileSync } from 'node:fs';
import pngjs from 'pngjs';
import { parseNpz } from '../../src/data/npz.js';
import { convertBytes } from '../../src/pipeline/convert.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { readTfliteModel } from '../../src/tflite/reader.js';
import { writeTflite } from '../../src/tflite/writer.js';
import { fixture } from './harness.js';

/** The float32 .tflite of a Keras file. */
export async function convertedTflite(kerasPath: string): Promise<Uint8Array> {
  const converted = await convertBytes(new Uint8Array(readFileSync(kerasPath)), kerasPath, { variants: ['float32'] });
  return converted.variants[0]!.data;
}

/** The model with +100 on one class's bias in its last FULLY_CONNECTED: it predicts that class for almost everything. */
export function biasedTflite(bytes: Uint8Array, cls: number): Uint8Array {
  const { graph } = readTfliteModel(bytes);
  const last = graph.ops.filter((op) => op.type === 'FULLY_CONNECTED').at(-1)!;
  const bias = graph.tensors[last.inputs[2]!]!.data as Float32Array;
  bias[cls]! += 100;
  return writeTflite(graph);
}

/** A class name per class id: the id first (so sorted names keep the ids), then a hostile string. */
export const className = (hostile: string[], cls: number) => `${cls} ${hostile[cls % hostile.length]}`;

/** 20 MNIST digits per class as grayscale PNGs in data/digits/<hostile class name>/ ("/" cannot be in a folder name). */
export function digitImages(hostile: string[], perClass = 20): Record<string, Buffer> {
  const raw = parseNpz(new Uint8Array(readFileSync(fixture('example/mnist_test.npz'))), 'mnist_test.npz', { xKeys: ['x'], yKey: 'y' });
  const x = raw.inputs[0]!.data as ArrayLike<number>;
  const y = raw.labels!.data as ArrayLike<number>;
  const out: Record<string, Buffer> = {};
  const seen = new Array(10).fill(0);
  for (let i = 0; i < y.length; i++) {
    const cls = Number(y[i]);
    if (seen[cls] >= perClass) continue;
    const png = new pngjs.PNG({ width: 28, height: 28, colorType: 0, inputColorType: 0, inputHasAlpha: false });
    for (let p = 0; p < 784; p++) png.data[p] = Number(x[i * 784 + p]);
    out[`data/digits/${className(hostile, cls).replaceAll('/', '∕')}/${seen[cls]++}.png`] = pngjs.PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false });
  }
  return out;
}

/**
 * 15 rows per class of 16 seeded features (drawn until `model` predicts each class that often), each labelled
 * with the hostile name of the class `model` predicts: the base model is 100% accurate on it.
 */
export async function csvLabelledBy(model: Uint8Array, hostile: string[], perClass = 15): Promise<Buffer> {
  const interpreter = await loadInterpreter(model);
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 8 - 4;
  const rows: string[][] = [[], [], [], []];
  try {
    for (let tries = 0; tries < 20_000 && rows.some((r) => r.length < perClass); tries++) {
      const features = Float32Array.from({ length: 16 }, random);
      const [probs] = interpreter.run([features]) as Float32Array[];
      const cls = probs!.indexOf(Math.max(...probs!));
      if (rows[cls]!.length >= perClass) continue;
      rows[cls]!.push([...Array.from(features, (f) => f.toFixed(6)), `"${className(hostile, cls).replaceAll('"', '""')}"`].join(','));
    }
  } finally {
    interpreter.dispose();
  }
  const header = [...Array.from({ length: 16 }, (_, i) => `f${i}`), 'label'].join(',');
  return Buffer.from(`${[header, ...rows.flat()].join('\n')}\n`);
}
