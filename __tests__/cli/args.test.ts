/** Flag errors a new user meets: echoed as typed, the closest flag suggested, tflite_convert flags explained. */
import { parseFlags } from '../../src/cli/args.js';
import { closest, editDistance } from '../../src/cli/flag-errors.js';
import { runCli } from '../../src/cli/main.js';
import { GateError } from '../../src/errors.js';

const OPTIONS = {
  'keras-model-file': { type: 'string' as const },
  'output-file': { type: 'string' as const },
  float16: { type: 'boolean' as const },
  'batch-size': { type: 'string' as const },
};
const CONVERT = { command: 'convert', style: 'snake' as const };

function usageError(argv: string[], ctx = CONVERT): GateError {
  try {
    parseFlags(argv, OPTIONS, false, ctx);
  } catch (error) {
    expect(error).toBeInstanceOf(GateError);
    return error as GateError;
  }
  throw new Error('no error');
}

async function convert(...argv: string[]) {
  const err: string[] = [];
  const out: string[] = [];
  const code = await runCli(['convert', ...argv], { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, cwd: process.cwd() });
  return { code, err: err.join(''), out: out.join('') };
}

describe('parseFlags errors', () => {
  it('echoes an unknown flag as typed and suggests the closest one in the same spelling', () => {
    expect(usageError(['--outputfile=x']).message).toBe('unknown option --outputfile (did you mean --output_file?)');
    expect(usageError(['--batch-sise', '2']).message).toBe('unknown option --batch-sise (did you mean --batch-size?)');
    expect(usageError(['--keras_model=m.h5']).message).toBe('unknown option --keras_model (did you mean --keras_model_file?)');
    expect(usageError(['--float']).message).toBe('unknown option --float (did you mean --float16?)');
    expect(usageError(['--bogus']).format()).toBe('unknown option --bogus\n  Run `tflite-gate convert --help` for the options.');
  });

  it.each([
    ['--saved_model_dir=/tmp/sm', 'TensorFlow SavedModel folders are not supported (tflite-gate reads Keras files, without TensorFlow)', /--keras_model_file=model\.h5/],
    ['--graph_def_file=g.pb', 'TensorFlow 1 frozen graphs (the v1 converter) are not supported', /--keras_model_file/],
    ['--enable_v1_converter', 'TensorFlow 1 frozen graphs (the v1 converter) are not supported', /--keras_model_file/],
    ['--inference_input_type=INT8', 'the model\'s input and output types are set together', /--inference_type=int8/],
    ['--default_ranges_min=0', 'TensorFlow 1 quantization flags (fixed ranges, quantization-aware graphs) are not taken', /--representative_dataset/],
    ['--post_training_quantize', 'this spelling is not taken', /--quantize=dynamic/],
    ['--experimental-new-converter', 'there is one converter (this one)', /Drop the flag/],
  ])('explains the tflite_convert flag %s', (arg, reason, hint) => {
    const error = usageError([arg]);
    expect(error.message).toBe(`${arg.split('=')[0]} is a tflite_convert flag that tflite-gate does not take: ${reason}`);
    expect(error.hint).toMatch(hint);
    expect(error.hint).toContain('tflite-gate convert --help');
  });

  it('names a flag without its value, a switch given one, and a positional where a flag was meant', () => {
    expect(usageError(['--output_file']).message).toBe('--output_file needs a value');
    expect(usageError(['--output_file', '--float16']).message).toBe('--output_file needs a value');
    expect(usageError(['--float16=yes']).message).toBe('--float16 is a switch and takes no value');
    const positional = usageError(['model.h5'], { ...CONVERT, positionalHint: (a: string) => `use --keras_model_file=${a}` } as typeof CONVERT);
    expect([positional.message, positional.hint]).toEqual(['unexpected argument "model.h5": convert takes no positional arguments', 'use --keras_model_file=model.h5']);
  });

  it('still parses good flags in both spellings', () => {
    expect(parseFlags(['--keras_model_file=a.h5', '--output-file', 'b.tflite', '--float16'], OPTIONS, false, CONVERT).values)
      .toEqual({ 'keras-model-file': 'a.h5', 'output-file': 'b.tflite', float16: true });
  });

  it('takes a negative number as the value of a string flag, in both spellings (parseArgs alone calls it ambiguous)', () => {
    const options = { ...OPTIONS, offset: { type: 'string' as const }, mean: { type: 'string' as const }, 'latency-runs': { type: 'string' as const, short: 'l' } };
    const parse = (...argv: string[]) => parseFlags(argv, options, false, CONVERT).values;
    expect(parse('--offset', '-1', '--mean', '-0.5,0.25,-.5', '--float16')).toEqual({ offset: '-1', mean: '-0.5,0.25,-.5', float16: true });
    expect(parse('--batch_size', '-.5', '-l', '-3')).toEqual({ 'batch-size': '-.5', 'latency-runs': '-3' });
    expect(parse('--offset=-1', '--output_file', 'o.tflite')).toEqual({ offset: '-1', 'output-file': 'o.tflite' });
    // only numbers are joined: a dash word is still refused, and a bare negative number is no flag
    expect(usageError(['--output_file', '-x']).message).toMatch(/^Option '--output-file' argument is ambiguous/);
    expect(usageError(['--float16', '-1']).message).toBe('unknown option -1');
  });

  it('suggests only close names', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closest('bogus', ['both', 'float16'])).toBeUndefined();
    expect(closest('outptu-file', ['output-file', 'output-dir'])).toBe('output-file');
  });
});

describe('convert through the CLI', () => {
  it('--saved_model_dir: exit 2, the flag as typed, and what to do', async () => {
    const r = await convert('--saved_model_dir=/tmp/saved', '--output_file=/tmp/never.tflite');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^tflite-gate convert: --saved_model_dir is a tflite_convert flag/);
    expect(r.err).not.toContain('saved-model-dir');
  });

  it('evaluate --seed -3 reaches the seed check (exit 2 naming --seed), not node\'s "ambiguous" error', async () => {
    const err: string[] = [];
    const io = { stdout: () => undefined, stderr: (t: string) => err.push(t), isTTY: false, cwd: process.cwd() };
    expect(await runCli(['evaluate', '--model', 'never.h5', '--seed', '-3'], io)).toBe(2);
    expect(err.join('')).toContain('--seed must be an integer from 0 to 4294967295, got "-3"');
  });

  it('a positional model path: exit 2 and the flag to use', async () => {
    const r = await convert('model.h5');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--model-file model.h5');
  });
});
