/**
 * Recurrent benchmark (issues 5 and 13): every recurrent fixture, both files (.h5 and .keras), converted by
 * tflite-gate in the WHILE loop form and the unrolled form, float32 and float16, run in LiteRT.js: max abs error
 * against Keras, operators (all subgraphs), bytes and per-inference latency (median of N runs, batch 1, one
 * thread). With the reference venv (REF_PYTHON, default .venv-ref/bin/python) it also builds the issue's
 * stock-prediction shape (3 stacked LSTM(50)) at 20 / 100 / 200 steps with the TFLite converter's own files
 * beside ours, times every file in tf.lite.Interpreter too, compares with the converter's fixed-batch files of
 * fixtures/models and reports what LiteRT.js does with the fused UNIDIRECTIONAL_SEQUENCE_LSTM.
 *
 *   npm run build && REAL_MODELS_DIR=../shared/real-models npx tsx scripts/bench-recurrent.ts [--runs 300] [name-filter]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Graph } from '../src/graph/ir.js';
import { loadInterpreter } from '../src/runtime/interpreter.js';
import { measureLatency } from '../src/runtime/latency.js';
import { type CaseResult, type FixtureCase, readInput, recurrentCases, runCase, sharedRecurrentCases, worstError } from '../__tests__/convert/recurrent/harness.js';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 300;
const filter = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? '';
const PYTHON = process.env.REF_PYTHON ?? join(process.cwd(), '.venv-ref', 'bin', 'python');
const HELPER = join('scripts', 'dev', 'recurrent-bench.py');
const DIR = mkdtempSync(join(tmpdir(), 'bench-recurrent-'));

const fmt = (x: number) => x.toExponential(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const opCount = (g: Graph) => [g, ...(g.subgraphs ?? [])].reduce((n, s) => n + s.ops.length, 0);
const python = (argv: string[]) => execFileSync(PYTHON, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 24 });

async function latencyMs(bytes: Uint8Array, c: FixtureCase): Promise<number> {
  const inputs = c.inputs.map((i) => readInput(i).subarray(0, i.shape.reduce((a, b) => a * b, 1)));
  const timings = await measureLatency({ bytes, file: c.label }, { runs: RUNS, warmup: 20, inputs });
  return median(timings.runsMs);
}

/** tf.lite.Interpreter ms per inference of each file, by path ('-' without the venv). */
function nativeMs(files: string[]): Map<string, string> {
  if (!existsSync(PYTHON) || files.length === 0) return new Map();
  const lines = python([HELPER, 'latency', String(RUNS), ...files]).trim().split('\n');
  return new Map(lines.map((l) => l.split('\t') as [string, string]));
}

async function fixtureTable(): Promise<void> {
  const cases = [...recurrentCases(), ...sharedRecurrentCases()].filter((c) => c.label.includes(filter));
  console.log('| fixture | ops loop / unrolled | f32 bytes loop / unrolled | f32 max err | f16 bytes | f16 max err | f32 ms loop / unrolled | f16 ms |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  let [worst32, worst16] = [0, 0];
  for (const c of cases) {
    const [f32, f16, unrolled] = [await runCase(c), await runCase(c, true), await runCase(c, false, { recurrentForm: 'unrolled' })];
    [worst32, worst16] = [Math.max(worst32, f32.error, unrolled.error), Math.max(worst16, f16.error)];
    const ms = [await latencyMs(f32.bytes, c), await latencyMs(unrolled.bytes, c), await latencyMs(f16.bytes, c)].map((x) => x.toFixed(4));
    console.log(`| ${c.label} | ${opCount(f32.graph)} / ${opCount(unrolled.graph)} | ${f32.bytes.length} / ${unrolled.bytes.length} | ${fmt(Math.max(f32.error, unrolled.error))} | ${f16.bytes.length} | ${fmt(f16.error)} | ${ms[0]} / ${ms[1]} | ${ms[2]} |`);
  }
  console.log(`\n${cases.length} files: worst float32 error ${fmt(worst32)} (both forms; limit 1e-5, 1e-4 relative for lstm_long), worst float16 error ${fmt(worst16)} (limit 1e-2)`);
}

/** A file run in LiteRT.js against the case's Keras outputs, outputs paired by position. */
async function fileRow(bytes: Uint8Array, c: FixtureCase, graph: Graph): Promise<{ error: string; ms: string }> {
  try {
    const interpreter = await loadInterpreter(bytes, { file: c.label });
    const renamed = { ...graph, outputs: graph.outputs.map((io, i) => ({ ...io, name: interpreter.outputs[i]!.name })) };
    const errors = [worstError(interpreter, renamed, c, false), worstError(interpreter, renamed, c, false)];
    interpreter.dispose();
    return { error: errors.map(fmt).join(' / '), ms: (await latencyMs(bytes, c)).toFixed(4) };
  } catch (error) {
    return { error: `refused: ${String((error as Error).message).split('\n').slice(-1)[0]!.trim()}`, ms: '-' };
  }
}

interface FileRow { steps: number; name: string; ops: number; bytes: Uint8Array; error: string; ms: string; path: string }

async function oursRow(c: FixtureCase, steps: number, name: string, result: CaseResult): Promise<FileRow> {
  const path = join(DIR, `stock_${steps}.${name.replace(/\W+/g, '_')}.tflite`);
  writeFileSync(path, result.bytes);
  return { steps, name, ops: opCount(result.graph), bytes: result.bytes, error: fmt(result.error), ms: (await latencyMs(result.bytes, c)).toFixed(4), path };
}

async function stockRows(dir: string, steps: number): Promise<FileRow[]> {
  const c: FixtureCase = {
    label: `stock_${steps}`, model: 'stock', modelPath: join(dir, 'stock.keras'), samples: 3, sequenceLength: steps, long: false,
    inputs: [{ shape: [steps, 1], path: join(dir, `stock_${steps}.in.f32`) }], outputs: [{ shape: [1], path: join(dir, `stock_${steps}.out.f32`) }],
  };
  const loop = await runCase(c);
  const rows = [
    await oursRow(c, steps, 'ours, loop, float32', loop),
    await oursRow(c, steps, 'ours, loop, float16', await runCase(c, true)),
    await oursRow(c, steps, 'ours, unrolled, float32', await runCase(c, false, { recurrentForm: 'unrolled' })),
    await oursRow(c, steps, 'ours, unrolled, float16', await runCase(c, true, { recurrentForm: 'unrolled' })),
  ];
  const { readTflite } = await import('../src/tflite/reader.js');
  for (const [suffix, name] of [['tf', 'TFLite converter, float32'], ['tf16', 'TFLite converter, float16']] as const) {
    const path = join(dir, `stock_${steps}.${suffix}.tflite`);
    const bytes = new Uint8Array(readFileSync(path));
    const { error, ms } = await fileRow(bytes, c, loop.graph);
    rows.push({ steps, name, ops: opCount(readTflite(bytes, path)), bytes, error, ms, path });
  }
  return rows;
}

/** The issue's 3 x LSTM(50) stock-prediction shape at 20, 100 and 200 steps: ours (both forms) and the converter's. */
async function stockTable(): Promise<void> {
  if (!existsSync(PYTHON)) {
    console.log('\nstock-prediction comparison skipped: no reference venv (REF_PYTHON)');
    return;
  }
  const dir = join(DIR, 'stock');
  python([HELPER, 'make', dir]);
  const rows: FileRow[] = [];
  for (const steps of [20, 100, 200]) rows.push(...await stockRows(dir, steps));
  const native = nativeMs(rows.map((r) => r.path));
  console.log('\n| steps | file | ops (all subgraphs) | bytes | max err vs Keras, LiteRT.js (run 1 / 2) | LiteRT.js ms | tf.lite ms |');
  console.log('|---:|---|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.steps} | ${r.name} | ${r.ops} | ${r.bytes.length} | ${r.error} | ${r.ms} | ${native.get(r.path) ?? '-'} |`);
}

/** The TFLite converter's own fixed-batch files (fixtures/models/*.ref_b1.tflite: WHILE loops) beside ours. */
async function converterComparison(): Promise<void> {
  console.log('\n| model | TFLite converter (batch 1, WHILE loop): ops / bytes / max err / ms | ours (WHILE loop): ops / bytes / max err / ms |');
  console.log('|---|---|---|');
  const { readTflite } = await import('../src/tflite/reader.js');
  for (const c of sharedRecurrentCases().filter((k) => k.label.endsWith('.keras'))) {
    const ref = c.modelPath.replace(/\.keras$/, '.ref_b1.tflite');
    if (!existsSync(ref)) continue;
    const ours = await runCase(c);
    const bytes = new Uint8Array(readFileSync(ref));
    const theirs = await fileRow(bytes, c, ours.graph);
    console.log(`| ${c.model} | ${opCount(readTflite(bytes, ref))} / ${bytes.length} / ${theirs.error} / ${theirs.ms} | ${opCount(ours.graph)} / ${ours.bytes.length} / ${fmt(ours.error)} / ${(await latencyMs(ours.bytes, c)).toFixed(4)} |`);
  }
}

/** The fused op, written by fixtures/recurrent/fused_lstm_probe.py with variable state tensors (as TFLite requires), constant and plain ones. */
async function fusedComparison(): Promise<void> {
  if (!existsSync(PYTHON)) return;
  console.log('\n| model | form | LiteRT.js: max err run 1 / run 2 | ms/inference |');
  console.log('|---|---|---|---:|');
  for (const name of ['lstm_last', 'lstm_long']) {
    const c = recurrentCases().find((k) => k.model === name && k.label.endsWith('.keras'))!;
    const ours = await runCase(c);
    console.log(`| ${name} | WHILE loop (ours) | ${fmt(ours.error)} | ${(await latencyMs(ours.bytes, c)).toFixed(4)} |`);
    for (const state of ['variable', 'constant', 'plain']) {
      const out = join(DIR, `${name}.${state}.tflite`);
      execFileSync(PYTHON, [join('fixtures', 'recurrent', 'fused_lstm_probe.py'), name, out], { env: { ...process.env, STATE: state }, stdio: 'ignore' });
      const row = await fileRow(new Uint8Array(readFileSync(out)), c, ours.graph);
      console.log(`| ${name} | UNIDIRECTIONAL_SEQUENCE_LSTM, ${state} state | ${row.error} | ${row.ms} |`);
    }
  }
}

await fixtureTable();
if (!filter) {
  await stockTable();
  await converterComparison();
  await fusedComparison();
}
