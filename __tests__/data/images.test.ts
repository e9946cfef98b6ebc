import { readFileSync } from 'node:fs';
import { decodeImage, resizeBilinear, toChannels } from '../../src/data/image.js';
import { imageTarget, parseImageFolder } from '../../src/data/image-folder.js';
import { parseNpy } from '../../src/data/npy.js';
import { errorOf } from '../helpers/errors.js';

const bytes = (p: string) => new Uint8Array(readFileSync(`fixtures/data/${p}`));
const ref = (name: string) => parseNpy(bytes(`images_ref/${name}`), 'ref');

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

describe('image decoding and resizing', () => {
  it('decodes PNG to RGBA and converts to RGB and to gray like PIL "L"', () => {
    const rgba = decodeImage(bytes('images/cat/a.png'), 'a.png');
    expect([rgba.width, rgba.height, rgba.channels]).toEqual([7, 5, 4]);
    // pixel (row 1, col 2): R = 2·40, G = 1·60, B = 200
    expect(Array.from(toChannels(rgba, 3).data.subarray(3 * 9, 3 * 9 + 3))).toEqual([80, 60, 200]);
    // pixel (0, 0) = (0, 0, 200): (7471·200 + 32768) >> 16 = 23
    expect(toChannels(rgba, 1).data[0]).toBe(23);
  });

  it('resizes bilinearly with half-pixel centres: hand-computed cases', () => {
    const square = { width: 2, height: 2, channels: 1, data: Uint8Array.from([0, 10, 20, 30]) };
    expect(Array.from(resizeBilinear(square, 1, 1).data)).toEqual([15]);
    const row = { width: 2, height: 1, channels: 1, data: Uint8Array.from([0, 100]) };
    expect(Array.from(resizeBilinear(row, 1, 4).data)).toEqual([0, 25, 75, 100]);
  });

  it.each([['a_rgb_3x4.npy', 3, 4], ['a_rgb_10x14.npy', 10, 14]])('matches tf.image.resize bilinear (%s)', (name, h, w) => {
    const rgb = toChannels(decodeImage(bytes('images/cat/a.png'), 'a.png'), 3);
    expect(maxDiff(resizeBilinear(rgb, h, w).data, ref(name).data)).toBeLessThan(1e-4);
  });

  it('refuses a corrupt PNG and a file that is no image, naming the file', () => {
    const e = errorOf(() => decodeImage(bytes('images_corrupt/cat/broken.png'), 'x/cat/broken.png'));
    expect([e.kind, e.file, e.message]).toEqual(['bad-dataset', 'x/cat/broken.png', 'corrupt PNG image: the file ends before the image data does (truncated)']);
    expect(errorOf(() => decodeImage(bytes('images/dog/notes.txt'), 'n.png')).format()).toBe('n.png: not a PNG or JPEG image (unknown magic bytes)\n  Convert the file to PNG or JPEG, or remove it.');
  });
});

describe('parseImageFolder', () => {
  const files = ['cat/a.png', 'cat/b_gray.png', 'dog/d.jpg', 'dog/c_rgba.png', 'dog/notes.txt', 'stray.png'].map((p) => ({ path: p, bytes: bytes(`images/${p === 'stray.png' ? 'cat/a.png' : p}`) }));

  it('loads class sub-folders in sorted order, converted and resized to the model input', () => {
    const d = parseImageFolder(files, { height: 3, width: 4, channels: 3 }, 'imgs');
    expect(d.classNames).toEqual(['cat', 'dog']);
    expect(d.inputs[0].shape).toEqual([4, 3, 4, 3]);
    expect(Array.from(d.labels!.data)).toEqual([0, 0, 1, 1]);
    expect(d.notes).toEqual(['2 file(s) skipped: not a .png/.jpg/.jpeg inside a class sub-folder']);
    const per = 3 * 4 * 3;
    const sample = (i: number) => d.inputs[0].data.subarray(i * per, (i + 1) * per);
    const expected = ref('a_rgb_3x4.npy').data;
    expect(maxDiff(sample(0), expected)).toBeLessThan(1e-4); // cat/a.png
    expect(maxDiff(sample(2), expected)).toBeLessThan(1e-4); // dog/c_rgba.png: same RGB, alpha dropped
    // dog/d.jpg: a flat (10, 200, 90) square; JPEG at quality 100 keeps it within 2 levels
    expect(maxDiff(sample(3), Array.from({ length: per }, (_, i) => [10, 200, 90][i % 3]))).toBeLessThanOrEqual(2);
  });

  it('keeps sub-folders without images as classes (Keras numbers every sub-folder), and says which', () => {
    const d = parseImageFolder(files.slice(0, 3), { height: 2, width: 2, channels: 1 }, 'imgs', ['bird', 'cat', 'dog', 'emu']);
    expect(d.classNames).toEqual(['bird', 'cat', 'dog', 'emu']);
    expect(Array.from(d.labels!.data)).toEqual([1, 1, 2]);
    expect(d.notes).toEqual(["class folder(s) without images, kept as classes so the ids match Keras's image_dataset_from_directory: bird (class 0), emu (class 3)"]);
    // a class folder holding no image file at all ('dog' with only notes.txt) is a class too
    expect(parseImageFolder([files[0], files[4]], { height: 2, width: 2, channels: 1 }, 'imgs').classNames).toEqual(['cat', 'dog']);
  });

  it('refuses a folder without images, a corrupt image and a model input that is no image', () => {
    expect(errorOf(() => parseImageFolder([files[4]], { height: 2, width: 2, channels: 1 }, 'imgs')).message).toBe('no PNG or JPEG images in class sub-folders');
    const corrupt = [{ path: 'cat/broken.png', bytes: bytes('images_corrupt/cat/broken.png') }];
    expect(errorOf(() => parseImageFolder(corrupt, { height: 2, width: 2, channels: 1 }, 'imgs')).file).toBe('imgs/cat/broken.png');
    expect(errorOf(() => imageTarget({ name: 'in', shape: [1, 10], dtype: 'float32' }, 'imgs')).message).toBe('an image folder needs a model input of shape [batch, height, width, 1|3|4], but input "in" has [1, 10]');
  });
});
