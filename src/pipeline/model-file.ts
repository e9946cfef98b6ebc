/**
 * Reading a model file the user named, with the same message in every command for the same problem: not
 * found, a folder, not readable, empty; and, as everywhere, a regular file (no device or FIFO) within the size limit.
 */
import { stat } from 'node:fs/promises';
import { GateError } from '../errors.js';
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
