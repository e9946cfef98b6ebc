import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphBuilder } from '../../src/graph/builder.js';
import { estimateArena, modelStats } from '../../src/metrics/model-stats.js';
import { readTflite, toFloat16 } from '../../src/tflite/index.js';
import { lstmGraph } from '../tflite/helpers.js';

const fixture = (file: string) => readTflite(new Uint8Array(readFileSync(join(process.cwd(), 'fixtures', 'tflite', file))));

describe('modelStats', () => {
  it('counts MACs of conv, depthwise and dense layers (hand-computed for the conv fixture)', () => {
    const stats = modelStats(fixture('conv.f32.tflite'));
    // Conv2D 3→8 3x3 on 12x12, DepthwiseConv 3x3 on 12x12x8, Conv2D 8→16 3x3 stride 2 → 2x2, Dense 64→5
    expect(stats.macsByOp).toEqual({ CONV_2D: 12 * 12 * 8 * 27 + 2 * 2 * 16 * 72, DEPTHWISE_CONV_2D: 12 * 12 * 8 * 9, FULLY_CONNECTED: 64 * 5 });
    expect(stats.macs).toBe(31104 + 4608 + 10368 + 320);
  });

  it('counts LSTM MACs as steps × batch × weight-matrix elements', () => {
    const { graph } = lstmGraph();
    expect(modelStats(graph).macsByOp).toEqual({ UNIDIRECTIONAL_SEQUENCE_LSTM: 3 * 1 * (4 * 2 * 2 + 4 * 2 * 2) });
  });

  it('counts parameters and constant bytes by dtype, for float32 and float16', () => {
    const f32 = modelStats(fixture('dense.f32.tflite'));
    // Dense 8→16 and 16→4 with zero biases (the converter drops them): 128 + 64 weights.
    expect(f32.params).toBe(192);
    expect(f32.constantBytesByDtype).toEqual({ float32: 192 * 4 });
    expect(f32.weightBytes).toBe(768);
    expect(f32.ops).toEqual({ FULLY_CONNECTED: 2, SOFTMAX: 1 });
    const f16 = modelStats(toFloat16(fixture('dense.f32.tflite')));
    expect(f16.params).toBe(192);
    expect(f16.constantBytesByDtype).toEqual({ float16: 192 * 2 });
    expect(f16.ops).toEqual({ DEQUANTIZE: 2, FULLY_CONNECTED: 2, SOFTMAX: 1 });
    expect(f16.tensorsByDtype).toEqual({ float16: 2, float32: 6 });
    const conv = modelStats(fixture('conv.f32.tflite'));
    expect(conv.params).toBe(16 * 72 + 9 * 8 + 5 * 64 + 16 + 8 + 8 * 27); // int32 shape constants excluded
  });

  it('plans the arena: chain reuses memory, a long-lived tensor does not', () => {
    const chain = (keepFirst: boolean) => {
      const g = new GraphBuilder();
      const x = g.activation('x', [1, 1000]); // 4000 bytes
      const a = g.activation('a', [1, 1000]);
      const b = g.activation('b', [1, 1000]);
      const c = g.activation('c', [1, 1000]);
      g.op('RELU', [x], [a]);
      g.op('RELU', [a], [b]);
      g.op('ADD', keepFirst ? [b, x] : [b, b], [c]);
      g.inputs.push({ name: 'x', tensor: x });
      g.outputs.push({ name: 'c', tensor: c });
      return g.build('t');
    };
    // Without the skip connection two buffers suffice at any time; with it, three are alive at the ADD.
    expect(estimateArena(chain(false))).toBe(2 * 4032);
    expect(estimateArena(chain(true))).toBe(3 * 4032);
  });

  it('places the largest tensors first (greedy by size), which beats first-come placement here', () => {
    const g = new GraphBuilder();
    const x = g.activation('x', [1, 16]);
    const a = g.activation('a', [1, 16]);
    const b = g.activation('b', [1, 1600]);
    const c = g.activation('c', [1, 16]);
    g.op('RELU', [x], [a]);
    g.op('TILE', [a], [b]);
    g.op('MEAN', [b], [c]);
    g.inputs.push({ name: 'x', tensor: x });
    g.outputs.push({ name: 'c', tensor: c });
    // b (6400 B) at 0; a and c beside it at 6400; x reuses offset 0 before b exists. First-come would need 6528.
    expect(estimateArena(g.build('t'))).toBe(6464);
  });

  it('estimates an arena between the largest activation and the sum of all activations', () => {
    const graph = fixture('misc.f32.tflite');
    const sizes = graph.tensors.filter((t) => !t.data).map((t) => t.shape.reduce((a, d) => a * d, 1) * 4);
    const arena = modelStats(graph).arenaBytes;
    expect(arena).toBeGreaterThanOrEqual(Math.max(...sizes));
    expect(arena).toBeLessThan(sizes.reduce((a, b) => a + b, 0));
  });
});
