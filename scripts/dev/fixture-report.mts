// Dev tool: per fixture of fixtures/manifest.json (.h5 and .keras), our float32/float16 files run in LiteRT.js vs the
// Keras outputs (max abs error), ops vs the TFLite converter (totals and per-type excess), size ratios.
// Usage: npm run build && npx tsx scripts/dev/fixture-report.mts [name-filter]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertBytes } from '../../src/pipeline/convert.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import type { FixtureEntry, IoSpec } from '../../__tests__/convert/helpers.js';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, 'fixtures', 'models');
const manifest = JSON.parse(readFileSync(join(root, 'fixtures', 'manifest.json'), 'utf8')) as { models: FixtureEntry[] };
const raw = (file: string, int = false) => {
  const b = readFileSync(join(dir, file));
  const buf = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  return int ? new Int32Array(buf) : new Float32Array(buf);
};

async function maxErr(bytes: Uint8Array, m: FixtureEntry): Promise<number> {
  const it = await loadInterpreter(bytes);
  const ins = m.inputs!.map((s: IoSpec) => ({ s, d: raw(s.file, s.dtype === 'int32') }));
  let worst = 0;
  for (let s = 0; s < m.inputs![0]!.shape[0]!; s++) {
    it.inputs.forEach((d, i) => it.setInput(i, (ins.find((x) => x.s.name === d.name) ?? ins[i]!).d, s * d.size));
    it.invoke();
    it.outputs.forEach((d, j) => {
      const k = Math.max(0, m.outputs!.findIndex((o) => o.name === d.name));
      const want = raw(m.outputs![k]!.file) as Float32Array;
      const got = it.readOutput(j) as Float32Array;
      for (let i = 0; i < d.size; i++) worst = Math.max(worst, Math.abs(got[i]! - want[s * d.size + i]!));
    });
  }
  it.dispose();
  return worst;
}

const filter = process.argv[2];
for (const m of manifest.models.filter((x) => !x.expectError && (!filter || x.name.includes(filter)))) {
  for (const file of [m.h5, m.keras].filter((f): f is string => !!f)) {
    try {
      const r = await convertBytes(new Uint8Array(readFileSync(join(dir, file))), file, { variants: ['float32', 'float16'], ...(m.sequenceLength ? { sequenceLength: m.sequenceLength } : {}) });
      const [f32, f16] = r.variants;
      const hist: Record<string, number> = {};
      for (const op of f32!.graph.ops) hist[op.type] = (hist[op.type] ?? 0) + 1;
      const ref = m.reference?.tflite ?? {};
      const ref16 = m.reference?.tflite16 ?? {};
      const total = (h: Record<string, number>) => Object.values(h).reduce((a, b) => a + b, 0);
      const excess = Object.entries(hist).filter(([k, v]) => v > (ref.ops?.[k] ?? 0)).map(([k, v]) => `${k}+${v - (ref.ops?.[k] ?? 0)}`);
      const e32 = await maxErr(f32!.data, m);
      const e16 = await maxErr(f16!.data, m);
      console.log(`${file.padEnd(34)} err32 ${e32.toExponential(1)} err16 ${e16.toExponential(1)} ops ${total(hist)}/${ref.ops ? total(ref.ops) : '-'}` +
        ` size ${ref.bytes ? (f32!.data.length / ref.bytes).toFixed(3) : '-'} size16 ${ref16.bytes ? (f16!.data.length / ref16.bytes).toFixed(3) : '-'}${excess.length ? ' excess ' + excess.join(',') : ''}`);
    } catch (e) {
      console.log(`${file.padEnd(34)} ${(e as Error).message.slice(0, 150)}`);
    }
  }
}
process.exit(0);
