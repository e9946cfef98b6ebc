import { readTflite, readTfliteModel, toFloat16, toHalfBits, fromHalfBits, writeTflite } from '../../src/tflite/index.js';
import { SINGLE_SUBGRAPH, fixtureBytes, histogram, manifest } from './fixtures.js';
import { sampleGraph } from './helpers.js';

describe('toFloat16', () => {
  test.each(SINGLE_SUBGRAPH)('%s: same operators, tensor dtypes and size (within 1%%) as the converter\'s float16 file', (name) => {
    const ref = manifest.files[`${name}.f16.tflite`]!;
    const ours = writeTflite(toFloat16(readTflite(fixtureBytes(`${name}.f32.tflite`))));
    const { graph, info } = readTfliteModel(ours);
    expect(histogram(graph.ops.map((op) => op.type))).toEqual(ref.ops);
    expect(histogram(graph.tensors.map((t) => t.dtype))).toEqual(ref.tensorDtypes);
    expect(Math.abs(ours.length / ref.size - 1)).toBeLessThan(0.01);
    graph.ops.forEach((op, i) => expect(info.opVersions[i]).toBe(ref.opVersions[op.type]));
    expect(Object.keys(info.metadata)).toEqual(['min_runtime_version', 'reduced_precision_support', 'CONVERSION_METADATA']);
    expect(info.minRuntimeVersion).toBe(readTfliteModel(fixtureBytes(`${name}.f16.tflite`)).info.minRuntimeVersion);
  });

  it('stores the same float16 bits as the converter', () => {
    const ours = readTflite(writeTflite(toFloat16(readTflite(fixtureBytes('conv.f32.tflite')))));
    const theirs = readTflite(fixtureBytes('conv.f16.tflite'));
    const halves = (g: typeof ours) => g.tensors.filter((t) => t.dtype === 'float16').map((t) => Array.from(t.data as Uint16Array).join(',')).sort();
    expect(halves(ours)).toEqual(halves(theirs));
  });

  it('converts every float32 constant, keeps int32 constants, rewires uses through DEQUANTIZE', () => {
    const graph = sampleGraph();
    const half = toFloat16(graph);
    const floatConsts = graph.tensors.filter((t) => t.data && t.dtype === 'float32');
    expect(half.tensors.filter((t) => t.dtype === 'float16').map((t) => t.name)).toEqual(floatConsts.map((t) => t.name));
    expect(half.tensors.find((t) => t.name === 'flatten/shape')?.dtype).toBe('int32');
    expect(half.ops.slice(0, floatConsts.length).every((op) => op.type === 'DEQUANTIZE')).toBe(true);
    for (const op of half.ops.filter((o) => o.type !== 'DEQUANTIZE')) {
      for (const id of op.inputs) expect(half.tensors[id]?.dtype ?? 'float32').not.toBe('float16');
    }
    expect(graph.tensors[1]!.dtype).toBe('float32'); // input untouched
  });

  it('is deterministic', () => {
    const a = writeTflite(toFloat16(sampleGraph()));
    const b = writeTflite(toFloat16(sampleGraph()));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('rounds like IEEE binary16 (nearest even, subnormals, overflow)', () => {
    const cases: [number, number][] = [[1, 0x3c00], [-2, 0xc000], [0.1, 0x2e66], [65504, 0x7bff], [65520, 0x7c00],
      [2 ** -24, 0x0001], [2 ** -25, 0x0000], [1.5 * 2 ** -25, 0x0001], [1 + 2 ** -11, 0x3c00], [1 + 3 * 2 ** -11, 0x3c02],
      [Infinity, 0x7c00], [-0, 0x8000]];
    for (const [value, bits] of cases) expect([value, toHalfBits(value)]).toEqual([value, bits]);
    expect(Number.isNaN(fromHalfBits(toHalfBits(NaN)))).toBe(true);
    for (let h = 0; h < 0x7c00; h += 97) expect(toHalfBits(fromHalfBits(h))).toBe(h);
  });
});
