/**
 * What the interpreter checks around LiteRT.js: the bytes it gets (batch fixed, outputs shaped at run time
 * given a constant shape), and the errors for a model it refuses or a run it reports as failed.
 */
import { GateError } from '../errors.js';
import { fixBatchForRuntime } from '../tflite/batch.js';
import { pinReshapedOutputs } from './dynamic-outputs.js';
import type { LiteRtRuntime } from './litert-node.js';

export interface Runnable {
  bytes: Uint8Array;
  /**
   * Outputs to check with two runs at load: those that may get their shape only at run time, and those given
   * a constant shape (if the model computes another one, the run fails: better at load, saying which output).
   */
  check: string[];
}

/**
 * -1 dimensions (a dynamic batch) fixed to their static sizes, and outputs reshaped to a shape computed at
 * run time given a constant shape (see dynamic-outputs.ts). A file our reader cannot parse goes to LiteRT as is.
 */
export function runnableBytes(bytes: Uint8Array, file: string): Runnable {
  let fixed: Uint8Array;
  try {
    fixed = fixBatchForRuntime(bytes, file);
  } catch {
    return { bytes, check: [] };
  }
  try {
    const pinned = pinReshapedOutputs(fixed, bytes, file);
    return { bytes: pinned.bytes, check: [...pinned.pinned, ...pinned.suspect] };
  } catch {
    return { bytes: fixed, check: ['(not analysed)'] };
  }
}

export function refused(file: string, error: unknown, rt: LiteRtRuntime): GateError {
  const reason = error instanceof Error ? error.message : String(error);
  const detail = rt.recentLog().filter((line) => /^(ERROR|FATAL)/.test(line)).slice(-3);
  const message = [`the TFLite runtime refused the model: ${reason}`, ...detail].join('\n  ');
  return new GateError('runtime', message, { file }, 'Check that the file is a complete .tflite model (re-export it); ops outside the TFLite builtin set are not supported.');
}

const DYNAMIC_OUTPUT = 'gets its shape only at run time (a dynamic tensor), and LiteRT.js cannot return such an output (its runs give no numbers for it)';
const DYNAMIC_HINT = 'Export the model with a fixed batch size (e.g. keras.Input(..., batch_size=1)), or end it with an op of static output shape.';

/** A run after which LiteRT logged errors: its outputs are not the model's (often never written). */
export function runFailed(file: string, rt: LiteRtRuntime, count: number, thrown?: unknown): GateError {
  const lines = rt.recentLog().filter((line) => /^(ERROR|FATAL)/.test(line)).slice(-Math.min(count, 4));
  if (thrown !== undefined) lines.push(...String(thrown instanceof Error ? thrown.message : thrown).split('\n').slice(0, 4));
  const output = lines.map((line) => /custom allocation for output tensor (\S+)/.exec(line)?.[1]).find(Boolean);
  if (output) return new GateError('runtime', `output "${output}" ${DYNAMIC_OUTPUT}:\n  ${lines.join('\n  ')}`, { file, where: output }, DYNAMIC_HINT);
  return new GateError('runtime', `the TFLite runtime failed while running the model:\n  ${lines.join('\n  ')}`, { file },
    'Check that the model runs in tf.lite.Interpreter; ops outside the TFLite builtin set are not supported.');
}

/** The load-time check of `outputs` failed (`error` is the failed run): the same error, naming them. */
export function dynamicOutputError(file: string, outputs: string[], error: GateError): GateError {
  const names = outputs.map((name) => `"${name}"`).join(', ');
  const detail = error.message.replace(/^[^\n]*/, '');
  return new GateError('runtime', `output ${names} ${DYNAMIC_OUTPUT}:${detail}`, { file, where: outputs[0] }, DYNAMIC_HINT);
}
