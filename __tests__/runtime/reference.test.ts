import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { predictInProcess } from '../../src/runtime/pool.js';

/**
 * LiteRT.js against tf.lite.Interpreter: the fixtures' reference .tflite files (from the real TFLite
 * converter) run on the fixtures' sample inputs must give the outputs the reference interpreter recorded:
 * every *.ref.tflite, *.ref16.tflite and *.ref_b1.tflite (fixed batch) the manifest lists.
 */
const DIR = join(process.cwd(), 'fixtures', 'models');
interface Tensor { name: string; dtype: string; shape: number[]; file: string }
interface RefModel { file: string; outputs: string[] }
type Ref = RefModel | { error: string };
interface Entry { name: string; inputs?: Tensor[]; reference?: { tflite?: Ref; tflite16?: Ref; tfliteFixedBatch?: Ref } }
const manifest = JSON.parse(readFileSync(join(process.cwd(), 'fixtures', 'manifest.json'), 'utf8')) as { models: Entry[] };

const cases = manifest.models.flatMap((m) =>
  [m.reference?.tflite, m.reference?.tflite16, m.reference?.tfliteFixedBatch]
    .filter((r): r is RefModel => !!r && 'file' in r)
    .map((ref) => [ref.file, m, ref] as const),
);

function readRaw(file: string, dtype: string): Float32Array | Int32Array {
  const bytes = readFileSync(join(DIR, file));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return dtype === 'int32' ? new Int32Array(buffer) : new Float32Array(buffer);
}

test('the manifest lists reference models', () => {
  expect(cases.length).toBeGreaterThan(20);
  // every reference file in fixtures/models is one of the cases
  const files = readdirSync(DIR).filter((f) => /\.ref(16|_b1)?\.tflite$/.test(f));
  expect(cases.map(([file]) => file).sort()).toEqual(expect.arrayContaining(files.sort()));
});

test.each(cases)('%s: LiteRT.js outputs equal the reference interpreter outputs within 1e-5', async (_file, model, ref) => {
  const inputs = model.inputs!;
  const count = inputs[0]!.shape[0]!;
  const blocks = await predictInProcess({
    bytes: readFileSync(join(DIR, ref.file)),
    file: ref.file,
    count,
    inputs: inputs.map((t) => {
      const data = readRaw(t.file, t.dtype);
      return { data, sampleSize: data.length / count };
    }),
  });
  const expected = ref.outputs.map((f) => readRaw(f, 'float32') as Float32Array);
  expect(blocks).toHaveLength(expected.length);
  // outputs pair up by size per sample (LiteRT lists them in subgraph order), else by position
  const remaining = [...blocks];
  for (const values of expected) {
    const sameSize = remaining.filter((b) => b.data.length === values.length);
    const block = sameSize.length === 1 ? sameSize[0]! : remaining[0]!;
    remaining.splice(remaining.indexOf(block), 1);
    expect(block.data).toHaveLength(values.length);
    let worst = 0;
    values.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - block.data[i]!))));
    expect(worst).toBeLessThanOrEqual(1e-5);
  }
});
