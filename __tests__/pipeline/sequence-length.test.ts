/**
 * A recurrent model with a variable-length input is converted at the --sequence_length the user gives;
 * the evaluation notes (shown under the report) and `convert` say so, and say when the option was not needed.
 */
import { join } from 'node:path';
import { sequenceLengthNotes } from '../../src/convert/index.js';
import { convertBytes } from '../../src/pipeline/convert.js';
import { evaluateModel } from '../../src/pipeline/evaluate.js';
import { chain } from '../convert/keras-builder.js';
import { readFileSync } from 'node:fs';

const MODELS = join(process.cwd(), 'fixtures', 'models');

describe('sequence length notes', () => {
  it('names each variable-length input and the length used; none without the option', () => {
    const varlen = chain([null, null, 5], []);
    expect(sequenceLengthNotes(varlen, 12)).toEqual([
      'converted at sequence length 12 (--sequence_length) for the variable-length input "input" [None, None, 5] dimension 1: results hold for inputs of that length',
    ]);
    expect(sequenceLengthNotes(chain([null, null, null], []), 7)[0]).toContain('input "input" [None, None, None] dimensions 1, 2');
    expect(sequenceLengthNotes(varlen, undefined)).toEqual([]);
    expect(sequenceLengthNotes(chain([null, 20, 5], []), 12)).toEqual(['--sequence_length 12 ignored: every input of the model has a fixed shape']);
  });

  it('convertBytes reports the length a variable-length LSTM was converted at', async () => {
    const bytes = new Uint8Array(readFileSync(join(MODELS, 'lstm_variable_length.keras')));
    const { notes, variants } = await convertBytes(bytes, 'lstm_variable_length.keras', { sequenceLength: 12 });
    expect(notes).toEqual([
      expect.stringMatching(/^converted at sequence length 12 \(--sequence_length\) for the variable-length input "\w+" \[None, None, 5\] dimension 1/),
      'recurrent layers (lstm) written as 1 WHILE loop (graph size independent of the number of time steps)',
    ]);
    expect(variants[0]!.graph.tensors[variants[0]!.graph.inputs[0]!.tensor]!.shape).toEqual([1, 12, 5]);
  });

  it('the model evaluation carries the note into the report', async () => {
    const evaluation = await evaluateModel({
      model: 'fixtures/models/lstm_variable_length.keras',
      modelPath: join(MODELS, 'lstm_variable_length.keras'),
      sequenceLength: 9,
      variants: ['float32'],
      latencyRuns: 0,
    });
    expect(evaluation.notes.filter((n) => n.includes('sequence length'))).toEqual([expect.stringContaining('converted at sequence length 9 (--sequence_length)')]);
  });
});
