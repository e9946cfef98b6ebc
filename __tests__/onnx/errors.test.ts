/**
 * Bad ONNX input: every failure is a GateError naming the file and the place (node, initializer, input),
 * all unsupported operators in one message, external data confined to the model's folder.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GateError } from '../../src/errors.js';
import { convertOnnxModel } from '../../src/onnx/convert/index.js';
import { probeOnnx, readOnnxModel } from '../../src/onnx/index.js';
import { convertFile } from '../../src/pipeline/convert.js';
import { convertOnnxBytes } from '../../src/pipeline/onnx.js';
import { externalReader } from '../../src/pipeline/onnx-external.js';
import { buildModel, floatTensor } from './build-model.js';
import { errorOf } from '../helpers/errors.js';
import { readFileSync } from 'node:fs';

const TINY = new Uint8Array(readFileSync(join(process.cwd(), 'fixtures', 'onnx', 'tiny_mlp.onnx')));

const failure = errorOf;

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'tg-onnx-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('probe and reader', () => {
  it('tells ONNX from HDF5, zip and TFLite bytes', () => {
    expect(probeOnnx(TINY)).toBe(true);
    expect(probeOnnx(new Uint8Array([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(false);
    expect(probeOnnx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBe(false);
    expect(probeOnnx(new Uint8Array([0x18, 0, 0, 0, 0x54, 0x46, 0x4c, 0x33]))).toBe(false);
  });

  it('a truncated file is a bad-model error naming the file, never a crash', () => {
    for (const cut of [5, 100, 1000, TINY.length - 3]) {
      const e = failure(() => convertOnnxBytes(TINY.subarray(0, cut), 'cut.onnx', {}));
      expect(e.file).toBe('cut.onnx');
      expect(['bad-model', 'unsupported']).toContain(e.kind);
    }
  });

  it.each(['tiny_mlp', 'tiny_cnn', 'tiny_transformer'])('fuzzed %s: GateErrors naming the file, nothing else', (name) => {
    const original = new Uint8Array(readFileSync(join(process.cwd(), 'fixtures', 'onnx', `${name}.onnx`)));
    let seed = 3;
    for (let round = 0; round < 40; round++) {
      const bytes = original.slice();
      for (let k = 0; k < 6; k++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        bytes[3 + (seed % (bytes.length - 3))] = (seed >>> 8) & 0xff;
      }
      try {
        convertOnnxBytes(bytes, 'fuzz.onnx', {});
      } catch (error) {
        expect(error).toBeInstanceOf(GateError);
        expect((error as GateError).file).toBe('fuzz.onnx');
      }
    }
  });

  it('reads bytes that are a view into a larger buffer (a Node Buffer from a pool, git output)', () => {
    const padded = Buffer.concat([Buffer.alloc(5, 7), Buffer.from(TINY)]).subarray(5);
    const a = convertOnnxBytes(TINY, 'a.onnx', {}).graph.tensors.filter((t) => t.data).map((t) => Array.from(t.data! as ArrayLike<number>));
    const b = convertOnnxBytes(padded, 'b.onnx', {}).graph.tensors.filter((t) => t.data).map((t) => Array.from(t.data! as ArrayLike<number>));
    expect(b).toEqual(a);
  });

  it('refuses opsets outside 11..21', () => {
    const e = failure(() => readOnnxModel(buildModel([{ op: 'Relu', inputs: ['x'], outputs: ['y'] }], { opset: 9 }), 'old.onnx'));
    expect(e.format()).toBe('old.onnx: opset_import: operator set 9 is not supported (opsets 11 to 21 are)\n  Export with opset_version between 11 and 21.');
  });

  it('names the initializer whose data does not fit its shape', () => {
    const bad = { ...floatTensor('w', [4, 4], [1, 2, 3]) };
    const e = failure(() => readOnnxModel(buildModel([{ op: 'MatMul', inputs: ['x', 'w'], outputs: ['y'] }], { initializers: [bad] }), 'm.onnx'));
    expect(e.format()).toMatch(/^m\.onnx: initializer "w": 12 bytes of data for 16 float32 values \(shape \[4, 4\]\)/);
  });
});

describe('unsupported operators', () => {
  it('lists every unsupported node in one message before converting', () => {
    const model = readOnnxModel(buildModel([
      { op: 'Relu', inputs: ['x'], outputs: ['a'] },
      { op: 'NonMaxSuppression', inputs: ['a'], outputs: ['b'], name: 'nms' },
      { op: 'Celu', inputs: ['b'], outputs: ['c'], name: 'celu' },
      { op: 'MyOp', inputs: ['c'], outputs: ['y'], name: 'custom', domain: 'com.example' },
    ]), 'u.onnx');
    const e = failure(() => convertOnnxModel(model));
    expect(e.kind).toBe('unsupported');
    expect(e.where).toBe('graph');
    expect(e.message).toBe('3 nodes cannot be converted:\n  operator NonMaxSuppression is not supported: "nms"\n  operator Celu is not supported: "celu"\n  operator com.example.MyOp (custom domain) is not supported: "custom"');
  });

  it('a dynamic non-batch input dimension needs --sequence_length', () => {
    const model = readOnnxModel(buildModel([{ op: 'Relu', inputs: ['x'], outputs: ['y'] }], { inputDims: ['batch', 'seq'] }), 's.onnx');
    expect(failure(() => convertOnnxModel(model)).format()).toMatch(/^input x: input "x" has a dynamic dimension 1 \("seq"\)/);
    expect(convertOnnxModel(model, { sequenceLength: 7 }).tensors[0]!.shape).toEqual([1, 7]);
  });
});

describe('external data', () => {
  const relu = (location: string) => buildModel([{ op: 'Add', inputs: ['x', 'w'], outputs: ['y'] }], { initializers: [floatTensor('w', [1, 4], [1, 2, 3, 4], { location })] });

  async function convert(location: string, setup?: () => void) {
    const model = join(dir, 'models', 'm.onnx');
    mkdirSync(join(dir, 'models'), { recursive: true });
    writeFileSync(model, relu(location));
    setup?.();
    return convertFile(model, { outputFile: join(dir, 'out.tflite') });
  }

  it('reads weights from a file beside the model', async () => {
    const r = await convert('w.bin', () => writeFileSync(join(dir, 'models', 'w.bin'), new Uint8Array(Float32Array.from([1, 2, 3, 4]).buffer)));
    expect(r.variants[0]!.bytes).toBeGreaterThan(0);
  });

  it.each([
    ['../secret.bin', 'leaves the model\'s folder ("..")'],
    ['/etc/passwd', 'is not a relative path'],
    ['missing.bin', 'is not found beside the model'],
  ])('refuses %s', async (location, why) => {
    writeFileSync(join(dir, 'secret.bin'), new Uint8Array(16));
    await expect(convert(location)).rejects.toThrow(`external data "${location}" ${why}`);
  });

  it('refuses a FIFO as external data at once instead of waiting for a writer', async () => {
    const { execFileSync } = await import('node:child_process');
    await expect(convert('w.bin', () => execFileSync('mkfifo', [join(dir, 'models', 'w.bin')]))).rejects.toThrow('external data "w.bin" is not a regular file (a FIFO (named pipe))');
  }, 5000);

  it('keeps all external data within the max-model-mib limit', async () => {
    const model = join(dir, 'models', 'm.onnx');
    mkdirSync(join(dir, 'models'), { recursive: true });
    writeFileSync(model, relu('w.bin'));
    writeFileSync(join(dir, 'models', 'w.bin'), new Uint8Array(16));
    const read = externalReader(model, 8 / (1024 * 1024));
    expect(() => read('w.bin', 0, 16, 'initializer "w"')).toThrow('external data beyond the max-model-mib limit in all');
    expect(externalReader(model)('w.bin', 0, 16, 'initializer "w"').byteLength).toBe(16);
  });

  it('refuses a symbolic link, and a range past the end of the file', async () => {
    writeFileSync(join(dir, 'secret.bin'), new Uint8Array(16));
    await expect(convert('link.bin', () => symlinkSync(join(dir, 'secret.bin'), join(dir, 'models', 'link.bin')))).rejects.toThrow('is (or passes through) a symbolic link');
    await expect(convert('short.bin', () => writeFileSync(join(dir, 'models', 'short.bin'), new Uint8Array(8)))).rejects.toThrow('is 8 bytes, the tensor needs bytes 0 to 16');
  });
});
