import { recurrentCases, runCase, sharedRecurrentCases } from './harness.js';

/**
 * Recurrent fixtures (fixtures/recurrent, made by fixtures/scripts/make_recurrent.py from real Keras, plus the
 * recurrent models of fixtures/models): our float32 .tflite run in LiteRT.js against the Keras outputs.
 */
const cases = [...recurrentCases(), ...sharedRecurrentCases()];

describe('recurrent layers convert and match Keras in LiteRT.js (float32)', () => {
  test.each(cases.map((c) => [c.label, c] as const))('%s', async (_label, c) => {
    const { error } = await runCase(c);
    expect(error).toBeLessThanOrEqual(c.long ? 1e-4 : 1e-5);
  });
});
