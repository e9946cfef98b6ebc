import { writeFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { optionsHelp, readFlags } from '../flags.js';
import type { CliIO, Command } from '../command.js';
import { dataOptions } from '../../config/data-options.js';
import { GateError } from '../../errors.js';
import { evaluateModel, type EvaluateProgress } from '../../pipeline/evaluate.js';
import type { ModelEvaluation } from '../../results/types.js';
import { renderEvaluation } from '../../report/evaluation-text.js';

const usage = () => `
Usage: tflite-gate evaluate --model M.h5|M.keras|M.tflite --dataset D [options]

Run each .tflite variant of a model in the TFLite runtime (LiteRT.js, WebAssembly) on a test dataset:
accuracy, agreement with float32, latency, size, MACs and memory. Keras files are converted first.

${optionsHelp('evaluate')}

Exit codes: 0 evaluated, 2 bad input (model, dataset or flags), 3 internal error.
`;

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

async function run(argv: string[], io: CliIO): Promise<number> {
  const flags = readFlags('evaluate', argv, { positionalHint: (arg) => `Name the model with --model ${arg} (and the test set with --dataset PATH).` });
  const models = flags.values('model');
  if (!models.length) throw new GateError('usage', '--model is required', {}, 'Run `tflite-gate evaluate --help`.');
  if (models.length > 1) throw new GateError('usage', `--model is given ${models.length} times; evaluate takes one model`, {}, 'Give --model once.');
  const model = models[0]!;
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(io.cwd, p));
  const data = dataOptions((id) => (flags.given(id) ? flags.value(id) : undefined));
  const dataset = flags.value('dataset');
  const json = flags.value('json');
  const outputDir = flags.value('output-dir');
  const sequenceLength = flags.value('sequence-length');
  const workers = flags.value('workers');
  const representative = flags.value('representative-dataset');
  if (json) await refuseOverwrite(abs(json), [['--model', abs(model)], ...(dataset ? [['--dataset', abs(dataset)] as [string, string]] : [])]);
  const progress = io.isTTY && !flags.value('quiet') ? progressBar(io) : undefined;
  let evaluation: ModelEvaluation;
  try {
    evaluation = await evaluateModel({
      model,
      modelPath: abs(model),
      ...(dataset ? { dataset: abs(dataset), datasetName: dataset } : {}),
      data,
      variants: flags.value('variants'),
      latencyRuns: flags.value('latency-runs'),
      ...(workers ? { workers } : {}),
      ...(outputDir ? { outputDir: abs(outputDir) } : {}),
      ...(sequenceLength ? { sequenceLength } : {}),
      ...(flags.value('reference') ? { reference: true } : {}),
      int8: {
        ...(representative ? { dataset: abs(representative), datasetName: representative } : {}),
        ...(flags.given('representative-samples') ? { samples: flags.value('representative-samples') } : {}),
      },
      onProgress: progress?.update,
    });
  } finally {
    progress?.clear();
  }
  io.stdout(renderEvaluation(evaluation, { perClass: flags.value('per-class') }));
  if (json) await writeJson(abs(json), evaluation);
  return 0;
}

export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: 'Run a model\'s .tflite variants in LiteRT.js on a dataset: accuracy, latency, size, MACs, memory',
  get usage() {
    return usage();
  },
  run,
};
