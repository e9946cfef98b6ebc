import { writeFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { intFlag, parseFlags } from '../args.js';
import type { CliIO, Command } from '../command.js';
import { DATA_OPTION_NAMES, parseDataOptions } from '../../data/options.js';
import { GateError } from '../../errors.js';
import { evaluateModel, type EvaluateProgress } from '../../pipeline/evaluate.js';
import { describeSource } from '../../pipeline/reference.js';
import type { ModelEvaluation, VariantName, VariantResult } from '../../pipeline/types.js';
import { bytes, count, ms, percent } from '../../report/format.js';
import { quantizationLines } from '../../report/quantization.js';

const usage = `
Usage: tflite-gate evaluate --model M.h5|M.keras|M.tflite --dataset D [options]

Run each .tflite variant of a model in the TFLite runtime (LiteRT.js, WebAssembly) on a test dataset:
accuracy, agreement with float32, latency, size, MACs and memory. Keras files are converted first.

Options (snake_case or kebab-case):
  --model PATH          the model (.h5, .keras or .tflite)
  --dataset PATH        .npz/.npy, IDX file, CSV, or a folder of class sub-folders with images
  --variants LIST       float32,float16,dynamic,int8 (default float32,float16; a .tflite file is
                        evaluated as it is). int8 is calibrated on --representative-dataset, or else
                        on 200 seeded test samples that are then left out of every figure
  --representative-dataset PATH  int8 calibration data (any dataset format; same preprocessing flags)
  --representative-samples N     int8 calibration samples (default 200)
  --samples N           evaluate at most N samples (the first N, or a random subset with --seed)
  --seed N              seed of the random subset
  --latency-runs N      timed single-thread runs per variant (default 100; 0 skips latency)
  --workers N           worker threads for the dataset (default: cores, at most 4; none for small work)
  --json PATH           write the full evaluation as JSON
  --output-dir DIR      write each variant's .tflite there
  --sequence-length N   fix variable-length sequence inputs to N (recurrent models)
  --reference           also run the original Keras model (tfjs-layers): its accuracy and the conversion loss
  --x-key K[,K2]        .npz keys of the inputs (default x); --y-key K: labels (default y)
  --scale S --offset O  input' = input * S + O (e.g. --scale 1/255)
  --mean M[,..] --std S[,..]  then (input' - mean) / std, per channel
  --label-column C      CSV label column (name or 0-based index; default the last)
  --help                this text

Exit codes: 0 evaluated, 2 bad input (model, dataset or flags), 3 internal error.
`;

const VARIANTS: readonly VariantName[] = ['float32', 'float16', 'dynamic', 'int8'];

function parseVariants(text: string | undefined): VariantName[] {
  if (text === undefined) return ['float32', 'float16'];
  const list = text.split(',').map((v) => v.trim());
  const bad = list.filter((v) => !VARIANTS.includes(v as VariantName));
  if (bad.length || list.length === 0) throw new GateError('usage', `--variants takes ${VARIANTS.join(', ')}; got "${text}"`);
  return [...new Set(list)] as VariantName[];
}

type Row = [string, (v: VariantResult) => string];
const dash = '–';
const num = (x: number | undefined, f: (x: number) => string) => (x === undefined || Number.isNaN(x) ? dash : f(x));

const ROWS: Row[] = [
  ['size', (v) => bytes(v.size.fileBytes)],
  ['size (gzip)', (v) => bytes(v.size.gzipBytes)],
  ['params', (v) => num(v.size.params, count)],
  ['accuracy (top-1)', (v) => num(v.classification?.top1, percent)],
  ['top-5', (v) => num(v.classification?.top5, percent)],
  ['MAE', (v) => num(v.regression?.mae, (x) => x.toPrecision(4))],
  ['RMSE', (v) => num(v.regression?.rmse, (x) => x.toPrecision(4))],
  ['max |error|', (v) => num(v.regression?.maxAbsError, (x) => x.toPrecision(4))],
  ['agreement vs float32', (v) => (v.vsFloat32?.agreement === undefined ? dash : `${percent(v.vsFloat32.agreement)} (${v.vsFloat32.flipped} flipped)`)],
  ['max |diff| vs float32', (v) => num(v.vsFloat32?.maxAbsDiff, (x) => x.toExponential(2))],
  ['latency p50', (v) => num(v.latency?.p50Ms, ms)],
  ['latency p90', (v) => num(v.latency?.p90Ms, ms)],
  ['init', (v) => num(v.latency?.initMs, ms)],
  ['MACs', (v) => num(v.macs, count)],
  ['arena', (v) => num(v.arenaBytes, bytes)],
];

/** Variants as columns; rows that say nothing for any variant are left out. */
export function renderTable(evaluation: ModelEvaluation): string {
  const rows = ROWS.map(([label, cell]) => [label, ...evaluation.variants.map(cell)]).filter((r) => r.slice(1).some((c) => c !== dash));
  const header = ['', ...evaluation.variants.map((v) => v.variant)];
  const table = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const head = [`${evaluation.model} (${evaluation.ref}) on ${evaluation.dataset ?? 'no dataset'}`, `runtime: ${evaluation.runtime}`];
  const rss = evaluation.peakRssBytes ? [`peak RSS: ${bytes(evaluation.peakRssBytes)}`] : [];
  const notes = [...evaluation.notes.map((n) => `note: ${n}`), ...quantizationLines(evaluation).map((l) => `quantization: ${l}`)];
  return [...head, '', line(header), rule, ...rows.map(line), '', ...rss, ...notes].join('\n') + '\n';
}

/** A one-line progress bar on stderr, redrawn at most every 100 ms. */
function progressBar(io: CliIO): { update: (p: EvaluateProgress) => void; clear: () => void } {
  let last = 0;
  let drawn = false;
  const update = (p: EvaluateProgress) => {
    const now = performance.now();
    if (p.done !== undefined && p.done !== p.total && now - last < 100) return;
    last = now;
    const label = [p.stage, p.variant].filter(Boolean).join(' ');
    const fraction = p.total ? (p.done ?? 0) / p.total : 0;
    const bar = p.total ? ` [${'#'.repeat(Math.round(fraction * 30)).padEnd(30, '.')}] ${p.done}/${p.total}` : '';
    io.stderr(`\r\x1b[2K${label}${bar}`);
    drawn = true;
  };
  return { update, clear: () => drawn && io.stderr('\r\x1b[2K') };
}

async function writeJson(path: string, evaluation: ModelEvaluation): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, JSON.stringify(evaluation, null, 2) + '\n');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new GateError('usage', `cannot write the JSON result (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file: path });
  }
}

/** --json goes into an existing folder and must not name the model or the dataset (same file after links). */
async function refuseOverwrite(json: string, inputs: [string, string][]): Promise<void> {
  const folder = await stat(dirname(json)).catch(() => undefined);
  if (!folder?.isDirectory()) {
    throw new GateError('usage', `the folder ${dirname(json)} does not exist`, { file: json }, 'Create the folder first, or choose another --json path.');
  }
  const target = await stat(json).catch(() => undefined);
  if (!target) return;
  for (const [flag, path] of inputs) {
    const source = await stat(path).catch(() => undefined);
    if (source && source.dev === target.dev && source.ino === target.ino) {
      throw new GateError('usage', `--json names the ${flag.slice(2)} file; writing the JSON result would overwrite it`, { file: json }, 'Choose another --json path, e.g. evaluation.json.');
    }
  }
}

const DATA_FLAGS = Object.fromEntries(DATA_OPTION_NAMES.map((name) => [name, { type: 'string' as const }]));

async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(argv, {
    model: { type: 'string' },
    dataset: { type: 'string' },
    variants: { type: 'string' },
    'latency-runs': { type: 'string' },
    workers: { type: 'string' },
    json: { type: 'string' },
    'output-dir': { type: 'string' },
    'sequence-length': { type: 'string' },
    reference: { type: 'boolean' },
    'representative-dataset': { type: 'string' },
    'representative-samples': { type: 'string' },
    ...DATA_FLAGS,
  }, false, { command: 'evaluate', positionalHint: (arg) => `Name the model with --model=${arg} (and the test set with --dataset=PATH).` });
  const v = values as Record<string, string | undefined>;
  if (!v.model) throw new GateError('usage', '--model is required', {}, 'Run `tflite-gate evaluate --help`.');
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(io.cwd, p));
  const data = parseDataOptions(Object.fromEntries(DATA_OPTION_NAMES.map((n) => [n, v[n]])));
  const sequenceLength = v['sequence-length'] === undefined ? undefined : intFlag(v['sequence-length'], 'sequence-length', 0);
  if (v.json) await refuseOverwrite(abs(v.json), [['--model', abs(v.model)], ...(v.dataset ? [['--dataset', abs(v.dataset)] as [string, string]] : [])]);
  const progress = io.isTTY ? progressBar(io) : undefined;
  let evaluation: ModelEvaluation;
  try {
    evaluation = await evaluateModel({
      model: v.model,
      modelPath: abs(v.model),
      ...(v.dataset ? { dataset: abs(v.dataset), datasetName: v.dataset } : {}),
      data,
      variants: parseVariants(v.variants),
      latencyRuns: intFlag(v['latency-runs'], 'latency-runs', 100, 0),
      ...(v.workers ? { workers: intFlag(v.workers, 'workers', 1) } : {}),
      ...(v['output-dir'] ? { outputDir: abs(v['output-dir']) } : {}),
      ...(sequenceLength ? { sequenceLength } : {}),
      ...(values.reference ? { reference: true } : {}),
      int8: {
        ...(v['representative-dataset'] ? { dataset: abs(v['representative-dataset']), datasetName: v['representative-dataset'] } : {}),
        ...(v['representative-samples'] ? { samples: intFlag(v['representative-samples'], 'representative-samples', 1) } : {}),
      },
      onProgress: progress?.update,
    });
  } finally {
    progress?.clear();
  }
  io.stdout(renderTable(evaluation));
  const source = describeSource(evaluation);
  if (source.length) io.stdout(source.join('\n') + '\n');
  if (v.json) await writeJson(abs(v.json), evaluation);
  return 0;
}

export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: 'Run a model\'s .tflite variants in LiteRT.js on a dataset: accuracy, latency, size, MACs, memory',
  usage,
  run,
};
