/** Shared by the Keras reader tests: fixture paths, expectations written by the fixture script, small utilities. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GateError } from '../../src/errors.js';
import type { KerasGraph, KerasLayer } from '../../src/keras/types.js';

export const ROOT = process.cwd();
export const FIXTURES = join(ROOT, 'fixtures', 'keras');
export const REAL_DIR = join(ROOT, '..', 'shared', 'real-models');
export const BAD_DIR = join(ROOT, '..', 'shared', 'bad-inputs');
export const realModelsPresent = existsSync(REAL_DIR);

export interface Expected {
  layers: [string, string][];
  weights: Record<string, number[][]>;
  param_count: number;
  keras_version: string;
  source: 'keras' | 'h5py';
  values?: Record<string, number[]>;
}

export const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as {
  fixtures: Record<string, Expected>;
  real: Record<string, Expected>;
};

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

/** Leaf layers (nested models opened up), depth first in layer order. */
export function leafLayers(graph: KerasGraph): KerasLayer[] {
  return graph.layers.flatMap((layer) => (layer.model ? leafLayers(layer.model) : [layer]));
}

export function layerWeightShapes(layer: KerasLayer): number[][] {
  return layer.model ? leafLayers(layer.model).flatMap((inner) => inner.weights.map((w) => w.shape)) : layer.weights.map((w) => w.shape);
}

export function paramCount(graph: KerasGraph): number {
  return leafLayers(graph).reduce((sum, layer) => sum + layer.weights.reduce((n, w) => n + w.data.length, 0), 0);
}

/** Compare a read graph with what Keras / h5py said about the file. */
export function checkAgainstExpected(graph: KerasGraph, want: Expected): void {
  const topLayers = graph.layers.filter((layer) => layer.className !== 'InputLayer');
  expect(topLayers.map((layer) => [layer.name, layer.className])).toEqual(want.layers);
  for (const layer of topLayers) {
    const shapes = layerWeightShapes(layer);
    const wanted = want.weights[layer.name] ?? [];
    // A nested model's weights are listed trainable-first in the file; ours are per inner layer.
    if (layer.model) expect(shapes.map(String).sort()).toEqual(wanted.map(String).sort());
    else expect(shapes).toEqual(wanted);
  }
  for (const layer of leafLayers(graph)) {
    for (const weight of layer.weights) expect(weight.data.length).toBe(weight.shape.reduce((a, b) => a * b, 1));
  }
  expect(paramCount(graph)).toBe(want.param_count);
}

/** Run `action`, expect a GateError, and return it. */
export async function gateError(action: Promise<unknown>): Promise<GateError> {
  try {
    await action;
  } catch (error) {
    if (error instanceof GateError) return error;
    throw new Error(`expected a GateError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a GateError, but the call succeeded');
}

/** Deterministic pseudo-random numbers (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
