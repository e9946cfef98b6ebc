/**
 * The tfjs-layers reference of every fixture model (fixtures/manifest.json, .h5 and .keras) reproduces
 * the outputs Keras 3 recorded for it, within TOLERANCE (max absolute difference over every output).
 * (Refusals of what tfjs cannot run are pinned in support.test.ts.) One perturbed weight
 * moves the outputs far past the tolerance, so the comparison can fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readKerasModel } from '../../src/keras/index.js';
import type { KerasModel } from '../../src/keras/types.js';
import { createKerasReference, referenceSupport, type ReferenceInput } from '../../src/reference/index.js';

const TOLERANCE = 1e-4;
const DIR = join(process.cwd(), 'fixtures', 'models');

interface Tensor { name: string; dtype: string; shape: number[]; file: string }
interface Entry { name: string; family: string; h5?: string; keras?: string; inputs?: Tensor[]; outputs?: Tensor[] }

const manifest = JSON.parse(readFileSync(join(process.cwd(), 'fixtures', 'manifest.json'), 'utf8')) as { models: Entry[] };
const withOutputs = manifest.models.filter((m) => m.outputs?.length && m.inputs?.length);

function read(file: string): ReferenceInput {
  const b = readFileSync(join(DIR, file));
  const buffer = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  return file.endsWith('.i32') ? new Int32Array(buffer) : new Float32Array(buffer);
}

async function load(file: string): Promise<KerasModel> {
  return readKerasModel(new Uint8Array(readFileSync(join(DIR, file))), file);
}

async function maxDiffVsKeras(model: KerasModel, entry: Entry, file: string): Promise<number> {
  const reference = await createKerasReference(model, file);
  try {
    const outputs = reference.predict(entry.inputs!.map((t) => read(t.file)), entry.inputs![0]!.shape[0]!);
    let max = 0;
    entry.outputs!.forEach((t, o) => {
      const expected = read(t.file);
      expect(outputs[o]!.length).toBe(expected.length);
      for (let i = 0; i < expected.length; i++) max = Math.max(max, Math.abs(expected[i]! - outputs[o]![i]!));
    });
    return max;
  } finally {
    reference.dispose();
  }
}

const cases = withOutputs.flatMap((m) => [m.h5, m.keras].filter((f): f is string => !!f).map((file) => [`${m.family}/${file}`, file, m] as const));

describe('tfjs reference vs the Keras outputs of the fixtures', () => {
  it('covers every core fixture', () => {
    expect(withOutputs.filter((m) => m.family === 'core').length).toBeGreaterThanOrEqual(16);
  });

  it.each(cases)(`%s: max |diff| <= ${TOLERANCE}`, async (_label, file, entry) => {
    const model = await load(file);
    expect(referenceSupport(model)).toEqual([]);
    expect(await maxDiffVsKeras(model, entry, file)).toBeLessThanOrEqual(TOLERANCE);
  });

  it('fails when one weight is perturbed (the comparison can go red)', async () => {
    const entry = withOutputs.find((m) => m.name === 'conv2d_pool')!;
    const model = await load(entry.keras!);
    const layer = model.graph.layers.find((l) => l.weights.length > 0)!;
    layer.weights[0]!.data[0]! += 0.5;
    expect(await maxDiffVsKeras(model, entry, entry.keras!)).toBeGreaterThan(100 * TOLERANCE);
  });

  it('gives the same outputs in chunks and in one go, and on a second run', async () => {
    const entry = withOutputs.find((m) => m.name === 'dense_mlp')!;
    const reference = await createKerasReference(await load(entry.keras!), entry.keras!);
    try {
      const one = read(entry.inputs![0]!.file) as Float32Array;
      const many = new Float32Array(one.length * 50);
      for (let k = 0; k < 50; k++) many.set(one, k * one.length);
      const [small] = reference.predict([one], 3);
      const [big] = reference.predict([many], 150); // 150 samples: three chunks of at most 64
      expect(Array.from(big!.subarray(147 * 4))).toEqual(Array.from(small!));
      expect(Array.from(reference.predict([one], 3)[0]!)).toEqual(Array.from(small!));
    } finally {
      reference.dispose();
    }
  });
});
