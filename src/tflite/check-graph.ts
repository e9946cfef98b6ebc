/**
 * Checks a Graph before writing it (ids in range, known ops and dtypes, data sizes, WHILE subgraph indices):
 * a failure is a bug in the converter or a pass, except an operator the writer does not know (a GateError).
 */
import type { Graph, Subgraph } from '../graph/ir.js';
import { GateError } from '../errors.js';
import { DTYPE_CODE } from './schema/enums.js';
import { OPS } from './ops.js';

export const SUBGRAPH_NAME = 'main';

/** The main graph in the shape of a subgraph. */
function mainSubgraph(graph: Graph): Subgraph {
  return { name: SUBGRAPH_NAME, tensors: graph.tensors, ops: graph.ops, inputs: graph.inputs.map((io) => io.tensor), outputs: graph.outputs.map((io) => io.tensor) };
}

/** Every subgraph of the model, main first. */
export function allSubgraphs(graph: Graph): Subgraph[] {
  return [mainSubgraph(graph), ...(graph.subgraphs ?? [])];
}

function checkSubgraph(sg: Subgraph, subgraphCount: number): void {
  const n = sg.tensors.length;
  sg.tensors.forEach((t, i) => {
    if (t.id !== i) throw new Error(`tensor ${t.name}: id ${t.id} at index ${i}`);
    if (DTYPE_CODE[t.dtype] === undefined) throw new Error(`tensor ${t.name}: unknown dtype ${t.dtype}`);
    const count = t.shape.reduce((a, d) => a * d, 1);
    if (t.data && t.data.length !== count) throw new Error(`tensor ${t.name}: ${t.data.length} values for shape [${t.shape}]`);
  });
  for (const op of sg.ops) {
    if (!OPS[op.type]) {
      throw new GateError('unsupported', `operator ${op.type} is not supported by the TFLite writer`, { where: op.origin },
        'use layers that map to the supported TFLite builtin operators');
    }
    for (const id of [...op.inputs, ...op.outputs]) {
      if (id !== -1 && (id < 0 || id >= n)) throw new Error(`${op.type} (${op.origin ?? '?'}): tensor index ${id} out of range`);
    }
    for (const key of ['cond_subgraph_index', 'body_subgraph_index']) {
      const index = op.options?.[key];
      if (index !== undefined && !(Number(index) > 0 && Number(index) < subgraphCount)) throw new Error(`${op.type} (${op.origin ?? '?'}): ${key} ${String(index)} of ${subgraphCount} subgraphs`);
    }
  }
  for (const id of [...sg.inputs, ...sg.outputs]) {
    if (id < 0 || id >= n) throw new Error(`subgraph ${sg.name}: input/output tensor index ${id} out of range`);
  }
}

export function checkGraph(graph: Graph): void {
  const subgraphs = allSubgraphs(graph);
  for (const sg of subgraphs) checkSubgraph(sg, subgraphs.length);
  for (const io of [...graph.inputs, ...graph.outputs]) {
    if (io.tensor < 0 || io.tensor >= graph.tensors.length) throw new Error(`signature ${io.name}: tensor index ${io.tensor} out of range`);
  }
}
