import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GateError } from '../../src/errors.js';
import { pinReshapedOutputs } from '../../src/runtime/dynamic-outputs.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import type { LiteRtRuntime } from '../../src/runtime/litert-node.js';
import { predictInProcess } from '../../src/runtime/pool.js';
import { runFailed } from '../../src/runtime/run-checks.js';
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

describe('runFailed', () => {
  // the lines LiteRT.js 2.5.3 logs on the second run of flatten_dynamic.tflite when its output is left dynamic
  const logged = [
    'INFO: Created TensorFlow Lite XNNPACK delegate for CPU.',
    'ERROR: third_party/tensorflow/lite/core/subgraph.cc:2619 (tensor->allocation_type == kTfLiteArenaRw || tensor->allocation_type == kTfLiteArenaRwPersistent || tensor->allocation_type == kTfLiteCustom || tensor->allocation_type == kTfLiteNonCpu) was not true.',
    'ERROR: [compiled_model.cc:1714] Failed to set custom allocation for output tensor output_0 (index -1): 1',
    'ERROR: [litert_compiled_model.cc:164] Failed to register output tensor buffer: Failed to set custom allocation for output',
  ];
  const rt = { recentLog: () => logged } as unknown as LiteRtRuntime;

  test('a run LiteRT logged as failed to bind an output -> GateError naming that output', () => {
    const error = runFailed('m.tflite', rt, 3);
    expect(error.where).toBe('output_0');
    expect(error.format()).toMatch(/^m\.tflite: output_0: output "output_0" gets its shape only at run time/);
    expect(error.format()).toContain('Failed to set custom allocation');
  });

  test('any other failed run -> GateError with the runtime\'s own lines and what it threw', () => {
    const error = runFailed('m.tflite', { recentLog: () => logged.slice(0, 2) } as unknown as LiteRtRuntime, 1, new Error('ERROR: [litert_compiled_model.h:2003]\nmore'));
    expect(error.where).toBeUndefined();
    expect(error.format()).toMatch(/^m\.tflite: the TFLite runtime failed while running the model:\n {2}ERROR: third_party.*\n {2}ERROR: \[litert_compiled_model\.h:2003\]\n {2}more/);
  });
});
