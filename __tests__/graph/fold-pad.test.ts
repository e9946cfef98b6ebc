import { GraphBuilder } from '../../src/graph/builder.js';
import type { Graph } from '../../src/graph/ir.js';
import { foldPadIntoConv } from '../../src/graph/passes/fold-pad.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { writeTflite } from '../../src/tflite/writer.js';

/** x [1, 7, 7, 2] -> PAD 1 on each side (what SAME pads for 3x3 stride 2 on 7) -> a depthwise conv and a second reader. */
function graph(second: 'DEPTHWISE_CONV_2D' | 'MAX_POOL_2D'): Graph {
  const b = new GraphBuilder();
  const x = b.activation('x', [1, 7, 7, 2]);
  b.inputs.push({ name: 'x', tensor: x });
  const padded = b.activation('padded', [1, 9, 9, 2]);
  b.op('PAD', [x, b.constInt32('paddings', [0, 0, 1, 1, 1, 1, 0, 0], [4, 2])], [padded]);
  const dw = (name: string, seed: number) => {
    const out = b.activation(name, [1, 4, 4, 2]);
    const filter = b.constFloat(`${name}/filter`, [1, 3, 3, 2], Float32Array.from({ length: 18 }, (_, i) => Math.sin(i + seed)));
    b.op('DEPTHWISE_CONV_2D', [padded, filter, b.constFloat(`${name}/bias`, [2], [0.1, -0.2])], [out], { padding: 'VALID', stride_w: 2, stride_h: 2, depth_multiplier: 1 });
    return out;
  };
  const a = dw('a', 0);
  let c: number;
  if (second === 'DEPTHWISE_CONV_2D') c = dw('c', 5);
  else {
    c = b.activation('c', [1, 4, 4, 2]);
    b.op('MAX_POOL_2D', [padded], [c], { padding: 'VALID', stride_w: 2, stride_h: 2, filter_width: 3, filter_height: 3 });
  }
  b.outputs.push({ name: 'a', tensor: a }, { name: 'c', tensor: c });
  return b.build('t');
}

async function run(g: Graph): Promise<number[][]> {
  const interpreter = await loadInterpreter(writeTflite(g));
  try {
    return interpreter.run([Float32Array.from({ length: 98 }, (_, i) => Math.cos(i) * 3)]).map((o) => Array.from(o as Float32Array));
  } finally {
    interpreter.dispose();
  }
}

describe('fold-pad-into-conv', () => {
  it('folds a PAD read by two VALID convolutions into both (SAME), same results in LiteRT.js', async () => {
    const folded = graph('DEPTHWISE_CONV_2D');
    foldPadIntoConv(folded);
    expect(folded.ops.map((op) => [op.type, op.options?.padding])).toEqual([['DEPTHWISE_CONV_2D', 'SAME'], ['DEPTHWISE_CONV_2D', 'SAME']]);
    const [got, want] = [await run(folded), await run(graph('DEPTHWISE_CONV_2D'))];
    got.flat().forEach((v, i) => expect(v).toBeCloseTo(want.flat()[i]!, 5));
  });

  it('keeps the PAD when another reader (a pool, where zeros count) needs it', () => {
    const g = graph('MAX_POOL_2D');
    foldPadIntoConv(g);
    expect(g.ops.map((op) => [op.type, op.options?.padding])).toEqual([['PAD', undefined], ['DEPTHWISE_CONV_2D', 'VALID'], ['MAX_POOL_2D', 'VALID']]);
  });
});
