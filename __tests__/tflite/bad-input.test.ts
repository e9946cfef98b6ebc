import { GateError } from '../../src/errors.js';
import { readTflite, fixBatchForRuntime } from '../../src/tflite/index.js';
import { fixtureBytes } from './fixtures.js';

function errorOf(fn: () => unknown): GateError {
  try {
    fn();
  } catch (error) {
    if (error instanceof GateError) return error;
    throw new Error(`expected a GateError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected an error, got none');
}

/** Deterministic pseudo-random bytes. */
function noise(length: number, seed: number): Uint8Array {
  let s = seed >>> 0;
  return Uint8Array.from({ length }, () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) >>> 24));
}

describe('reading bad .tflite files', () => {
  const good = fixtureBytes('conv.f32.tflite');

  it('names the file and byte offset of a truncated model', () => {
    const error = errorOf(() => readTflite(good.subarray(0, 5000), 'model.tflite'));
    expect(error.kind).toBe('bad-model');
    expect(error.file).toBe('model.tflite');
    expect(error.where).toMatch(/^byte \d+$/);
    expect(error.format()).toMatch(/^model\.tflite: byte \d+: not a valid TFLite model: .* outside the 5000-byte file/);
  });

  it('refuses every truncation with a bad-model error, never a crash', () => {
    for (let length = 0; length < good.length; length += 61) {
      expect(errorOf(() => readTflite(good.subarray(0, length), 'cut.tflite')).kind).toBe('bad-model');
    }
  });

  it('refuses random bytes and a wrong file identifier', () => {
    expect(errorOf(() => readTflite(noise(4096, 7), 'noise.tflite')).message).toMatch(/file identifier is ".*", expected "TFL3"/);
    const wrong = good.slice();
    wrong.set([0x54, 0x46, 0x4c, 0x32], 4); // "TFL2"
    const error = errorOf(() => readTflite(wrong, 'old.tflite'));
    expect(error.format()).toBe('old.tflite: byte 4: not a valid TFLite model: file identifier is "TFL2", expected "TFL3"\n  the file is truncated or corrupt; convert the model again');
    expect(errorOf(() => fixBatchForRuntime(wrong, 'old.tflite')).kind).toBe('bad-model');
  });

  it('either reads or refuses corrupted files cleanly (random byte flips)', () => {
    const flips = noise(4 * 400, 99);
    let refused = 0;
    for (let k = 0; k < 400; k++) {
      const bad = good.slice();
      const at = ((flips[4 * k]! << 16) | (flips[4 * k + 1]! << 8) | flips[4 * k + 2]!) % good.length;
      bad[at] = flips[4 * k + 3]!;
      try {
        readTflite(bad, 'flipped.tflite');
      } catch (error) {
        expect(error).toBeInstanceOf(GateError);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(0);
  });
});
