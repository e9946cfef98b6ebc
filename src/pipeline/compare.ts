/**
 * Two model files on one dataset (`evaluate --model A --model B`, the tutorial's "load and run the two
 * models"): each is evaluated as the one variant it is (a Keras file as its float32 conversion), then B's
 * predictions are compared with A's sample by sample.
 */
import { GateError } from '../errors.js';
import { isTflite } from '../tflite/probe.js';
import type { ModelPairComparison } from '../results/types.js';
import { agreementWithFloat32 } from './evaluate-metrics.js';
import { tfliteVariant } from './evaluate-variants.js';
import { evaluateWithOutputs, type EvaluatedModel, type EvaluateOptions } from './evaluate.js';
import { readModelFile } from './model-file.js';

export interface CompareOptions extends Omit<EvaluateOptions, 'model' | 'modelPath' | 'bytes' | 'variants'> {
  /** The two models: as the user named them, and where to read them (default: the name). */
  models: [{ model: string; path?: string }, { model: string; path?: string }];
}

async function evaluateOne(options: CompareOptions, which: 0 | 1): Promise<EvaluatedModel> {
  const { model, path } = options.models[which];
  const bytes = await readModelFile(path ?? model, model, '--model', options.limits);
  const variants = isTflite(bytes) ? [tfliteVariant(bytes, model)] : ['float32' as const];
  const { models: _, ...rest } = options;
  return evaluateWithOutputs({ ...rest, model, bytes, variants });
}

export async function compareModels(options: CompareOptions): Promise<ModelPairComparison> {
  if (options.models[0].model === options.models[1].model) throw new GateError('usage', 'both --model flags name the same file', { file: options.models[0].model }, 'Give two different models to compare.');
  const [a, b] = [await evaluateOne(options, 0), await evaluateOne(options, 1)];
  const notes: string[] = [];
  const [aOut, bOut] = [a.outputs[0], b.outputs[0]];
  let bVsA: ModelPairComparison['bVsA'];
  if (aOut && bOut) {
    const sizes = (o: typeof aOut) => o.map((block) => block.data.length).join(',');
    if (sizes(aOut) === sizes(bOut)) bVsA = agreementWithFloat32(bOut, aOut, a.labels);
    else notes.push(`the two models' outputs differ in size (${sizes(aOut)} vs ${sizes(bOut)} values): they are not compared sample by sample`);
  }
  if (!a.evaluation.dataset) notes.push('no --dataset: the models are compared on size, operators, MACs and latency only');
  return { a: a.evaluation, b: b.evaluation, ...(bVsA ? { bVsA } : {}), notes };
}
