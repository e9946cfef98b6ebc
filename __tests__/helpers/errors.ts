import { GateError } from '../../src/errors.js';

/** The GateError `fn` throws; any other outcome fails the test. */
export function errorOf(fn: () => unknown): GateError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GateError) return e;
    throw e;
  }
  throw new Error('expected a GateError');
}
