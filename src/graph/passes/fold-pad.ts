import type { Graph, Op } from '../ir.js';
import { consumers, onlyFeeds, producers, removeOps } from './util.js';

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

export function foldPadIntoConv(graph: Graph): void {
  const uses = consumers(graph);
  const made = producers(graph);
  const dead = new Set<Op>();
  for (const conv of graph.ops) {
    if ((conv.type !== 'CONV_2D' && conv.type !== 'DEPTHWISE_CONV_2D') || conv.options?.padding !== 'VALID') continue;
    const pad = made.get(conv.inputs[0]!);
    if (!pad || pad.type !== 'PAD' || !onlyFeeds(graph, uses, conv.inputs[0]!, conv) || !foldable(graph, pad, conv)) continue;
    conv.inputs[0] = pad.inputs[0]!;
    conv.options = { ...conv.options, padding: 'SAME' };
    dead.add(pad);
  }
  removeOps(graph, dead);
}
