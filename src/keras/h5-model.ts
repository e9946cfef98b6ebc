/** A whole model saved as HDF5 (model.save('x.h5')): root attributes model_config, keras_version, backend. */
import { GateError } from '../errors.js';
import { buildModelGraph } from './config.js';
import { readHdf5Tree } from './hdf5-client.js';
import type { H5Tree } from './hdf5-types.js';
import { attrString, badModel, parseJsonText } from './json.js';
import type { KerasModel, ReadKerasOptions } from './types.js';
import { attachLegacyWeights } from './weights-legacy.js';

export const WEIGHTS_ONLY_MESSAGE = 'this file holds only weights (saved with save_weights); save the whole model with model.save()';

/**
 * True when an HDF5 tree looks like save_weights() output: Keras 2 puts layer_names on the root, Keras 3
 * (.weights.h5) a `layers` group. A file with a model_weights group but no model_config is a damaged
 * whole-model file instead.
 */
export function looksLikeWeightsOnly(tree: H5Tree): boolean {
  if ('model_weights' in tree.groupAttrs) return false;
  return 'layer_names' in tree.rootAttrs || 'layers' in tree.groupAttrs;
}

export function modelFromHdf5Tree(tree: H5Tree, maxDepth?: number): KerasModel {
  const configText = attrString(tree.rootAttrs.model_config);
  if (configText === undefined) {
    if (looksLikeWeightsOnly(tree)) throw new GateError('unsupported', WEIGHTS_ONLY_MESSAGE, { where: '/ (no model_config attribute)' });
    const damaged = 'model_weights' in tree.groupAttrs;
    const message = damaged ? 'the model_config attribute is missing or unreadable (damaged file?)' : 'an HDF5 file without a Keras model_config attribute: not a Keras model';
    throw badModel(message, '/', damaged ? 'save the model again with model.save()' : 'pass a file written by Keras model.save()');
  }
  const where = 'root attribute model_config';
  const graph = buildModelGraph(parseJsonText(configText, where, maxDepth), where);
  attachLegacyWeights(graph, tree);
  return {
    format: 'hdf5',
    kerasVersion: attrString(tree.rootAttrs.keras_version) ?? '',
    backend: attrString(tree.rootAttrs.backend) ?? '',
    graph,
  };
}

export async function readHdf5Model(bytes: Uint8Array, fileName: string, options: ReadKerasOptions = {}): Promise<KerasModel> {
  const tree = await readHdf5Tree(bytes, fileName, options);
  return modelFromHdf5Tree(tree, options.maxDepth);
}
