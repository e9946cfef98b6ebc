/**
 * Dev check: convert every ONNX fixture (or the files given), run it in LiteRT.js and onnxruntime-web on the
 * same seeded inputs, print the relative error, TRANSPOSE count and conversion time.
 *   npx tsx scripts/onnx-check.ts [model.onnx ...]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { convertOnnxModel } from '../src/onnx/convert/index.js';
import { readOnnxModel } from '../src/onnx/index.js';
import { writeTflite } from '../src/tflite/index.js';
import { predictInProcess } from '../src/runtime/pool.js';
import { randomInput, relativeError, runOrt } from '../__tests__/onnx/ort-reference.js';

const dir = 'fixtures/onnx';
const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(dir).filter((f) => f.endsWith('.onnx')).map((f) => join(dir, f));
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  try {
    const started = performance.now();
    const model = readOnnxModel(bytes, file);
    const graph = convertOnnxModel(model);
    const tflite = writeTflite(graph);
    const ms = performance.now() - started;
    const inputs = graph.inputs.map((io, k) => {
      const dims = model.inputs[k]!.dims.map((d) => (typeof d === 'number' ? d : 1));
      return { name: io.name, dims, data: randomInput(dims.reduce((a, b) => a * b, 1), 7 + k) };
    });
    const ours = await predictInProcess({ bytes: tflite, file, inputs: inputs.map((i) => ({ data: i.data, sampleSize: i.data.length })), count: 1 });
    const ref = await runOrt(bytes, inputs);
    const errors = ref.map((r, o) => relativeError(ours[o]!.data as Float32Array, r));
    const transposes = graph.ops.filter((op) => op.type === 'TRANSPOSE').length;
    const hist = [...new Set(graph.ops.map((o) => o.type))].join(' ');
    console.log(`${file}: rel err ${errors.map((e) => e.toExponential(2)).join(', ')}, ${graph.ops.length} ops, ${transposes} TRANSPOSE, ${ms.toFixed(0)} ms [${hist}]`);
  } catch (error) {
    console.log(`${file}: FAILED ${(error as Error).message}${(error as { where?: string }).where ? ` at ${(error as { where?: string }).where}` : ''}`);
  }
}
