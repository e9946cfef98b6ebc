/**
 * Every ONNX fixture (PyTorch exports, fixtures/onnx) converted, run in LiteRT.js and compared with
 * onnxruntime-web on the same seeded inputs: float32 within 1e-4 relative, no TRANSPOSE between the layers
 * of a CNN (one at the NCHW input, none with --nhwc), float16 close.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertOnnxModel } from '../../src/onnx/convert/index.js';
import { readOnnxModel, type OnnxModel } from '../../src/onnx/index.js';
import { externalReader } from '../../src/pipeline/onnx-external.js';
import { predictInProcess } from '../../src/runtime/pool.js';
import { toFloat16, writeTflite } from '../../src/tflite/index.js';
import type { Graph } from '../../src/graph/ir.js';
import { randomInput, relativeError, runOrt } from './ort-reference.js';

const DIR = join(process.cwd(), 'fixtures', 'onnx');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as Record<string, { file: string; input: number[]; dynamic_batch: boolean | string; vocabulary?: number }>;
/** Models with a dynamic sequence axis are converted (and run) at another length than they were exported at. */
const SEQUENCE = 9;
const inputDims = (name: string) => (manifest[name]!.dynamic_batch === 'sequence' ? [1, SEQUENCE, ...manifest[name]!.input.slice(2)] : manifest[name]!.input);
const optionsFor = (name: string) => (manifest[name]!.dynamic_batch === 'sequence' ? { sequenceLength: SEQUENCE } : {});
const CNNS = ['tiny_cnn', 'tiny_cnn_dynamo', 'mobilenet_v2_w025', 'resnet_stem'];

function load(name: string): { bytes: Uint8Array; model: OnnxModel } {
  const path = join(DIR, manifest[name]!.file);
  const bytes = new Uint8Array(readFileSync(path));
  return { bytes, model: readOnnxModel(bytes, path, { external: externalReader(path) }) };
}

async function compare(name: string, graph: Graph, bytes: Uint8Array, batch = 1): Promise<number> {
  const dims = [batch, ...inputDims(name).slice(1)];
  const count = dims.reduce((a, b) => a * b, 1);
  const vocabulary = manifest[name]!.vocabulary;
  // token-id models (int64 input) get ids below the vocabulary, as Int32Array
  const data = vocabulary ? Int32Array.from(randomInput(count, 11), (v) => Math.floor(((v + 2) / 4) * vocabulary)) : randomInput(count, 11);
  const ours = await predictInProcess({ bytes: writeTflite(graph), file: name, inputs: [{ data, sampleSize: data.length }], count: 1 });
  const [ref] = await runOrt(bytes, [{ name: 'input', dims, data }]);
  return relativeError(ours[0]!.data as Float32Array, ref!);
}

const transposes = (g: Graph) => g.ops.filter((op) => op.type === 'TRANSPOSE').length;

describe.each(Object.keys(manifest))('%s', (name) => {
  it('float32 equals onnxruntime within 1e-4 relative', async () => {
    const { bytes, model } = load(name);
    expect(await compare(name, convertOnnxModel(model, optionsFor(name)), name === 'tiny_mlp_ext' ? readFileSync(join(DIR, 'tiny_mlp.onnx')) : bytes)).toBeLessThan(1e-4);
  });
});

describe('layout', () => {
  it.each(CNNS)('%s: one TRANSPOSE (at the NCHW input), none between layers; none with an NHWC interface', (name) => {
    const { model } = load(name);
    const graph = convertOnnxModel(model);
    expect(transposes(graph)).toBe(1);
    expect(graph.ops[0]!.type).toBe('TRANSPOSE');
    expect(transposes(convertOnnxModel(model, { nhwcInterface: true }))).toBe(0);
  });

  it('a batch of 3 pinned with batchSize gives onnxruntime\'s results for each sample', async () => {
    const { bytes, model } = load('tiny_cnn');
    expect(await compare('tiny_cnn', convertOnnxModel(model, { batchSize: 3 }), bytes, 3)).toBeLessThan(1e-4);
  });

  it('the float16 variant stays close to onnxruntime', async () => {
    const { bytes, model } = load('mobilenet_v2_w025');
    expect(await compare('mobilenet_v2_w025', toFloat16(convertOnnxModel(model)), bytes)).toBeLessThan(2e-2);
  });
});
