import { readFileSync } from 'node:fs';
import { gzipSync } from 'fflate';
import { parseCsv } from '../../src/data/csv.js';
import { labelsFileFor, parseIdx, parseIdxDataset } from '../../src/data/idx.js';
import { gunzipBounded } from '../../src/data/gzip.js';
import { errorOf } from '../helpers/errors.js';

const bytes = (p: string) => new Uint8Array(readFileSync(`fixtures/data/${p}`));

describe('IDX', () => {
  it('refuses a labels IDX file given as the dataset, pointing at the images file', () => {
    const labels = { file: 'data/t10k-labels-idx1-ubyte', bytes: bytes('idx/t10k-labels-idx1-ubyte') };
    const e = errorOf(() => parseIdxDataset(labels, undefined, labels.file));
    expect([e.kind, e.file, e.message]).toEqual(['bad-dataset', labels.file, 't10k-labels-idx1-ubyte holds labels (one dimension, 3 values), not model inputs']);
    expect(e.hint).toContain('Pass the images IDX file');
  });

  it('reads images and labels, plain and gzipped', () => {
    for (const [dir, prefix] of [['idx', 't10k'], ['idx_gz', 'train']]) {
      const gz = dir === 'idx_gz' ? '.gz' : '';
      const images = parseIdx(bytes(`${dir}/${prefix}-images-idx3-ubyte${gz}`), 'images-file', 'images');
      expect([images.shape, images.dtype, images.where]).toEqual([[3, 4, 4], 'uint8', 'file images-file']);
      expect(Array.from(images.data)).toEqual(Array.from({ length: 48 }, (_, i) => i));
      const labels = parseIdx(bytes(`${dir}/${prefix}-labels-idx1-ubyte${gz}`), 'labels-file', 'labels');
      expect([labels.shape, Array.from(labels.data)]).toEqual([[3], [7, 0, 9]]);
    }
  });

  it('reads big-endian float32 IDX', () => {
    const a = parseIdx(bytes('idx_float/values-idx2-float'), 'v', 'x');
    expect([a.shape, Array.from(a.data)]).toEqual([[2, 2], [1.5, -2, 0.25, 8]]);
  });

  it('refuses truncated data, a bad magic and an unknown type code', () => {
    const good = bytes('idx/t10k-images-idx3-ubyte');
    expect(errorOf(() => parseIdx(good.subarray(0, 30), 'f', 'x')).message).toBe('IDX data of shape [3, 4, 4] (uint8) needs 48 bytes after the header (byte offset 16), found 14');
    expect(errorOf(() => parseIdx(Uint8Array.from([1, 0, 8, 1]), 'f', 'x')).message).toBe('not an IDX file: it does not start with two zero bytes');
    expect(errorOf(() => parseIdx(Uint8Array.from([0, 0, 7, 1, 0, 0, 0, 0]), 'f', 'x')).message).toBe('unknown IDX type code 0x07 at byte offset 2');
  });

  it('pairs an images file with its labels file', () => {
    expect(labelsFileFor('data/t10k-images-idx3-ubyte.gz')).toBe('data/t10k-labels-idx1-ubyte.gz');
    expect(labelsFileFor('data/values-idx2-float')).toBeUndefined();
  });

  it('stops a gzip bomb at the byte budget', () => {
    const bomb = gzipSync(new Uint8Array(2_000_000), { level: 9 });
    expect(errorOf(() => gunzipBounded(bomb, 'b.gz', 100_000)).message).toBe('gzip bomb guard: the file inflates past 100000 bytes');
    expect(errorOf(() => gunzipBounded(bomb.subarray(0, 50), 'b.gz')).message).toMatch(/^corrupt gzip data: /);
  });
});

describe('CSV', () => {
  it('reads a header (quoted comma inside a name), features and integer labels from the last column', () => {
    const d = parseCsv(bytes('csv/iris_like.csv'), 'iris.csv');
    expect(d.inputs[0].shape).toEqual([3, 3]);
    expect(Array.from(d.inputs[0].data)).toEqual([1, 2, 3, 4.5, 5.5, 6.5, -1, 0, Math.fround(0.1)]);
    expect([d.labels!.name, d.labels!.dtype, Array.from(d.labels!.data)]).toEqual(['label', 'int', [0, 2, 1]]);
  });

  it('reads a file without a header, skipping blank lines, with float targets', () => {
    const d = parseCsv(bytes('csv/no_header.csv'), 'n.csv');
    expect(Array.from(d.inputs[0].data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect([d.labels!.dtype, Array.from(d.labels!.data)]).toEqual(['float', [0.5, 1.5, 2.5]]);
  });

  it('takes a label column by name or index, with text classes in sorted order (semicolon-separated)', () => {
    const d = parseCsv(bytes('csv/named_classes.csv'), 'c.csv', 'species');
    expect(Array.from(d.inputs[0].data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect([Array.from(d.labels!.data), d.classNames]).toEqual([[0, 1, 0], ['setosa', 'virginica']]);
    expect(Array.from(parseCsv(bytes('csv/named_classes.csv'), 'c.csv', 0).labels!.data)).toEqual([0, 1, 0]);
  });

  it.each([
    ['csv/bad_cell.csv', undefined, 'csv/bad_cell.csv: line 3, column b: "x" is not a number'],
    ['csv/named_classes.csv', undefined, 'csv/named_classes.csv: line 2, column species: "setosa" is not a number'],
    ['csv/named_classes.csv', 'kind', 'csv/named_classes.csv: no column named "kind"; columns: species, a, b'],
    ['csv/no_header.csv', 'kind', 'csv/no_header.csv: no column named "kind"; the file has no header row'],
    ['csv/no_header.csv', 5, 'csv/no_header.csv: --label-column 5 is past the last column (the rows have 3 columns, 0..2)'],
  ])('refuses %s (label column %s)', (file, column, message) => {
    const e = errorOf(() => parseCsv(bytes(file), file, column));
    expect(e.hint).toBeDefined();
    // the formatted line names the place once (file: line, column: what)
    expect([e.kind, e.file, e.format().split('\n')[0]]).toEqual(['bad-dataset', file, message]);
  });

  it('refuses an empty CSV and a header without rows, saying what to write', () => {
    expect(errorOf(() => parseCsv(new TextEncoder().encode('a,b,label\n'), 'h.csv')).format()).toBe('h.csv: the CSV file has a header but no data rows\n  Add one row per sample below the header.');
    expect(errorOf(() => parseCsv(new Uint8Array(0), 'e.csv')).hint).toBe('Write one row per sample: feature columns and a label column.');
  });

  it('refuses a row with the wrong number of columns, naming the line', () => {
    const e = errorOf(() => parseCsv(new TextEncoder().encode('a,b\n1,2\n3\n'), 'r.csv'));
    expect(e.format()).toBe('r.csv: line 3: the row has 1 columns, expected 2\n  Give every row the same columns as the first (quote cells that contain the delimiter).');
  });
});
