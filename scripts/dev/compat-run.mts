// Compatibility run: every model written by scripts/dev/compat-applications.py (default /tmp/compat), both files
// (.h5, .keras) × float32/float16, converted by our pipeline (convertBytes) and run in LiteRT.js on the 4 samples.
// One row per file × format: converts? (or the exact error), max abs / relative error vs Keras for ours and for the
// TFLite converter's file (run in LiteRT.js too, and in tf.lite.Interpreter per the manifest), the 2× rule, op
// histogram difference vs the converter's file, size ratio, conversion time.
// Usage: npm run build && npx tsx scripts/dev/compat-run.mts [DIR] [name-filter] [--json OUT.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GateError } from '../../src/errors.js';
import { convertBytes, type ConvertVariant } from '../../src/pipeline/convert.js';
import { loadInterpreter } from '../../src/runtime/interpreter.js';
import { readTflite } from '../../src/tflite/index.js';

interface Io { name?: string; shape: number[]; dtype?: string; file: string; scale?: number }
interface Ref { file?: string; bytes?: number; ops?: Record<string, number>; seconds?: number; outputs?: string[]; maxAbsErr?: number; error?: string }
interface Entry { name: string; buildError?: string; inputs: Io[]; outputs: Io[]; files: Record<string, string | null>; ref_f32: Ref; ref_f16: Ref; spread: number }

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--json');
const dir = positional.find((a) => a.startsWith('/')) ?? '/tmp/compat';
const filter = positional.find((a) => !a.startsWith('/')) ?? '';
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { models: Entry[] };

const raw = (folder: string, io: Io): Float32Array | Int32Array => {
  const b = readFileSync(join(folder, io.file));
  const buf = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  return io.dtype === 'int32' ? new Int32Array(buf) : new Float32Array(buf);
};
const fmt = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '-' : x.toExponential(1));
const histogram = (types: string[]) => types.reduce<Record<string, number>>((h, t) => ({ ...h, [t]: (h[t] ?? 0) + 1 }), {});

/** Max abs error of a .tflite file run in LiteRT.js against the Keras outputs, over every sample. */
async function maxErr(bytes: Uint8Array, e: Entry, folder: string, label: string): Promise<number> {
  const it = await loadInterpreter(bytes, { file: label });
  try {
    const ins = e.inputs.map((io) => raw(folder, io));
    const want = e.outputs.map((io) => raw(folder, io) as Float32Array);
    let worst = 0;
    for (let s = 0; s < e.inputs[0]!.shape[0]!; s++) {
      it.inputs.forEach((d, i) => {
        const src = ins[i]!;
        const data = d.dtype === 'int32' && src instanceof Float32Array ? Int32Array.from(src) : d.dtype === 'float32' && src instanceof Int32Array ? Float32Array.from(src) : src;
        it.setInput(i, data, s * d.size);
      });
      it.invoke();
      it.outputs.forEach((d, j) => {
        const w = want[j]!;
        const got = it.readOutput(j) as Float32Array;
        if (got.length * e.inputs[0]!.shape[0]! !== w.length) throw new Error(`output ${j} has ${got.length} values per sample, Keras ${w.length / e.inputs[0]!.shape[0]!}`);
        for (let i = 0; i < d.size; i++) worst = Math.max(worst, Math.abs(got[i]! - w[s * d.size + i]!));
      });
    }
    return worst;
  } finally {
    it.dispose();
  }
}

function opDiff(ours: Record<string, number>, ref: Record<string, number> | undefined): string {
  if (!ref) return 'n/a';
  const keys = [...new Set([...Object.keys(ours), ...Object.keys(ref)])].sort();
  const d = keys.filter((k) => (ours[k] ?? 0) !== (ref[k] ?? 0)).map((k) => `${k}${(ours[k] ?? 0) - (ref[k] ?? 0) > 0 ? '+' : ''}${(ours[k] ?? 0) - (ref[k] ?? 0)}`);
  const total = (h: Record<string, number>) => Object.values(h).reduce((a, b) => a + b, 0);
  return `${total(ours)}/${total(ref)}${d.length ? ' ' + d.join(' ') : ' ='}`;
}

interface Row { model: string; file: string; variant: ConvertVariant; converts: boolean; error?: string; errKind?: string; oursAbs?: number; oursRel?: number;
  refAbs?: number; refAbsPy?: number; refRel?: number; rule?: string; ops?: string; sizeRatio?: number; ms?: number; refSeconds?: number }

/** The TFLite converter's own file run in LiteRT.js on the same samples (its tf.lite.Interpreter error when LiteRT.js refuses it). */
async function refError(e: Entry, folder: string, ref: Ref, scale: number): Promise<Partial<Row>> {
  try {
    const refAbs = await maxErr(new Uint8Array(readFileSync(join(folder, ref.file!))), e, folder, `${e.name}/${ref.file}`);
    return { refAbs, refRel: refAbs / scale };
  } catch {
    return { refAbs: ref.maxAbsErr };
  }
}

async function row(e: Entry, ext: string, variant: ConvertVariant): Promise<Row> {
  const folder = join(dir, e.name);
  const file = e.files[ext]!;
  const ref = variant === 'float32' ? e.ref_f32 : e.ref_f16;
  const scale = Math.max(...e.outputs.map((o) => o.scale ?? 1));
  const base: Row = { model: e.name, file: ext, variant, converts: false, refSeconds: ref.seconds };
  const bytes = new Uint8Array(readFileSync(join(folder, file)));
  const t0 = performance.now();
  let data: Uint8Array;
  let types: string[];
  try {
    const r = await convertBytes(bytes, join(folder, file), { variants: [variant] });
    data = r.variants[0]!.data;
    types = r.variants[0]!.graph.ops.map((o) => o.type);
  } catch (err) {
    const failed: Row = { ...base, ms: performance.now() - t0, error: err instanceof GateError ? err.format() : `INTERNAL ${(err as Error).stack?.split('\n').slice(0, 3).join(' | ')}`, errKind: err instanceof GateError ? err.kind : 'internal', refAbsPy: ref.maxAbsErr };
    if (ref.file) Object.assign(failed, await refError(e, folder, ref, scale));
    return failed;
  }
  const ms = performance.now() - t0;
  const out: Row = { ...base, converts: true, ms, ops: opDiff(histogram(types), ref.ops), sizeRatio: ref.bytes ? data.length / ref.bytes : undefined, refAbsPy: ref.maxAbsErr };
  try {
    readTflite(data);
  } catch (err) {
    out.error = `our reader rejects our file: ${(err as Error).message}`;
  }
  try {
    out.oursAbs = await maxErr(data, e, folder, `${e.name}/${file} ${variant}`);
    out.oursRel = out.oursAbs / scale;
  } catch (err) {
    out.error = `runs? no: ${err instanceof GateError ? err.format() : (err as Error).message}`.slice(0, 600);
  }
  if (ref.file) Object.assign(out, await refError(e, folder, ref, scale));
  if (out.oursAbs !== undefined && out.refAbs !== undefined) {
    const limit = Math.max(2 * out.refAbs, 2 * (ref.maxAbsErr ?? 0), 1e-6);
    out.rule = out.oursAbs <= limit ? 'ok' : `FAIL ${(out.oursAbs / Math.max(out.refAbs, 1e-12)).toFixed(1)}x`;
  }
  return out;
}

const rows: Row[] = [];
const errors: string[] = [];
const noteError = (m: string) => (errors.includes(m) ? errors.indexOf(m) : errors.push(m) - 1);
console.log('| model | file | fmt | converts | ours max abs (rel) | converter in LiteRT.js (rel) | converter in TF | ≤2× | ops ours/conv, diff | size ratio | ours ms | conv s |');
console.log('|---|---|---|---|---|---|---|---|---|---:|---:|---:|');
for (const e of manifest.models.filter((m) => m.name.includes(filter))) {
  if (e.buildError) {
    console.log(`| ${e.name} | - | - | not built: ${e.buildError.slice(0, 200)} |`);
    continue;
  }
  for (const ext of ['h5', 'keras'] as const) {
    if (!e.files[ext]) {
      console.log(`| ${e.name} | ${ext} | - | Keras could not save it |`);
      continue;
    }
    for (const variant of ['float32', 'float16'] as const) {
      const r = await row(e, ext, variant);
      rows.push(r);
      const cell = (m: string) => { const t = m.replace(/\n/g, ' ').replace(/\|/g, '/'); return t.length > 240 ? `${t.slice(0, 240)}… [E${noteError(m)}]` : t; };
      const conv = r.converts ? (r.error ? `yes, ${cell(r.error)}` : 'yes') : `NO (${r.errKind}): ${cell(r.error!)}`;
      console.log(`| ${e.name} | ${ext} | ${variant === 'float32' ? 'f32' : 'f16'} | ${conv} | ${fmt(r.oursAbs)} (${fmt(r.oursRel)}) | ${fmt(r.refAbs)} (${fmt(r.refRel)}) | ${r.refAbsPy !== undefined ? fmt(r.refAbsPy) : (variant === 'float32' ? e.ref_f32 : e.ref_f16).error?.slice(0, 80) ?? '-'} | ${r.rule ?? '-'} | ${r.ops ?? '-'} | ${r.sizeRatio?.toFixed(3) ?? '-'} | ${r.ms?.toFixed(0) ?? '-'} | ${r.refSeconds ?? '-'} |`);
    }
  }
}
errors.forEach((m, i) => console.log(`\n[E${i}] ${m}`));
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 1));
process.exit(0);
