import jpeg from 'jpeg-js';
import pngjs from 'pngjs';
import { GateError } from '../errors.js';
import { excerpt } from '../util/escape.js';
import { limitHint, limitName } from '../util/limits.js';

/**
 * Image decoding (PNG via pngjs, JPEG via jpeg-js), channel conversion and bilinear resizing, as Keras'
 * image_dataset_from_directory does it: convert the colour mode first (gray = PIL's "L": (19595·R + 38470·G +
 * 7471·B + 2¹⁵) >> 16; RGB drops alpha), then resize with bilinear half-pixel-centre sampling (TensorFlow 2's
 * tf.image.resize, no antialiasing). Values stay 0..255 floats, unrounded, like Keras.
 */
export interface Image {
  width: number;
  height: number;
  channels: number;
  /** Row-major [height, width, channels]. */
  data: Float32Array | Uint8Array;
}

/** Default largest image, in pixels (the max-image-pixels limit of util/limits.ts is passed in by the loader). */
const MAX_PIXELS = 50_000_000;

function isPng(b: Uint8Array): boolean {
  return b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
}

function isJpeg(b: Uint8Array): boolean {
  return b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
}

/** JPEG start-of-frame markers (baseline, progressive, lossless, arithmetic): they carry the image size. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegSize(b: Uint8Array): { width: number; height: number } | undefined {
  for (let i = 2; i + 9 < b.length; ) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    if (marker === 0xff) { i++; continue; }
    if (SOF.has(marker)) return { height: (b[i + 5]! << 8) | b[i + 6]!, width: (b[i + 7]! << 8) | b[i + 8]! };
    i += 2 + ((b[i + 2]! << 8) | b[i + 3]!);
  }
  return undefined;
}

/** Width and height from the header (PNG IHDR, JPEG start of frame), without decoding; undefined when absent. */
export function imageSize(b: Uint8Array): { width: number; height: number } | undefined {
  if (isPng(b) && b.length >= 24) {
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  return isJpeg(b) ? jpegSize(b) : undefined;
}

/** Refuse, before decoding, an image whose header promises more pixels than the limit (a decompression bomb). */
function checkPixels(bytes: Uint8Array, file: string, maxPixels: number): void {
  const size = imageSize(bytes);
  if (!size || size.width * size.height <= maxPixels) return;
  throw new GateError('bad-dataset', `the image is ${size.width} × ${size.height} pixels, over ${limitName('imagePixels', maxPixels)}; not decoded`, { file }, limitHint('imagePixels'));
}

/** Decode PNG or JPEG bytes to RGBA; an image over `maxPixels` (read from its header) is refused undecoded. */
export function decodeImage(bytes: Uint8Array, file: string, maxPixels = MAX_PIXELS): Image {
  const kind = isPng(bytes) ? 'PNG' : isJpeg(bytes) ? 'JPEG' : undefined;
  if (!kind) throw new GateError('bad-dataset', 'not a PNG or JPEG image (unknown magic bytes)', { file }, 'Convert the file to PNG or JPEG, or remove it.');
  checkPixels(bytes, file, maxPixels);
  try {
    const decoded = kind === 'PNG'
      ? pngjs.PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
      : jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: maxPixels / 1e6, maxMemoryUsageInMB: Math.max(1024, (maxPixels * 8) / 1e6) });
    return { width: decoded.width, height: decoded.height, channels: 4, data: new Uint8Array(decoded.data.buffer, decoded.data.byteOffset, decoded.data.byteLength) };
  } catch (error) {
    throw new GateError('bad-dataset', `corrupt ${kind} image: ${excerpt(decoderMessage((error as Error).message), 200)}`, { file }, 'Replace or remove the file.');
  }
}

/** pngjs says "There are some read requests waitng on finished stream" for a file that ends too early. */
function decoderMessage(message: string): string {
  return /read requests wait\w* on finished stream/.test(message) ? 'the file ends before the image data does (truncated)' : message;
}

/** RGBA → 1 (gray), 3 (RGB) or 4 (RGBA) channels. */
export function toChannels(rgba: Image, channels: number): Image {
  if (channels === 4) return rgba;
  const n = rgba.width * rgba.height;
  const out = new Uint8Array(n * channels);
  const src = rgba.data;
  for (let p = 0; p < n; p++) {
    if (channels === 1) out[p] = (19595 * src[4 * p] + 38470 * src[4 * p + 1] + 7471 * src[4 * p + 2] + 0x8000) >> 16;
    else for (let c = 0; c < 3; c++) out[3 * p + c] = src[4 * p + c];
  }
  return { width: rgba.width, height: rgba.height, channels, data: out };
}

/** Source sample positions along one axis: lower index, upper index and weight of the upper one. */
function axisWeights(inSize: number, outSize: number) {
  const scale = inSize / outSize;
  return Array.from({ length: outSize }, (_, o) => {
    const x = (o + 0.5) * scale - 0.5;
    const f = Math.floor(x);
    return { lo: Math.max(f, 0), hi: Math.min(Math.ceil(x), inSize - 1), w: x - f };
  });
}

/** Bilinear resize with half-pixel centres (tf.image.resize 'bilinear', antialias off). */
export function resizeBilinear(img: Image, height: number, width: number): Image {
  if (img.height === height && img.width === width) return { ...img, data: Float32Array.from(img.data) };
  const ys = axisWeights(img.height, height);
  const xs = axisWeights(img.width, width);
  const C = img.channels;
  const out = new Float32Array(height * width * C);
  const at = (y: number, x: number, c: number) => img.data[(y * img.width + x) * C + c];
  for (let oy = 0; oy < height; oy++) {
    const { lo: y0, hi: y1, w: wy } = ys[oy];
    for (let ox = 0; ox < width; ox++) {
      const { lo: x0, hi: x1, w: wx } = xs[ox];
      for (let c = 0; c < C; c++) {
        const top = at(y0, x0, c) + (at(y0, x1, c) - at(y0, x0, c)) * wx;
        const bottom = at(y1, x0, c) + (at(y1, x1, c) - at(y1, x0, c)) * wx;
        out[(oy * width + ox) * C + c] = top + (bottom - top) * wy;
      }
    }
  }
  return { width, height, channels: C, data: out };
}
