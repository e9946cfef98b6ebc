import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { fixBatchForRuntime, readTflite, toFloat16, writeTflite } from '../../src/tflite/index.js';
import { SINGLE_SUBGRAPH, fixtureBytes, manifest } from './fixtures.js';
import { sampleGraph } from './helpers.js';

/** Our written files run in the real TFLite runtime (LiteRT.js) with the converter's results. */
async function run(bytes: Uint8Array, inputs: Float32Array[]): Promise<Float32Array[]> {
  const interpreter = await loadInterpreter(fixBatchForRuntime(bytes));
  try {
    return interpreter.run(inputs).map((o) => Float32Array.from(o as Float32Array));
  } finally {
    interpreter.dispose();
  }
}

const worst = (a: Float32Array, b: number[]) => Math.max(...Array.from(a, (v, i) => Math.abs(v - b[i]!)));

describe('files written by writeTflite run in LiteRT.js', () => {
  test.each(SINGLE_SUBGRAPH.flatMap((n) => [[n, 'f32'], [n, 'f16']]))('%s (%s): outputs of the converter\'s file', async (name, variant) => {
    const graph = readTflite(fixtureBytes(`${name}.f32.tflite`));
    const bytes = writeTflite(variant === 'f16' ? toFloat16(graph) : graph);
    const ref = manifest.files[`${name}.${variant}.tflite`]!;
    const outputs = await run(bytes, ref.inputs.map((r) => Float32Array.from(r.values)));
    expect(outputs).toHaveLength(ref.outputs.length);
    outputs.forEach((out, i) => expect(worst(out, ref.outputs[i]!.values)).toBeLessThanOrEqual(1e-5));
  });

  it('runs a graph built with GraphBuilder (softmax outputs sum to 1)', async () => {
    const input = Float32Array.from({ length: 8 * 8 * 3 }, (_, i) => Math.sin(i * 0.3));
    const [probs] = await run(writeTflite(sampleGraph()), [input]);
    expect(probs).toHaveLength(3);
    expect(Array.from(probs!).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });
});
