/**
 * Public entry of the Keras reader: bytes of a .h5 or .keras file -> KerasModel. The format is found
 * from the first bytes; HDF5 is read with a deadline (a watchdog stops files that make HDF5 loop). Every failure is a GateError
 * that names the file and the place inside it.
 */
import { GateError } from '../errors.js';
import { readHdf5Model } from './h5-model.js';
import { readKerasZip } from './keras-zip.js';
import { probeKerasFormat } from './probe.js';
import type { KerasModel, ReadKerasOptions } from './types.js';

export { probeKerasFormat } from './probe.js';
export { defaultHdf5DeadlineMs } from './hdf5-client.js';
export type * from './types.js';

export async function readKerasModel(bytes: Uint8Array, fileName: string, options: ReadKerasOptions = {}): Promise<KerasModel> {
  const format = probeKerasFormat(bytes);
  try {
    if (format === 'hdf5') return await readHdf5Model(bytes, fileName, options);
    if (format === 'keras-zip') return await readKerasZip(bytes, fileName, options);
  } catch (error) {
    throw error instanceof GateError ? error.withFile(fileName) : error;
  }
  // the words of pipeline/model-file.ts's checkModelFormat (what the commands say) for a reader of Keras only
  throw new GateError(
    'bad-model',
    'not a Keras model: it is neither HDF5 (.h5) nor a .keras zip archive',
    { file: fileName, where: 'byte 0' },
    'Pass a Keras model.save() file (.h5 or .keras).',
  );
}
