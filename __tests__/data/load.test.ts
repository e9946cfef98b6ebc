import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset, readRawDataset } from '../../src/data/load.js';
import { GateError } from '../../src/errors.js';

const F = 'fixtures/data';
const float = (shape: number[]) => [{ name: 'input', shape, dtype: 'float32' }];

async function errorOf(p: Promise<unknown>): Promise<GateError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  if (e instanceof GateError) return e;
  throw new Error(`expected a GateError, got ${String(e)}`);
}

describe('loadDataset', () => {
  it('loads a compressed .npz and fits it to the model', async () => {
    const d = await loadDataset(`${F}/npz/small_compressed.npz`, float([1, 4, 4, 1]), { scale: 1 / 255, outputShape: [1, 3] });
    expect([d.source, d.count, d.inputs[0].shape, d.labels?.kind]).toEqual([`${F}/npz/small_compressed.npz`, 6, [6, 4, 4, 1], 'class']);
  });

  it('loads .npz keys chosen by option and refuses missing ones', async () => {
    const d = await loadDataset(`${F}/npz/other_keys.npz`, float([1, 4, 4, 1]), { xKeys: ['images'], yKey: 'labels', yKeyExplicit: true });
    expect(d.labels?.data.length).toBe(6);
    const e = await errorOf(loadDataset(`${F}/npz/other_keys.npz`, float([1, 4, 4, 1])));
    expect(e.message).toBe('no array "x" in the .npz; keys present: images, labels');
  });

  it('refuses a Git LFS pointer (a checkout without lfs: true), saying so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-lfs-'));
    const path = join(dir, 'test.npz');
    writeFileSync(path, `version https://git-lfs.github.com/spec/v1\noid sha256:${'a'.repeat(64)}\nsize 123456\n`);
    const e = await errorOf(loadDataset(path, float([1, 4, 4, 1]))).finally(() => rmSync(dir, { recursive: true, force: true }));
    expect(e.format()).toBe(`${path}: is a Git LFS pointer (oid aaaaaaaaaaaa…, 123456 bytes), not the dataset itself\n  Check out with Git LFS: \`uses: actions/checkout@v4\` with \`lfs: true\`.`);
  });

  it('loads an IDX folder (images + labels), reshaping [4, 4] to [4, 4, 1]', async () => {
    const d = await loadDataset(`${F}/idx`, float([1, 4, 4, 1]), { outputShape: [1, 10] });
    expect([d.count, d.inputs[0].shape, Array.from(d.labels!.data)]).toEqual([3, [3, 4, 4, 1], [7, 0, 9]]);
    expect(d.notes).toEqual(["file t10k-images-idx3-ubyte: samples [4, 4] reshaped to the model's [4, 4, 1]"]);
  });

  it('loads a gzipped IDX images file and finds its labels file', async () => {
    const d = await loadDataset(`${F}/idx_gz/train-images-idx3-ubyte.gz`, float([-1, 4, 4]), { outputShape: [1, 10] });
    expect(Array.from(d.labels!.data)).toEqual([7, 0, 9]);
  });

  it('refuses IDX labels beyond the model classes, naming the labels file', async () => {
    const e = await errorOf(loadDataset(`${F}/idx`, float([1, 4, 4, 1]), { outputShape: [1, 8] }));
    expect(e.format()).toBe(`${F}/idx: file t10k-labels-idx1-ubyte: label 9 of sample 2 is outside the model's 8 classes (0..7)\n  Check that the labels and the model belong together, or choose the right key with --y-key.`);
  });

  it('loads a CSV with a named label column', async () => {
    const d = await loadDataset(`${F}/csv/named_classes.csv`, float([1, 2]), { labelColumn: 'species', outputShape: [1, 2] });
    expect(d.labels).toEqual({ kind: 'class', data: Int32Array.from([0, 1, 0]), numClasses: 2, classNames: ['setosa', 'virginica'] });
  });

  it('loads an image folder at the model input size, in gray', async () => {
    const d = await loadDataset(`${F}/images`, [{ name: 'img', shape: [1, 6, 6, 1], dtype: 'float32' }], { scale: 1 / 255 });
    expect([d.count, d.inputs[0].shape, Array.from(d.labels!.data)]).toEqual([4, [4, 6, 6, 1], [0, 0, 1, 1]]);
    expect(d.labels).toMatchObject({ classNames: ['cat', 'dog'], numClasses: 2 });
  });

  it('keeps a class folder without images as a class, so later class ids match Keras', async () => {
    // Checked with Keras 3.15 (the .venv-ref oracle) on this very tree:
    //   keras.utils.image_dataset_from_directory('data', image_size=(4, 4), shuffle=False, batch_size=None)
    //   -> "Found 2 files belonging to 4 classes."; class_names ['apple', 'banana', 'cherry', 'dates'];
    //   labels [0, 2]: the empty 'dates' and the image-less 'banana' are classes, '.hidden' and the stray
    //   top-level image are not.
    const dir = mkdtempSync(join(tmpdir(), 'tg-classes-'));
    const png = readFileSync(`${F}/images/cat/a.png`);
    for (const d of ['apple', 'banana', 'cherry', 'dates', '.hidden']) mkdirSync(join(dir, d));
    writeFileSync(join(dir, 'apple', 'a.png'), png);
    writeFileSync(join(dir, 'banana', 'readme.txt'), 'no images here');
    writeFileSync(join(dir, 'cherry', 'c.png'), png);
    writeFileSync(join(dir, '.hidden', 'h.png'), png);
    writeFileSync(join(dir, 'stray.png'), png);
    const d = await loadDataset(dir, [{ name: 'img', shape: [1, 4, 4, 3], dtype: 'float32' }]);
    rmSync(dir, { recursive: true, force: true });
    expect(d.labels).toEqual({ kind: 'class', data: Int32Array.from([0, 2]), numClasses: 4, classNames: ['apple', 'banana', 'cherry', 'dates'] });
    expect(d.notes).toEqual([
      '2 file(s) skipped: not a .png/.jpg/.jpeg inside a class sub-folder',
      "class folder(s) without images, kept as classes so the ids match Keras's image_dataset_from_directory: banana (class 1), dates (class 3)",
    ]);
  });

  it('refuses a corrupt image in a folder, naming the image file', async () => {
    const e = await errorOf(loadDataset(`${F}/images_corrupt`, float([1, 4, 4, 3])));
    expect(e.file).toBe(`${F}/images_corrupt/cat/broken.png`);
  });

  it('reads a damaged .npz/.npy by its name, for the format\'s own error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-load-'));
    writeFileSync(join(dir, 'bad.npy'), 'garbage');
    writeFileSync(join(dir, 'bad.npz'), 'garbage');
    expect((await errorOf(readRawDataset(join(dir, 'bad.npy'), []))).message).toBe('not a .npy array: the file does not start with \\x93NUMPY');
    expect((await errorOf(readRawDataset(join(dir, 'bad.npz'), []))).message).toMatch(/^not a zip archive/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a missing path and an unknown format', async () => {
    expect((await errorOf(readRawDataset(`${F}/nope.npz`, []))).format()).toBe(`${F}/nope.npz: dataset not found\n  Pass an existing .npz/.npy file, IDX file, CSV file or image folder.`);
    expect((await errorOf(readRawDataset(`${F}/images/dog/d.jpg`, []))).hint).toContain('Pass a .npz/.npy file');
    expect((await errorOf(readRawDataset(`${F}/images/dog/d.jpg`, []))).message).toBe('unknown dataset format (supported: .npz, .npy, IDX, CSV, or a folder of class sub-folders with images)');
  });

  const example = 'fixtures/example/mnist_test.npz';
  (existsSync(example) ? it : it.skip)('loads the bundled MNIST example (2,000 digits, uint8 → [0, 1])', async () => {
    const d = await loadDataset(example, float([1, 28, 28, 1]), { scale: 1 / 255, outputShape: [1, 10] });
    expect([d.count, d.inputs[0].shape, d.inputs[0].dtype]).toEqual([2000, [2000, 28, 28, 1], 'float32']);
    expect(Array.from(d.labels!.data.subarray(0, 10))).toEqual([5, 2, 7, 3, 1, 3, 8, 2, 2, 6]);
    const counts = new Array<number>(10).fill(0);
    d.labels!.data.forEach((c) => counts[c]++);
    expect(counts).toEqual([191, 209, 200, 229, 206, 180, 193, 194, 196, 202]); // fixtures/example/reference.json
    let sum = 0;
    d.inputs[0].data.forEach((v) => (sum += v));
    expect(sum * 255).toBeCloseTo(52622437, -1); // numpy: x.sum()
  });
});
