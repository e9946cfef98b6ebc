import { type FixtureCase, preload, recurrentCases, runCase, sharedRecurrentCases } from './harness.js';

/**
 * Recurrent fixtures (fixtures/recurrent, made by fixtures/scripts/make_recurrent.py from real Keras, plus the
 * recurrent models of fixtures/models): our .tflite run in LiteRT.js against the Keras outputs, float32 within
 * 1e-5 (1e-4 relative for the long sequence), float16 within 1e-2; the WHILE loop form, and the unrolled
 * fallback in float32. To keep CI fast each fixture runs from one
 * of its two files, alternating .h5 and .keras; RECURRENT_ALL=1 runs both (so does `npm run bench:recurrent`).
 */
const all = [...recurrentCases(), ...sharedRecurrentCases()];
const names = [...new Set(all.map((c) => c.model))];
const alternate = (c: FixtureCase) => {
  const files = all.filter((o) => o.model === c.model);
  return files.length === 1 || files.indexOf(c) === names.indexOf(c.model) % 2;
};
const cases = process.env.RECURRENT_ALL === '1' ? all : all.filter(alternate);
/** A single time step (the real arabic_lstm_k222.h5) has nothing to loop over: it is written unrolled. */
const loops = (c: FixtureCase) => c.inputs[0]!.shape[0]! > 1;

beforeAll(() => preload(cases), 120_000);

describe('recurrent layers convert and match Keras in LiteRT.js', () => {
  test.each(cases.map((c) => [c.label, c] as const))('%s float32, as WHILE loops', async (_label, c) => {
    const { error, graph } = await runCase(c);
    expect(graph.ops.some((op) => op.type === 'WHILE')).toBe(loops(c));
    expect(error).toBeLessThanOrEqual(c.long ? 1e-4 : 1e-5);
  });

  test.each(cases.map((c) => [c.label, c] as const))('%s float16', async (_label, c) => {
    const { error, graph } = await runCase(c, true);
    expect(graph.ops.some((op) => op.type === 'DEQUANTIZE')).toBe(true);
    expect(graph.subgraphs?.[1]?.ops.some((op) => op.type === 'DEQUANTIZE') ?? false).toBe(loops(c)); // the body's weights
    expect(error).toBeLessThanOrEqual(1e-2);
  });

  test.each(cases.map((c) => [c.label, c] as const))('%s float32, unrolled (the fallback form)', async (_label, c) => {
    const { error, graph } = await runCase(c, false, { recurrentForm: 'unrolled' });
    expect(graph.subgraphs).toBeUndefined();
    expect(error).toBeLessThanOrEqual(c.long ? 1e-4 : 1e-5);
  });
});
