/**
 * Reading a model file the user named, with the same message in every command for the same problem: not
 * found, a folder, not readable, empty; and, as everywhere, a regular file (no device or FIFO) within the size limit.
 * A file in none of the formats a command reads is refused with a message naming those formats.
 */
import { stat } from 'node:fs/promises';
import { GateError } from '../errors.js';
import { probeKerasFormat } from '../keras/probe.js';
import { probeOnnx } from '../onnx/probe.js';
import { isTflite } from '../tflite/probe.js';
import { limitBytes, type Limits } from '../util/limits.js';
import { readRegularFile } from '../util/safe-file.js';

const FOLDER = 'is a folder, not a model file (TensorFlow SavedModel folders are not supported)';

/** What an fs error code means for a file the user named. */
export function readFailure(code: string | undefined): string {
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'file not found';
  if (code === 'EISDIR') return FOLDER;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: cannot read the file';
  return `cannot read the file (${code ?? 'unknown error'})`;
}

/**
 * The bytes of the model at `path`; errors name it as `shown` (as the user typed it) and point at `flag`
 * (e.g. "--model"; none for a positional argument), exit code 2.
 */
export async function readModelFile(path: string, shown: string, flag?: string, limits?: Partial<Limits>): Promise<Uint8Array> {
  const hint = flag ? `Check the ${flag} path.` : 'Check the path.';
  let bytes: Uint8Array;
  try {
    if ((await stat(path)).isDirectory()) throw new GateError('usage', FOLDER, { file: shown }, 'Pass the model file itself (.h5, .keras or .tflite), not a folder.');
    // a regular file (no device, FIFO or socket: /dev/zero would never end) within the max-model-mib limit
    bytes = readRegularFile({ path, name: shown, kind: 'usage' }, { maxBytes: limitBytes(limits, 'modelMib'), limit: 'modelMib' });
  } catch (error) {
    if (error instanceof GateError) throw error;
    throw new GateError('usage', readFailure((error as NodeJS.ErrnoException).code), { file: shown }, hint);
  }
  if (bytes.byteLength === 0) throw new GateError('usage', 'the file is empty (0 bytes)', { file: shown }, `${hint} A model file written by model.save() (.h5 or .keras) or a .tflite is expected.`);
  return bytes;
}

export type ModelFormat = 'tflite' | 'keras' | 'onnx';

/** Each format: how its first bytes look, its name in messages, and where such a file comes from. */
const FORMATS: Record<ModelFormat, { is: (bytes: Uint8Array) => boolean; label: string; names: string[]; from: string }> = {
  tflite: { is: isTflite, label: 'TFLite', names: ['TFLite (.tflite)'], from: 'a .tflite file' },
  keras: { is: (bytes) => probeKerasFormat(bytes) !== undefined, label: 'Keras', names: ['HDF5 (.h5)', 'a .keras zip archive'], from: 'a Keras model.save() file (.h5 or .keras)' },
  onnx: { is: probeOnnx, label: 'ONNX', names: ['ONNX (.onnx)'], from: 'an ONNX file (.onnx, e.g. from torch.onnx.export)' },
};

/** "a", "a or b", "a, b or c". */
function joined(items: string[], word: string): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}

/**
 * Refuse bytes in none of the formats `accepts` (told apart by content, never by the extension): the message
 * names the formats the command reads, e.g. "not a Keras or ONNX model: it is neither HDF5 (.h5), a .keras
 * zip archive nor ONNX (.onnx)".
 */
export function checkModelFormat(bytes: Uint8Array, shown: string, accepts: ModelFormat[]): void {
  if (accepts.some((format) => FORMATS[format].is(bytes))) return;
  const formats = accepts.map((format) => FORMATS[format]);
  throw new GateError('bad-model', `not a ${joined(formats.map((f) => f.label), 'or')} model: it is neither ${joined(formats.flatMap((f) => f.names), 'nor')}`,
    { file: shown, where: 'byte 0' }, `Pass ${joined(formats.map((f) => f.from), 'or')}.`);
}
