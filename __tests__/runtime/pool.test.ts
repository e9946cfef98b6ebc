import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GateError } from '../../src/errors.js';
import { InterpreterPool, predictInProcess, type PredictRequest } from '../../src/runtime/pool.js';

/** Needs dist/worker.js (`npm run build`, run by `npm test`). */
const DIR = join(process.cwd(), 'fixtures', 'tflite');

function pseudoRandom(length: number, seed: number): Float32Array {
  let state = seed;
  return Float32Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 1073741824 - 1;
  });
}

describe('InterpreterPool', () => {
  let pool: InterpreterPool;
  beforeAll(async () => {
    pool = await InterpreterPool.create(2);
  });
  afterAll(async () => {
    await pool.close();
  });

  test.each([
    ['conv.f32.tflite', [432], 700],
    ['multi.f16.tflite', [144, 144], 333],
  ])('%s: 2 workers give exactly the single-thread outputs', async (file, sampleSizes, count) => {
    const request: PredictRequest = {
      bytes: readFileSync(join(DIR, file)),
      file,
      count,
      inputs: sampleSizes.map((sampleSize, i) => ({ data: pseudoRandom(count * sampleSize, i + 1), sampleSize })),
    };
    const single = await predictInProcess(request);
    const seen: number[] = [];
    const pooled = await pool.predict({ ...request, onProgress: (done) => seen.push(done) });
    expect(pooled.map((b) => [b.name, b.shape, b.sampleSize])).toEqual(single.map((b) => [b.name, b.shape, b.sampleSize]));
    pooled.forEach((block, i) => expect(Buffer.from(block.data.buffer).equals(Buffer.from(single[i]!.data.buffer))).toBe(true));
    expect(seen.at(-1)).toBe(count);
    // different samples give different outputs: the comparison above is not between constant arrays
    expect(new Set(single[0]!.data).size).toBeGreaterThan(count / 2);
  });

  test('a model the runtime refuses -> GateError from the worker, naming the file; the pool stays usable', async () => {
    const error = await pool.predict({ bytes: new Uint8Array(64).fill(3), file: 'broken.tflite', inputs: [], count: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).format()).toMatch(/^broken\.tflite: the TFLite runtime refused the model/);
    const bytes = readFileSync(join(DIR, 'dense.f32.tflite'));
    const out = await pool.predict({ bytes, file: 'dense', inputs: [{ data: pseudoRandom(80, 9), sampleSize: 8 }], count: 10 });
    expect(out[0]!.data).toHaveLength(40);
  });

  test('a worker that dies fails the requests instead of hanging them', async () => {
    const doomed = await InterpreterPool.create(1);
    const worker = (doomed as unknown as { workers: { worker: { terminate(): Promise<number> } }[] }).workers[0]!.worker;
    await worker.terminate();
    const bytes = readFileSync(join(DIR, 'dense.f32.tflite'));
    const error = await doomed.predict({ bytes, file: 'dense', inputs: [{ data: pseudoRandom(8, 1), sampleSize: 8 }], count: 1 }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/evaluation worker exited/);
    await doomed.close();
  });
});
