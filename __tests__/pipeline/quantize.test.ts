/**
 * The quantized variants end to end: convert with our calibration in LiteRT.js (fixtures/quantize: the same
 * calibration samples TF's converter got), run our files in LiteRT.js, and hold them to TF's own files:
 * error vs Keras at most 2x TF's, MNIST top-1 no lower than TF's int8 minus 0.5 pp, size within 5% of TF's,
 * TF's integer I/O parameters; ops without an int8 kernel stay float and are reported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNpz } from '../../src/data/npz.js';
import { convertBytes, type ConvertVariant } from '../../src/pipeline/convert.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { predictInProcess } from '../../src/runtime/pool.js';
import { readTflite } from '../../src/tflite/index.js';
import { layerErrors } from '../../src/pipeline/layer-error.js';
import { loadCalibrationData } from '../../src/pipeline/quantize.js';
import { worstLayers } from '../../src/quantize/layer-error.js';
import { DIR, floatGraph, reference } from '../quantize/tf-files.js';

function testInputs(name: string): { x: Float32Array; y?: Int32Array | Uint8Array; count: number } {
  const path = join(DIR, reference.models[name]!.test);
  const raw = parseNpz(new Uint8Array(readFileSync(path)), path, { xKeys: ['x'], yKey: 'y' });
  const x = raw.inputs[0]!;
  return { x: Float32Array.from(x.data), y: raw.labels?.data as Int32Array | undefined, count: x.shape[0]! };
}

async function convert(name: string, variant: ConvertVariant, inferenceType?: 'int8' | 'uint8') {
  const ref = reference.models[name]!;
  const h5 = join(DIR, ref.h5);
  const int8 = { dataset: join(DIR, ref.calibration), data: { samples: ref.calibrationSamples }, ...(inferenceType ? { inferenceType } : {}) };
  const out = await convertBytes(new Uint8Array(readFileSync(h5)), h5, { variants: [variant], int8 });
  return out.variants[0]!;
}

/** Float outputs of a model on the first `count` test samples; integer I/O quantized/dequantized with the file's parameters. */
async function outputs(bytes: Uint8Array, x: Float32Array, count: number): Promise<Float32Array> {
  const it = await loadInterpreter(bytes);
  const n = it.inputs[0]!.size;
  const [qi, qo] = [it.inputs[0]!.quantization, it.outputs[0]!.quantization];
  it.dispose();
  const data = x.subarray(0, count * n);
  const input = qi ? Float32Array.from(data, (v) => Math.max(-128, Math.min(255, Math.round(v / qi.scale) + qi.zeroPoint))) : data;
  const [block] = await predictInProcess({ bytes, file: 'model', inputs: [{ data: input, sampleSize: n }], count });
  return qo ? block!.data.map((q) => (q - qo.zeroPoint) * qo.scale) : block!.data;
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);

describe.each(['mix', 'branches', 'mnist'])('%s', (name) => {
  const ref = reference.models[name]!;
  const keras = ref.keras.flat();
  const samples = ref.keras.length;

  it.each(['int8', 'dynamic'])('%s: runs in LiteRT.js with error vs Keras at most 2x TF\'s file, size within 5%', async (kind) => {
    const ours = await convert(name, kind as ConvertVariant);
    const { x } = testInputs(name);
    const y = await outputs(ours.data, x, samples);
    const tf = ref.files[kind]!;
    expect(maxAbsDiff(y, keras)).toBeLessThanOrEqual(2 * tf.maxAbsErrVsKeras! + 1e-6);
    expect(ours.data.byteLength).toBeLessThanOrEqual(tf.bytes * 1.05);
  });
});

describe('mnist (trained)', () => {
  it('int8 top-1 on the 2,000 test digits is no lower than TF\'s int8 file minus 0.5 pp', async () => {
    const ours = await convert('mnist', 'int8');
    const { x, y, count } = testInputs('mnist');
    const out = await outputs(ours.data, x, count);
    let correct = 0;
    for (let s = 0; s < count; s++) {
      const row = Array.from(out.subarray(s * 10, s * 10 + 10));
      if (row.indexOf(Math.max(...row)) === Number(y![s])) correct++;
    }
    expect(correct / count).toBeGreaterThanOrEqual(reference.models.mnist!.files.int8!.accuracy! - 0.005);
  });

  it('--inference_type int8 gives the model TF\'s int8 input and output parameters', async () => {
    const ours = readTflite((await convert('mnist', 'int8', 'int8')).data);
    const tf = readTflite(new Uint8Array(readFileSync(join(DIR, reference.models.mnist!.files.int8io!.file))));
    for (const side of ['inputs', 'outputs'] as const) {
      const a = ours.tensors[ours[side][0]!.tensor]!;
      const b = tf.tensors[tf[side][0]!.tensor]!;
      expect(a.dtype).toBe('int8');
      expect(a.quantization!.zeroPoint).toEqual(b.quantization!.zeroPoint);
      expect(a.quantization!.scale[0]).toBeCloseTo(b.quantization!.scale[0]!, 4);
    }
  });

  it('--inference_type uint8 shifts the zero points by 128 and still computes the same outputs', async () => {
    const u8 = await convert('mnist', 'int8', 'uint8');
    const g = readTflite(u8.data);
    const input = g.tensors[g.inputs[0]!.tensor]!;
    expect(input.dtype).toBe('uint8');
    expect(input.quantization!.zeroPoint).toEqual([0]);
    const { x } = testInputs('mnist');
    const a = await outputs(u8.data, x, 16);
    const b = await outputs((await convert('mnist', 'int8')).data, x, 16);
    expect(maxAbsDiff(a, b)).toBeLessThanOrEqual(1 / 256 + 1e-6);
  });
});

describe('fallback (softsign: DIV has no int8 kernel)', () => {
  it('keeps the DIV float between DEQUANTIZE and QUANTIZE, reports it, and runs close to Keras', async () => {
    const ours = await convert('fallback', 'int8');
    expect(ours.quantization!.floatOps).toEqual([{ op: 'DIV (sign)', reason: 'no int8 kernel in TFLite' }]);
    const g = ours.graph;
    const div = g.ops.find((op) => op.type === 'DIV')!;
    expect(div.inputs.map((t) => g.tensors[t]!.dtype)).toEqual(['float32', 'float32']);
    const producers = div.inputs.map((t) => g.ops.find((op) => op.outputs.includes(t))!.type);
    expect(producers).toEqual(['DEQUANTIZE', 'DEQUANTIZE']);
    const consumer = g.ops.find((op) => op.inputs.includes(div.outputs[0]!))!;
    expect(consumer.type).toBe('QUANTIZE');
    const ref = reference.models.fallback!;
    const y = await outputs(ours.data, testInputs('fallback').x, ref.keras.length);
    expect(maxAbsDiff(y, ref.keras.flat())).toBeLessThan(0.01);
  });
});

describe('per-layer error (SNR of every int8 layer vs the float model)', () => {
  it('measures every int8 layer of mix, high SNR for a sound model, and a broken scale shows up at its layer', async () => {
    const ours = await convert('mix', 'int8');
    const layers = ours.layerErrors!;
    expect(layers.map((l) => l.op)).toEqual(expect.arrayContaining(['CONV_2D (c1)', 'DEPTHWISE_CONV_2D (dw)', 'CONCATENATION (cat)', 'SOFTMAX (probs)']));
    for (const l of layers) expect(l.snrDb).toBeGreaterThan(20);
    const float = await floatGraph('mix');
    const broken = structuredClone(ours.graph);
    const c1 = broken.ops.find((op) => op.origin === 'c1')!; // feeds convolutions only (a concatenation would refuse another scale)
    const q = broken.tensors[c1.outputs[0]!]!.quantization!;
    q.scale[0] = q.scale[0]! / 4; // clips three quarters of its range
    const calibration = await loadCalibrationData(join(DIR, reference.models.mix!.calibration), float);
    const after = await layerErrors(float, broken, calibration, 'mix');
    const snr = (list: typeof layers, op: string) => list.find((l) => l.op === op)!.snrDb;
    expect(snr(layers, 'CONV_2D (c1)')).toBeGreaterThan(30);
    expect(snr(after, 'CONV_2D (c1)')).toBeLessThan(15);
    // the error is cumulative (each tensor vs the float model's): everything after c1 suffers too
    expect(worstLayers(after, 1)[0]!.snrDb).toBeLessThan(snr(after, 'CONV_2D (c1)') + 1e-9);
  });
});

describe('recurrent layers (fixtures/models/lstm_basic: an LSTM as a WHILE loop)', () => {
  it('full int8 keeps the LSTM float (reported) and quantizes the rest; the file runs close to Keras', async () => {
    const h5 = 'fixtures/models/lstm_basic.h5';
    const raw = readFileSync('fixtures/models/lstm_basic.in0.f32');
    const x = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
    const calibration = { source: 'in0', count: 3, inputs: [{ name: 'x', shape: [3, 20, 8], dtype: 'float32' as const, data: x }] };
    const out = await convertBytes(new Uint8Array(readFileSync(h5)), h5, { variants: ['int8', 'dynamic'], int8: { dataset: calibration } });
    const [int8, dynamic] = out.variants;
    const kept = int8!.quantization!.floatOps;
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((o) => o.op.endsWith('(lstm)') && o.reason.startsWith('recurrent layer'))).toBe(true);
    expect(int8!.graph.ops.some((op) => op.type === 'FULLY_CONNECTED' && op.origin !== 'lstm' && int8!.graph.tensors[op.inputs[0]!]!.dtype === 'int8')).toBe(true);
    const expected = readFileSync('fixtures/models/lstm_basic.out0.f32');
    const keras = new Float32Array(expected.buffer.slice(expected.byteOffset, expected.byteOffset + expected.byteLength));
    expect(maxAbsDiff(await outputs(int8!.data, x, 3), keras)).toBeLessThan(0.05);
    // dynamic range: the loop body's recurrent weights [64, 16] (1,024 elements) become int8, its input weights (512) stay float
    for (const v of [int8!, dynamic!]) expect(v.graph.ops.map((op) => op.type)).toContain('WHILE'); // the loop form, not unrolled
    expect(dynamic!.graph.subgraphs!.some((sub) => sub.tensors.some((t) => t.dtype === 'int8' && t.data))).toBe(true);
    const notes = dynamic!.quantization!;
    expect(notes.quantizedWeights.some((w) => w.op.endsWith('(lstm)') && w.elements === 1024)).toBe(true);
    expect(notes.floatWeights.some((w) => w.op.endsWith('(lstm)') && w.elements === 512)).toBe(true);
    expect(maxAbsDiff(await outputs(dynamic!.data, x, 3), keras)).toBeLessThan(0.01);
  });
});
