import { readFileSync } from 'node:fs';
import { parseNpz } from '../../src/data/npz.js';
import { prepareDataset } from '../../src/data/prepare.js';
import { parseDataOptions } from '../../src/config/data-options.js';
import type { RawDataset } from '../../src/data/raw.js';
import { errorOf } from '../helpers/errors.js';

const npz = (name: string, keys = { xKeys: ['x'], yKey: 'y' }) => parseNpz(new Uint8Array(readFileSync(`fixtures/data/npz/${name}`)), name, keys);
const MODEL = [{ name: 'input', shape: [1, 4, 4, 1], dtype: 'float32' }];
const CLASSES3 = { outputShape: [1, 3] };

function raw(x: number[], shape: number[], y?: number[], yShape?: number[]): RawDataset {
  return {
    source: 'mem.npz',
    inputs: [{ name: 'x', shape, dtype: 'uint8', data: Uint8Array.from(x) }],
    labels: y && { name: 'y', shape: yShape ?? [y.length], dtype: 'int64', data: Int32Array.from(y) },
    notes: [],
  };
}

describe('prepareDataset', () => {
  it('scales raw uint8 to [0, 1] float32 and keeps class labels', () => {
    const d = prepareDataset(npz('small.npz'), MODEL, { ...CLASSES3, scale: 1 / 255 });
    expect([d.count, d.inputs[0].shape, d.inputs[0].dtype]).toEqual([6, [6, 4, 4, 1], 'float32']);
    expect(d.inputs[0].data[0]).toBeCloseTo(95 / 255, 6); // first raw value 95
    expect(d.labels).toEqual({ kind: 'class', data: Int32Array.from([0, 1, 2, 1, 0, 2]), numClasses: 3 });
  });

  it('applies offset, then per-channel mean and std: (v·scale + offset − mean[c]) / std[c]', () => {
    const r = raw([0, 255, 128, 64], [2, 2]);
    const d = prepareDataset(r, [{ name: 'in', shape: [-1, 2], dtype: 'float32' }], { scale: 2 / 255, offset: -1, mean: [0, 0.5], std: [1, 0.5] });
    // sample 0: 0 → −1; 255 → 1 → (1 − 0.5)/0.5 = 1. sample 1: 128 → 0.00392… ; 64 → −0.498… → −1.996…
    expect(Array.from(d.inputs[0].data)).toEqual([-1, 1, Math.fround(128 * (2 / 255) - 1), Math.fround((64 * (2 / 255) - 1 - 0.5) / 0.5)]);
  });

  it('takes the first N samples, or a seeded random subset', () => {
    const r = raw([10, 11, 12, 13, 14, 15], [6, 1], [0, 1, 2, 0, 1, 2]);
    const first = prepareDataset(r, [{ name: 'in', shape: [1, 1], dtype: 'uint8' }], { samples: 2 });
    expect(Array.from(first.inputs[0].data)).toEqual([10, 11]);
    expect(first.notes).toEqual(['2 of 6 samples (the first ones)']);
    const a = prepareDataset(r, [{ name: 'in', shape: [1, 1], dtype: 'uint8' }], { samples: 3, seed: 5 });
    const b = prepareDataset(r, [{ name: 'in', shape: [1, 1], dtype: 'uint8' }], { samples: 3, seed: 5 });
    expect(Array.from(a.inputs[0].data)).toEqual(Array.from(b.inputs[0].data));
    // labels follow their samples: label = (value − 10) mod 3
    expect(Array.from(a.labels!.data)).toEqual(Array.from(a.inputs[0].data, (v) => (v - 10) % 3));
  });

  it('says when --seed has no effect: without --samples, or with --samples not below the sample count', () => {
    const r = raw([10, 11, 12], [3, 1]);
    const model = [{ name: 'in', shape: [1, 1], dtype: 'uint8' }];
    expect(prepareDataset(r, model, { seed: 7 }).notes).toEqual(['--seed has no effect without --samples (every sample is used)']);
    expect(prepareDataset(r, model, { seed: 7, samples: 3 }).notes).toEqual(["--seed has no effect: --samples 3 is not below the dataset's 3 samples (every sample is used)"]);
    expect(prepareDataset(r, model, { seed: 7, samples: 2 }).notes).toEqual(['2 of 3 samples (random subset, seed 7)']);
    expect(prepareDataset(r, model, {}).notes).toEqual([]);
  });

  it('says when --samples is more than the dataset holds (exactly as many: no note)', () => {
    const r = raw([10, 11, 12], [3, 1]);
    const model = [{ name: 'in', shape: [1, 1], dtype: 'uint8' }];
    expect(prepareDataset(r, model, { samples: 10 }).notes).toEqual(["--samples 10 is more than the dataset's 3 samples: all 3 are used"]);
    expect(prepareDataset(r, model, { samples: 3 }).notes).toEqual([]);
  });

  it('records how the dataset was prepared: samples of total, the seed of a random subset, the options given, the arrays used', () => {
    const r = raw([10, 11, 12, 13], [4, 1], [0, 1, 0, 1]);
    const model = [{ name: 'in', shape: [1, 1], dtype: 'float32' }];
    expect(prepareDataset(r, model, { samples: 2, seed: 3, scale: 1 / 255, mean: [0.5], outputShape: [1, 2] }).preparation)
      .toEqual({ samples: 2, total: 4, seed: 3, scale: 1 / 255, mean: [0.5], inputs: ['key x'], labels: 'key y' });
    // the first samples: no seed recorded; an unused seed is no part of the recipe
    expect(prepareDataset(r, model, { samples: 2, offset: -1 }).preparation).toEqual({ samples: 2, total: 4, offset: -1, inputs: ['key x'], labels: 'key y' });
    expect(prepareDataset(raw([1, 2], [2, 1]), model, { seed: 9, std: [2] }).preparation).toEqual({ samples: 2, total: 2, std: [2], inputs: ['key x'] });
    expect(Object.keys(prepareDataset(r, model, { std: [1], offset: 0, seed: 1, samples: 1, scale: 2 }).preparation!)).toEqual(['samples', 'total', 'seed', 'scale', 'offset', 'std', 'inputs', 'labels']);
  });

  it('feeds integer model inputs without a float round trip loss, and refuses out-of-range values', () => {
    const r = raw([0, 127, 128, 255], [2, 2]);
    const d = prepareDataset(r, [{ name: 'q', shape: [1, 2], dtype: 'uint8' }]);
    expect([d.inputs[0].dtype, d.inputs[0].data]).toEqual(['uint8', Uint8Array.from([0, 127, 128, 255])]);
    const shifted = prepareDataset(r, [{ name: 'q', shape: [1, 2], dtype: 'int8' }], { offset: -128 });
    expect(shifted.inputs[0].data).toEqual(Int8Array.from([-128, -1, 0, 127]));
    expect(errorOf(() => prepareDataset(r, [{ name: 'q', shape: [1, 2], dtype: 'int8' }])).message).toBe('model input "q" is int8 but the uint8 data holds 128 (element 2), not an integer in -128..127');
  });

  it('feeds a two-input model from two keys, in model input order', () => {
    const two: RawDataset = { ...raw([1, 2, 3, 4], [2, 2]), inputs: [raw([1, 2, 3, 4], [2, 2]).inputs[0], { name: 'b', shape: [2, 1], dtype: 'float32', data: Float32Array.from([9, 8]) }] };
    const d = prepareDataset(two, [{ name: 'in_a', shape: [1, 2], dtype: 'float32' }, { name: 'in_b', shape: [1, 1], dtype: 'float32' }]);
    expect(d.inputs.map((i) => [i.name, i.shape, Array.from(i.data)])).toEqual([['x', [2, 2], [1, 2, 3, 4]], ['b', [2, 1], [9, 8]]]);
  });

  it('reshapes [N, 2, 2] to a model taking [2, 2, 1] and says so', () => {
    const d = prepareDataset(raw([1, 2, 3, 4], [1, 2, 2]), [{ name: 'in', shape: [1, 2, 2, 1], dtype: 'float32' }]);
    expect(d.inputs[0].shape).toEqual([1, 2, 2, 1]);
    expect(d.notes).toEqual(['key x: samples [2, 2] reshaped to the model\'s [2, 2, 1]']);
  });

  it('turns one-hot labels into class ids and keeps regression targets', () => {
    const onehot = prepareDataset(npz('onehot.npz'), MODEL, CLASSES3);
    expect(onehot.labels).toEqual({ kind: 'class', data: Int32Array.from([0, 1, 2, 1, 0, 2]), numClasses: 3 });
    const reg = prepareDataset(npz('regression.npz'), [{ name: 'in', shape: [1, 2], dtype: 'float32' }], { outputShape: [1, 1] });
    expect(reg.labels).toEqual({ kind: 'regression', shape: [4, 1], data: Float32Array.from([0.5, 1.5, 2.5, 3.5]) });
  });

  it.each([
    ['shape mismatch', () => prepareDataset(npz('small.npz'), [{ name: 'serving_x', shape: [1, 28, 28, 1], dtype: 'float32' }]),
      'small.npz: key x: samples are [4, 4, 1] but model input "serving_x" takes [28, 28, 1] (dataset shape [6, 4, 4, 1], model shape [1, 28, 28, 1])\n  Give the dataset the shape the model expects (the first axis is the sample axis).'],
    ['labels out of range', () => prepareDataset(npz('labels_out_of_range.npz'), MODEL, CLASSES3),
      "labels_out_of_range.npz: key y: label 3 of sample 3 is outside the model's 3 classes (0..2)\n  Check that the labels and the model belong together, or choose the right key with --y-key."],
    ['NaN', () => prepareDataset(npz('nan.npz'), [{ name: 'in', shape: [1, 2], dtype: 'float32' }], { outputShape: [1, 2] }),
      'nan.npz: key x: value NaN at sample 0 (element 1) is not a finite number\n  Remove or fix the sample; datasets must not hold NaN or infinity.'],
    ['wrong dtype', () => prepareDataset(npz('onehot.npz'), [{ name: 'q', shape: [1, 4, 4, 1], dtype: 'uint8' }], CLASSES3),
      expect.stringMatching(/^onehot\.npz: key x: model input "q" is uint8 but the float32 data holds 0\.\d+ \(element 0\), not an integer in 0\.\.255\n/)],
    ['one-hot width', () => prepareDataset(npz('onehot.npz'), MODEL, { outputShape: [1, 10] }),
      'onehot.npz: key y: one-hot labels have 3 columns but the model outputs 10 classes\n  Check that the labels and the model belong together, or choose the right key with --y-key.'],
    ['input count', () => prepareDataset(npz('small.npz'), [...MODEL, { name: 'b', shape: [1, 2], dtype: 'float32' }]),
      'small.npz: the model has 2 input(s) (input, b) but the dataset gives 1 array(s) (x)\n  Name one key per model input, in order, with --x-key a,b.'],
    ['sample counts', () => prepareDataset(raw([1, 2], [2, 1], [0, 1, 1]), [{ name: 'in', shape: [1, 1], dtype: 'float32' }]),
      'mem.npz: key y: holds 3 samples (shape [3]) but key x holds 2\n  Give every array the same number of samples (first axis), or choose the right keys with --x-key/--y-key.'],
    ['a scalar', () => prepareDataset(raw([1], []), [{ name: 'in', shape: [1], dtype: 'float32' }]),
      'mem.npz: key x: is a single value (shape []); datasets hold samples along the first axis\n  Save the samples as one array with the sample axis first.'],
    ['no samples', () => prepareDataset(raw([], [0, 2]), [{ name: 'in', shape: [1, 2], dtype: 'float32' }]),
      'mem.npz: key x: the dataset holds no samples\n  Pass a dataset with at least one sample.'],
    ['fractional class labels', () => prepareDataset({ ...raw([1, 2, 3], [3, 1]), labels: { name: 'y', shape: [3], dtype: 'float32', data: Float32Array.from([0, 2.5, 1]) } }, [{ name: 'in', shape: [1, 1], dtype: 'float32' }], CLASSES3),
      "mem.npz: key y: label 2.5 of sample 1 is not a class id (an integer 0..2) for the model's 3 classes\n  Check that the labels and the model belong together, or choose the right key with --y-key."],
    ['mean length', () => prepareDataset(npz('small.npz'), MODEL, { mean: [1, 2] }),
      'small.npz: key x: --mean has 2 values but the samples have 1 channels (last axis)\n  Give one value, or one per channel.'],
  ])('refuses %s with a message naming the file and key', (_, fn, message) => {
    const e = errorOf(fn);
    expect(e.kind).toBe('bad-dataset');
    expect(e.format()).toEqual(message);
  });
});

describe('parseDataOptions', () => {
  it('parses every flag, accepting kebab, snake and camel names and a/b fractions', () => {
    const o = parseDataOptions({ 'x-key': 'a,b', y_key: 'labels', scale: '1/255', offset: '-1', mean: '0.485, 0.456,0.406', std: '0.229,0.224,0.225', samples: '100', seed: '7', labelColumn: '2', unrelated: 'x' });
    expect(o).toEqual({ xKeys: ['a', 'b'], yKey: 'labels', yKeyExplicit: true, scale: 1 / 255, offset: -1, mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225], samples: 100, seed: 7, labelColumn: 2 });
    expect(parseDataOptions({ 'label-column': 'species', scale: '' })).toEqual({ xKeys: ['x'], yKey: 'y', yKeyExplicit: false, labelColumn: 'species' });
  });

  it.each([
    [{ scale: 'abc' }, '--scale must be a number (e.g. 0.5 or 1/255), got "abc"'],
    [{ std: '1,0' }, '--std must be numbers other than 0, got "1,0"'],
    [{ samples: '0' }, '--samples must be an integer >= 1, got "0"'],
    [{ seed: '-3' }, '--seed must be an integer from 0 to 4294967295, got "-3"'],
    [{ 'x-key': 'a,,b' }, '--x-key must be a key or comma-separated keys, got "a,,b"'],
    [{ 'y-key': 'a,b' }, '--y-key must be one key, got "a,b"'],
  ])('refuses %j naming the flag', (record, message) => {
    const e = errorOf(() => parseDataOptions(record));
    expect([e.kind, e.message]).toEqual(['usage', message]);
  });

  it('names action inputs with the caller\'s label', () => {
    expect(errorOf(() => parseDataOptions({ mean: '1,x' }, (n) => `input "${n}"`)).message).toBe('input "mean" must be a number (e.g. 0.5 or 1/255), got "x"');
  });
});
