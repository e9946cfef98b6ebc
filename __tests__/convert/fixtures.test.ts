/**
 * Every fixture of fixtures/manifest.json and fixtures/extra/manifest.json, in .h5 and .keras: converted by us, run in LiteRT.js, compared
 * with Keras' own outputs; op histogram and size compared with the TFLite converter's files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GateError } from '../../src/errors.js';
import { convertBytes } from '../../src/pipeline/convert.js';
import type { Graph } from '../../src/graph/ir.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { readTflite } from '../../src/tflite/index.js';
import { EXTRA, histogram, loadManifest, readRaw, total, worstError, type FixtureEntry } from './helpers.js';

/** Layers the converter supports beyond issue 2's list; each needs a Keras fixture in fixtures/extra. */
const EXTRA_LAYERS = ['TimeDistributed', 'Conv1DTranspose', 'UnitNormalization', 'GroupNormalization', 'Resizing', 'RepeatVector',
  'RandomFlip', 'RandomRotation', 'RandomZoom', 'RandomTranslation', 'RandomContrast', 'RandomBrightness', 'ThresholdedReLU', 'ReLU'];

const manifest = loadManifest({ extra: true });
// Recurrent fixtures are checked by __tests__/convert/recurrent; here the feed-forward families.
const positive = manifest.filter((m) => !m.expectError && m.inputs && m.outputs && m.family !== 'recurrent');
const negative = manifest.filter((m) => m.expectError);
const cases = positive.flatMap((m) => [m.h5, m.keras].filter((f): f is string => !!f).map((file) => [file, m] as const));

const constantBytes = (g: Graph, floatOnly = false): number =>
  g.tensors.reduce((sum, t) => sum + (t.data && (!floatOnly || t.dtype.startsWith('float')) ? t.data.byteLength : 0), 0);

async function runSamples(bytes: Uint8Array, m: FixtureEntry): Promise<Float32Array[]> {
  const interp = await loadInterpreter(bytes, { file: m.name });
  try {
    const inputs = m.inputs!.map((spec) => ({ spec, data: readRaw(spec.file, spec.dtype, m.dir) }));
    const samples = m.inputs![0]!.shape[0]!;
    const outs = m.outputs!.map((o) => new Float32Array(o.shape.reduce((a, b) => a * b, 1)));
    for (let s = 0; s < samples; s++) {
      interp.inputs.forEach((detail, i) => {
        const src = inputs.find((x) => x.spec.name === detail.name) ?? inputs[i]!;
        interp.setInput(i, src.data, s * detail.size);
      });
      interp.invoke();
      interp.outputs.forEach((detail, j) => {
        const k = m.outputs!.findIndex((o) => o.name === detail.name);
        interp.readOutput(j, outs[k >= 0 ? k : j]!, s * detail.size);
      });
    }
    return outs;
  } finally {
    interp.dispose();
  }
}

describe('converter on the Keras fixtures', () => {
  it('has fixtures to check', () => {
    expect(cases.length).toBeGreaterThan(20);
    expect(negative.length).toBeGreaterThan(3);
  });

  it('covers the layers supported beyond the issue list (fixtures/extra), every file listed and present', () => {
    const extra = manifest.filter((m) => m.dir === EXTRA);
    const layers = new Set(extra.flatMap((m) => m.layers ?? []));
    for (const name of EXTRA_LAYERS) expect({ layer: name, covered: layers.has(name) }).toEqual({ layer: name, covered: true });
    expect(extra.flatMap((m) => m.activations ?? [])).toContain('log_softmax');
    const listed = new Set(extra.flatMap((m) => m.files ?? []));
    expect(readdirSync(EXTRA).filter((f) => f !== 'manifest.json' && !listed.has(f))).toEqual([]);
    for (const file of listed) expect(existsSync(join(EXTRA, file))).toBe(true);
  });

  it.each(cases)('%s: matches Keras in LiteRT.js, no more ops than the converter, no larger', async (file, m) => {
    const bytes = new Uint8Array(readFileSync(join(m.dir, file)));
    const opts = { variants: ['float32', 'float16'] as const, ...(m.sequenceLength ? { sequenceLength: m.sequenceLength } : {}) };
    const converted = await convertBytes(bytes, file, { ...opts, variants: [...opts.variants] }).catch((e: unknown) => e);
    if (m.reference?.tflite?.error && converted instanceof GateError && converted.kind === 'unsupported') return; // the converter fails too
    if (converted instanceof Error) throw converted;
    const { variants } = converted as Awaited<ReturnType<typeof convertBytes>>;
    const [f32, f16] = variants as [(typeof variants)[0], (typeof variants)[0]];
    const got32 = await runSamples(f32.data, m);
    const got16 = await runSamples(f16.data, m);
    m.outputs!.forEach((o, k) => {
      const want = readRaw(o.file, 'float32', m.dir);
      expect({ output: o.name, ...worstError(got32[k]!, want, 1e-5, 1e-4) }).toMatchObject({ ok: true });
      expect({ output: o.name, float16: worstError(got16[k]!, want, 1e-2, 1e-2) }).toMatchObject({ float16: { ok: true } });
    });
    const ref = m.reference?.tflite;
    if (ref?.ops) expect(total(histogram(f32.graph.ops))).toBeLessThanOrEqual(total(ref.ops));
    if (ref?.bytes) expect(f32.data.byteLength).toBeLessThanOrEqual(ref.bytes * 1.01);
    const ref16 = m.reference?.tflite16;
    if (ref16?.bytes) expect(f16.data.byteLength).toBeLessThanOrEqual(ref16.bytes * 1.01);
    // Weights (float constants): the converter's, less at most a few folded scalars; never more, never lost.
    // All constants (shape/index vectors too): no more than 1% + 32 bytes over the converter's, which unrolls
    // some layers (TimeDistributed) into many index constants that we do not need.
    for (const [ours, theirs] of [[f32, ref], [f16, ref16]] as const) {
      if (!theirs?.file) continue;
      const refGraph = readTflite(new Uint8Array(readFileSync(join(m.dir, theirs.file))));
      expect(constantBytes(ours.graph, true) / constantBytes(refGraph, true)).toBeGreaterThan(0.95);
      expect(constantBytes(ours.graph, true) / constantBytes(refGraph, true)).toBeLessThanOrEqual(1.001);
      expect(constantBytes(ours.graph)).toBeLessThanOrEqual(constantBytes(refGraph) * 1.01 + 32);
    }
  });

  const kerasFiles = positive.filter((m) => m.keras).map((m) => [m.keras!, m] as const);
  it.each(kerasFiles)('%s with --dynamic_batch: -1 batch signatures, same results', async (file, m) => {
    const bytes = new Uint8Array(readFileSync(join(m.dir, file)));
    const { variants } = await convertBytes(bytes, file, { dynamicBatch: true, ...(m.sequenceLength ? { sequenceLength: m.sequenceLength } : {}) });
    const graph = variants[0]!.graph;
    for (const io of [...graph.inputs, ...graph.outputs]) expect(graph.tensors[io.tensor]!.shapeSignature?.[0]).toBe(-1);
    const got = await runSamples(variants[0]!.data, m);
    m.outputs!.forEach((o, k) => expect(worstError(got[k]!, readRaw(o.file, 'float32', m.dir), 1e-5, 1e-4)).toMatchObject({ ok: true }));
  });

  const negatives = negative.flatMap((m) => m.expectError!.files.map((file) => [file, m] as const));
  it.each(negatives)('%s: refused with every unsupported layer named', async (file, m) => {
    const bytes = new Uint8Array(readFileSync(join(m.dir, file)));
    const error = await convertBytes(bytes, file).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    const gate = error as GateError;
    expect(gate.kind).toBe(m.expectError!.kind);
    expect(gate.file).toBe(file);
    for (const word of m.expectError!.mentions) expect(gate.format().toLowerCase()).toContain(word.toLowerCase());
  });
});
