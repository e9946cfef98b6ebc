/** Run a graph in LiteRT.js with one of its tensors as the only output (the ops after it dropped, so no op reads it). */
import { GraphBuilder } from '../../src/graph/builder.js';
import type { Graph } from '../../src/graph/ir.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { writeTflite } from '../../src/tflite/index.js';

export function upTo(graph: Graph, tensor: number): Graph {
  const last = graph.ops.findIndex((op) => op.outputs.includes(tensor));
  return { ...graph, ops: graph.ops.slice(0, last + 1), outputs: [{ name: 'out', tensor }] };
}

/** The raw values of `tensor` for each sample (inputs: one Float32Array per sample for the one model input). */
export async function tensorValues(graph: Graph, tensor: number, samples: Float32Array[]): Promise<number[][]> {
  const it = await loadInterpreter(writeTflite(upTo(graph, tensor)));
  try {
    return samples.map((x) => Array.from(it.run([x])[0]!, Number));
  } finally {
    it.dispose();
  }
}

/** Tensors of rank 4, 3 and 2 (and sizes that are not multiples of 4): x [1,3,5,3] → relu → reshape [1,15,3] → mean [1,3]. */
export function ranks(rank1 = false): Graph {
  const g = new GraphBuilder();
  const x = g.activation('x', [1, 3, 5, 3]);
  const r = g.activation('relu', [1, 3, 5, 3]);
  const flat = g.activation('flat', [1, 15, 3]);
  const m = g.activation('mean', [1, 3]);
  g.op('RELU', [x], [r]);
  g.op('RESHAPE', [r, g.constInt32('shape', [1, 15, 3])], [flat]);
  g.op('MEAN', [flat, g.constInt32('axis', [1])], [m], { keep_dims: false });
  g.inputs.push({ name: 'x', tensor: x });
  if (rank1) {
    // and a rank-1 tensor: one value per sample ([batch] once batched)
    const s = g.activation('sum', [1]);
    g.op('SUM', [m, g.constInt32('last', [1])], [s], { keep_dims: false });
    g.outputs.push({ name: 'sum', tensor: s });
  } else {
    g.outputs.push({ name: 'mean', tensor: m });
  }
  return g.build('t');
}

