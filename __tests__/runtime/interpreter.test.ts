import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GateError } from '../../src/errors.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';

/** Reference .tflite files from the real TFLite converter, with tf.lite.Interpreter outputs for a fixed input. */
const DIR = join(process.cwd(), 'fixtures', 'tflite');
interface RefTensor { name: string; shape: number[]; values: number[] }
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { files: Record<string, { inputs: RefTensor[]; outputs: RefTensor[] }> };

/** "serving_default_left:0" (tf.lite.Interpreter) -> "left" (the signature name LiteRT reports). */
const signatureName = (name: string) => name.replace(/^serving_default_/, '').replace(/:\d+$/, '');

describe('Interpreter on LiteRT.js', () => {
  test.each(Object.keys(manifest.files))('%s gives the reference interpreter outputs within 1e-5', async (file) => {
    const ref = manifest.files[file]!;
    const interpreter = await loadInterpreter(readFileSync(join(DIR, file)), { file });
    try {
      const inputs = interpreter.inputs.map((detail) => {
        const match = ref.inputs.find((r) => signatureName(r.name) === detail.name) ?? ref.inputs[detail.index]!;
        expect(detail.shape).toEqual(match.shape);
        return Float32Array.from(match.values);
      });
      const outputs = interpreter.run(inputs);
      expect(outputs).toHaveLength(ref.outputs.length);
      outputs.forEach((output, i) => {
        expect(interpreter.outputs[i]!.shape).toEqual(ref.outputs[i]!.shape);
        const expected = ref.outputs[i]!.values;
        const worst = Math.max(...Array.from(output as Float32Array, (v, j) => Math.abs(v - expected[j]!)));
        expect(worst).toBeLessThanOrEqual(1e-5);
      });
    } finally {
      interpreter.dispose();
    }
  });

  test('reuses its buffers: repeated runs on different inputs give each input its own result', async () => {
    const bytes = readFileSync(join(DIR, 'dense.f32.tflite'));
    const interpreter = await loadInterpreter(bytes);
    const a = Float32Array.from({ length: 8 }, (_, i) => i / 8);
    const b = Float32Array.from({ length: 8 }, (_, i) => 1 - i / 8);
    const first = Array.from(interpreter.run([a])[0] as Float32Array);
    const second = Array.from(interpreter.run([b])[0] as Float32Array);
    expect(second).not.toEqual(first);
    expect(Array.from(interpreter.run([a])[0] as Float32Array)).toEqual(first);
    // setInput with an element offset reads one sample out of a batch array
    const batch = new Float32Array(16);
    batch.set(b, 8);
    interpreter.setInput(0, batch, 8);
    interpreter.invoke();
    expect(Array.from(interpreter.readOutput(0) as Float32Array)).toEqual(second);
    interpreter.dispose();
  });

  test('a -1 batch runs as batch 1', async () => {
    const interpreter = await loadInterpreter(readFileSync(join(DIR, 'conv.f32.tflite')));
    expect(interpreter.inputs[0]!.shape).toEqual([1, 12, 12, 3]);
    expect(interpreter.runtime).toMatch(/^LiteRT\.js \d+\.\d+\.\d+ \(wasm, (relaxed-simd|compat)\)$/);
    interpreter.dispose();
  });

  test.each([
    ['garbage bytes', new Uint8Array(256).fill(7)],
    ['a truncated model', new Uint8Array(readFileSync(join(DIR, 'conv.f32.tflite')).subarray(0, 3000))],
  ])('%s -> a runtime GateError naming the file', async (_label, bytes) => {
    const error = await loadInterpreter(bytes, { file: 'models/broken.tflite' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).kind).toBe('runtime');
    expect((error as GateError).format()).toMatch(/^models\/broken\.tflite: the TFLite runtime refused the model/);
  });
});
