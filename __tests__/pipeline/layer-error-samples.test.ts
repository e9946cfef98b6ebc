import { GraphBuilder } from '../../src/graph/builder.js';
import { modelStats } from '../../src/metrics/model-stats.js';
import { layerErrorSamples } from '../../src/pipeline/layer-error.js';

/** One 3×3 convolution, `channels` in and out, on a `size`×`size` input: size² · 9 · channels² multiply-accumulates. */
function conv(size: number, channels: number) {
  const g = new GraphBuilder();
  const x = g.activation('x', [1, size, size, channels]);
  const y = g.activation('y', [1, size, size, channels]);
  const w = g.constFloat('w', [channels, 3, 3, channels], new Float32Array(channels * 9 * channels));
  g.op('CONV_2D', [x, w, g.constFloat('b', [channels], new Float32Array(channels))], [y], { padding: 'SAME', stride_w: 1, stride_h: 1 });
  g.inputs.push({ name: 'x', tensor: x });
  g.outputs.push({ name: 'y', tensor: y });
  return g.build('t');
}

describe('layerErrorSamples', () => {
  it('keeps 32 samples for light models, fewer for heavy ones (about 4 G multiply-accumulates), never under 8 or over the data', () => {
    expect(modelStats(conv(8, 8)).macs).toBe(8 * 8 * 9 * 8 * 8);
    expect(layerErrorSamples(conv(8, 8), 200)).toBe(32);
    expect(layerErrorSamples(conv(8, 8), 5)).toBe(5);
    const heavy = conv(56, 64); // 116 M: 34 by the budget, so still 32
    expect(layerErrorSamples(heavy, 200)).toBe(32);
    const heavier = conv(112, 64); // 462 M: 8
    expect(modelStats(heavier).macs).toBe(112 * 112 * 9 * 64 * 64);
    expect(layerErrorSamples(heavier, 200)).toBe(8);
    expect(layerErrorSamples(conv(80, 64), 200)).toBe(Math.floor(4e9 / (80 * 80 * 9 * 64 * 64)));
    expect(layerErrorSamples(conv(224, 64), 200)).toBe(8);
  });
});
