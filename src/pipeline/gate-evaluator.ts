/**
 * The gate's ModelEvaluator on the real runtime: evaluateModel (LiteRT.js) for each version, and
 * interleaved base/head latency runs of the same variants for the ratio and its confidence interval.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compareLatency } from '../metrics/latency.js';
import { measureInterleaved } from '../runtime/latency.js';
import { GateError } from '../errors.js';
import { noSourceNote } from '../report/source.js';
import { probeOnnx } from '../onnx/index.js';
import { evaluateWithOutputs, type EvaluatedModel, type EvaluateOptions, type EvaluateProgress, type EvaluateStage } from './evaluate.js';
import { pairPredictions, topPredictions, type Predictions } from './gate-predictions.js';
import type { ModelSettings } from '../config/types.js';
import type { EvaluateInput, ModelEvaluator } from './gate.js';
import type { LatencyComparison, ModelEvaluation } from '../results/types.js';

const DEFAULT_RUNS = 100;

function variantFiles(e: ModelEvaluation): Map<string, string> {
  return new Map(e.variants.flatMap((v) => (v.tflitePath ? [[v.variant, v.tflitePath] as [string, string]] : [])));
}

/** The dataset keys in the data module's terms; a given y key must then exist. */
function dataKeys({ dataKeys: keys }: ModelSettings) {
  return { ...(keys?.x ? { xKeys: keys.x } : {}), ...(keys?.y ? { yKey: keys.y, yKeyExplicit: true } : {}) };
}

/**
 * evaluateModel, with the source reference when asked; a model tfjs cannot run (an 'unsupported' error
 * raised while the reference runs) is evaluated again without it and gets a note: it must not fail the gate.
 */
async function evaluateWithReference(options: EvaluateOptions): Promise<EvaluatedModel> {
  if (!options.reference) return evaluateWithOutputs(options);
  let stage: EvaluateStage | undefined;
  const onProgress: EvaluateOptions['onProgress'] = (progress) => {
    stage = progress.stage;
    options.onProgress?.(progress);
  };
  try {
    return await evaluateWithOutputs({ ...options, onProgress });
  } catch (error) {
    if (!(error instanceof GateError) || error.kind !== 'unsupported' || stage !== 'reference') throw error;
    const evaluated = await evaluateWithOutputs({ ...options, reference: false });
    return { ...evaluated, evaluation: { ...evaluated.evaluation, notes: [...evaluated.evaluation.notes, noSourceNote(options.bytes && probeOnnx(options.bytes) ? 'ONNX' : 'Keras', error.message)] } };
  }
}

/** Progress of one model's evaluation in the gate: which model (and ref) it is, and the evaluation's step. */
export type GateProgress = (model: string, progress: EvaluateProgress) => void;

export function liteRtEvaluator(onProgress?: GateProgress): ModelEvaluator {
  const done = new WeakMap<EvaluateInput, ModelEvaluation>();
  const predicted = new WeakMap<EvaluateInput, Predictions>();
  const scratch = mkdtempSync(join(tmpdir(), 'tflite-gate-base-'));
  process.once('exit', () => rmSync(scratch, { recursive: true, force: true }));
  return {
    async evaluate(input) {
      const { settings } = input;
      const outputDir = input.outputDir ? join(input.outputDir, 'tflite', dirname(input.model)) : join(scratch, `${input.ref}`.replace(/\W+/g, '-'), dirname(input.model));
      const evaluated = await evaluateWithReference({
        model: input.model,
        bytes: input.bytes,
        ref: input.ref,
        dataset: input.datasetPath,
        datasetName: settings.dataset,
        data: { ...settings.preprocessing, ...dataKeys(settings), ...(settings.seed !== undefined ? { seed: settings.seed } : {}), root: input.workspace },
        limits: input.limits,
        variants: input.variants,
        samples: settings.samples,
        latencyRuns: input.latencyRuns,
        sequenceLength: settings.sequenceLength,
        ...(settings.nhwc ? { nhwc: true } : {}),
        ...(input.externalFiles ? { externalFiles: input.externalFiles } : {}),
        reference: settings.reference ?? false,
        ...(input.representativeDatasetPath ? { int8: { dataset: input.representativeDatasetPath, datasetName: settings.representativeDataset } } : {}),
        outputDir,
        ...(onProgress ? { onProgress: (p: EvaluateProgress) => onProgress(`${input.model} (${input.ref})`, p) } : {}),
      });
      const { evaluation } = evaluated;
      done.set(input, evaluation);
      predicted.set(input, topPredictions(evaluated));
      // the dataset as the user named it (repository-relative), not the checkout's absolute path
      const named = settings.dataset ? { ...evaluation, dataset: settings.dataset } : evaluation;
      if (input.outputDir) return named;
      // base versions are scratch files: keep their paths out of the report
      return { ...named, variants: named.variants.map(({ tflitePath: _, ...v }) => v) };
    },
    async comparePredictions(base, head) {
      const [a, b] = [predicted.get(base), predicted.get(head)];
      return a && b ? pairPredictions(a, b) : [];
    },
    async compareLatency(base, head) {
      const a = done.get(base);
      const b = done.get(head);
      if (!a || !b) return [];
      const baseFiles = variantFiles(a);
      const out: LatencyComparison[] = [];
      for (const [variant, headPath] of variantFiles(b)) {
        const basePath = baseFiles.get(variant);
        if (!basePath) continue;
        const runs = head.latencyRuns ?? DEFAULT_RUNS;
        const timings = await measureInterleaved(
          { bytes: readFileSync(basePath), file: base.model },
          { bytes: readFileSync(headPath), file: head.model },
          { runs, warmup: Math.min(10, runs) },
        );
        out.push(compareLatency(b.variants.find((v) => v.variant === variant)!.variant, timings.base.runsMs, timings.head.runsMs));
      }
      return out;
    },
  };
}
