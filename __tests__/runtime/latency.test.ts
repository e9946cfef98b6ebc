import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GateError } from '../../src/errors.js';
import { measureInterleaved, measureLatency } from '../../src/runtime/latency.js';
import { chooseBuild, describeRuntime, relaxedSimdSupported } from '../../src/runtime/litert-node.js';

const DIR = join(process.cwd(), 'fixtures', 'models');
const small = { bytes: new Uint8Array(readFileSync(join(DIR, 'dense_mlp.ref.tflite'))), file: 'small.tflite' };
const bigger = { bytes: new Uint8Array(readFileSync(join(DIR, 'mobilenet_block.ref.tflite'))), file: 'bigger.tflite' };

describe('latency', () => {
  test('init, first inference, then exactly N timed runs', async () => {
    const t = await measureLatency(small, { runs: 25, warmup: 2 });
    expect(t.runsMs).toHaveLength(25);
    expect(t.initMs).toBeGreaterThan(0);
    expect(t.firstMs).toBeGreaterThan(0);
    expect(Math.min(...t.runsMs)).toBeGreaterThan(0);
  });

  test('interleaved A/B: paired runs, and a model with more work is timed as slower', async () => {
    const { base, head } = await measureInterleaved(small, bigger, { runs: 30, warmup: 3 });
    expect(base.runsMs).toHaveLength(30);
    expect(head.runsMs).toHaveLength(30);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[15]!;
    expect(median(head.runsMs)).toBeGreaterThan(median(base.runsMs));
  });

  test('a model the runtime refuses -> runtime GateError naming the file', async () => {
    const error = await measureLatency({ bytes: new Uint8Array(32), file: 'bad.tflite' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).file).toBe('bad.tflite');
  });
});

describe('build choice', () => {
  test('relaxed SIMD when it validates, compat otherwise; compat can be forced', () => {
    expect(chooseBuild({})).toBe(relaxedSimdSupported() ? 'relaxed-simd' : 'compat');
    expect(chooseBuild({ TFLITE_GATE_WASM: 'compat' })).toBe('compat');
    // the version we report is the version installed
    const installed = (JSON.parse(readFileSync(join(process.cwd(), 'node_modules/@litertjs/core/package.json'), 'utf8')) as { version: string }).version;
    expect(describeRuntime('relaxed-simd')).toBe(`LiteRT.js ${installed} (wasm, relaxed-simd)`);
  });
});
