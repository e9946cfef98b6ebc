/**
 * Recurrent benchmark (issue 5): every recurrent fixture, both files (.h5 and .keras), float32 and float16,
 * converted by tflite-gate and run in LiteRT.js: max abs error against Keras, size, op count and per-inference
 * latency (median of N runs, batch 1, one thread). With the reference venv present it also writes the fused
 * UNIDIRECTIONAL_SEQUENCE_LSTM form of lstm_last / lstm_long (fixtures/recurrent/fused_lstm_probe.py) and
 * reports what LiteRT.js does with it beside our unrolled form.
 *
 *   npm run build && npx tsx scripts/bench-recurrent.ts [--runs 300] [name-filter]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInterpreter } from '../src/runtime/interpreter.js';
import { measureLatency } from '../src/runtime/latency.js';
import { type FixtureCase, readInput, recurrentCases, runCase, sharedRecurrentCases, worstError } from '../__tests__/convert/recurrent/harness.js';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 300;
const filter = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? '';
const PYTHON = join(process.cwd(), '.venv-ref', 'bin', 'python');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number) => x.toExponential(1);

async function latencyMs(bytes: Uint8Array, c: FixtureCase): Promise<number> {
  const inputs = c.inputs.map((i) => readInput(i).subarray(0, i.shape.reduce((a, b) => a * b, 1)));
  const timings = await measureLatency({ bytes, file: c.label }, { runs: RUNS, warmup: 20, inputs });
  return median(timings.runsMs);
}

async function fixtureTable(): Promise<void> {
  const cases = [...recurrentCases(), ...sharedRecurrentCases()].filter((c) => c.label.includes(filter));
  console.log('| fixture | ops | f32 bytes | f32 max err | f16 bytes | f16 max err | f32 ms/inference | f16 ms/inference |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  let worst32 = 0;
  let worst16 = 0;
  for (const c of cases) {
    const f32 = await runCase(c);
    const f16 = await runCase(c, true);
    worst32 = Math.max(worst32, f32.error);
    worst16 = Math.max(worst16, f16.error);
    const [l32, l16] = [await latencyMs(f32.bytes, c), await latencyMs(f16.bytes, c)];
    console.log(`| ${c.label} | ${f32.graph.ops.length} | ${f32.bytes.length} | ${fmt(f32.error)} | ${f16.bytes.length} | ${fmt(f16.error)} | ${l32.toFixed(4)} | ${l16.toFixed(4)} |`);
  }
  console.log(`\n${cases.length} files: worst float32 error ${fmt(worst32)} (limit 1e-5; 1e-4 relative for lstm_long), worst float16 error ${fmt(worst16)} (limit 1e-2)`);
}

/** The fused op, written by the probe with variable state tensors (as TFLite requires) and without. */
async function fusedComparison(): Promise<void> {
  if (!existsSync(PYTHON)) {
    console.log('\nfused UNIDIRECTIONAL_SEQUENCE_LSTM comparison skipped: no reference venv at .venv-ref');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-recurrent-'));
  console.log('\n| model | form | LiteRT.js | max err run 1 / run 2 | ms/inference |');
  console.log('|---|---|---|---|---:|');
  for (const name of ['lstm_last', 'lstm_long']) {
    const c = recurrentCases().find((k) => k.model === name && k.label.endsWith('.keras'))!;
    const ours = await runCase(c);
    console.log(`| ${name} | unrolled builtin ops (ours) | runs | ${fmt(ours.error)} | ${(await latencyMs(ours.bytes, c)).toFixed(4)} |`);
    for (const state of ['variable', 'plain']) {
      const out = join(dir, `${name}.${state}.tflite`);
      execFileSync(PYTHON, [join('fixtures', 'recurrent', 'fused_lstm_probe.py'), name, out], { env: { ...process.env, STATE: state }, stdio: 'ignore' });
      console.log(`| ${name} | UNIDIRECTIONAL_SEQUENCE_LSTM, ${state} state | ${await fusedRow(out, c, ours.graph)} |`);
    }
  }
}

async function fusedRow(path: string, c: FixtureCase, graph: Awaited<ReturnType<typeof runCase>>['graph']): Promise<string> {
  const bytes = new Uint8Array(readFileSync(path));
  try {
    const interpreter = await loadInterpreter(bytes, { file: path });
    const renamed = { ...graph, outputs: graph.outputs.map((io, i) => ({ ...io, name: interpreter.outputs[i]!.name })) };
    const errors = [worstError(interpreter, renamed, c, false), worstError(interpreter, renamed, c, false)];
    interpreter.dispose();
    return `runs | ${errors.map(fmt).join(' / ')} | ${(await latencyMs(bytes, c)).toFixed(4)}`;
  } catch (error) {
    return `refused: ${String((error as Error).message).split('\n').slice(-1)[0]!.trim()} | - | -`;
  }
}

/** The TFLite converter's own fixed-batch files (fixtures/models/*.ref_b1.tflite: WHILE loops) beside ours. */
async function converterComparison(): Promise<void> {
  console.log('\n| model | TFLite converter (batch 1, WHILE loop): bytes / max err / ms | ours (unrolled): bytes / max err / ms |');
  console.log('|---|---|---|');
  for (const c of sharedRecurrentCases().filter((k) => k.label.endsWith('.keras'))) {
    const ref = c.modelPath.replace(/\.keras$/, '.ref_b1.tflite');
    if (!existsSync(ref)) continue;
    const ours = await runCase(c);
    const theirs = await fusedRow(ref, c, ours.graph);
    const bytes = readFileSync(ref).length;
    console.log(`| ${c.model} | ${bytes} / ${theirs.split(' | ').slice(1).join(' / ')} | ${ours.bytes.length} / ${fmt(ours.error)} / ${(await latencyMs(ours.bytes, c)).toFixed(4)} |`);
  }
}

await fixtureTable();
if (!filter) {
  await converterComparison();
  await fusedComparison();
}
