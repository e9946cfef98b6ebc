import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GateError } from '../../src/errors.js';
import { prepareDataset } from '../../src/data/prepare.js';
import { loadDataset } from '../../src/data/load.js';
import { evaluateModel } from '../../src/pipeline/evaluate.js';
import { dequantizeOutputs } from '../../src/pipeline/evaluate-metrics.js';
import { tfliteVariant } from '../../src/pipeline/evaluate-variants.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { predictInProcess } from '../../src/runtime/pool.js';

/**
 * A full-integer .tflite made by TF's converter (fixtures/scripts/make_int8_fixture.py: int8 input and output with
 * scale/zero point) evaluated on the float MNIST digits (--scale 1/255), against tf.lite.Interpreter's run.
 * Starts pool workers: needs dist/worker.js (`npm run build`, run by `npm test`).
 */
const INT8 = join(process.cwd(), 'fixtures', 'int8');
const MODEL = join(INT8, 'mnist_int8.tflite');
const DATASET = join(process.cwd(), 'fixtures', 'example', 'mnist_test.npz');
const bytes = new Uint8Array(readFileSync(MODEL));
const reference = JSON.parse(readFileSync(join(INT8, 'reference.json'), 'utf8')) as {
  accuracy: number;
  samples: number;
  scale: number;
  input: { dtype: string; scale: number; zeroPoint: number };
  output: { dtype: string; scale: number; zeroPoint: number };
  outputs: number[][];
};

describe('a fully-integer (int8 I/O) .tflite on a float dataset', () => {
  test('the interpreter reports the quantization of the int8 input and output as the file records it', async () => {
    const interpreter = await loadInterpreter(bytes, { file: 'mnist_int8.tflite' });
    try {
      expect(interpreter.inputs[0]).toMatchObject({ dtype: 'int8', quantization: { zeroPoint: reference.input.zeroPoint } });
      expect(interpreter.inputs[0]!.quantization!.scale).toBeCloseTo(reference.input.scale, 12);
      expect(interpreter.outputs[0]).toMatchObject({ dtype: 'int8', quantization: { zeroPoint: reference.output.zeroPoint } });
      expect(interpreter.outputs[0]!.quantization!.scale).toBeCloseTo(reference.output.scale, 12);
    } finally {
      interpreter.dispose();
    }
    expect(tfliteVariant(bytes, 'mnist_int8.tflite')).toBe('int8');
  });

  test('evaluate: the accuracy tf.lite.Interpreter gives (±0.1 pp), in-process and with workers alike', async () => {
    const run = (workers: number) => evaluateModel({ model: 'mnist_int8.tflite', bytes, dataset: DATASET, data: { scale: reference.scale }, latencyRuns: 0, workers });
    for (const evaluation of [await run(1), await run(2)]) {
      const [variant] = evaluation.variants;
      expect(variant!.variant).toBe('int8');
      expect(variant!.classification!.samples).toBe(reference.samples);
      expect(Math.abs(variant!.classification!.top1 - reference.accuracy)).toBeLessThanOrEqual(0.001);
      expect(evaluation.notes.join('\n')).toMatch(/quantized input "image".*quantized output/s);
    }
  });

  test('dequantized outputs match tf.lite.Interpreter within one quantization step', async () => {
    const interpreter = await loadInterpreter(bytes);
    const modelInputs = interpreter.inputs.map((d) => ({ name: d.name, shape: d.shape, dtype: d.dtype, quantization: d.quantization }));
    interpreter.dispose();
    const n = reference.outputs.length;
    const dataset = await loadDataset(DATASET, modelInputs, { scale: reference.scale, samples: n });
    expect(dataset.inputs[0]!.data).toBeInstanceOf(Int8Array);
    const input = dataset.inputs[0]!.data;
    const outputs = dequantizeOutputs(await predictInProcess({ bytes, file: 'm', inputs: [{ data: input, sampleSize: input.length / n }], count: n }), bytes);
    const got = outputs[0]!.data;
    let worst = 0;
    reference.outputs.forEach((row, s) => row.forEach((v, c) => (worst = Math.max(worst, Math.abs(got[s * 10 + c]! - v)))));
    expect(worst).toBeLessThanOrEqual(reference.output.scale * 1.0001);
    expect(Math.max(...got)).toBeLessThanOrEqual(1); // probabilities, not raw int8 values
  });

  test('quantization rounds halves away from zero and clamps to the dtype range (std::round, as TFLite)', () => {
    const q = { scale: 0.5, zeroPoint: 3 };
    const raw = { name: 'x', dtype: 'float32', shape: [1, 5], data: new Float32Array([0.25, -0.25, -0.75, 1000, -1000]) };
    const dataset = prepareDataset({ source: 'd.npz', inputs: [raw], notes: [] }, [{ name: 'x', shape: [1, 5], dtype: 'int8', quantization: q }]);
    expect(dataset.inputs[0]!.data).toBeInstanceOf(Int8Array);
    expect([...dataset.inputs[0]!.data]).toEqual([4, 2, 1, 127, -128]);
    const unsigned = prepareDataset({ source: 'd.npz', inputs: [raw], notes: [] }, [{ name: 'x', shape: [1, 5], dtype: 'uint8', quantization: { scale: 0.5, zeroPoint: 128 } }]);
    expect([...unsigned.inputs[0]!.data]).toEqual([129, 127, 126, 255, 0]);
  });

  test('integer data as given stays raw for a quantized input (out of range: refused, saying how to quantize it)', () => {
    const input = { name: 'x', shape: [1, 3], dtype: 'int8', quantization: { scale: 0.5, zeroPoint: 3 } };
    const raw = (values: number[]) => ({ source: 'd.npz', notes: [], inputs: [{ name: 'x', dtype: 'uint8', shape: [1, 3], data: Uint8Array.from(values) }] });
    expect([...prepareDataset(raw([1, 2, 127]), [input]).inputs[0]!.data]).toEqual([1, 2, 127]);
    expect([...prepareDataset(raw([1, 2, 127]), [input], { scale: 1 / 2 }).inputs[0]!.data]).toEqual([4, 5, 127]);
    expect(() => prepareDataset(raw([1, 2, 200]), [input])).toThrow(GateError);
    expect(() => prepareDataset(raw([1, 2, 200]), [input])).toThrow(/not an integer in -128\.\.127/);
  });
});
