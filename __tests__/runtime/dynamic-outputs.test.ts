import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GateError } from '../../src/errors.js';
import { pinReshapedOutputs } from '../../src/runtime/dynamic-outputs.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { predictInProcess } from '../../src/runtime/pool.js';
import { fixBatchForRuntime } from '../../src/tflite/batch.js';
import { readTfliteModel } from '../../src/tflite/reader.js';

/**
 * TFLite converter files whose output shape is computed at run time (fixtures/scripts/make_runtime_fixtures.py):
 * LiteRT.js never writes such an output (evaluate read zeros). They must give tf.lite.Interpreter's numbers,
 * or be refused by name.
 */
const DIR = join(process.cwd(), 'fixtures', 'runtime');
interface Entry { file: string; input: string; inputShape: number[]; samples: number; output?: string; outputShape?: number[]; error?: string }
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { files: Record<string, Entry> };
const entries = Object.values(manifest.files);

function f32(file: string): Float32Array {
  const bytes = readFileSync(join(DIR, file));
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

test.each(entries.filter((e) => e.output).map((e) => [e.file, e] as const))('%s: LiteRT.js gives the reference interpreter outputs', async (file, entry) => {
  const blocks = await predictInProcess({ bytes: readFileSync(join(DIR, file)), file, count: entry.samples, inputs: [{ data: f32(entry.input), sampleSize: f32(entry.input).length / entry.samples }] });
  const expected = f32(entry.output!);
  expect(blocks).toHaveLength(1);
  expect(blocks[0]!.shape).toEqual(entry.outputShape);
  expect(blocks[0]!.data).toHaveLength(expected.length);
  expect(blocks[0]!.data.some((v) => v !== 0)).toBe(true);
  let worst = 0;
  expected.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - blocks[0]!.data[i]!))));
  expect(worst).toBeLessThanOrEqual(1e-5);
});

test.each(entries.filter((e) => e.error).map((e) => [e.file, e] as const))('%s: refused at load with a runtime GateError naming the output', async (file, entry) => {
  const error = await loadInterpreter(readFileSync(join(DIR, file)), { file: `models/${file}` }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GateError);
  const gate = error as GateError;
  expect(gate.kind).toBe('runtime');
  expect(gate.format()).toMatch(new RegExp(`^models/${file.replace('.', '\\.')}: .+: output "[^"]+" ${entry.error!}`));
  expect(gate.hint).toMatch(/fixed batch size/);
});

describe('pinReshapedOutputs', () => {
  const read = (file: string) => new Uint8Array(readFileSync(join(DIR, file)));
  const opTypes = (bytes: Uint8Array) => readTfliteModel(bytes, 'x', { mainSubgraphOnly: true }).graph.ops.map((op) => op.type);

  test('the output RESHAPE gets a constant shape; the ops that computed it are gone; nothing else changes', () => {
    const original = read('flatten_dynamic.tflite');
    const fixed = fixBatchForRuntime(original);
    const pinned = pinReshapedOutputs(fixed, original);
    expect(pinned.suspect).toEqual([]);
    expect(pinned.pinned).toHaveLength(1);
    expect(opTypes(fixed)).toEqual(['CONV_2D', 'MEAN', 'CONV_2D', 'SHAPE', 'STRIDED_SLICE', 'PACK', 'RESHAPE']);
    const { graph } = readTfliteModel(pinned.bytes, 'x', { mainSubgraphOnly: true });
    expect(graph.ops.map((op) => op.type)).toEqual(['CONV_2D', 'MEAN', 'CONV_2D', 'RESHAPE']);
    const shape = graph.tensors[graph.ops[3]!.inputs[1]!]!;
    expect(Array.from(shape.data as Int32Array)).toEqual([1, 5]);
    // every other tensor keeps its data (the weights) and shape
    const before = readTfliteModel(fixed, 'x', { mainSubgraphOnly: true }).graph;
    graph.tensors.forEach((t, i) => {
      if (t === shape) return;
      expect(t.shape).toEqual(before.tensors[i]!.shape);
      expect(t.data && Array.from(t.data as Float32Array)).toEqual(before.tensors[i]!.data && Array.from(before.tensors[i]!.data as Float32Array));
    });
  });

  test('a file with a WHILE loop keeps its condition and body subgraphs', () => {
    const original = read('loop_flatten_dynamic.tflite');
    const pinned = pinReshapedOutputs(fixBatchForRuntime(original), original);
    expect(pinned.pinned).toHaveLength(1);
    const { info } = readTfliteModel(pinned.bytes, 'x', { mainSubgraphOnly: true });
    expect(info.subgraphCount).toBe(3);
    expect(opTypes(pinned.bytes)).toEqual(['WHILE', 'RESHAPE']);
  });

  test('an output of another op shaped at run time is left alone and reported as suspect', () => {
    const original = read('tile_dynamic.tflite');
    const fixed = fixBatchForRuntime(original);
    const pinned = pinReshapedOutputs(fixed, original);
    expect(pinned.pinned).toEqual([]);
    expect(pinned.suspect).toHaveLength(1);
    expect(pinned.bytes).toBe(fixed);
  });

  test('a file without such outputs is returned as it is', () => {
    const original = new Uint8Array(readFileSync(join(process.cwd(), 'fixtures', 'tflite', 'conv.f32.tflite')));
    const fixed = fixBatchForRuntime(original);
    expect(pinReshapedOutputs(fixed, original)).toEqual({ bytes: fixed, pinned: [], suspect: [] });
  });
});
