import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../../src/cli/main.js';

const MODELS = join(process.cwd(), 'fixtures', 'models');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tg-convert-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  return cliOn(false, ...argv);
}

async function cliOn(isTTY: boolean, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['convert', ...argv], { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY, cwd: process.cwd() });
  return { code, out: out.join(''), err: err.join('') };
}

describe('tflite-gate convert', () => {
  it('converts with the tutorial flags and prints a one-line summary', async () => {
    const output = join(dir, 'model.tflite');
    const r = await cli(`--keras_model_file=${join(MODELS, 'conv2d_pool.h5')}`, `--output_file=${output}`);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/model\.tflite: float32, 6 ops \(CONV_2D 3, .*\), [\d,]+ bytes, [\d.]+ s\n$/);
    expect(readFileSync(output).subarray(4, 8).toString()).toBe('TFL3');
    expect(readdirSync(dir)).toEqual(['model.tflite']);
  });

  it('--json prints what was written (variant, path, bytes, operators, time); --quiet drops the notes', async () => {
    const output = join(dir, 'm.tflite');
    const r = await cli('--keras-model-file', join(MODELS, 'conv2d_pool.h5'), '--output-file', output, '--both', '--json');
    expect(r).toMatchObject({ code: 0, err: '' });
    const summary = JSON.parse(r.out);
    expect(summary.variants.map((v: { variant: string; path: string }) => [v.variant, v.path])).toEqual([['float32', output], ['float16', join(dir, 'm.float16.tflite')]]);
    expect(summary.variants[0].bytes).toBe(readFileSync(output).length);
    expect(summary.variants[0].operators.CONV_2D).toBe(3);
    expect(summary.variants[1].operators.DEQUANTIZE).toBeGreaterThan(0);
    expect(typeof summary.variants[0].seconds).toBe('number');
    const quiet = await cli('--keras-model-file', join(MODELS, 'lstm_variable_length.h5'), '--output-file', join(dir, 'q', 'l.tflite'), '--sequence-length', '10', '-q');
    expect(quiet.code).toBe(0);
    expect(quiet.out).not.toContain('note:');
    expect(quiet.out).not.toContain('created the folder');
    expect(quiet.out).toMatch(/l\.tflite: float32, /);
  });

  it('shows the steps of a large file on stderr (not with --quiet); small files convert silently', async () => {
    const input = join(dir, 'big.h5');
    // an HDF5 file may carry bytes past its end-of-file address: the model stays readable, the file large
    writeFileSync(input, Buffer.concat([readFileSync(join(MODELS, 'dense_mlp.h5')), Buffer.alloc(33 * 1024 * 1024)]));
    const r = await cli('--keras-model-file', input, '--output-file', join(dir, 'big.tflite'), '--both');
    expect(r.code).toBe(0);
    expect(r.err).toBe(`reading ${input} (33 MiB)\nconverting 5 layers\nwriting the float32 variant\nwriting the float16 variant\n`);
    expect((await cli('--keras-model-file', input, '--output-file', join(dir, 'big2.tflite'), '--quiet')).err).toBe('');
    expect((await cli('--keras-model-file', join(MODELS, 'dense_mlp.h5'), '--output-file', join(dir, 'small.tflite'))).err).toBe('');
  });

  it('says at which sequence length a variable-length recurrent model was converted', async () => {
    const output = join(dir, 'lstm.tflite');
    const r = await cli(`--keras_model_file=${join(MODELS, 'lstm_variable_length.h5')}`, `--output_file=${output}`, '--sequence_length=10');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\nnote: converted at sequence length 10 \(--sequence_length\) for the variable-length input "\w+" \[None, None, 5\] dimension 1: results hold for inputs of that length\n/);
    expect(r.out).toMatch(/\nnote: recurrent layers \(lstm\) written as 1 WHILE loop \(graph size independent of the number of time steps\)\n$/);
  });

  it('--unroll writes the recurrent layers unrolled and says so', async () => {
    const output = join(dir, 'lstm_unrolled.tflite');
    const r = await cli(`--keras_model_file=${join(MODELS, 'lstm_variable_length.h5')}`, `--output_file=${output}`, '--sequence_length=10', '--unroll');
    expect(r.code).toBe(0);
    expect(r.out).toContain('UNPACK 1');
    expect(r.out).not.toContain('WHILE');
    expect(r.out).toMatch(/\nnote: recurrent layers \(lstm\) unrolled, one copy of the cell per time step \(as asked\)\n$/);
  });

  it('accepts kebab-case flags and writes the float16 variant', async () => {
    const output = join(dir, 'half.tflite');
    const r = await cli('--keras-model-file', join(MODELS, 'dense_mlp.keras'), '--output-file', output, '--float16', '--batch-size', '2', '--dynamic-batch');
    expect(r.code).toBe(0);
    expect(r.out).toContain('float16');
    expect(r.out).toContain('DEQUANTIZE');
    expect(existsSync(output)).toBe(true);
  });

  it.each([
    ['a truncated .h5', () => { const p = join(dir, 'cut.h5'); writeFileSync(p, readFileSync(join(MODELS, 'dense_mlp.h5')).subarray(0, 3000)); return p; }, /dense_mlp|cut\.h5/],
    ['a Lambda model', () => join(MODELS, 'neg_lambda.h5'), /Lambda\): carries Python code, never executed/],
    ['a file that is not a model', () => { const p = join(dir, 'notes.h5'); writeFileSync(p, 'hello'); return p; },
      /notes\.h5: byte 0: not a Keras or ONNX model: it is neither HDF5 \(\.h5\), a \.keras zip archive nor ONNX \(\.onnx\)\n {2}Pass a Keras model\.save\(\) file \(\.h5 or \.keras\) or an ONNX file \(\.onnx, e\.g\. from torch\.onnx\.export\)\.\n$/],
    ['a missing file', () => join(dir, 'nope.h5'), /file not found/],
  ])('refuses %s with exit code 2 and writes nothing', async (_what, make, message) => {
    const input = make();
    const output = join(dir, 'out', 'model.tflite');
    const r = await cli(`--keras_model_file=${input}`, `--output_file=${output}`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(existsSync(output)).toBe(false);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses --output_file equal to --keras_model_file: exit 2, the model untouched', async () => {
    const input = join(dir, 'model.h5');
    copyFileSync(join(MODELS, 'dense_mlp.h5'), input);
    const before = readFileSync(input);
    const r = await cli(`--keras_model_file=${input}`, `--output_file=${input}`);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toContain('the output path is the input model');
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['model.h5']);
  });

  it('creates a missing output folder and says so', async () => {
    const r = await cli(`--keras_model_file=${join(MODELS, 'dense_mlp.h5')}`, `--output_file=${join(dir, 'build', 'm.tflite')}`);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`created the folder ${join(dir, 'build')}\n`);
  });

  it('reports missing flags and bad numbers as usage errors', async () => {
    expect((await cli(`--keras_model_file=${join(MODELS, 'dense_mlp.h5')}`)).err).toContain('--output_file is required');
    const r = await cli(`--keras_model_file=${join(MODELS, 'dense_mlp.h5')}`, `--output_file=${join(dir, 'x.tflite')}`, '--batch_size=0');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--batch_size must be an integer >= 1');
  });

  it('prints its usage on --help', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('--keras_model_file=IN.h5'); // the tutorial's spelling, named once
    expect(r.out).toContain('--keras-model-file PATH');
    expect(r.out).toContain('--dynamic-batch');
  });

  it('runs as a real process from bin/', async () => {
    const output = join(dir, 'bin.tflite');
    const { stdout } = await promisify(execFile)('node', ['bin/tflite-gate.js', 'convert', `--keras_model_file=${join(MODELS, 'mobilenet_block.keras')}`, `--output_file=${output}`]);
    expect(stdout).toContain('DEPTHWISE_CONV_2D');
    expect(existsSync(output)).toBe(true);
    const failed = await promisify(execFile)('node', ['bin/tflite-gate.js', 'convert', `--keras_model_file=${join(MODELS, 'neg_custom_layer.keras')}`, `--output_file=${output}.2`]).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2 });
    expect(existsSync(`${output}.2`)).toBe(false);
  });
});

describe('tflite-gate convert --quantize', () => {
  const Q = join(process.cwd(), 'fixtures', 'quantize');

  it('writes the int8 file calibrated on --representative_dataset and says what it did', async () => {
    const output = join(dir, 'mix.int8.tflite');
    const r = await cli(`--keras_model_file=${join(Q, 'mix.h5')}`, `--output_file=${output}`, '--quantize=int8', `--representative_dataset=${join(Q, 'mix.calib.npz')}`);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/mix\.int8\.tflite: int8, 15 ops \(.*QUANTIZE 1.*\)/);
    expect(r.out).toContain('  6 weight tensors int8 (6 per channel)\n  calibrated on 64 samples, 14 tensors\n');
    expect(r.out).toMatch(/ {2}layers losing most \(SNR vs float, 32 calibration samples\): \w+/);
    expect(readdirSync(dir)).toEqual(['mix.int8.tflite']);
  });

  it('shows calibration and per-layer error progress on a terminal, and clears it', async () => {
    const output = join(dir, 'mix.int8.tflite');
    const r = await cliOn(true, `--keras_model_file=${join(Q, 'mix.h5')}`, `--output_file=${output}`, '--quantize=int8', `--representative_dataset=${join(Q, 'mix.calib.npz')}`);
    expect(r.code).toBe(0);
    expect(r.err).toContain('calibrating [##############################] 64/64');
    expect(r.err).toContain('per-layer error [##############################] 32/32');
    expect(r.err.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('writes the dynamic-range file and warns about weights left float', async () => {
    const r = await cli(`--keras_model_file=${join(Q, 'mix.h5')}`, `--output_file=${join(dir, 'd.tflite')}`, '--quantize=dynamic');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/d\.tflite: dynamic, .*\n {2}2 weight tensors int8 \(2 per channel\)\n {2}warning: weights left float: .*\(432\)/);
  });

  it.each([
    [['--quantize=int8'], /--quantize=int8 needs calibration data: --representative_dataset=FILE/],
    [['--quantize=int8', '--float16', '--representative_dataset=x.npz'], /--quantize=int8 and --float16 ask for two different files/],
    [['--quantize=dynamic', '--inference_type=int8'], /--inference_type only applies to --quantize=int8/],
    [['--scale=1/255'], /--scale only applies to --quantize=int8/],
    [['--quantize=int4'], /--quantize must be one of dynamic, int8, float16, got "int4"/],
    [['--quantize=int8', '--representative_dataset=nope.npz'], /nope\.npz: dataset not found/],
    // named as given, not as the absolute path it was resolved to
    [['--quantize=int8', '--representative_dataset=README.md'], /^tflite-gate convert: README\.md: unknown dataset format/],
    [['--quantize=int8', '--representative_dataset=fixtures/quantize/mnist.calib.npz'], /samples are \[28, 28, 1\] but model input "image" takes \[8, 8, 3\]/],
  ])('refuses %j with exit 2 and writes nothing', async (flags, message) => {
    const r = await cli(`--keras_model_file=${join(Q, 'mix.h5')}`, `--output_file=${join(dir, 'x.tflite')}`, ...flags);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });
});
