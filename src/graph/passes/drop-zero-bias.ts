import type { Graph, Op } from '../ir.js';
import { isConstFloat } from './util.js';

/**
 * An all-zero bias is dropped, where the TFLite converter drops it (TF 2.21, measured): FULLY_CONNECTED gets
 * bias input -1, TRANSPOSE_CONV loses its optional 4th input. A Dense whose bias is zero (freshly initialized,
 * e.g. keras.applications' classifier) then costs no constant and, in the float16 variant, no DEQUANTIZE.
 * CONV_2D and DEPTHWISE_CONV_2D keep theirs, as in the converter's files (LiteRT.js refuses CONV_2D with -1).
 */
const DROP: Readonly<Record<string, (op: Op) => number[]>> = {
  FULLY_CONNECTED: (op) => op.inputs.map((id, i) => (i === 2 ? -1 : id)),
  TRANSPOSE_CONV: (op) => op.inputs.slice(0, 3),
};
const BIAS_INPUT: Readonly<Record<string, number>> = { FULLY_CONNECTED: 2, TRANSPOSE_CONV: 3 };

export function dropZeroBias(graph: Graph): void {
  for (const op of graph.ops) {
    const drop = DROP[op.type];
    const bias = graph.tensors[op.inputs[BIAS_INPUT[op.type] ?? -1] ?? -1];
    if (drop && isConstFloat(bias) && bias.data.every((v) => v === 0)) op.inputs = drop(op);
  }
}
