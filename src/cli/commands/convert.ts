import { progressReporter } from '../../report/progress.js';
import { optionsHelp, readFlags } from '../flags.js';
import { readLimits } from '../../config/limits.js';
import type { CliIO, Command } from '../command.js';
import { GateError } from '../../errors.js';
import { descriptorOf, isSpecialTarget } from '../../util/write-file.js';
import type { Graph } from '../../graph/ir.js';
import { supportedClassNames } from '../../convert/index.js';
import { convertFile, type ConvertStep } from '../../pipeline/convert.js';
import { quantizeSettings, quantizeSummary } from './convert-quantize.js';
import { bytes } from '../../report/format.js';
import { renderConvert, type ConvertSummary } from '../../report/convert-text.js';
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

/** The help text; the ONNX reader and converter (the opsets and operators it lists) are loaded only for it. */
async function usage(): Promise<string> {
  const { MAX_OPSET, MIN_OPSET } = await import('../../onnx/read.js');
  const { supportedOnnxOps } = await import('../../onnx/convert/registry.js');
  return `
Usage: tflite-gate convert --model-file IN.h5|IN.keras|IN.onnx --output-file OUT.tflite [options]

Convert a Keras or ONNX model to TensorFlow Lite, in TypeScript (no Python, no TensorFlow). The tutorial's
tflite_convert spelling works as it is: --keras_model_file=IN.h5 --output_file=OUT.tflite.

${optionsHelp('convert')}

Exit codes: 0 converted, 2 bad input (unreadable or unsupported model, bad flags), 3 internal error.

Supported Keras layers (models nested in models are opened up):
${wrap(supportedLayers().layers, 110)}
${supportedLayers().operations.length ? `Supported Keras 3 operations (keras.ops calls recorded in functional models):
${wrap(supportedLayers().operations, 110)}
` : ''}Supported ONNX operators (opsets ${MIN_OPSET} to ${MAX_OPSET}):
${wrap(supportedOnnxOps(), 110)}
`;
}

/** Operator counts of every subgraph (a WHILE loop's condition and body too), most used first (ties by name). */
function histogram(graph: Graph): Record<string, number> {
  const counts = new Map<string, number>();
  for (const op of [graph, ...(graph.subgraphs ?? [])].flatMap((g) => g.ops)) counts.set(op.type, (counts.get(op.type) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** `convert model.h5`: the tutorial's flags are meant. */
const positionalHint = (arg: string) =>
  /\.tflite$/i.test(arg) ? `Name the output with --output-file ${arg}.` : `Name the model with --model-file ${arg} (and the result with --output-file OUT.tflite).`;

/** Files at least this large show their conversion steps on stderr (a status line on a terminal). */
const LARGE_MODEL_BYTES = 32 * 1024 * 1024;

function convertProgress(io: CliIO, input: string): { onProgress: (step: ConvertStep) => void; clear: () => void } {
  let large = false;
  let drawn = false;
  const show = (text: string) => {
    drawn = io.isTTY;
    io.stderr(io.isTTY ? `\r\x1b[2K${text}` : `${text}\n`);
  };
  // calibration and the per-layer error run samples: a bar on a terminal, a line every few seconds in a log
  const samples = progressReporter({ isTTY: io.isTTY, write: io.stderr, units: { calibrating: 'samples', 'per-layer error': 'samples' } });
  const clear = () => {
    samples.clear();
    if (drawn) io.stderr('\r\x1b[2K');
  };
  return { clear, onProgress: (s) => {
    if (s.step === 'calibrate' || s.step === 'layer-errors') return samples.update({ stage: s.step === 'calibrate' ? 'calibrating' : 'per-layer error', done: s.done, total: s.total });
    if (s.step === 'read') large = s.bytes >= LARGE_MODEL_BYTES;
    if (!large) return;
    if (s.step === 'read') show(`reading ${input} (${bytes(s.bytes)})`);
    else if (s.step === 'convert') show(`converting ${s.layers} layers`);
    else if (s.step === 'write') show(`writing the ${s.variant} variant`);
  } };
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const flags = readFlags('convert', argv, { style: 'snake', positionalHint });
  const input = flags.value('model-file') ?? flags.value('keras-model-file');
  const output = flags.value('output-file');
  if (!input) throw new GateError('usage', `${flags.label('model-file')} is required`, {}, 'Run `tflite-gate convert --help`.');
  if (!output) throw new GateError('usage', `${flags.label('output-file')} is required`, {}, 'Run `tflite-gate convert --help`.');
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(io.cwd, p));
  const { variants, int8 } = quantizeSettings(flags, abs);
  const started = performance.now();
  const sequenceLength = flags.value('sequence-length');
  const toStdout = descriptorOf(output) === 1; // the model itself goes to standard output: the summary to stderr
  const progress = flags.value('quiet') ? undefined : convertProgress(io, input);
  const result = await convertFile(abs(input), {
    name: input,
    outputFile: isSpecialTarget(output) ? output : abs(output),
    variants,
    batchSize: flags.value('input-batch-size'),
    dynamicBatch: Boolean(flags.value('dynamic-batch')),
    nhwc: Boolean(flags.value('nhwc')),
    ...(sequenceLength ? { sequenceLength } : {}),
    ...(flags.value('unroll') ? { recurrentForm: 'unrolled' as const } : {}),
    limits: readLimits((id) => flags.value(id)!),
    ...(progress ? { onProgress: progress.onProgress } : {}),
    ...(int8 ? { int8 } : {}),
  }).finally(() => progress?.clear());
  const seconds = Number(((performance.now() - started) / 1000).toFixed(2));
  const summary: ConvertSummary = {
    variants: result.variants.map((v) => {
      const quantization = quantizeSummary(v);
      return { variant: v.variant, path: v.path, bytes: v.bytes, operators: histogram(v.graph), seconds, ...(quantization.length ? { quantization } : {}) };
    }),
    notes: result.notes,
    ...(result.createdDir ? { createdDir: result.createdDir } : {}),
  };
  const say = toStdout ? io.stderr : io.stdout;
  if (flags.value('json-stdout')) say(`${JSON.stringify(summary, null, 2)}\n`);
  else say(renderConvert(summary, Boolean(flags.value('quiet'))));
  return 0;
}

export const convertCommand: Command = {
  usage,
  run,
};
