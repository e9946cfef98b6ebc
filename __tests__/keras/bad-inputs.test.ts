/**
 * Bad HDF5 input: truncated and corrupted files made here from good bytes, absurd declared dimensions,
 * the HDF5 file that makes the library loop forever (../shared/bad-inputs), and seeded random mutations.
 * Each must end as a GateError naming the file (or, for harmless mutations, a model) within its deadline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GateError } from '../../src/errors.js';
import { readKerasModel } from '../../src/keras/index.js';
import { probeKerasFormat } from '../../src/keras/probe.js';
import { BAD_DIR, fixture, gateError, seededRandom } from './helpers.js';

const small = fixture('k2_bare_list.h5');

describe('bad HDF5 input', () => {
  it('probes by magic bytes: HDF5 at 0 or after a user block, zip local header, anything else undefined', () => {
    const hdf5 = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
    const at = (offset: number, size = 4096) => {
      const bytes = new Uint8Array(size);
      bytes.set(hdf5, offset);
      return bytes;
    };
    expect(probeKerasFormat(at(0))).toBe('hdf5');
    expect(probeKerasFormat(at(512))).toBe('hdf5');
    expect(probeKerasFormat(at(2048))).toBe('hdf5');
    expect(probeKerasFormat(at(100))).toBeUndefined();
    expect(probeKerasFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('keras-zip');
    expect(probeKerasFormat(new TextEncoder().encode('{"class_name": "Sequential"}'))).toBeUndefined();
    expect(probeKerasFormat(new Uint8Array(0))).toBeUndefined();
  });

  it('a file that is neither HDF5 nor zip is refused at byte 0', async () => {
    const error = await gateError(readKerasModel(new TextEncoder().encode('hello'), 'notes.h5'));
    expect(error.format()).toBe('notes.h5: byte 0: not a Keras model: it is neither HDF5 (.h5) nor a .keras zip archive\n  Pass a Keras model.save() file (.h5 or .keras).');
  });

  it('a truncated .h5 is a bad-model error naming the file', async () => {
    for (const length of [small.length - 100, Math.floor(small.length / 2), 600]) {
      const error = await gateError(readKerasModel(small.subarray(0, length), 'cut.h5'));
      expect(error.kind).toBe('bad-model');
      expect(error.file).toBe('cut.h5');
      expect(error.where).toBe(`end of file (byte ${length})`);
      expect(error.message).toMatch(/truncated/);
    }
  });

  it('a corrupted model_config attribute is a bad-model error naming the attribute', async () => {
    const copy = small.slice();
    const text = new TextDecoder('latin1').decode(copy);
    const at = text.indexOf('{"class_name": "Sequential"');
    expect(at).toBeGreaterThan(0);
    copy.set(new TextEncoder().encode('!!'), at + 1);
    const error = await gateError(readKerasModel(copy, 'broken.h5'));
    expect(error.kind).toBe('bad-model');
    expect(error.where).toBe('root attribute model_config');
    expect(error.message).toMatch(/invalid JSON/);
  });

  it('absurd declared dimensions are refused before reading, naming the dataset', async () => {
    const error = await gateError(readKerasModel(fixture('absurd_dims.h5'), 'absurd.h5'));
    expect(error.kind).toBe('bad-model');
    expect(error.where).toBe('model_weights/dense_1/dense_1/kernel:0');
    expect(error.message).toContain('[1000000, 1000000]');
  });

  const loopFile = join(BAD_DIR, 'hdf5_attr_infinite_loop.h5');
  const loopTest = existsSync(loopFile) ? it : it.skip;
  loopTest(`the HDF5 file that makes the library loop forever times out with a clear error (skipped when ${loopFile} is absent)`, async () => {
    const bytes = new Uint8Array(readFileSync(loopFile));
    const started = performance.now();
    const error = await gateError(readKerasModel(bytes, 'loop.h5'));
    const seconds = (performance.now() - started) / 1000;
    expect(error.kind).toBe('timeout');
    expect(error.format()).toMatch(/^loop\.h5: reading the HDF5 data did not finish within \d+\.\d s/);
    expect(seconds).toBeLessThan(8);
  });

  it('30 seeded random mutations of a small .h5 each read or fail with a GateError within the deadline', async () => {
    const random = seededRandom(20261125);
    const timeoutMs = 4000;
    const outcomes: string[] = [];
    const mutate = (): Uint8Array => {
      const copy = small.slice();
      if (random() < 0.15) return copy.subarray(0, Math.floor(random() * copy.length));
      const edits = 1 + Math.floor(random() * 8);
      for (let i = 0; i < edits; i++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
      return copy;
    };
    const cases = Array.from({ length: 30 }, mutate);
    const runOne = async (bytes: Uint8Array, i: number) => {
      const started = performance.now();
      try {
        await readKerasModel(bytes, `mutant-${i}.h5`, { timeoutMs });
        outcomes[i] = 'read';
      } catch (error) {
        if (!(error instanceof GateError)) throw new Error(`mutant ${i}: not a GateError: ${String(error)}`, { cause: error });
        expect(error.file).toBe(`mutant-${i}.h5`);
        outcomes[i] = error.kind;
      }
      expect(performance.now() - started).toBeLessThan(timeoutMs + 2000);
    };
    // One at a time: the reader starts the next fresh worker while the test checks the last answer.
    for (let i = 0; i < cases.length; i++) await runOne(cases[i], i);
    expect(outcomes.filter(Boolean)).toHaveLength(30);
    expect(outcomes.some((kind) => kind !== 'read')).toBe(true);
    // The same bytes give the same answer whatever was read before (the reader keeps no HDF5 state).
    const first = outcomes.slice(0, 10);
    for (let i = 9; i >= 0; i--) await runOne(cases[i], i);
    expect(outcomes.slice(0, 10)).toEqual(first);
  });
});
