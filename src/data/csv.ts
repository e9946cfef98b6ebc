import { GateError } from '../errors.js';
import { excerpt, quoted } from '../util/escape.js';
import { DEFAULT_LIMITS, limitHint, limitName } from '../util/limits.js';
import type { RawArray, RawDataset } from './raw.js';

/**
 * CSV (comma, semicolon or tab, detected from the first line; RFC 4180 quotes): feature columns + one label
 * column, chosen by header name or 0-based index (default: the last column). The first row is a header when
 * it has a non-numeric cell where the next row has a number. Numeric labels stay numbers; text labels become
 * class ids in sorted order of their names.
 */
interface Row {
  line: number;
  cells: string[];
}

function fail(file: string, message: string, where?: string, hint?: string): never {
  throw new GateError('bad-dataset', message, { file, where }, hint);
}

function detectDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** Split text into rows of cells, honouring quotes ("" inside quotes is a quote). Blank lines are skipped. */
export function splitCsv(text: string, delimiter: string): Row[] {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0].trim() !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else { if (ch === '\n') line++; cell += ch; }
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) { cells.push(cell); cell = ''; }
    else if (ch === '\n') { endRow(); line++; rowLine = line; }
    else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || cells.length) endRow();
  return rows;
}

const isNumber = (s: string) => (s.trim() !== '' && !Number.isNaN(Number(s))) || s.trim() === 'NaN';

function hasHeader(rows: Row[]): boolean {
  const [first, second] = rows;
  if (!second) return first.cells.some((c) => !isNumber(c));
  return first.cells.some((c, i) => !isNumber(c) && second.cells[i] !== undefined && isNumber(second.cells[i]));
}

function labelIndex(header: string[] | undefined, width: number, column: string | number | undefined, file: string): number {
  if (column === undefined) return width - 1;
  if (typeof column === 'number') {
    if (column >= width) fail(file, `--label-column ${column} is past the last column (the rows have ${width} columns, 0..${width - 1})`, undefined, 'Name the label column with --label-column (a header name or a 0-based index).');
    return column;
  }
  const i = header?.indexOf(column) ?? -1;
  if (i === -1) fail(file, `no column named "${excerpt(column, 40)}"; ${header ? `columns: ${excerpt(header.join(', '), 200)}` : 'the file has no header row'}`, undefined, 'Name the label column with --label-column (a header name or a 0-based index).');
  return i;
}

function labelArray(values: string[], name: string): { labels: RawArray; classNames?: string[] } {
  const where = `column ${name}`;
  if (values.every(isNumber)) {
    const nums = values.map(Number);
    const ints = nums.every(Number.isInteger);
    return { labels: { name, shape: [nums.length], dtype: ints ? 'int' : 'float', data: ints ? Int32Array.from(nums) : Float32Array.from(nums), where } };
  }
  const classNames = [...new Set(values.map((v) => v.trim()))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ids = new Map(classNames.map((c, i) => [c, i]));
  return { labels: { name, shape: [values.length], dtype: 'text', data: Int32Array.from(values, (v) => ids.get(v.trim())!), where }, classNames };
}

/** Refuse, before decoding, a line longer than the limit (a dataset that is one huge line is no table). */
function checkLineLength(bytes: Uint8Array, file: string, maxLineBytes: number): void {
  let start = 0;
  let line = 1;
  for (;;) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    if (stop - start > maxLineBytes) {
      fail(file, `the line is ${(stop - start).toLocaleString('en-US')} bytes long, over ${limitName('csvLineKib', maxLineBytes / 1024)}`, `line ${line}`, limitHint('csvLineKib'));
    }
    if (end === -1) return;
    start = end + 1;
    line++;
  }
}

/** Parse CSV bytes into features [N, F] (float32) and labels [N]; no line may be longer than `maxLineBytes`. */
export function parseCsv(bytes: Uint8Array, file: string, labelColumn?: string | number, maxLineBytes = DEFAULT_LIMITS.csvLineKib * 1024): RawDataset {
  checkLineLength(bytes, file, maxLineBytes);
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  const firstLine = text.split('\n', 1)[0];
  const rows = splitCsv(text, detectDelimiter(firstLine));
  if (rows.length === 0) fail(file, 'the CSV file is empty', undefined, 'Write one row per sample: feature columns and a label column.');
  const header = hasHeader(rows) ? rows.shift()!.cells.map((c) => c.trim()) : undefined;
  if (rows.length === 0) fail(file, 'the CSV file has a header but no data rows', undefined, 'Add one row per sample below the header.');
  const width = header?.length ?? rows[0].cells.length;
  const label = labelIndex(header, width, labelColumn, file);
  const features = new Float32Array(rows.length * (width - 1));
  rows.forEach((row, r) => {
    if (row.cells.length !== width) fail(file, `the row has ${row.cells.length} columns, expected ${width}`, `line ${row.line}`, 'Give every row the same columns as the first (quote cells that contain the delimiter).');
    let k = r * (width - 1);
    row.cells.forEach((cell, c) => {
      if (c === label) return;
      if (!isNumber(cell)) fail(file, `${quoted(cell, 40)} is not a number`, `line ${row.line}, column ${header?.[c] ?? c}`, 'Feature columns must be numeric; name the label column with --label-column.');
      features[k++] = Number(cell);
    });
  });
  const labelName = header?.[label] ?? `${label}`;
  const { labels, classNames } = labelArray(rows.map((r) => r.cells[label]), labelName);
  const x: RawArray = { name: 'features', shape: [rows.length, width - 1], dtype: 'float32', data: features, where: 'feature columns' };
  return { source: file, inputs: [x], labels, classNames, notes: [] };
}
