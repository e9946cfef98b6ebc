/**
 * The file side of `convert`, checked before any conversion work: the input is a readable, non-empty Keras
 * file (not a folder, not already a .tflite), and no output path is a folder or the input itself.
 */
import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { GateError } from '../errors.js';
import { limitBytes, type Limits } from '../util/limits.js';
import { readRegularFile } from '../util/safe-file.js';

const TFLITE_IDENTIFIER = 'TFL3';

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

function readError(error: unknown, input: string): GateError {
  const code = (error as NodeJS.ErrnoException).code;
  const message = code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied: cannot read the file' : `cannot read the file (${code ?? String(error)})`;
  return new GateError('usage', message, { file: input }, 'Check the --keras_model_file path.');
}

/** The bytes of the Keras model at `input`, or a usage error that says what the path is instead. */
export async function readModelFile(input: string, limits?: Partial<Limits>): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    const info = await stat(input);
    if (info.isDirectory()) {
      throw new GateError('usage', 'is a directory, not a model file: TensorFlow SavedModel folders are not supported', { file: input },
        'Convert the Keras model file instead: --keras_model_file=model.h5 or model.keras (written by model.save()).');
    }
    bytes = readRegularFile({ path: input, kind: 'usage' }, { maxBytes: limitBytes(limits, 'modelMib'), limit: 'modelMib' });
  } catch (error) {
    throw error instanceof GateError ? error : readError(error, input);
  }
  if (bytes.byteLength === 0) {
    throw new GateError('usage', 'the file is empty (0 bytes)', { file: input }, 'Pass the Keras model file written by model.save() (.h5 or .keras).');
  }
  if (new TextDecoder().decode(bytes.subarray(4, 8)) === TFLITE_IDENTIFIER) {
    throw new GateError('usage', 'already a TensorFlow Lite model (TFL3 identifier at byte 4), nothing to convert', { file: input },
      `Use \`tflite-gate inspect ${input}\` to look at it, or \`tflite-gate evaluate --model ${input}\` to run it.`);
  }
  return bytes;
}

/** Refuse, before converting, an output path that is a folder or the very file being converted (symlinks and hard links too). */
export async function checkOutputPaths(input: string, outputs: string[]): Promise<void> {
  const source = await statOrUndefined(input);
  for (const output of outputs) {
    const target = await statOrUndefined(output);
    if (!target) continue;
    if (target.isDirectory()) {
      throw new GateError('usage', 'the output path is a directory', { file: output }, 'Give the .tflite file to write, e.g. --output_file=DIR/model.tflite.');
    }
    if (source && target.dev === source.dev && target.ino === source.ino) {
      throw new GateError('usage', `the output path is the input model (${input}); converting would overwrite your Keras model`, { file: output },
        'Choose another --output_file, e.g. model.tflite.');
    }
  }
}
