import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitCodeFor, GateError } from '../../src/errors.js';
import { convertFile, outputPaths } from '../../src/pipeline/convert.js';
import { readTflite } from '../../src/tflite/index.js';
import { readFileSync } from 'node:fs';

const MODELS = join(process.cwd(), 'fixtures', 'models');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tg-convert-pipe-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('convertFile', () => {
  it('writes float32 and float16 into outDir and returns paths and graphs', async () => {
    const result = await convertFile(join(MODELS, 'depthwise_separable.keras'), { outDir: dir, variants: ['float32', 'float16'] });
    expect(result.variants.map((v) => [v.variant, v.path])).toEqual([
      ['float32', join(dir, 'depthwise_separable.tflite')],
      ['float16', join(dir, 'depthwise_separable.float16.tflite')],
    ]);
    expect(readdirSync(dir).sort()).toEqual(['depthwise_separable.float16.tflite', 'depthwise_separable.tflite']);
    const back = readTflite(new Uint8Array(readFileSync(result.variants[0]!.path)));
    expect(back.ops.map((op) => op.type)).toEqual(result.variants[0]!.graph.ops.map((op) => op.type));
    expect(result.variants[1]!.graph.ops.some((op) => op.type === 'DEQUANTIZE')).toBe(true);
  });

  it('names outputs from --output_file', () => {
    expect(outputPaths('/m/a.h5', ['float32'], { outputFile: '/o/x.tflite' })).toMatchObject({ float32: '/o/x.tflite' });
    expect(outputPaths('/m/a.h5', ['float16'], { outputFile: '/o/x.tflite' })).toMatchObject({ float16: '/o/x.tflite' });
    expect(outputPaths('/m/a.h5', ['float32', 'float16'], { outputFile: '/o/x.tflite' })).toMatchObject({ float32: '/o/x.tflite', float16: '/o/x.float16.tflite' });
    expect(outputPaths('/m/a.h5', ['int8'], { outputFile: '/o/x.tflite' })).toMatchObject({ int8: '/o/x.tflite', float32: '/o/x.float32.tflite' });
    expect(outputPaths('/m/a.h5', ['float32', 'dynamic', 'int8'], {})).toMatchObject({ float32: '/m/a.tflite', dynamic: '/m/a.dynamic.tflite', int8: '/m/a.int8.tflite' });
    expect(outputPaths('/m/a.h5', ['float32'], {})).toMatchObject({ float32: '/m/a.tflite' });
  });

  it('refuses an output path that is a folder before converting, naming no temp file', async () => {
    const target = join(dir, 'model.tflite');
    mkdirSync(target);
    writeFileSync(join(target, 'keep'), 'x');
    const error = await convertFile(join(MODELS, 'dense_mlp.h5'), { outputFile: target }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).format()).toMatch(/^.*model\.tflite: the output path is a directory\n {2}Give the \.tflite file to write/);
    expect((error as GateError).format()).not.toContain('.tmp');
    expect(readdirSync(dir)).toEqual(['model.tflite']);
    expect(readdirSync(target)).toEqual(['keep']);
  });

  it('says which part of the output path is a file, and leaves nothing behind', async () => {
    writeFileSync(join(dir, 'notes'), 'x');
    const error = await convertFile(join(MODELS, 'dense_mlp.h5'), { outputFile: join(dir, 'notes', 'm.tflite') }).catch((e: unknown) => e);
    expect((error as GateError).message).toBe('cannot write the output: a part of the output path is a file, not a folder');
    expect(readdirSync(dir)).toEqual(['notes']);
  });

  it('creates a missing output folder and reports the first folder it created', async () => {
    const output = join(dir, 'build', 'models', 'm.tflite');
    const result = await convertFile(join(MODELS, 'dense_mlp.h5'), { outputFile: output });
    expect(result.createdDir).toBe(join(dir, 'build'));
    expect(existsSync(output)).toBe(true);
    expect((await convertFile(join(MODELS, 'dense_mlp.h5'), { outputFile: output })).createdDir).toBeUndefined();
  });

  it.each([
    ['the same path', (m: string) => m],
    ['the same path spelled differently', () => join(dir, 'sub', '..', 'model.h5')],
    ['a symlink to the input', (m: string) => { const link = join(dir, 'link.tflite'); symlinkSync(m, link); return link; }],
  ])('refuses an output that is the input model (%s): exit 2, the Keras file untouched', async (_what, outputFor) => {
    const input = join(dir, 'model.h5');
    copyFileSync(join(MODELS, 'dense_mlp.h5'), input);
    mkdirSync(join(dir, 'sub'));
    const before = readFileSync(input);
    const error = await convertFile(input, { outputFile: outputFor(input) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect(exitCodeFor(error)).toBe(2);
    expect((error as GateError).message).toContain('the output path is the input model');
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    ['a folder (SavedModel)', () => { mkdirSync(join(dir, 'saved_model')); return join(dir, 'saved_model'); },
      'is a folder, not a model file (TensorFlow SavedModel folders are not supported)', /the model file itself \(\.h5, \.keras or \.tflite\)/],
    ['an empty file', () => { writeFileSync(join(dir, 'empty.h5'), ''); return join(dir, 'empty.h5'); }, 'the file is empty (0 bytes)', /model\.save\(\)/],
    ['a .tflite file', () => join(MODELS, 'dense_mlp.ref.tflite'), 'already a TensorFlow Lite model (TFL3 identifier at byte 4), nothing to convert',
      /tflite-gate inspect \S+dense_mlp\.ref\.tflite`.*tflite-gate evaluate --model \S+dense_mlp\.ref\.tflite`/],
  ])('says what the input is instead of a model: %s', async (_what, make, message, hint) => {
    const input = make();
    const error = await convertFile(input, { outDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect([(error as GateError).file, (error as GateError).message]).toEqual([input, message]);
    expect((error as GateError).hint).toMatch(hint);
  });

  it('writes nothing for a refused model', async () => {
    const error = await convertFile(join(MODELS, 'neg_multi_unsupported.keras'), { outDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).file).toContain('neg_multi_unsupported.keras');
    expect(existsSync(join(dir, 'neg_multi_unsupported.tflite'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
