import { GraphBuilder } from '../../src/graph/builder.js';
import type { Graph } from '../../src/graph/ir.js';
import { completeOptions, OPS } from '../../src/tflite/index.js';

/** A small CNN + dense graph built like the converter builds it: conv/depthwise/pool/reshape/fc/softmax. */
export function sampleGraph(): Graph {
  const g = new GraphBuilder();
  const input = g.activation('serving_default_image:0', [1, 8, 8, 3]);
  g.tensors[input]!.shapeSignature = [-1, 8, 8, 3];
  const filt = g.constFloat('conv/kernel', [4, 3, 3, 3], Float32Array.from({ length: 108 }, (_, i) => Math.sin(i)));
  const bias = g.constFloat('conv/bias', [4], [0.1, -0.2, 0.3, 0.05]);
  const conv = g.activation('conv/Relu', [1, 8, 8, 4]);
  g.op('CONV_2D', [input, filt, bias], [conv], { padding: 'SAME', stride_w: 1, stride_h: 1, fused_activation_function: 'RELU' }, 'conv');
  const dwf = g.constFloat('dw/kernel', [1, 3, 3, 4], Float32Array.from({ length: 36 }, (_, i) => Math.cos(i)));
  const dwb = g.constFloat('dw/bias', [4], [0, 0.1, 0, -0.1]);
  const dw = g.activation('dw/Relu6', [1, 8, 8, 4]);
  g.op('DEPTHWISE_CONV_2D', [conv, dwf, dwb], [dw], { padding: 'SAME', stride_w: 1, stride_h: 1, depth_multiplier: 1, fused_activation_function: 'RELU6' }, 'dw');
  const pool = g.activation('pool', [1, 4, 4, 4]);
  g.op('MAX_POOL_2D', [dw], [pool], { padding: 'VALID', stride_w: 2, stride_h: 2, filter_width: 2, filter_height: 2 }, 'pool');
  const shape = g.constInt32('flatten/shape', [-1, 64]);
  const flat = g.activation('flatten', [1, 64]);
  g.op('RESHAPE', [pool, shape], [flat], undefined, 'flatten');
  const w = g.constFloat('dense/kernel', [3, 64], Float32Array.from({ length: 192 }, (_, i) => ((i * 37) % 11) / 11 - 0.5));
  const logits = g.activation('dense/MatMul', [1, 3]);
  g.op('FULLY_CONNECTED', [flat, w, -1], [logits], { fused_activation_function: 'NONE' }, 'dense');
  const probs = g.activation('probs', [1, 3]);
  g.op('SOFTMAX', [logits], [probs], { beta: 1 }, 'probs');
  g.inputs.push({ name: 'image', tensor: input });
  g.outputs.push({ name: 'probs', tensor: probs });
  return g.build('tflite-gate test');
}

/** Options with schema defaults filled in, so written-then-read graphs compare equal. */
export function normalized(graph: Graph): Graph {
  return {
    ...graph,
    ops: graph.ops.map(({ origin: _origin, ...op }) => {
      const table = OPS[op.type]?.options;
      const options = table ? completeOptions(table, op.options) : op.options;
      const keep = options && Object.keys(options).length > 0 && !(OPS[op.type]?.omitDefaultOptions && !op.options);
      return { ...op, ...(keep ? { options } : { options: undefined }) };
    }).map((op) => (op.options === undefined ? { type: op.type, inputs: op.inputs, outputs: op.outputs } : op)),
  };
}

