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
import { NO_SOURCE_NOTE } from '../report/source.js';
import { evaluateModel, type EvaluateOptions, type EvaluateStage } from './evaluate.js';
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
export async function evaluateWithReference(options: EvaluateOptions): Promise<ModelEvaluation> {
  if (!options.reference) return evaluateModel(options);
  let stage: EvaluateStage | undefined;
  const onProgress: EvaluateOptions['onProgress'] = (progress) => {
    stage = progress.stage;
    options.onProgress?.(progress);
  };
  try {
    return await evaluateModel({ ...options, onProgress });
  } catch (error) {
    if (!(error instanceof GateError) || error.kind !== 'unsupported' || stage !== 'reference') throw error;
    const evaluation = await evaluateModel({ ...options, reference: false });
    return { ...evaluation, notes: [...evaluation.notes, `${NO_SOURCE_NOTE}${error.message}`] };
  }
}

export function liteRtEvaluator(): ModelEvaluator {
  const done = new WeakMap<EvaluateInput, ModelEvaluation>();
  const scratch = mkdtempSync(join(tmpdir(), 'tflite-gate-base-'));
  process.once('exit', () => rmSync(scratch, { recursive: true, force: true }));
  return {
    async evaluate(input) {
      const { settings } = input;
      const outputDir = input.outputDir ? join(input.outputDir, 'tflite', dirname(input.model)) : join(scratch, `${input.ref}`.replace(/\W+/g, '-'), dirname(input.model));
      const evaluation = await evaluateWithReference({
        model: input.model,
        bytes: input.bytes,
        ref: input.ref,
        dataset: input.datasetPath,
        datasetName: settings.dataset,
        data: { ...settings.preprocessing, ...dataKeys(settings), ...(settings.seed !== undefined ? { seed: settings.seed } : {}) },
        variants: input.variants,
        samples: settings.samples,
        latencyRuns: input.latencyRuns,
        sequenceLength: settings.sequenceLength,
        reference: settings.reference ?? false,
        ...(input.representativeDatasetPath ? { int8: { dataset: input.representativeDatasetPath, datasetName: settings.representativeDataset } } : {}),
        outputDir,
      });
      done.set(input, evaluation);
      // the dataset as the user named it (repository-relative), not the checkout's absolute path
      const named = settings.dataset ? { ...evaluation, dataset: settings.dataset } : evaluation;
      if (input.outputDir) return named;
      // base versions are scratch files: keep their paths out of the report
      return { ...named, variants: named.variants.map(({ tflitePath: _, ...v }) => v) };
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
