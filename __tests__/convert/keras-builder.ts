import type { KerasGraph, KerasLayer, KerasModel, WeightTensor } from '../../src/keras/types.js';

/** Small hand-made KerasModels for unit tests: a chain of layers after one input, weights from a seeded generator. */
export function rand(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
}

export function w(name: string, shape: number[], fill: number | (() => number)): WeightTensor {
  const n = shape.reduce((a, b) => a * b, 1);
  const data = new Float32Array(n).map(() => (typeof fill === 'number' ? fill : fill()));
  return { name, shape, data };
}

export function layer(className: string, name: string, config: Record<string, unknown> = {}, weights: WeightTensor[] = []): KerasLayer {
  return { className, name, config: { name, ...config }, inbound: [], weights };
}

/** input → layers[0] → layers[1] → ... as a functional graph. */
export function chain(inputShape: (number | null)[], layers: KerasLayer[], name = 'model'): KerasGraph {
  const input: KerasLayer = { className: 'InputLayer', name: 'input', config: { name: 'input', batch_shape: inputShape }, inbound: [], weights: [] };
  let prev = 'input';
  for (const l of layers) {
    l.inbound = [[{ layer: prev, nodeIndex: 0, tensorIndex: 0 }]];
    prev = l.name;
  }
  return {
    name,
    className: 'Functional',
    layers: [input, ...layers],
    inputs: [{ layer: 'input', nodeIndex: 0, tensorIndex: 0 }],
    outputs: [{ layer: prev, nodeIndex: 0, tensorIndex: 0 }],
    inputShapes: [inputShape],
    inputDtypes: ['float32'],
  };
}

export function model(graph: KerasGraph, kerasVersion = '3.10.0'): KerasModel {
  return { format: 'keras-zip', kerasVersion, backend: 'tensorflow', graph };
}

export function opTypes(graph: { ops: { type: string }[] }): string[] {
  return graph.ops.map((op) => op.type);
}
