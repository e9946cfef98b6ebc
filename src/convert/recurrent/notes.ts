import type { Graph } from '../../graph/ir.js';
import type { KerasGraph } from '../../keras/types.js';
import type { ConvertOptions } from '../types.js';
import { CELL_PLANS } from './plans.js';

const RECURRENT = new Set([...Object.keys(CELL_PLANS), 'Bidirectional']);

function recurrentLayers(graph: KerasGraph): string[] {
  return graph.layers.flatMap((l) => (l.model ? recurrentLayers(l.model) : RECURRENT.has(l.className) ? [l.name] : []));
}

/** What the conversion output says about the form its recurrent layers were written in (nothing without any). */
export function recurrentFormNotes(keras: KerasGraph, graph: Graph, options: Partial<ConvertOptions>): string[] {
  const layers = [...new Set(recurrentLayers(keras))];
  if (layers.length === 0) return [];
  const list = layers.join(', ');
  const loops = graph.ops.filter((op) => op.type === 'WHILE').length;
  if (loops > 0) return [`recurrent layers (${list}) written as ${loops} WHILE loop${loops > 1 ? 's' : ''} (graph size independent of the number of time steps)`];
  const why = options.recurrentForm === 'unrolled' ? 'as asked' : 'a single time step: nothing to loop over';
  return [`recurrent layers (${list}) unrolled, one copy of the cell per time step (${why})`];
}
