/**
 * Every operator type the converter can emit must be in the TFLite op table (src/tflite/ops.ts), or the
 * writer refuses the model at write time, after a conversion that looked fine. The emitting code is
 * scanned for op-type literals (upper-case snake-case strings): each must be an op in OPS, or one of the few
 * non-op words listed below (schema enum values, upper-case Keras class names).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Graph } from '../../src/graph/ir.js';
import { OPS, opVersion } from '../../src/tflite/ops.js';

const ROOT = process.cwd();
/** Code that creates graph ops: layer handlers, graph passes, the float16 rewrite. */
const EMITTERS = ['src/convert', 'src/graph', 'src/tflite/float16.ts'];

/** Upper-case literals in that code that are not op types. */
const NOT_OPS = new Set([
  'SAME', 'VALID', 'NONE', 'INT32', // schema enum values (padding, activation, tensor type)
  'LSTM', 'GRU', 'RNN', // Keras class names
]);

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full).flatMap((name) => sourceFiles(join(path, name))).filter((f) => f.endsWith('.ts'));
}

const stripComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** [file, literal] for every upper-case snake-case string literal in the emitting code. */
function opLiterals(): [string, string][] {
  return EMITTERS.flatMap(sourceFiles).flatMap((file) => {
    const text = stripComments(readFileSync(file, 'utf8'));
    return [...text.matchAll(/'([A-Z][A-Z0-9_]*[A-Z0-9])'/g)].map((m): [string, string] => [relative(ROOT, file), m[1]!]);
  });
}

describe('op table covers the converter', () => {
  const literals = opLiterals();

  it('finds the op types the handlers emit', () => {
    const names = new Set(literals.map(([, name]) => name));
    for (const op of ['CONV_2D', 'GREATER', 'SELECT_V2', 'LOG_SOFTMAX', 'DEQUANTIZE', 'UNPACK']) expect(names).toContain(op);
  });

  it('has every emitted op type in OPS (else the writer refuses the converted model)', () => {
    const missing = literals.filter(([, name]) => !OPS[name] && !NOT_OPS.has(name)).map(([file, name]) => `${name} (${file})`);
    expect(missing).toEqual([]);
  });
});

describe('comparison and select versions (TF 2.21 converter output)', () => {
  const graphWith = (type: string, shape: number[]) => {
    const tensors = [0, 1, 2, 3].map((id) => ({ id, name: `t${id}`, shape, dtype: (id === 0 ? 'bool' : 'float32') as 'bool' | 'float32' }));
    const op = { type, inputs: [0, 1, 2], outputs: [3] };
    const graph: Graph = { tensors, ops: [op], inputs: [], outputs: [], description: '' };
    return { op, graph };
  };

  it('writes no options table for comparisons, LogSoftmaxOptions / SelectOptions for the others', () => {
    for (const op of ['GREATER', 'GREATER_EQUAL', 'LESS', 'LESS_EQUAL', 'EQUAL', 'NOT_EQUAL']) expect(OPS[op]?.options).toBeUndefined();
    expect(OPS.LOG_SOFTMAX?.options).toBe('LogSoftmaxOptions');
    expect(OPS.SELECT?.options).toBe('SelectOptions');
    expect(OPS.SELECT_V2?.options).toBe('SelectV2Options');
  });

  it.each([
    ['SELECT', [1, 2, 2, 3, 6], 3], ['SELECT', [1, 2, 2, 2, 3, 6], 1], ['SELECT', [1, 3, 6], 1],
    ['SELECT_V2', [1, 2, 2, 3, 6], 1], ['GREATER', [1, 2, 2, 3, 6], 1], ['LESS', [1, 3, 6], 1], ['LOG_SOFTMAX', [1, 6], 1],
  ])('%s at shape %j is version %d', (type, shape, version) => {
    const { op, graph } = graphWith(type as string, shape as number[]);
    expect(opVersion(op, graph)).toBe(version);
  });
});
