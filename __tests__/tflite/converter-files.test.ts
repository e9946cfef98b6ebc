import { readTflite, readTfliteModel, writeTflite, fixBatchForRuntime } from '../../src/tflite/index.js';
import { SINGLE_SUBGRAPH, fixtureBytes, histogram, manifest } from './fixtures.js';

const files = SINGLE_SUBGRAPH.flatMap((name) => [`${name}.f32.tflite`, `${name}.f16.tflite`]);

describe('reading the TFLite converter\'s own files', () => {
  test.each(files)('%s: operators, versions, tensors and signature as the converter wrote them', (file) => {
    const ref = manifest.files[file]!;
    const { graph, info } = readTfliteModel(fixtureBytes(file), file);
    expect(histogram(graph.ops.map((op) => op.type))).toEqual(ref.ops);
    graph.ops.forEach((op, i) => expect(info.opVersions[i]).toBe(ref.opVersions[op.type]));
    expect(graph.tensors.map((t) => [t.name, t.shape, t.dtype])).toEqual(ref.tensors);
    expect(graph.inputs.map((io) => io.name)).toEqual(ref.inputs.map((r) => r.name.replace(/^serving_default_|:0$/g, '')));
    expect(info.signatureKeys).toEqual(['serving_default']);
    expect(info.schemaVersion).toBe(3);
  });

  test.each(files)('%s: written back within 1%% of the converter\'s size, same structure and data', (file) => {
    const original = fixtureBytes(file);
    const graph = readTflite(original, file);
    const rewritten = writeTflite(graph);
    expect(Math.abs(rewritten.length / original.length - 1)).toBeLessThan(0.01);
    const again = readTfliteModel(rewritten);
    expect(again.graph).toEqual(graph);
    expect(again.info.minRuntimeVersion).toBe(readTfliteModel(original).info.minRuntimeVersion);
    expect(again.info.opVersions).toEqual(readTfliteModel(original).info.opVersions);
  });

  it('reads the same tensor data from a Node Buffer (whose slice() is a view of a larger pool) as from a Uint8Array', () => {
    const bytes = fixtureBytes('conv.f32.tflite');
    const pooled = Buffer.concat([Buffer.alloc(100), Buffer.from(bytes)]).subarray(100);
    expect(readTfliteModel(pooled).graph).toEqual(readTfliteModel(new Uint8Array(bytes)).graph);
  });

  it('reads a model with a WHILE loop (condition and body as subgraphs) and writes it back within 1%', () => {
    const original = fixtureBytes('lstm.f32.tflite');
    const graph = readTflite(original, 'lstm.f32.tflite');
    expect(graph.ops.map((op) => op.type)).toEqual(['RESHAPE', 'WHILE', 'STRIDED_SLICE', 'FULLY_CONNECTED']);
    expect(graph.subgraphs?.map((sg) => sg.ops.length)).toEqual([3, 19]);
    expect(graph.ops[1]!.options).toEqual({ cond_subgraph_index: 1, body_subgraph_index: 2 });
    const rewritten = writeTflite(graph);
    expect(Math.abs(rewritten.length / original.length - 1)).toBeLessThan(0.01);
    expect(readTflite(rewritten).subgraphs).toEqual(graph.subgraphs);
  });

  it('fixBatchForRuntime removes every -1 and changes nothing else', () => {
    const original = fixtureBytes('conv.f32.tflite');
    const fixed = fixBatchForRuntime(original);
    expect(fixed.length).toBe(original.length);
    const before = readTflite(original);
    const after = readTflite(fixed);
    expect(before.tensors.some((t) => t.shapeSignature)).toBe(true);
    expect(after.tensors.every((t) => t.shapeSignature === undefined)).toBe(true);
    expect(after.tensors.map((t) => t.shape)).toEqual(before.tensors.map((t) => t.shape));
    const changed = original.reduce((n, byte, i) => n + (byte !== fixed[i] ? 1 : 0), 0);
    const dynamicDims = before.tensors.reduce((n, t) => n + (t.shapeSignature?.filter((d) => d < 0).length ?? 0), 0);
    expect(changed).toBe(dynamicDims * 4); // each -1 (ff ff ff ff) becomes 1 (01 00 00 00)
  });
});

describe('operator codes', () => {
  it('writes deprecated_builtin_code = min(code, 127) and builtin_code, as the converter does (GELU is 150)', async () => {
    const { FlatReader } = await import('../../src/tflite/flat-reader.js');
    const codes = (bytes: Uint8Array) => new FlatReader(bytes).root('TFL3').tables(1, 'operator_codes').map((t) => [t.byte(0), t.int(3), t.int(2, 1)]);
    const original = fixtureBytes('misc.f32.tflite');
    const ours = writeTflite(readTflite(original));
    expect(codes(ours)).toEqual(codes(original));
    expect(codes(ours)).toContainEqual([127, 150, 1]);
  });
});

describe('fixBatchForRuntime on models with WHILE loops', () => {
  // The TFLite converter's fixed-batch recurrent files hold -1 dimensions inside their loop subgraphs that
  // are really dynamic; fixing them broke the results (up to 2.4 off). Only the main subgraph is touched.
  it('leaves loop subgraphs alone, so the converter\'s LSTM file still matches Keras in LiteRT.js', async () => {
    const { readFileSync } = await import('node:fs');
    const { loadInterpreter } = await import('../../src/runtime/interpreter.js');
    const dir = new URL('../../fixtures/models/', import.meta.url);
    const read = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
    const original = read('lstm_stacked.ref_b1.tflite');
    expect(fixBatchForRuntime(original)).toEqual(original);
    const input = new Float32Array(read('lstm_stacked.in0.f32').buffer.slice(0));
    const expected = new Float32Array(read('lstm_stacked.out0.f32').buffer.slice(0));
    const interpreter = await loadInterpreter(original, { file: 'lstm_stacked.ref_b1.tflite' });
    try {
      const perSample = 12 * 5;
      for (let s = 0; s < 3; s++) {
        const [out] = interpreter.run([input.subarray(s * perSample, (s + 1) * perSample)]);
        const want = expected.subarray(s * 3, (s + 1) * 3);
        for (let i = 0; i < 3; i++) expect(Math.abs((out as Float32Array)[i] - want[i])).toBeLessThan(1e-5);
      }
    } finally {
      interpreter.dispose();
    }
  });
});
