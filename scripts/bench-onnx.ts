/**
 * ONNX benchmark (`npm run bench:onnx`): for the ONNX fixtures and the torchvision models made on demand into
 * bench-cache/onnx (resnet18, mobilenet_v2: `.venv-onnx/bin/python fixtures/scripts/make_onnx_fixtures.py --bench`),
 * the whole-process wall time of `tflite-gate convert` (median of --runs, default 3; dynamic sequence axes at 6), the float32 .tflite run in
 * LiteRT.js vs onnxruntime-web on the same seeded inputs (max relative error), TRANSPOSE operators left, and
 * the files for the tf.lite.Interpreter cross-check (scripts/onnx_tf_interpreter_check.py, reference venv) in
 * bench-cache/onnx-check. onnx2tf, the reference converter, does not install from the local package index.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { randomInput, relativeError, runOrt } from '../__tests__/onnx/ort-reference.js';
import { readTfliteModel } from '../src/tflite/reader.js';
import { predictInProcess } from '../src/runtime/pool.js';

const root = process.cwd();
const args = process.argv.slice(2);
const RUNS = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : '3');
const checkDir = join(root, 'bench-cache', 'onnx-check');
mkdirSync(checkDir, { recursive: true });

const dirs = [join(root, 'fixtures', 'onnx'), join(root, 'bench-cache', 'onnx')].filter(existsSync);
const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.onnx')).map((f) => join(d, f)));

function convertSeconds(file: string, out: string): number {
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const started = performance.now();
    const p = spawnSync(process.execPath, [join(root, 'bin', 'tflite-gate.js'), 'convert', `--model_file=${file}`, `--output_file=${out}`, '--sequence_length=6'], { encoding: 'utf8' });
    if (p.status !== 0) throw new Error(p.stderr);
    times.push((performance.now() - started) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

console.log('| model | ONNX MB | convert (whole process) | ops | TRANSPOSE | max rel. error vs onnxruntime (LiteRT.js, 2 inputs) |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const file of files) {
  const name = basename(file, '.onnx');
  const out = join(checkDir, `${name}.tflite`);
  const seconds = convertSeconds(file, out);
  const tflite = new Uint8Array(readFileSync(out));
  const { graph } = readTfliteModel(tflite, out);
  const input = graph.tensors[graph.inputs[0]!.tensor]!;
  let worst = 0;
  const cases: { input: string; output: string }[] = [];
  for (const seed of [1, 2]) {
    const values = randomInput(input.shape.reduce((a, b) => a * b, 1), seed);
    // token-id inputs get ids below 10 (every fixture's vocabulary is larger)
    const data = input.dtype === 'int64' || input.dtype === 'int32' ? Int32Array.from(values, (v) => Math.floor(((v + 2) / 4) * 10)) : values;
    const ours = await predictInProcess({ bytes: tflite, file: out, inputs: [{ data, sampleSize: data.length }], count: 1 });
    const [ref] = await runOrt(new Uint8Array(readFileSync(file)), [{ name: graph.inputs[0]!.name, dims: input.shape, data }]);
    worst = Math.max(worst, relativeError(ours[0]!.data as Float32Array, ref!));
    if (data instanceof Int32Array) continue; // the tf.lite check below feeds float32 files
    writeFileSync(join(checkDir, `${name}.in${seed}.bin`), data);
    writeFileSync(join(checkDir, `${name}.ref${seed}.bin`), ref!);
    cases.push({ input: `${name}.in${seed}.bin`, output: `${name}.ref${seed}.bin` });
  }
  writeFileSync(join(checkDir, `${name}.json`), JSON.stringify({ tflite: `${name}.tflite`, shape: input.shape, cases }));
  const transposes = graph.ops.filter((op) => op.type === 'TRANSPOSE').length;
  const mb = (readFileSync(file).length / 1e6).toFixed(2);
  console.log(`| ${name} | ${mb} | ${seconds.toFixed(2)} s | ${graph.ops.length} | ${transposes} | ${worst.toExponential(1)} |`);
}
