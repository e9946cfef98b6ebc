import type { Graph, Op } from '../ir.js';
import { consumers, isGraphOutput, removeOps } from './util.js';

/**
 * ZeroPadding + VALID convolution → SAME convolution, when SAME would pad exactly the same rows and
 * columns (TFLite's SAME puts the odd pixel at the end, as `ZeroPadding2D(((0, 1), (0, 1)))` does).
 */
function samePads(size: number, kernel: number, stride: number, dilation: number): [number, number] {
  const effective = (kernel - 1) * dilation + 1;
  const out = Math.ceil(size / stride);
  const total = Math.max((out - 1) * stride + effective - size, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

function validOut(size: number, kernel: number, stride: number, dilation: number): number {
  return Math.floor((size - ((kernel - 1) * dilation + 1)) / stride) + 1;
}

function foldable(graph: Graph, pad: Op, conv: Op): boolean {
  const paddings = graph.tensors[pad.inputs[1]!]?.data;
  const input = graph.tensors[pad.inputs[0]!]!;
  const filter = graph.tensors[conv.inputs[1]!]!;
  if (!(paddings instanceof Int32Array) || paddings.length !== 8 || input.shape.length !== 4) return false;
  if (paddings[0] || paddings[1] || paddings[6] || paddings[7]) return false;
  const o = conv.options ?? {};
  const dims = [
    { size: input.shape[1]!, k: filter.shape[1]!, s: Number(o.stride_h ?? 1), d: Number(o.dilation_h_factor ?? 1), p: [paddings[2]!, paddings[3]!] },
    { size: input.shape[2]!, k: filter.shape[2]!, s: Number(o.stride_w ?? 1), d: Number(o.dilation_w_factor ?? 1), p: [paddings[4]!, paddings[5]!] },
  ];
  return dims.every(({ size, k, s, d, p }) => {
    const [before, after] = samePads(size, k, s, d);
    return before === p[0] && after === p[1] && validOut(size + p[0]! + p[1]!, k, s, d) === Math.ceil(size / s);
  });
}

/** A VALID CONV_2D / DEPTHWISE_CONV_2D reading the PAD's output once, which SAME padding would pad alike. */
function foldableConv(graph: Graph, pad: Op, conv: Op): boolean {
  const isConv = conv.type === 'CONV_2D' || conv.type === 'DEPTHWISE_CONV_2D';
  return isConv && conv.options?.padding === 'VALID' && conv.inputs[0] === pad.outputs[0] && conv.inputs.filter((i) => i === pad.outputs[0]).length === 1 && foldable(graph, pad, conv);
}

/**
 * Every PAD whose readers are all such convolutions (one, or several: two ZeroPadding2D layers on the same
 * tensor become one PAD after CSE, as NASNet's reduction cells have) is folded into each of them.
 */
export function foldPadIntoConv(graph: Graph): void {
  const uses = consumers(graph);
  const dead = new Set<Op>();
  for (const pad of graph.ops) {
    if (pad.type !== 'PAD' || isGraphOutput(graph, pad.outputs[0]!)) continue;
    const convs = uses.get(pad.outputs[0]!) ?? [];
    if (convs.length === 0 || !convs.every((conv) => foldableConv(graph, pad, conv))) continue;
    for (const conv of convs) {
      conv.inputs[0] = pad.inputs[0]!;
      conv.options = { ...conv.options, padding: 'SAME' };
    }
    dead.add(pad);
  }
  removeOps(graph, dead);
}
