import { readFileSync } from 'node:fs';
import { parseNpy, halfToFloat } from '../../src/data/npy.js';
import { errorOf } from '../helpers/errors.js';

const read = (name: string) => new Uint8Array(readFileSync(`fixtures/data/npy/${name}`));
const load = (name: string) => parseNpy(read(name), 'x', { file: name });

const BASE = [0.5, -1.25, 3.0, Math.fround(1e-3), 65504, -0];

describe('parseNpy', () => {
  it.each(['f32.npy', 'f32_be.npy', 'f32_fortran.npy', 'f32_v2.npy', 'f32_v3.npy', 'f64.npy'])('reads %s as float32 [2, 3]', (name) => {
    const a = load(name);
    expect(a.shape).toEqual([2, 3]);
    expect(a.data).toBeInstanceOf(Float32Array);
    expect(Array.from(a.data)).toEqual(BASE);
  });

  it('widens float16 to float32 (1e-3 rounds to the nearest half, (1 + 25/1024) * 2^-10)', () => {
    const a = load('f16.npy');
    expect(a.dtype).toBe('float16');
    expect(Array.from(a.data)).toEqual([0.5, -1.25, 3.0, (1 + 25 / 1024) * 2 ** -10, 65504, -0]);
    expect(halfToFloat(0x7c00)).toBe(Infinity);
    expect(halfToFloat(0x0001)).toBe(2 ** -24);
    expect(halfToFloat(0x7e00)).toBeNaN();
  });

  it.each([
    ['u1.npy', 'uint8', Uint8Array],
    ['i1.npy', 'int8', Int8Array],
    ['i2.npy', 'int16', Int32Array],
    ['u2.npy', 'uint16', Int32Array],
    ['i4.npy', 'int32', Int32Array],
    ['i4_be.npy', 'int32', Int32Array],
    ['i8.npy', 'int64', Int32Array],
    ['i8_be.npy', 'int64', Int32Array],
  ])('reads %s (%s) as integers', (name, dtype, type) => {
    const a = load(name);
    expect(a.dtype).toBe(dtype);
    expect(a.data).toBeInstanceOf(type);
    expect(Array.from(a.data)).toEqual([0, 1, 2, 127, 100, 7]);
  });

  it('reads negative int8 and bool', () => {
    expect(Array.from(load('i8_neg.npy').data)).toEqual([-5, -128, 127]);
    const b = load('bool.npy');
    expect([b.dtype, Array.from(b.data)]).toEqual(['bool', [1, 0, 1]]);
  });

  it('reorders a 3-d Fortran-order array to C order', () => {
    const a = load('fortran_3d.npy');
    expect(a.shape).toEqual([2, 3, 4]);
    expect(Array.from(a.data)).toEqual(Array.from({ length: 24 }, (_, i) => i));
  });

  it.each([
    ['truncated.npy', 'truncated .npy data: shape [2, 3] of float32 needs 24 bytes after the header (byte offset 128), found 21'],
    ['bad_magic.npy', 'not a .npy array: the file does not start with \\x93NUMPY'],
    ['unicode.npy', "unsupported dtype '<U2'"],
    ['i64_big.npy', 'int64 value 5000000000 at index 1 does not fit int32'],
  ])('refuses %s with a message naming the file', (name, message) => {
    const e = errorOf(() => load(name));
    expect(e.kind).toBe('bad-dataset');
    expect(e.message).toBe(message);
    expect(e.file).toBe(name);
  });

  it('refuses structured arrays and reads Python 2 "10L" shapes', () => {
    const header = (dict: string) => {
      const text = dict + ' '.repeat(63 - ((10 + dict.length) % 64)) + '\n';
      return Uint8Array.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, text.length, 0, ...new TextEncoder().encode(text)]);
    };
    const structured = header("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1,), }");
    expect(errorOf(() => parseNpy(structured, 'x')).message).toBe('structured (record) arrays are not supported');
    const py2 = header("{'descr': '|u1', 'fortran_order': False, 'shape': (2L, 1L), }");
    expect(parseNpy(Uint8Array.from([...py2, 7, 9]), 'x').shape).toEqual([2, 1]);
  });

  it('refuses a header without a shape and a truncated header', () => {
    const good = read('f32.npy');
    const broken = good.slice();
    broken.set(new TextEncoder().encode("'shap'"), good.indexOf(0x27 /* ' */, 40));
    expect(errorOf(() => parseNpy(broken, 'x')).message).toMatch(/^malformed \.npy header .*expected a dict with 'descr', 'fortran_order' and 'shape'$/);
    expect(errorOf(() => parseNpy(good.subarray(0, 60), 'x')).message).toBe('truncated .npy header: it declares 118 bytes at byte offset 10, the file has 60 bytes');
  });
});
