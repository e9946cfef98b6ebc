/**
 * Issue 13: for every Keras fixture, our float32 and float16 files have no more operators (every subgraph
 * counted) and no more bytes than the TFLite converter's. Its figures are committed in fixtures/reference-ops.json
 * (fixtures/scripts/reference_op_counts.py, TF 2.21): its default file (from_keras_model), or, where that fails
 * (recurrent layers need Select TF ops), its fixed-batch file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../../src/graph/ir.js';
import { convertBytes } from '../../src/pipeline/convert.js';

interface Measured { ops?: number; bytes?: number; error?: string }
interface Reference { file: string; sequenceLength?: number; float32: Record<'default' | 'fixedBatch', Measured>; float16: Record<'default' | 'fixedBatch', Measured> }

const FIXTURES = join(process.cwd(), 'fixtures');
const reference = JSON.parse(readFileSync(join(FIXTURES, 'reference-ops.json'), 'utf8')) as { models: Record<string, Reference> };
const DIRS: Record<string, string> = { models: 'models', extra: 'extra', ops: 'ops', recurrent: 'recurrent' };
const cases = Object.entries(reference.models).map(([key, r]) => [key, r] as const);
/** Fixtures the converter runs but we refuse on purpose (a sequence mask reaches an LSTM; README, "Refused"). */
const REFUSED = new Set(['models/embedding_mask_lstm']);

/** The converter's file we measure against: its default one when it converts, else its fixed-batch one. */
const theirs = (variant: Record<'default' | 'fixedBatch', Measured>): Measured & { which: string } =>
  variant.default.ops !== undefined ? { ...variant.default, which: 'default' } : { ...variant.fixedBatch, which: 'fixed batch' };
const opCount = (g: Graph) => [g, ...(g.subgraphs ?? [])].reduce((n, s) => n + s.ops.length, 0);

describe('operators and bytes against the TFLite converter, every fixture', () => {
  it('has every fixture set', () => {
    expect(new Set(cases.map(([key]) => key.split('/')[0]))).toEqual(new Set(Object.keys(DIRS)));
  });

  it.each(cases)('%s: no more ops, no more bytes than the converter (float32 and float16)', async (key, r) => {
    const file = join(FIXTURES, DIRS[key.split('/')[0]!]!, r.file);
    const converting = convertBytes(new Uint8Array(readFileSync(file)), r.file, {
      variants: ['float32', 'float16'], ...(r.sequenceLength ? { sequenceLength: r.sequenceLength } : {}),
    });
    if (REFUSED.has(key)) {
      await expect(converting).rejects.toThrow(/masked/);
      return;
    }
    const { variants } = await converting;
    for (const v of variants) {
      const ref = theirs(r[v.variant as 'float32' | 'float16']);
      if (ref.ops === undefined) continue; // the converter fails in both ways
      const ours = { variant: v.variant, against: ref.which, ops: opCount(v.graph), bytes: v.data.length };
      expect(ours).toEqual({ ...ours, ops: Math.min(ours.ops, ref.ops), bytes: Math.min(ours.bytes, ref.bytes!) });
    }
  });
});
