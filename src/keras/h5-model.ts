/** A whole model saved as HDF5 (model.save('x.h5')): root attributes model_config, keras_version, backend. */
import { GateError } from '../errors.js';
import { buildModelGraph } from './config.js';
import { readHdf5Tree } from './hdf5-client.js';
import type { H5Tree } from './hdf5-types.js';
import { attrString, badModel, parseJsonText } from './json.js';
import type { KerasModel } from './types.js';
import { attachLegacyWeights } from './weights-legacy.js';

export const WEIGHTS_ONLY_MESSAGE = 'this file holds only weights (saved with save_weights); save the whole model with model.save()';

/** True when an HDF5 tree looks like save_weights() output: layer groups with weights, no model config. */
export function looksLikeWeightsOnly(tree: H5Tree): boolean {
  if ('layer_names' in tree.rootAttrs) return true;
  return Object.keys(tree.groupAttrs).some((path) => path === 'layers' || path === 'model_weights' || path.endsWith('/vars'));
}

export function modelFromHdf5Tree(tree: H5Tree): KerasModel {
  const configText = attrString(tree.rootAttrs.model_config);
  if (configText === undefined) {
    if (looksLikeWeightsOnly(tree)) throw new GateError('unsupported', WEIGHTS_ONLY_MESSAGE, { where: '/ (no model_config attribute)' });
    throw badModel('an HDF5 file without a Keras model_config attribute: not a Keras model', '/', 'pass a file written by Keras model.save()');
  }
  const where = 'root attribute model_config';
  const graph = buildModelGraph(parseJsonText(configText, where), where);
  attachLegacyWeights(graph, tree);
  return {
    format: 'hdf5',
    kerasVersion: attrString(tree.rootAttrs.keras_version) ?? '',
    backend: attrString(tree.rootAttrs.backend) ?? '',
    graph,
  };
}

export async function readHdf5Model(bytes: Uint8Array, fileName: string, timeoutMs?: number): Promise<KerasModel> {
  const tree = await readHdf5Tree(bytes, fileName, { timeoutMs });
  return modelFromHdf5Tree(tree);
}
