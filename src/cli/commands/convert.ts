import { intFlag, parseFlags } from '../args.js';
import { quantizeSettings, QUANTIZE_FLAGS, quantizeSummary } from './convert-quantize.js';
import type { CliIO, Command } from '../command.js';
import { GateError } from '../../errors.js';
import type { Graph } from '../../graph/ir.js';
import { supportedClassNames } from '../../convert/index.js';
import { convertFile } from '../../pipeline/convert.js';
import { isAbsolute, resolve } from 'node:path';

/** Words joined by spaces into indented lines of at most `width` characters. */
function wrap(words: string[], width: number): string {
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(`  ${word}`);
  }
  return lines.join('\n');
}

/** The converter's registry split into layer classes and (module-qualified) keras.ops operations, by last name. */
function supportedLayers(): { layers: string[]; operations: string[] } {
  const names = supportedClassNames();
  const operations = [...new Set(names.filter((n) => n.includes('.')).map((n) => n.slice(n.lastIndexOf('.') + 1)))].sort();
  return { layers: names.filter((n) => !n.includes('.')), operations };
}

const usage = `
Usage: tflite-gate convert --keras_model_file=IN.h5|IN.keras --output_file=OUT.tflite [options]

Convert a Keras model to TensorFlow Lite, in TypeScript (no Python, no TensorFlow).

Options (snake_case or kebab-case):
  --keras_model_file PATH   the Keras model (.h5 from model.save, or .keras)
  --output_file PATH        the .tflite to write (atomically; nothing is written on error)
  --float16                 write the float16 variant (weights as float16 + DEQUANTIZE), as the
                            TFLite converter does with supported_types=[tf.float16]
  --both                    write float32 to --output_file and float16 beside it (.float16.tflite)
  --quantize MODE           dynamic: int8 weights, float activations (optimizations=[DEFAULT]);
                            int8: full-integer, calibrated on --representative_dataset;
                            float16: the same as --float16
  --representative_dataset PATH  calibration data for int8: any dataset evaluate reads (.npz/.npy,
                            IDX, CSV, image folder), preprocessed with --x-key --scale --offset
                            --mean --std as for evaluate
  --representative_samples N  calibration samples (default 200, a seeded random subset)
  --inference_type T        int8 or uint8: the int8 model's own inputs/outputs are integer
                            (default float32: QUANTIZE/DEQUANTIZE at the ends)
  --batch_size N            batch size of the inputs (default 1)
  --dynamic_batch           mark the batch dimension as dynamic (-1 in shape signatures)
  --sequence_length N       fix variable-length (None) input dimensions to N
  --help                    this text

Exit codes: 0 converted, 2 bad input (unreadable or unsupported model, bad flags), 3 internal error.

Supported Keras layers (models nested in models are opened up):
${wrap(supportedLayers().layers, 110)}
${supportedLayers().operations.length ? `Supported Keras 3 operations (keras.ops calls recorded in functional models):
${wrap(supportedLayers().operations, 110)}
` : ''}`;

function histogram(graph: Graph): string {
  const counts = new Map<string, number>();
  for (const op of graph.ops) counts.set(op.type, (counts.get(op.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([t, n]) => `${t} ${n}`).join(', ');
}

/** `convert model.h5`: the tutorial's flags are meant. */
const positionalHint = (arg: string) =>
  /\.tflite$/i.test(arg) ? `Name the output with --output_file=${arg}.` : `Name the model with --keras_model_file=${arg} (and the result with --output_file=OUT.tflite).`;

async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(argv, {
    'keras-model-file': { type: 'string' },
    'output-file': { type: 'string' },
    float16: { type: 'boolean' },
    both: { type: 'boolean' },
    'batch-size': { type: 'string' },
    'dynamic-batch': { type: 'boolean' },
    'sequence-length': { type: 'string' },
    ...QUANTIZE_FLAGS,
  }, false, { command: 'convert', style: 'snake', positionalHint });
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const input = text(values['keras-model-file']);
  const output = text(values['output-file']);
  if (!input) throw new GateError('usage', '--keras_model_file is required', {}, 'Run `tflite-gate convert --help`.');
  if (!output) throw new GateError('usage', '--output_file is required', {}, 'Run `tflite-gate convert --help`.');
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(io.cwd, p));
  const { variants, int8 } = quantizeSettings(values as Record<string, string | boolean | undefined>, abs);
  const started = performance.now();
  const sequenceLength = intFlag(text(values['sequence-length']), 'sequence_length', 0);
  const result = await convertFile(abs(input), {
    outputFile: abs(output),
    variants,
    batchSize: intFlag(text(values['batch-size']), 'batch_size', 1),
    dynamicBatch: Boolean(values['dynamic-batch']),
    ...(sequenceLength ? { sequenceLength } : {}),
    ...(int8 ? { int8 } : {}),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  for (const v of result.variants) {
    io.stdout(`${v.path}: ${v.variant}, ${v.graph.ops.length} ops (${histogram(v.graph)}), ${thousands(v.bytes)} bytes, ${seconds} s\n`);
    for (const line of quantizeSummary(v)) io.stdout(`${line}\n`);
  }
  if (result.createdDir) io.stdout(`created the folder ${result.createdDir}\n`);
  for (const note of result.notes) io.stdout(`note: ${note}\n`);
  return 0;
}

export const convertCommand: Command = {
  name: 'convert',
  summary: 'Convert a Keras .h5/.keras model to .tflite (float32, float16, dynamic-range or full int8)',
  usage,
  run,
};

/** 53776 -> "53,776", without the locale library (its first use costs ~10 ms; output must not vary by locale). */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
