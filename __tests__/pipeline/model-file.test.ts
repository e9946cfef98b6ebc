/** One message for one problem with a model file the user named, whichever command reads it. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { GateError } from '../../src/errors.js';
import { readKerasModel } from '../../src/keras/index.js';
import { checkModelFormat, readFailure } from '../../src/pipeline/model-file.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tflite-gate-model-file-'));
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'empty.h5'), '');
  // an empty zip is its end-of-central-directory record alone
  writeFileSync(join(dir, 'empty.keras'), Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function stderrOf(argv: string[]): Promise<[number, string]> {
  const err: string[] = [];
  const code = await runCli(argv, { stdout: () => undefined, stderr: (t) => err.push(t), isTTY: false, cwd: dir });
  return [code, err.join('').replace(/^tflite-gate \w+: /, '').split('\n')[0]!];
}

const commands = (file: string) => [
  ['convert', '--keras-model-file', file, '--output-file', 'out.tflite'],
  ['evaluate', '--model', file, '--latency-runs', '0'],
  ['inspect', file],
];

describe('a model file that cannot be used', () => {
  it.each([
    ['missing.h5', 'missing.h5: file not found'],
    ['folder', 'folder: is a folder, not a model file (TensorFlow SavedModel folders are not supported)'],
    ['empty.h5', 'empty.h5: the file is empty (0 bytes)'],
  ])('%s: the same message from convert, evaluate and inspect', async (file, message) => {
    for (const argv of commands(file)) expect([argv[0], ...(await stderrOf(argv))]).toEqual([argv[0], 2, message]);
  });

  it('an empty .keras zip is "an empty .keras archive" (convert, evaluate); inspect says to convert it', async () => {
    const [convert, evaluate, inspect] = commands('empty.keras');
    expect(await stderrOf(convert!)).toEqual([2, 'empty.keras: byte 0: an empty .keras archive (a zip with no files)']);
    expect(await stderrOf(evaluate!)).toEqual([2, 'empty.keras: byte 0: an empty .keras archive (a zip with no files)']);
    expect(await stderrOf(inspect!)).toEqual([2, 'empty.keras: a Keras model file (.keras zip), not a .tflite']);
  });

  it('names permission errors the same way (EACCES cannot be provoked as root, so by code)', () => {
    expect(readFailure('EACCES')).toBe('permission denied: cannot read the file');
    expect(readFailure('EPERM')).toBe('permission denied: cannot read the file');
    expect(readFailure('EISDIR')).toBe(readFailure('EISDIR'));
    expect(readFailure('EIO')).toBe('cannot read the file (EIO)');
  });
});

describe('a file in none of the formats a command reads', () => {
  const text = new TextEncoder().encode('hello, these are notes, not a model');
  const refusal = (accepts: Parameters<typeof checkModelFormat>[2]) => {
    try {
      checkModelFormat(text, 'notes.h5', accepts);
    } catch (error) {
      return (error as GateError).format();
    }
    return 'accepted';
  };

  it('names the formats, told apart by content: a .tflite, a Keras or an ONNX model passes', () => {
    expect(refusal(['keras', 'onnx'])).toBe('notes.h5: byte 0: not a Keras or ONNX model: it is neither HDF5 (.h5), a .keras zip archive nor ONNX (.onnx)\n'
      + '  Pass a Keras model.save() file (.h5 or .keras) or an ONNX file (.onnx, e.g. from torch.onnx.export).');
    const tflite = new Uint8Array(16);
    tflite.set([0x54, 0x46, 0x4c, 0x33], 4);
    expect(() => checkModelFormat(tflite, 'm.tflite', ['tflite'])).not.toThrow();
    expect(() => checkModelFormat(tflite, 'm.tflite', ['keras', 'onnx'])).toThrow(GateError);
  });

  it('says what the Keras reader itself says when only Keras is read', async () => {
    const reader = await readKerasModel(text, 'notes.h5').then(() => 'accepted', (error: GateError) => error.format());
    expect(reader).toBe(refusal(['keras']));
  });
});
