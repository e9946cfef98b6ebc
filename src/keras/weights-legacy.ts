/**
 * Weights of an HDF5 model file (model.save('x.h5'), Keras 2.0 -> 3.x). Each top-level layer has a
 * group model_weights/<layer> whose `weight_names` attribute lists its weights in Keras order, stored
 * at model_weights/<layer>/<weight name>:
 *   Keras 2:              dense_1 -> dense_1/kernel:0
 *   Keras 3 legacy h5:    conv2d  -> sequential/conv2d/kernel
 *   nested model (both):  <nested> -> <inner layer>/kernel:0, <nested>/<inner layer>/kernel, ...
 * A nested model's weights all sit in its OUTER group; each is handed to the inner layer its name points at.
 */
import type { H5DatasetData, H5Tree } from './hdf5-types.js';
import { attrStrings, badModel } from './json.js';
import type { KerasGraph, KerasLayer, WeightTensor } from './types.js';

export function attachLegacyWeights(graph: KerasGraph, tree: H5Tree): void {
  const root = 'model_weights';
  const rootAttrs = tree.groupAttrs[root];
  if (!rootAttrs) throw badModel('the file has a model config but no model_weights group', root);
  const datasets = new Map<string, H5DatasetData>(tree.datasets.map((d) => [d.path, d]));
  const byName = new Map(graph.layers.map((layer) => [layer.name, layer]));
  for (const name of attrStrings(rootAttrs.layer_names)) {
    const group = `${root}/${name}`;
    const weightNames = attrStrings(tree.groupAttrs[group]?.weight_names);
    if (weightNames.length === 0) continue;
    const layer = byName.get(name);
    if (!layer) throw badModel(`holds weights for a layer "${name}" that the model config does not have`, group);
    const tensors = weightNames.map((weightName) => weightTensor(datasets, group, weightName));
    if (layer.model) distribute(layer, layer.model, tensors, group);
    else layer.weights = tensors;
  }
}

function weightTensor(datasets: Map<string, H5DatasetData>, group: string, name: string): WeightTensor {
  const data = datasets.get(`${group}/${name}`);
  if (!data) throw badModel(`weight "${name}" is listed in weight_names but not stored`, `${group}/${name}`);
  return { name, shape: data.shape, data: data.data };
}

function distribute(owner: KerasLayer, model: KerasGraph, tensors: WeightTensor[], group: string): void {
  for (const tensor of tensors) {
    const target = innerLayerFor(model, tensor.name);
    if (!target) {
      throw badModel(`weight "${tensor.name}" belongs to no layer of the nested model "${owner.name}"`, `${group}/${tensor.name}`);
    }
    target.weights.push(tensor);
  }
}

/** Follow the weight name's path components down through nested models to the layer that owns it. */
export function innerLayerFor(model: KerasGraph, weightName: string): KerasLayer | undefined {
  const parts = weightName.split('/').slice(0, -1);
  let current = model;
  for (const part of parts) {
    if (part === current.name) continue;
    const layer = current.layers.find((candidate) => candidate.name === part);
    if (!layer) continue;
    if (!layer.model) return layer;
    current = layer.model;
  }
  // Keras 2 names a deeply nested layer's weights without the models in between: search below.
  for (const part of parts) {
    const leaf = findLeaf(model, part);
    if (leaf) return leaf;
  }
  return undefined;
}

function findLeaf(model: KerasGraph, name: string): KerasLayer | undefined {
  for (const layer of model.layers) {
    if (layer.model) {
      const inner = findLeaf(layer.model, name);
      if (inner) return inner;
    } else if (layer.name === name) {
      return layer;
    }
  }
  return undefined;
}
