import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { optionsHelp, readFlags, type Flags } from '../flags.js';
import { readLimits } from '../../config/limits.js';
import { progressReporter } from '../../report/progress.js';
import type { CliIO, Command } from '../command.js';
import { dataOptions } from '../../config/data-options.js';
import { GateError } from '../../errors.js';
import { checkWritable, descriptorOf, isSpecialTarget, writeOutputFile } from '../../util/write-file.js';
import { evaluateModel, STAGE_UNITS, type EvaluateProgress } from '../../pipeline/evaluate.js';
import type { ModelEvaluation, ModelPairComparison } from '../../results/types.js';
import { compareModels, type CompareOptions } from '../../pipeline/compare.js';
import { renderComparison } from '../../report/compare-text.js';
import { renderEvaluation } from '../../report/evaluation-text.js';

const usage = () => `
Usage: tflite-gate evaluate --model M.h5|M.keras|M.onnx|M.tflite --dataset D [options]

Run each .tflite variant of a model in the TFLite runtime (LiteRT.js, WebAssembly) on a test dataset:
accuracy, agreement with float32, the classes losing most accuracy, latency, size, MACs and memory. Keras
files are converted first.

With --model twice (e.g. --model test.tflite --model test16.tflite), runs the two models on the same
samples: each one's numbers side by side, then B against A: agreement, flipped predictions, the accuracy
change and whether it is within sampling noise, and the classes losing and gaining most.

${optionsHelp('evaluate')}

Exit codes: 0 evaluated, 2 bad input (model, dataset or flags), 3 internal error.
`;

function writeJson(path: string, result: ModelEvaluation | ModelPairComparison): void {
  writeOutputFile(path, JSON.stringify(result, null, 2) + '\n', { mode: 'follow', what: 'the JSON result' });
}

/** --json must be writable (missing folders are created) and must not name the model or the dataset (same file after links); `-` and devices are written through. */
async function refuseOverwrite(json: string, inputs: [string, string][]): Promise<void> {
  if (isSpecialTarget(json)) return;
  checkWritable(json, 'file', { mode: 'follow', what: 'the JSON result', hint: 'Choose another --json path.' });
  const target = await stat(json).catch(() => undefined);
  if (!target) return;
  for (const [flag, path] of inputs) {
    const source = await stat(path).catch(() => undefined);
    if (source && source.dev === target.dev && source.ino === target.ino) {
      throw new GateError('usage', `--json names the ${flag.slice(2)} file; writing the JSON result would overwrite it`, { file: json }, 'Choose another --json path, e.g. evaluation.json.');
    }
  }
}

/** What evaluate runs, from the flags: one model, or two compared. */
function common(flags: Flags, io: CliIO) {
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(io.cwd, p));
  const dataset = flags.value('dataset');
  const outputDir = flags.value('output-dir');
  const sequenceLength = flags.value('sequence-length');
  const nhwc = Boolean(flags.value('nhwc'));
  const workers = flags.value('workers');
  const representative = flags.value('representative-dataset');
  return {
    ...(dataset ? { dataset: abs(dataset), datasetName: dataset } : {}),
    data: dataOptions((id) => (flags.given(id) ? flags.value(id) : undefined)),
    latencyRuns: flags.value('latency-runs'),
    ...(workers ? { workers } : {}),
    ...(outputDir ? { outputDir: abs(outputDir) } : {}),
    ...(sequenceLength ? { sequenceLength } : {}),
    ...(nhwc ? { nhwc } : {}),
    ...(flags.value('reference') ? { reference: true } : {}),
    int8: {
      ...(representative ? { dataset: abs(representative), datasetName: representative } : {}),
      ...(flags.given('representative-samples') ? { samples: flags.value('representative-samples') } : {}),
    },
    limits: readLimits((id) => flags.value(id)!),
  };
}

/** Run `work` with a progress display on stderr (a bar on a terminal, lines every few seconds otherwise). */
async function withProgress<T>(flags: Flags, io: CliIO, work: (onProgress?: (p: EvaluateProgress) => void) => Promise<T>): Promise<T> {
  const reporter = flags.value('quiet') ? undefined : progressReporter({ isTTY: io.isTTY, write: io.stderr, units: STAGE_UNITS });
  const progress = reporter && ((p: EvaluateProgress) => reporter.update({ stage: p.stage, item: p.variant, done: p.done, total: p.total }));
  try {
    return await work(progress);
  } finally {
    reporter?.clear();
  }
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const flags = readFlags('evaluate', argv, { positionalHint: (arg) => `Name the model with --model ${arg} (and the test set with --dataset PATH).` });
  const models = flags.values('model');
  if (!models.length) throw new GateError('usage', '--model is required', {}, 'Run `tflite-gate evaluate --help`.');
  if (models.length > 2) throw new GateError('usage', `--model is given ${models.length} times; evaluate takes one model, or two to compare`, {}, 'Give --model once or twice.');
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(io.cwd, p));
  const named = flags.value('json');
  const json = named && (isSpecialTarget(named) ? named : abs(named)); // `-` and devices as they are
  const say = json && descriptorOf(json) === 1 ? io.stderr : io.stdout; // the JSON goes to standard output
  const dataset = flags.value('dataset');
  if (json) await refuseOverwrite(json, [...models.map((m) => ['--model', abs(m)] as [string, string]), ...(dataset ? [['--dataset', abs(dataset)] as [string, string]] : [])]);
  const perClass = flags.value('per-class');
  let result: ModelEvaluation | ModelPairComparison;
  if (models.length === 2) {
    const pair = models.map((m) => ({ model: m, path: abs(m) })) as CompareOptions['models'];
    const comparison = await withProgress(flags, io, (onProgress) => compareModels({ ...common(flags, io), models: pair, onProgress }));
    say(renderComparison(comparison, { perClass }));
    result = comparison;
  } else {
    const model = models[0]!;
    const evaluation = await withProgress(flags, io, (onProgress) => evaluateModel({ ...common(flags, io), model, modelPath: abs(model), variants: flags.value('variants'), onProgress }));
    say(renderEvaluation(evaluation, { perClass }));
    result = evaluation;
  }
  if (json) writeJson(json, result);
  return 0;
}

export const evaluateCommand: Command = {
  usage,
  run,
};
