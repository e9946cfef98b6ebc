/**
 * Weights of a Keras 3 `.keras` file (model.weights.h5). Keras keys each layer of a model by its class
 * name in snake case with a counter (layers/conv2d, layers/conv2d_1, ...), in the order of model.layers,
 * and stores its variables at layers/<key>/vars/<i>; a nested model's layers sit at
 * layers/<model key>/layers/<key>/vars/<i>. Newer files also record the layer name on each `vars` group,
 * which we prefer when present. Sub-objects (an RNN's cell, Bidirectional's forward/backward layers)
 * keep their own vars below the layer's group and follow the layer's own variables.
 * tf.keras 2.13-2.15 wrote the same format with groups _layer_checkpoint_dependencies/<layer name>
 * (with backslashes as separators when saved on Windows); those are keyed by the layer's own name.
 */
import type { H5DatasetData, H5Tree } from './hdf5-types.js';
import type { KerasGraph, WeightTensor } from './types.js';

/** keras.src.utils.naming.to_snake_case */
export function toSnakeCase(name: string): string {
  return name
    .replace(/\W+/g, '')
    .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

const TF_KERAS_CONTAINER = '_layer_checkpoint_dependencies';

/** Layer name -> group path, as Keras's saving code names them. */
function containerKeys(graph: KerasGraph, tree: H5Tree, base: string): Map<string, string> {
  const keys = new Map<string, string>();
  if (base.endsWith(TF_KERAS_CONTAINER)) {
    for (const layer of graph.layers) keys.set(layer.name, `${base}/${layer.name}`);
    return keys;
  }
  const used = new Map<string, number>();
  for (const layer of graph.layers) {
    if (graph.className === 'Sequential' && layer.className === 'InputLayer') continue;
    const snake = toSnakeCase(layer.className);
    const count = used.get(snake);
    used.set(snake, count === undefined ? 0 : count + 1);
    keys.set(layer.name, `${base}/${count === undefined ? snake : `${snake}_${count + 1}`}`);
  }
  const prefix = `${base}/`;
  for (const [path, attrs] of Object.entries(tree.groupAttrs)) {
    if (!path.startsWith(prefix) || !path.endsWith('/vars') || typeof attrs.name !== 'string') continue;
    const key = path.slice(prefix.length, -'/vars'.length);
    if (!key.includes('/')) keys.set(attrs.name, `${base}/${key}`);
  }
  return keys;
}

/** Group paths with '/' separators only (tf.keras on Windows wrote '\\' inside group names). */
export function normaliseSeparators(tree: H5Tree): H5Tree {
  const fix = (path: string) => path.replace(/\\/g, '/');
  const groupAttrs = Object.fromEntries(Object.entries(tree.groupAttrs).map(([path, attrs]) => [fix(path), attrs]));
  return { rootAttrs: tree.rootAttrs, groupAttrs, datasets: tree.datasets.map((d) => ({ ...d, path: fix(d.path) })) };
}

function hasGroup(tree: H5Tree, path: string): boolean {
  return Object.keys(tree.groupAttrs).some((group) => group === path || group.startsWith(`${path}/`));
}

function containerOf(tree: H5Tree, path: string): string {
  const join = (name: string) => (path ? `${path}/${name}` : name);
  return hasGroup(tree, join(TF_KERAS_CONTAINER)) && !hasGroup(tree, join('layers')) ? join(TF_KERAS_CONTAINER) : join('layers');
}

export function attachV3Weights(graph: KerasGraph, tree: H5Tree, base = containerOf(tree, '')): void {
  const keys = containerKeys(graph, tree, base);
  for (const layer of graph.layers) {
    const path = keys.get(layer.name);
    if (!path) continue;
    if (layer.model) attachV3Weights(layer.model, tree, containerOf(tree, path));
    else layer.weights = layerVariables(tree.datasets, path);
  }
}

/** Datasets below `path`, own vars first, then sub-objects; random-generator state is not a weight. */
function layerVariables(datasets: H5DatasetData[], path: string): WeightTensor[] {
  const prefix = `${path}/`;
  return datasets
    .filter((d) => d.path.startsWith(prefix) && !/(^|\/)seed_generator[^/]*\//.test(d.path.slice(prefix.length)))
    .sort((a, b) => compareVarPaths(a.path.slice(prefix.length), b.path.slice(prefix.length)))
    .map((d) => ({ name: d.path, shape: d.shape, data: d.data }));
}

const SEGMENT_ORDER: Record<string, number> = { vars: 0, forward_layer: 1, backward_layer: 2 };

function compareSegments(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) - Number(b);
  const rankA = SEGMENT_ORDER[a] ?? 3;
  const rankB = SEGMENT_ORDER[b] ?? 3;
  if (rankA !== rankB) return rankA - rankB;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareVarPaths(a: string, b: string): number {
  const partsA = a.split('/');
  const partsB = b.split('/');
  for (let i = 0; i < Math.min(partsA.length, partsB.length); i++) {
    const order = compareSegments(partsA[i], partsB[i]);
    if (order !== 0) return order;
  }
  return partsA.length - partsB.length;
}
