// Benchmark of the converter (`npm run bench:convert`): whole-process wall time of our CLI
// (`node bin/tflite-gate.js convert ...`) beside the TFLite converter run as `tflite_convert` does it (a Python
// process: load the model with Keras, TFLiteConverter.from_keras_model, write the file; TF 2.21's own
// `tflite_convert --keras_model_file` cannot load Keras models any more) from the reference venv (when present), on the MNIST CNN and MobileNetV2 (.h5, generated on demand into bench-cache/ by
// fixtures/scripts/make_bench_models.py). Also checks what was made: our .tflite run in LiteRT.js vs the Keras
// outputs, operator counts and file sizes vs the converter's. Rows for dynamic range (--quantize=dynamic vs
// optimizations=[DEFAULT]) and full int8 (--quantize=int8 vs a representative_dataset; both calibrated on the same
// calibration set, --calibration N seeded samples, default 200) too; their reference sizes and op counts come from the converter's file of this run.
// Options: --runs N (default 5; the converter runs at most twice), --only NAME, --calibration N, --skip-reference.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadInterpreter } from '../src/runtime/interpreter.ts';
import { readTflite } from '../src/tflite/reader.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, 'bench-cache');
const venv = join(root, '.venv-ref', 'bin');
const args = process.argv.slice(2);
const flag = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(flag('--runs', '5'));
const CALIBRATION = Number(flag('--calibration', '200'));
const names = ['mnist_cnn', 'mobilenet_v2'].filter((n) => !flag('--only') || n === flag('--only'));
const reference = !args.includes('--skip-reference') && existsSync(join(venv, 'python'));
const REFERENCE_SCRIPT = [
  'import sys, keras, tensorflow as tf',
  'model = keras.models.load_model(sys.argv[1], compile=False)',
  'converter = tf.lite.TFLiteConverter.from_keras_model(model)',
  'if sys.argv[3] == "float16": converter.optimizations = [tf.lite.Optimize.DEFAULT]; converter.target_spec.supported_types = [tf.float16]',
  'if sys.argv[3] in ("dynamic", "int8"): converter.optimizations = [tf.lite.Optimize.DEFAULT]',
  'if sys.argv[3] == "int8":',
  '    import numpy as np',
  '    x = np.load(sys.argv[4])',
  '    converter.representative_dataset = lambda: ([x[i : i + 1]] for i in range(len(x)))',
  'open(sys.argv[2], "wb").write(converter.convert())',
].join('\n');
const out = mkdtempSync(join(tmpdir(), 'bench-convert-'));

function ensureModels() {
  const missing = names.filter((m) => !existsSync(join(cache, `${m}.h5`)));
  if (missing.length === 0) return;
  if (!existsSync(join(venv, 'python'))) throw new Error(`bench-cache/ lacks ${missing.join(', ')} and there is no .venv-ref to make them`);
  console.error(`making ${missing.join(', ')} in bench-cache/ ...`);
  execFileSync(join(venv, 'python'), [join(root, 'fixtures/scripts/make_bench_models.py'), '--only', missing.join(',')], { stdio: 'inherit' });
}

// CPU seconds (user + system, every thread) of each run too, through /usr/bin/time when the system has it: on
// a shared, loaded machine wall times stretch with the load, CPU times much less.
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median wall time and median CPU time (undefined without /usr/bin/time) in seconds of `runs` executions of a whole process. */
function timeProcess(cmd, argv, runs, env = process.env) {
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = TIME ? spawnSync(TIME, ['-f', 'CPU %U %S', cmd, ...argv], { cwd: root, env, encoding: 'utf8' }) : spawnSync(cmd, argv, { cwd: root, env, encoding: 'utf8' });
    wall.push((performance.now() - start) / 1000);
    if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status}):\n${r.stderr}`);
    const m = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr ?? '');
    if (m) cpu.push(Number(m[1]) + Number(m[2]));
  }
  return { wall: median(wall), cpu: cpu.length ? median(cpu) : undefined };
}

/**
 * A calibration set for both converters as a .npy file: CALIBRATION samples (default 200, our default and within
 * TF's advised 100-500), each a seeded blend of the bench model's two sample inputs plus a little noise, so that
 * ranges look like real inputs' while the set is as large as a user's.
 */
function samplesNpy(name) {
  const meta = JSON.parse(readFileSync(join(cache, 'bench.json'), 'utf8')).models[name];
  const raw = readFileSync(join(cache, meta.input.file));
  const given = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  const per = given.length / meta.input.shape[0];
  const data = new Float32Array(CALIBRATION * per);
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let s = 0; s < CALIBRATION; s++) {
    const a = random();
    const [x, y] = [(s % meta.input.shape[0]) * per, ((s + 1) % meta.input.shape[0]) * per];
    for (let i = 0; i < per; i++) data[s * per + i] = a * given[x + i] + (1 - a) * given[y + i] + 0.05 * (random() - 0.5);
  }
  let header = `{'descr': '<f4', 'fortran_order': False, 'shape': (${[CALIBRATION, ...meta.input.shape.slice(1)].join(', ')}), }`;
  header += ' '.repeat(63 - ((header.length + 10) % 64)) + '\n';
  const head = Buffer.alloc(10);
  head.write('\x93NUMPY', 0, 'latin1');
  head.writeUInt8(1, 6);
  head.writeUInt8(0, 7);
  head.writeUInt16LE(header.length, 8);
  const path = join(out, `${name}.samples.npy`);
  writeFileSync(path, Buffer.concat([head, Buffer.from(header, 'latin1'), Buffer.from(data.buffer)]));
  return path;
}

async function check(name, file, variant) {
  const meta = JSON.parse(readFileSync(join(cache, 'bench.json'), 'utf8')).models[name];
  const bytes = new Uint8Array(readFileSync(file));
  const interp = await loadInterpreter(bytes, { file });
  const floats = (file) => {
    const b = readFileSync(join(cache, file));
    return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  };
  const x = floats(meta.input.file);
  const want = floats(meta.output.file);
  const per = interp.outputs[0].size;
  let maxAbs = 0;
  for (let s = 0; s < meta.input.shape[0]; s++) {
    interp.setInput(0, x, s * interp.inputs[0].size);
    interp.invoke();
    const got = interp.readOutput(0);
    for (let i = 0; i < per; i++) maxAbs = Math.max(maxAbs, Math.abs(got[i] - want[s * per + i]));
  }
  interp.dispose();
  if (variant === 'dynamic' || variant === 'int8') {
    const refFile = join(out, `${name}.ref.${variant}.tflite`);
    if (!existsSync(refFile)) return { maxAbs, bytes: bytes.byteLength, refBytes: NaN, refOps: NaN };
    return { maxAbs, bytes: bytes.byteLength, refBytes: statSync(refFile).size, refOps: readTflite(new Uint8Array(readFileSync(refFile))).ops.length };
  }
  const ref = variant === 'float16' ? meta.tflite16 : meta.tflite;
  return { maxAbs, bytes: bytes.byteLength, refBytes: ref.bytes, refOps: Object.values(ref.ops).reduce((a, b) => a + b, 0) };
}

ensureModels();
const rows = [];
for (const name of names) {
  const h5 = join(cache, `${name}.h5`);
  const samples = samplesNpy(name);
  for (const variant of ['float32', 'float16', 'dynamic', 'int8']) {
    const ours = join(out, `${name}.${variant}.tflite`);
    const extra = { float32: [], float16: ['--float16'], dynamic: ['--quantize=dynamic'], int8: ['--quantize=int8', `--representative_dataset=${samples}`] }[variant];
    const oursT = timeProcess('node', ['bin/tflite-gate.js', 'convert', `--keras_model_file=${h5}`, `--output_file=${ours}`, ...extra], RUNS);
    const summary = execFileSync('node', ['bin/tflite-gate.js', 'convert', `--keras_model_file=${h5}`, `--output_file=${ours}`, ...extra], { cwd: root, encoding: 'utf8' });
    const ops = Number(/(\d+) ops/.exec(summary)?.[1]);
    let refT;
    if (reference) {
      const env = { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' };
      const refOut = join(out, variant === 'dynamic' || variant === 'int8' ? `${name}.ref.${variant}.tflite` : `${name}.ref.tflite`);
      refT = timeProcess(join(venv, 'python'), ['-c', REFERENCE_SCRIPT, h5, refOut, variant, samples], Math.min(RUNS, 2), env);
    }
    const c = await check(name, ours, variant);
    rows.push({ name, variant, oursS: oursT.wall, refS: refT?.wall, oursCpu: oursT.cpu, refCpu: refT?.cpu, ops, ...c, size: statSync(ours).size });
  }
}
const pad = (s, n) => String(s).padEnd(n);
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(1)}x` : '-');
const secs = (x) => (x === undefined ? '-' : x.toFixed(2));
console.log(`\n${pad('model', 14)}${pad('variant', 9)}${pad('ours s', 8)}${pad('converter s', 13)}${pad('speed-up', 10)}${pad('ours cpu s', 12)}${pad('conv cpu s', 12)}${pad('cpu ratio', 11)}${pad('ops ours/conv', 15)}${pad('bytes ours/conv', 26)}max |ours-keras|`);
for (const r of rows) {
  console.log(`${pad(r.name, 14)}${pad(r.variant === 'int8' ? `int8/${CALIBRATION}` : r.variant, 9)}${pad(secs(r.oursS), 8)}${pad(secs(r.refS), 13)}${pad(ratio(r.refS, r.oursS), 10)}` +
    `${pad(secs(r.oursCpu), 12)}${pad(secs(r.refCpu), 12)}${pad(ratio(r.refCpu, r.oursCpu), 11)}` +
    `${pad(`${r.ops}/${r.refOps}`, 15)}${pad(`${r.size}/${r.refBytes} (${(r.size / r.refBytes).toFixed(4)})`, 26)}${r.maxAbs.toExponential(2)}`);
}
console.log(`load average during the run: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(', ')} on ${(await import('node:os')).availableParallelism()} cores`);
if (!reference) console.log('(the TFLite converter was not timed: no .venv-ref, or --skip-reference)');
