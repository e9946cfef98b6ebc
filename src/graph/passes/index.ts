import type { Graph } from '../ir.js';
import { compactTensors, removeDeadOps, shareConstants } from './cleanup.js';
import { eliminateCommonSubexpressions } from './cse.js';
import { dropZeroBias } from './drop-zero-bias.js';
import { foldAffineIntoConv } from './fold-affine.js';
import { foldConstants } from './fold-constants.js';
import { foldInputAffine } from './fold-input-offset.js';
import { foldInputScale } from './fold-input-scale.js';
import { foldPadIntoConv } from './fold-pad.js';
import { foldReshapes } from './fold-reshapes.js';
import { foldShapeOps } from './fold-shape-ops.js';
import { fuseActivations } from './fuse-activation.js';

/**
 * The graph rewrites the TFLite converter applies, in order. Each pass mutates the graph in place;
 * `optimizeGraph` returns the same object for chaining.
 */
export const PASSES: { name: string; run: (graph: Graph) => void }[] = [
  { name: 'fold-constants', run: foldConstants },
  { name: 'share-constants', run: shareConstants },
  { name: 'common-subexpressions', run: eliminateCommonSubexpressions },
  { name: 'fold-affine-into-conv', run: foldAffineIntoConv },
  { name: 'fold-input-scale', run: foldInputScale },
  { name: 'fold-input-offset', run: foldInputAffine },
  { name: 'fold-pad-into-conv', run: foldPadIntoConv },
  { name: 'fold-reshapes', run: foldReshapes },
  { name: 'fold-shape-ops', run: foldShapeOps },
  { name: 'fuse-activations', run: fuseActivations },
  { name: 'drop-zero-bias', run: dropZeroBias },
  { name: 'share-weights', run: shareConstants },
  { name: 'remove-dead-ops', run: removeDeadOps },
  { name: 'compact-tensors', run: compactTensors },
];

export function optimizeGraph(graph: Graph, skip: string[] = []): Graph {
  for (const pass of PASSES) if (!skip.includes(pass.name)) pass.run(graph);
  return graph;
}
