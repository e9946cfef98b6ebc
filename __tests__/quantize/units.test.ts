/** The pure parts of src/quantize on small hand-made inputs, with values TF 2.21 wrote for the same ranges. */
import { GraphBuilder } from '../../src/graph/builder.js';
import { calibrationGraph, collectRanges } from '../../src/quantize/index.js';
import { activationParams, BIAS_MAX, quantizeBias, quantizeWeights, roundHalfAway, widenForBias } from '../../src/quantize/numerics.js';
import { rangeWarnings } from '../../src/quantize/range-warnings.js';

describe('numerics', () => {
  it('gives TF\'s activation parameters for TF\'s calibrated ranges (range extended to 0, nudged zero point)', () => {
    // what TF 2.21 wrote for these calibrated ranges (input [7.2e-5, 0.99998]: 0.0039214822/-128; concatenation: 0.0087863067/21)
    expect(activationParams({ min: 7.2449635e-5, max: 0.99997795 })).toEqual({ scale: Math.fround(0.99997795 / 255), zeroPoint: -128 });
    const p = activationParams({ min: -1.3081899, max: 0.9323184 });
    expect(p.zeroPoint).toBe(21);
    expect(p.scale).toBeCloseTo(0.0087863067, 9);
    expect(activationParams({ min: 0, max: 0 })).toEqual({ scale: 1, zeroPoint: -128 });
    expect(activationParams({ min: -5, max: -1 })).toMatchObject({ zeroPoint: 127 });
  });

  it('rounds half away from zero like C', () => {
    expect([2.5, -2.5, 0.49, -0.5].map(roundHalfAway)).toEqual([3, -3, 0, -1]);
  });

  it('quantizes weights symmetric per channel in [-127, 127] and biases at input x weight scale', () => {
    const w = quantizeWeights(Float32Array.from([1, -0.5, 0.25, 0, 2, -4]), [2, 3], 0);
    expect(w.quantization.scale).toEqual([Math.fround(1 / 127), Math.fround(4 / 127)]);
    expect(Array.from(w.data)).toEqual([127, -64, 32, 0, 64, -127]);
    // channels on the last axis (depthwise weights): every other element
    const last = quantizeWeights(Float32Array.from([1, -4, 0.5, 2, 0.25, -1]), [3, 2], 1);
    expect(last.quantization.scale).toEqual([Math.fround(1 / 127), Math.fround(4 / 127)]);
    expect(Array.from(last.data)).toEqual([127, -127, 64, 64, 32, -32]);
    const zero = quantizeWeights(new Float32Array(4), [1, 4], 0);
    expect(zero.quantization.scale).toEqual([1]);
    const b = quantizeBias(Float32Array.from([0.5, -1]), 0.5, [0.01, 0.02]);
    expect(Array.from(b.data)).toEqual([100, -100]);
    expect(b.quantization.scale).toEqual([Math.fround(0.005), Math.fround(0.01)]);
  });
});

function twoBranches() {
  const g = new GraphBuilder();
  const x = g.activation('x', [1, 4]);
  const a = g.activation('a', [1, 4]);
  const b = g.activation('b', [1, 4]);
  const out = g.activation('cat', [1, 8]);
  g.op('RELU', [x], [a], undefined, 'narrow');
  g.op('RELU6', [x], [b], undefined, 'wide');
  g.op('CONCATENATION', [a, b], [out], { axis: 1 }, 'cat');
  g.inputs.push({ name: 'x', tensor: x });
  g.outputs.push({ name: 'cat', tensor: out });
  return { graph: g.build('t'), a, b, out, x };
}

describe('bias that would overflow int32', () => {
  it('widens only the weight scales of the channels whose bias does not fit, as TF does', () => {
    const scales = [1e-4, 1e-4];
    const bias = Float32Array.from([1e6, 0.5]);
    const widened = widenForBias(scales, bias, 1e-3)!;
    expect(widened[1]).toBe(1e-4);
    expect(widened[0]).toBeCloseTo(1e6 / BIAS_MAX / 1e-3, 8);
    const q = quantizeBias(bias, 1e-3, widened);
    expect(Math.abs(q.data[0]!)).toBeLessThanOrEqual(BIAS_MAX + 1);
    expect(widenForBias(scales, Float32Array.from([0.5, -0.5]), 1e-3)).toBeUndefined();
  });
});

describe('calibration', () => {
  it('reduces every float activation in the graph (maxima of it and of its negation) into one output, in tensor order', () => {
    const { graph } = twoBranches();
    const build = calibrationGraph(graph, 1);
    expect(build.batch).toBe(1);
    expect(build.tensors).toEqual([0, 1, 2, 3]);
    // [1, 4] tensors are viewed as [1, 1, 1, 4]: four partial maxima each
    expect(build.sizes).toEqual([4, 4, 4, 8]);
    expect(build.graph.outputs.map((o) => o.name)).toEqual(['measured']);
    const added = build.graph.ops.filter((op) => !graph.ops.includes(op));
    // each tensor is reduced right after the op that makes it (so it dies there): RELU, then its view and NEG
    const relu = build.graph.ops.indexOf(graph.ops[0]!);
    expect(build.graph.ops.slice(relu + 1, relu + 3).map((op) => op.type)).toEqual(['NEG', 'RESHAPE']);
    expect(build.graph.ops[relu + 1]!.inputs[0]).toBe(graph.ops[0]!.outputs[0]);
    expect(added.filter((op) => op.type === 'NEG')).toHaveLength(4);
    expect(added.filter((op) => op.type === 'MAX_POOL_2D')).toHaveLength(8);
    const concat = added.at(-1)!;
    expect(concat.type).toBe('CONCATENATION');
    expect(concat.inputs).toHaveLength(8);
    expect(concat.outputs).toEqual([build.graph.outputs[0]!.tensor]);
    expect(build.graph.tensors[concat.outputs[0]!]!.shape).toEqual([40]);
  });

  it('keeps the global min/max and flags tensors whose two halves disagree by more than 20% of the range', () => {
    // 4 samples x 2 tensors, [min, max] pairs: tensor 7 stable, tensor 9 grows in the second half
    const stats = Float32Array.from([0, 1, 0, 1, 0, 1, 0, 1.1, 0, 1, 0, 3, 0, 1, 0, 3]);
    const r = collectRanges(stats, 4, [7, 9], (id) => `t${id}`);
    expect(r.ranges.get(9)).toEqual({ min: 0, max: Math.fround(3) });
    expect(r.unstable.map((u) => u.name)).toEqual(['t9']);
  });
});

describe('range warnings', () => {
  it('flags a concatenation whose inputs span ranges more than 100x apart, and only that', () => {
    const { graph, a, b } = twoBranches();
    const ranges = new Map([[a, { min: 0, max: 0.01 }], [b, { min: 0, max: 6 }]]);
    const [warning] = rangeWarnings(graph, ranges, new Set([2]));
    expect(warning).toMatch(/^CONCATENATION \(cat\): input ranges differ 600x \(a \[0\.00, 0\.0100\] vs b \[0\.00, 6\.00\]\)/);
    expect(rangeWarnings(graph, new Map([[a, { min: 0, max: 1 }], [b, { min: 0, max: 6 }]]), new Set([2]))).toEqual([]);
  });
});
