import { readTflite, readTfliteModel, writeTflite } from '../../src/tflite/index.js';
import { lstmGraph, normalized, sampleGraph } from './helpers.js';

describe('writeTflite / readTflite round trip', () => {
  it('reads back the graph it wrote', () => {
    const graph = sampleGraph();
    const bytes = writeTflite(graph);
    expect(normalized(readTflite(bytes))).toEqual(normalized(graph));
  });

  it('marks state tensors (read, never written, not inputs) as variables and reads the LSTM back', async () => {
    const { FlatReader } = await import('../../src/tflite/flat-reader.js');
    const { graph } = lstmGraph();
    const bytes = writeTflite(graph);
    const tensors = new FlatReader(bytes).root('TFL3').tables(2, 'subgraphs')[0]!.tables(0, 'tensors');
    const variables = tensors.filter((t) => t.bool(5)).map((t) => t.string(3, 'name'));
    expect(variables).toEqual(['lstm/output_state', 'lstm/cell_state']);
    expect(normalized(readTflite(bytes))).toEqual(normalized(graph));
  });

  it('is deterministic', () => {
    expect(Buffer.from(writeTflite(sampleGraph())).equals(Buffer.from(writeTflite(sampleGraph())))).toBe(true);
  });

  it('writes the converter conventions: identifier, version, aligned buffers, signature, metadata', () => {
    const bytes = writeTflite(sampleGraph());
    expect(Buffer.from(bytes.subarray(4, 8)).toString()).toBe('TFL3');
    const { info, graph } = readTfliteModel(bytes);
    expect(info.schemaVersion).toBe(3);
    expect(info.signatureKeys).toEqual(['serving_default']);
    expect(info.minRuntimeVersion).toBe('1.5.0');
    expect(Object.keys(info.metadata)).toEqual(['min_runtime_version', 'CONVERSION_METADATA']);
    expect(graph.tensors[0]?.shapeSignature).toEqual([-1, 8, 8, 3]);
    expect(graph.tensors[1]?.shapeSignature).toBeUndefined();
    // Constant data starts 16-byte aligned: find the kernel bytes in the file.
    const kernel = graph.tensors[1]!.data as Float32Array;
    const needle = Buffer.from(kernel.buffer, kernel.byteOffset, kernel.byteLength);
    const at = Buffer.from(bytes).indexOf(needle);
    expect(at).toBeGreaterThan(0);
    expect(at % 16).toBe(0);
  });

  it('16-aligns every weight buffer of 64 bytes or more, and at least 4-aligns small constants', async () => {
    const { FlatReader } = await import('../../src/tflite/flat-reader.js');
    const bytes = writeTflite(sampleGraph());
    const buffers = new FlatReader(bytes).root('TFL3').tables(4, 'buffers').map((t) => t.bytes(0, 'data')).filter((d) => d);
    expect(buffers.length).toBeGreaterThan(4);
    for (const d of buffers) expect([d!.data.length, d!.offset % (d!.data.length >= 64 ? 16 : 4)]).toEqual([d!.data.length, 0]);
  });

  it('shares identical constant buffers and writes op versions', () => {
    const graph = sampleGraph();
    const withBiases = (a: number[], b: number[]) => ({ ...graph, tensors: graph.tensors.map((t) =>
      (t.name === 'conv/bias' ? { ...t, data: Float32Array.from(a) } : t.name === 'dw/bias' ? { ...t, data: Float32Array.from(b) } : t)) });
    const shared = writeTflite(withBiases([1, 2, 3, 4], [1, 2, 3, 4]));
    const distinct = writeTflite(withBiases([1, 2, 3, 4], [1, 2, 3, 5]));
    expect(shared.length).toBeLessThan(distinct.length);
    const back = readTflite(shared);
    for (const name of ['conv/bias', 'dw/bias']) {
      expect(Array.from(back.tensors.find((t) => t.name === name)!.data as Float32Array)).toEqual([1, 2, 3, 4]);
    }
    const dilated = { ...graph, ops: graph.ops.map((op) => (op.type === 'DEPTHWISE_CONV_2D' ? { ...op, options: { ...op.options, dilation_w_factor: 2, dilation_h_factor: 2 } } : op)) };
    const info = readTfliteModel(writeTflite(dilated)).info;
    expect(info.opVersions[1]).toBe(2);
    expect(info.minRuntimeVersion).toBe('1.12.0');
  });

  it('round-trips quantization parameters and int8/int64 constants', () => {
    const graph = sampleGraph();
    const id = graph.tensors.length;
    graph.tensors.push({ id, name: 'q', shape: [2, 3], dtype: 'int8', data: Int8Array.from([1, -2, 3, -4, 5, -128]),
      quantization: { scale: [0.5, 0.25], zeroPoint: [0, -1], quantizedDimension: 0 } });
    graph.tensors.push({ id: id + 1, name: 'big', shape: [2], dtype: 'int64', data: BigInt64Array.from([1n, -(2n ** 40n)]) });
    const back = readTflite(writeTflite(graph));
    expect(back.tensors[id]).toEqual(graph.tensors[id]);
    expect(back.tensors[id + 1]).toEqual(graph.tensors[id + 1]);
  });

  it('refuses constant data that does not fill its shape', () => {
    const graph = sampleGraph();
    graph.tensors[2] = { ...graph.tensors[2]!, shape: [5] };
    expect(() => writeTflite(graph)).toThrow('tensor conv/bias: 4 values for shape [5]');
  });

  it('refuses an operator it does not know, naming the layer', () => {
    const graph = sampleGraph();
    graph.ops[0] = { ...graph.ops[0]!, type: 'FROBNICATE' };
    expect(() => writeTflite(graph)).toThrow(/FROBNICATE is not supported/);
  });
});

describe('operator versions', () => {
  const withOp = (type: string, rank: number, options?: Record<string, number | boolean | string>) => {
    const g = sampleGraph();
    const shape = [1, 2, 3, 4, 5, 6].slice(0, rank);
    const x = g.tensors.length;
    g.tensors.push({ id: x, name: 'x5', shape, dtype: 'float32' }, { id: x + 1, name: 'y5', shape, dtype: 'float32' });
    g.ops.push({ type, inputs: [x], outputs: [x + 1], ...(options ? { options } : {}) });
    return readTfliteModel(writeTflite(g));
  };

  it.each([
    ['TRANSPOSE', 4, 1], ['TRANSPOSE', 5, 4], ['TRANSPOSE', 6, 6], ['PAD', 5, 4], ['SLICE', 5, 5], ['STRIDED_SLICE', 5, 4], ['MEAN', 5, 1],
  ])('%s on rank %i is version %i, as the converter writes it', (type, rank, version) => {
    const { info, graph } = withOp(type as string, rank as number);
    expect(info.opVersions[graph.ops.length - 1]).toBe(version);
  });

  it('gives one opcode per op type with the highest version its ops need', () => {
    const g = sampleGraph();
    g.ops.push({ ...g.ops[1]!, options: { ...g.ops[1]!.options, dilation_w_factor: 2 } }); // a second, dilated depthwise conv
    const { info } = readTfliteModel(writeTflite(g));
    expect(info.opVersions[1]).toBe(2);
    expect(info.opVersions[info.opVersions.length - 1]).toBe(2);
  });
});
