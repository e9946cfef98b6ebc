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


/** One UNIDIRECTIONAL_SEQUENCE_LSTM (batch 1, 3 steps, 2 features, 2 units) with the weights it was built from. */
export function lstmGraph(): { graph: Graph; w: Float32Array[]; r: Float32Array[]; bias: Float32Array[] } {
  const g = new GraphBuilder();
  const units = 2;
  const features = 2;
  const input = g.activation('seq', [1, 3, features]);
  const val = (k: number, n: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(k * 7 + i) * 0.5);
  const w = [0, 1, 2, 3].map((k) => val(k, units * features));
  const r = [0, 1, 2, 3].map((k) => val(k + 4, units * units));
  const bias = [0, 1, 2, 3].map((k) => val(k + 8, units));
  const gates = ['input', 'forget', 'cell', 'output'];
  const wi = w.map((d, k) => g.constFloat(`lstm/${gates[k]}_w`, [units, features], d));
  const ri = r.map((d, k) => g.constFloat(`lstm/${gates[k]}_r`, [units, units], d));
  const bi = bias.map((d, k) => g.constFloat(`lstm/${gates[k]}_b`, [units], d));
  const h = g.activation('lstm/output_state', [1, units]);
  const c = g.activation('lstm/cell_state', [1, units]);
  const out = g.activation('lstm/out', [1, 3, units]);
  g.op('UNIDIRECTIONAL_SEQUENCE_LSTM', [input, ...wi, ...ri, -1, -1, -1, ...bi, -1, -1, h, c, -1, -1, -1, -1], [out],
    { fused_activation_function: 'TANH', time_major: false }, 'lstm');
  g.inputs.push({ name: 'seq', tensor: input });
  g.outputs.push({ name: 'out', tensor: out });
  return { graph: g.build('lstm test'), w, r, bias };
}

/** Keras LSTM semantics on batch 1: gates i, f, c, o; sigmoid/tanh. */
export function referenceLstm(x: number[][], m: ReturnType<typeof lstmGraph>): number[][] {
  const sig = (v: number) => 1 / (1 + Math.exp(-v));
  const units = m.bias[0]!.length;
  let h = new Array<number>(units).fill(0);
  let c = new Array<number>(units).fill(0);
  return x.map((xt) => {
    const gate = (k: number, u: number) => m.bias[k]![u]! + xt.reduce((s, v, j) => s + v * m.w[k]![u * xt.length + j]!, 0)
      + h.reduce((s, v, j) => s + v * m.r[k]![u * units + j]!, 0);
    const next = Array.from({ length: units }, (_, u) => {
      const cu = sig(gate(1, u)) * c[u]! + sig(gate(0, u)) * Math.tanh(gate(2, u));
      return { cu, hu: sig(gate(3, u)) * Math.tanh(cu) };
    });
    c = next.map((n) => n.cu);
    h = next.map((n) => n.hu);
    return h;
  });
}
