// Benchmark of integer quantization (`npm run bench:quantize`), ours beside TF 2.21's in one run, on the models of
// fixtures/scripts/make_quantize_bench.py (bench-cache/quantize/, made on demand with the reference venv):
//  1. conversion: whole-process wall time of `tflite-gate convert --quantize=int8|dynamic` (int8 calibrated on the
//     same samples TF's converter gets) vs a Python process running TFLiteConverter with the same calibration set;
//  2. what was made: file size vs TF's, max and mean |output - Keras| on the evaluation samples for our file and
//     TF's (both run in LiteRT.js), top-1 for the trained model, agreement of top-1 with Keras;
//  3. latency, single thread, batch 1: LiteRT.js float32 vs int8 (ours), tf.lite.Interpreter beside (from the
//     generator's run).
// Options: --runs N (our conversion, default 3; TF's runs once), --only NAME, --skip-reference (no TF timing).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
const NAMES = ['mnist_cnn', 'mobilenet_v2', 'efficientnet_b0'].filter((n) => !flag('--only') || n === flag('--only'));
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
  const missing = NAMES.filter((n) => !existsSync(join(cache, `${n}.h5`)));
  if (missing.length === 0) return;
  if (!existsSync(python)) throw new Error(`bench-cache/quantize lacks ${missing.join(', ')} and there is no .venv-ref to make them`);
  execFileSync(python, [join(root, 'fixtures/scripts/make_quantize_bench.py'), '--only', missing.join(',')], { stdio: 'inherit', env: { ...process.env, TF_ENABLE_ONEDNN_OPTS: '0' } });
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

ensure();
const meta = JSON.parse(readFileSync(join(cache, 'quantize.json'), 'utf8'));
const rows = [];
for (const name of NAMES) {
  const h5 = join(cache, `${name}.h5`);
  const calib = join(cache, `${name}.calib.npz`);
  const data = loadEval(name);
  const f32 = join(out, `${name}.float32.tflite`);
  execFileSync('node', ['bin/tflite-gate.js', 'convert', `--keras_model_file=${h5}`, `--output_file=${f32}`], { cwd: root });
  const f32Latency = await p50(f32, data);
  for (const mode of ['dynamic', 'int8']) {
    const ours = join(out, `${name}.${mode}.tflite`);
    const extra = mode === 'int8' ? [`--representative_dataset=${calib}`] : [];
    const cli = ['bin/tflite-gate.js', 'convert', `--keras_model_file=${h5}`, `--output_file=${ours}`, `--quantize=${mode}`, ...extra];
    const oursS = timeProcess('node', cli, RUNS);
    const tfFile = join(cache, meta.models[name][mode].file);
    const tfS = reference ? timeProcess(python, ['-c', TF_SCRIPT, h5, join(out, `${name}.tf.${mode}.tflite`), mode, calib], 1, { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3', TF_ENABLE_ONEDNN_OPTS: '0' }) : undefined;
    const mine = compare(await outputsOf(ours, data), data);
    const theirs = compare(await outputsOf(tfFile, data), data);
    rows.push({
      name, mode, oursS, tfS, bytes: statSync(ours).size, tfBytes: meta.models[name][mode].bytes, mine, theirs,
      latency: await p50(ours, data), tfLatency: await p50(tfFile, data), f32Latency,
      nativeF32: meta.models[name].float32.nativeLatencyMs, native: meta.models[name][mode].nativeLatencyMs,
    });
  }
}

const pad = (s, n) => String(s).padEnd(n);
const pct = (x) => (x === undefined ? '-' : `${(x * 100).toFixed(2)}%`);
console.log(`\nconversion (whole process, median of ${RUNS}; TF: one Python process with the same calibration set)`);
console.log(`${pad('model', 16)}${pad('variant', 9)}${pad('ours s', 9)}${pad('TF s', 9)}${pad('speed-up', 10)}${pad('bytes ours / TF', 28)}`);
for (const r of rows) {
  console.log(`${pad(r.name, 16)}${pad(r.mode, 9)}${pad(r.oursS.toFixed(2), 9)}${pad(r.tfS ? r.tfS.toFixed(2) : '-', 9)}${pad(r.tfS ? `${(r.tfS / r.oursS).toFixed(1)}x` : '-', 10)}` +
    `${pad(`${r.bytes} / ${r.tfBytes} (${(r.bytes / r.tfBytes).toFixed(3)})`, 28)}`);
}
console.log('\noutputs vs Keras on the evaluation samples (both files run in LiteRT.js)');
console.log(`${pad('model', 16)}${pad('variant', 9)}${pad('max|err| ours / TF', 24)}${pad('ratio', 7)}${pad('mean|err| ours / TF', 24)}${pad('top-1 ours / TF', 20)}agrees with Keras ours / TF`);
for (const r of rows) {
  console.log(`${pad(r.name, 16)}${pad(r.mode, 9)}${pad(`${r.mine.max.toExponential(2)} / ${r.theirs.max.toExponential(2)}`, 24)}${pad((r.mine.max / r.theirs.max).toFixed(2), 7)}` +
    `${pad(`${r.mine.mean.toExponential(2)} / ${r.theirs.mean.toExponential(2)}`, 24)}${pad(`${pct(r.mine.top1)} / ${pct(r.theirs.top1)}`, 20)}${pct(r.mine.agree)} / ${pct(r.theirs.agree)}`);
}
console.log('\nlatency p50, single thread, batch 1 (ms): LiteRT.js float32 / ours / TF\'s file; tf.lite.Interpreter float32 / variant');
for (const r of rows) {
  console.log(`${pad(r.name, 16)}${pad(r.mode, 9)}LiteRT.js ${r.f32Latency.toFixed(3)} / ${r.latency.toFixed(3)} / ${r.tfLatency.toFixed(3)}   native ${r.nativeF32.toFixed(3)} / ${r.native.toFixed(3)}`);
}
