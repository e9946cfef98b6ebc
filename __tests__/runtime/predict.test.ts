import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { predictRange, rangeStats } from '../../src/runtime/predict.js';

const DIR = join(process.cwd(), 'fixtures', 'tflite');

describe('rangeStats', () => {
  test('per-sample minimum and maximum of each output, as a plain scan of predictRange outputs gives them', async () => {
    // conv.f32: 5 values per output (exercises the tail after the four-at-a-time loop)
    const interpreter = await loadInterpreter(readFileSync(join(DIR, 'conv.f32.tflite')));
    try {
      const sampleSize = interpreter.inputs[0]!.size;
      const data = Float32Array.from({ length: 6 * sampleSize }, (_, i) => Math.sin(i * 0.37) * 3);
      const inputs = [{ data, sampleSize }];
      const outputs = predictRange(interpreter, inputs, 1, 6);
      const stats = rangeStats(interpreter, inputs, 1, 6);
      const size = interpreter.outputs[0]!.size;
      expect(size % 4).not.toBe(0);
      for (let s = 0; s < 5; s++) {
        const values = Array.from(outputs[0]!.subarray(s * size, (s + 1) * size));
        expect([stats[2 * s], stats[2 * s + 1]]).toEqual([Math.fround(Math.min(...values)), Math.fround(Math.max(...values))]);
      }
    } finally {
      interpreter.dispose();
    }
  });
});
