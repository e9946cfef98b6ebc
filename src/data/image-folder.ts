import { GateError } from '../errors.js';
import type { ModelInput } from './fit.js';
import { decodeImage, resizeBilinear, toChannels } from './image.js';
import { shapeText, type RawDataset } from './raw.js';

/**
 * A folder of images in class sub-folders ("cat/1.png", "dog/2.jpg"): class ids follow the sorted folder
 * names (code-point order, like Python's sorted()); samples go class by class, files in sorted path order.
 * Every sub-folder is a class, with images or without, as in Keras's image_dataset_from_directory, so the
 * class ids match the ones the model was trained with.
 * Each image is decoded, converted to the model's channels and resized to the model's height and width.
 */
export interface ImageFile {
  /** Path relative to the dataset folder, with "/" separators: "<class>/<...>/<name>.png". */
  path: string;
  bytes: Uint8Array;
}

export interface ImageTarget {
  height: number;
  width: number;
  channels: number;
}

export const IMAGE_EXTENSIONS = /\.(png|jpe?g)$/i;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The image size a model input takes: [batch, height, width, channels] with 1, 3 or 4 channels. */
export function imageTarget(input: ModelInput, source: string): ImageTarget {
  const [, height, width, channels] = input.shape;
  if (input.shape.length !== 4 || ![1, 3, 4].includes(channels) || !(height > 0) || !(width > 0)) {
    throw new GateError('bad-dataset', `an image folder needs a model input of shape [batch, height, width, 1|3|4], but input "${input.name}" has ${shapeText(input.shape)}`, { file: source });
  }
  return { height, width, channels };
}

/** The class names: every sub-folder given, and the first folder of every file, sorted. */
function classNamesOf(files: ImageFile[], folders: string[]): string[] {
  const inFolders = files.filter((f) => f.path.includes('/')).map((f) => f.path.split('/')[0]);
  return [...new Set([...folders, ...inFolders])].sort(byCodePoint);
}

/** Which classes have no images (they keep their ids, so the later classes keep theirs). */
function emptyClassesNote(classNames: string[], labels: Int32Array): string | undefined {
  const counts = new Int32Array(classNames.length);
  labels.forEach((c) => counts[c]++);
  const empty = classNames.map((name, id) => `${name} (class ${id})`).filter((_, id) => counts[id] === 0);
  if (!empty.length) return undefined;
  return `class folder(s) without images, kept as classes so the ids match Keras's image_dataset_from_directory: ${empty.join(', ')}`;
}

/**
 * Decode, convert and resize every image; labels are class ids of the sorted class folder names.
 * `folders`: the dataset folder's sub-folders (names), so that one without images is still a class.
 */
export function parseImageFolder(files: ImageFile[], target: ImageTarget, source: string, folders: string[] = [], maxPixels?: number): RawDataset {
  const images = files.filter((f) => f.path.includes('/') && IMAGE_EXTENSIONS.test(f.path)).sort((a, b) => byCodePoint(a.path, b.path));
  const skipped = files.length - images.length;
  if (images.length === 0) {
    throw new GateError('bad-dataset', 'no PNG or JPEG images in class sub-folders', { file: source }, 'Lay the images out as <folder>/<class name>/<image>.png (or .jpg).');
  }
  const classNames = classNamesOf(files, folders);
  const classId = new Map(classNames.map((c, i) => [c, i]));
  const per = target.height * target.width * target.channels;
  const data = new Float32Array(images.length * per);
  const labels = new Int32Array(images.length);
  images.forEach((f, i) => {
    const file = `${source}/${f.path}`;
    const img = resizeBilinear(toChannels(decodeImage(f.bytes, file, maxPixels), target.channels), target.height, target.width);
    data.set(img.data, i * per);
    labels[i] = classId.get(f.path.split('/')[0])!;
  });
  const notes = skipped ? [`${skipped} file(s) skipped: not a .png/.jpg/.jpeg inside a class sub-folder`] : [];
  const empty = emptyClassesNote(classNames, labels);
  if (empty) notes.push(empty);
  return {
    source,
    inputs: [{ name: 'images', shape: [images.length, target.height, target.width, target.channels], dtype: 'float32', data, where: 'images' }],
    labels: { name: 'classes', shape: [images.length], dtype: 'int32', data: labels, where: 'class folders' },
    classNames,
    notes,
  };
}
