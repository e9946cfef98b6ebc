// Benchmark of integer quantization (`npm run bench:quantize`), ours beside TF 2.21's in one run, on the models of
// fixtures/scripts/make_quantize_bench.py (bench-cache/quantize/, made on demand with the reference venv): two trained
// MNIST classifiers (the repo's small CNN, a MobileNetV2 trained on the digits), two trained models other people
// made (a Keras 3 MNIST CNN, a FER2013 mini-Xception fed digits: no labels), read in place from
// ../shared/real-models (REAL_MODELS_DIR elsewhere; skipped with a line when absent), and two
// random-weight keras.applications nets at 96x96:
//  1. conversion: whole-process wall time of `tflite-gate convert --quantize=int8|dynamic` (int8 calibrated on the
//     same samples TF's converter gets) vs a Python process running TFLiteConverter with the same calibration set;
//  2. what was made: file size vs TF's, max and mean |output - Keras| on the evaluation samples for our file and
//     TF's (both run in LiteRT.js, and in tf.lite.Interpreter's reference kernels by
//     scripts/dev/check_quantized_in_tf.py), top-1 for the trained models, agreement of top-1 with Keras;
//  3. latency, single thread, batch 1: LiteRT.js float32 vs int8 (ours), tf.lite.Interpreter beside (from the
//     generator's run);
//  4. issue 11's bars per model and variant (scripts/bench-quantize-report.mjs); exit 1 when one fails.
// Options: --runs N (our conversion, default 3; TF's runs once), --only NAME, --skip-reference (no TF timing).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printReport } from './bench-quantize-report.mjs';
import { modelStats } from '../src/metrics/model-stats.ts';
import { readTflite } from '../src/tflite/index.ts';
import { parseNpz } from '../src/data/npz.ts';
import { parseNpy } from '../src/data/npy.ts';
import { measureLatency } from '../src/runtime/latency.ts';
import { predictInProcess } from '../src/runtime/pool.ts';
import { loadInterpreter } from '../src/runtime/interpreter.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, 'bench-cache', 'quantize');
const python = join(root, '.venv-ref', 'bin', 'python');
const args = process.argv.slice(2);
const flag = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(flag('--runs', '3'));
const reference = !args.includes('--skip-reference') && existsSync(python);
const REAL = process.env.REAL_MODELS_DIR ?? join(root, '..', 'shared', 'real-models');
/** Models read in place from the real-models folder (never copied into the project). */
const REAL_FILES = { mnist_cnn_k3: 'mnist_cnn_k3.h5', emotion_mini_xception: 'emotion_mini_xception.h5' };
const h5Of = (name) => (REAL_FILES[name] ? join(REAL, REAL_FILES[name]) : join(cache, `${name}.h5`));
const ALL = ['mnist_cnn', 'mobilenet_v2_digits', 'mnist_cnn_k3', 'emotion_mini_xception', 'mobilenet_v2', 'efficientnet_b0'];
if (flag('--only') && !ALL.includes(flag('--only'))) {
  console.error(`--only: no model ${flag('--only')} (one of ${ALL.join(', ')})`);
  process.exit(2);
}
const NAMES = ALL.filter((n) => !flag('--only') || n === flag('--only')).filter((n) => {
  if (!REAL_FILES[n] || existsSync(h5Of(n))) return true;
  console.log(`${n}: skipped, ${h5Of(n)} is absent (the real model is read there, never copied; set REAL_MODELS_DIR)`);
  return false;
});
const out = mkdtempSync(join(tmpdir(), 'bench-quantize-'));
const TF_SCRIPT = [
  'import sys, numpy as np, keras, tensorflow as tf',
  'model = keras.models.load_model(sys.argv[1], compile=False)',
  'c = tf.lite.TFLiteConverter.from_keras_model(model)',
  'c.optimizations = [tf.lite.Optimize.DEFAULT]',
  'if sys.argv[3] == "int8":',
  '    x = np.load(sys.argv[4])["x"]',
  '    c.representative_dataset = lambda: ([x[i : i + 1]] for i in range(len(x)))',
  'open(sys.argv[2], "wb").write(c.convert())',
].join('\n');

function ensure() {
  const missing = NAMES.filter((n) => !existsSync(join(cache, `${n}.keras.npy`)));
  if (missing.length === 0) return;
  if (!existsSync(python)) throw new Error(`bench-cache/quantize lacks ${missing.join(', ')} and there is no .venv-ref to make them`);
  const env = { ...process.env, TF_ENABLE_ONEDNN_OPTS: '0', REAL_MODELS_DIR: REAL };
  execFileSync(python, [join(root, 'fixtures/scripts/make_quantize_bench.py'), '--only', missing.join(',')], { stdio: 'inherit', env });
}

function timeProcess(cmd, argv, runs, env = process.env) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(cmd, argv, { cwd: root, env, encoding: 'utf8' });
    times.push((performance.now() - start) / 1000);
    if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status}):\n${r.stderr}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function loadEval(name) {
  const path = join(cache, `${name}.eval.npz`);
  const raw = parseNpz(new Uint8Array(readFileSync(path)), path, { xKeys: ['x'], yKey: 'y' });
  const keras = parseNpy(new Uint8Array(readFileSync(join(cache, `${name}.keras.npy`))), 'keras');
  return { x: Float32Array.from(raw.inputs[0].data), y: raw.labels?.data, count: raw.inputs[0].shape[0], keras: keras.data };
}

async function outputsOf(file, data) {
  const bytes = new Uint8Array(readFileSync(file));
  const it = await loadInterpreter(bytes, { file });
  const size = it.inputs[0].size;
  it.dispose();
  const [block] = await predictInProcess({ bytes, file, inputs: [{ data: data.x, sampleSize: size }], count: data.count });
  return block.data;
}

function compare(y, data) {
  const classes = y.length / data.count;
  let max = 0;
  let sum = 0;
  let correct = 0;
  let agree = 0;
  for (let s = 0; s < data.count; s++) {
    let best = 0;
    let bestK = 0;
    for (let c = 0; c < classes; c++) {
      const d = Math.abs(y[s * classes + c] - data.keras[s * classes + c]);
      max = Math.max(max, d);
      sum += d;
      if (y[s * classes + c] > y[s * classes + best]) best = c;
      if (data.keras[s * classes + c] > data.keras[s * classes + bestK]) bestK = c;
    }
    if (data.y && best === Number(data.y[s])) correct++;
    if (best === bestK) agree++;
  }
  return { max, mean: sum / y.length, top1: data.y ? correct / data.count : undefined, agree: agree / data.count };
}

async function p50(file, data) {
  const bytes = new Uint8Array(readFileSync(file));
  const t = await measureLatency({ bytes, file }, { runs: 50, warmup: 10, inputs: [data.x.subarray(0, data.x.length / data.count)] });
  return t.runsMs.sort((a, b) => a - b)[25];
}

/** Our file and TF's in tf.lite.Interpreter (reference kernels): { ours, theirs } results, or undefined without the venv. */
function inTfLite(name, ours, theirs) {
  if (!existsSync(python)) return undefined;
  const script = join(root, 'scripts/dev/check_quantized_in_tf.py');
  const argv = [script, '--eval', join(cache, `${name}.eval.npz`), '--keras', join(cache, `${name}.keras.npy`), ours, theirs];
  const r = spawnSync(python, argv, { cwd: root, encoding: 'utf8', env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3', TF_ENABLE_ONEDNN_OPTS: '0' } });
  if (r.status !== 0) throw new Error(`check_quantized_in_tf.py failed (${r.status}):\n${r.stderr}`);
  const [a, b] = r.stdout.trim().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
  return { ours: a, theirs: b };
}

/** Bytes of a file's constant tensors (what `inspect` shows as weight bytes). */
const weightBytes = (file) => modelStats(readTflite(new Uint8Array(readFileSync(file)))).weightBytes;

/** One model and variant: our conversion timed, both files' outputs in LiteRT.js and tf.lite, latencies. */
async function measure(name, mode, data, entry, f32Latency) {
  const h5 = h5Of(name);
  const calib = join(cache, `${name}.calib.npz`);
  const ours = join(out, `${name}.${mode}.tflite`);
  const extra = mode === 'int8' ? [`--representative_dataset=${calib}`] : [];
  const cli = ['bin/tflite-gate.js', 'convert', `--keras_model_file=${h5}`, `--output_file=${ours}`, `--quantize=${mode}`, ...extra];
  const oursS = timeProcess('node', cli, RUNS);
  const tfFile = join(cache, entry[mode].file);
  const tfEnv = { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3', TF_ENABLE_ONEDNN_OPTS: '0' };
  const tfS = reference ? timeProcess(python, ['-c', TF_SCRIPT, h5, join(out, `${name}.tf.${mode}.tflite`), mode, calib], 1, tfEnv) : undefined;
  const row = { name, mode, oursS, tfS, bytes: statSync(ours).size, tfBytes: entry[mode].bytes, f32Latency, nativeF32: entry.float32.nativeLatencyMs, native: entry[mode].nativeLatencyMs };
  Object.assign(row, { weightBytes: weightBytes(ours), tfWeightBytes: weightBytes(tfFile) });
  row.theirs = compare(await outputsOf(tfFile, data), data);
  row.tfLite = inTfLite(name, ours, tfFile);
  try {
    row.mine = compare(await outputsOf(ours, data), data);
  } catch (error) {
    row.error = String(error.message ?? error).split('\n')[0];
    return row;
  }
  return { ...row, latency: await p50(ours, data), tfLatency: await p50(tfFile, data) };
}

ensure();
const meta = JSON.parse(readFileSync(join(cache, 'quantize.json'), 'utf8'));
const rows = [];
for (const name of NAMES) {
  const data = loadEval(name);
  const f32 = join(out, `${name}.float32.tflite`);
  execFileSync('node', ['bin/tflite-gate.js', 'convert', `--keras_model_file=${h5Of(name)}`, `--output_file=${f32}`], { cwd: root });
  const f32Latency = await p50(f32, data);
  for (const mode of ['dynamic', 'int8']) rows.push(await measure(name, mode, data, meta.models[name], f32Latency));
}
process.exitCode = printReport(rows, RUNS) > 0 ? 1 : 0;
