/**
 * The file side of `convert`, checked before any conversion work: the input is a readable, non-empty Keras
 * file (not a folder, not already a .tflite), and no output path is a folder or the input itself.
 */
import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { checkWritable } from '../util/write-file.js';
import { GateError } from '../errors.js';
import { isTflite } from '../tflite/probe.js';
import type { Limits } from '../util/limits.js';
import { checkModelFormat, readModelFile } from './model-file.js';

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/** The bytes of the Keras or ONNX model at `input` (named `shown` in errors), refusing a .tflite (nothing to convert) and other files. */
export async function readKerasFile(input: string, shown: string, limits?: Partial<Limits>): Promise<Uint8Array> {
  const bytes = await readModelFile(input, shown, '--keras-model-file', limits);
  if (isTflite(bytes)) {
    throw new GateError('usage', 'already a TensorFlow Lite model (TFL3 identifier at byte 4), nothing to convert', { file: shown },
      `Use \`tflite-gate inspect ${shown}\` to look at it, or \`tflite-gate evaluate --model ${shown}\` to run it.`);
  }
  checkModelFormat(bytes, shown, ['keras', 'onnx']);
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
  for (const output of outputs) checkWritable(output, 'file', { mode: 'follow', what: 'the output', hint: 'Check the --output_file path and that its folder is writable.' });
}
