import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GateError } from '../../src/errors.js';
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
    expect(outputPaths('/m/a.h5', ['float32', 'float16'], { outputFile: '/o/x.tflite' })).toEqual({ float32: '/o/x.tflite', float16: '/o/x.float16.tflite' });
    expect(outputPaths('/m/a.h5', ['float32'], {})).toMatchObject({ float32: '/m/a.tflite' });
  });

  it('leaves no temp file behind when the final rename fails', async () => {
    const target = join(dir, 'model.tflite');
    mkdirSync(target);
    writeFileSync(join(target, 'keep'), 'x'); // a non-empty folder where the file should go: rename fails, even as root
    const error = await convertFile(join(MODELS, 'dense_mlp.h5'), { outputFile: target }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).message).toContain('cannot write the output');
    expect(readdirSync(dir)).toEqual(['model.tflite']);
    expect(readdirSync(target)).toEqual(['keep']);
  });

  it('writes nothing for a refused model', async () => {
    const error = await convertFile(join(MODELS, 'neg_multi_unsupported.keras'), { outDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).file).toContain('neg_multi_unsupported.keras');
    expect(existsSync(join(dir, 'neg_multi_unsupported.tflite'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
