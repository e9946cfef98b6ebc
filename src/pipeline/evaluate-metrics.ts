/**
 * From a variant's outputs on the dataset to the accuracy numbers of a VariantResult: classification or
 * regression stats against the labels (first model output), and agreement with the float32 variant.
 */
import type { DatasetLabels } from '../data/types.js';
import { modelClassCount } from '../data/labels.js';
import { agreementStats } from '../metrics/agreement.js';
import { classificationStats } from '../metrics/classification.js';
import { regressionStats } from '../metrics/regression.js';
import type { TensorDetails } from '../runtime/interpreter.js';
import type { OutputBlock } from '../runtime/predict.js';
import { dequantizeInPlace, modelIOQuantization, quantizationFor } from '../runtime/tensor-types.js';
import type { AgreementStats, ClassificationStats, RegressionStats } from '../results/types.js';

export interface AccuracyStats {
  classification?: ClassificationStats;
  regression?: RegressionStats;
}

/** Classes of the first output when it is a classifier's [.., C] scores, else undefined. */
export function classCount(outputs: readonly OutputBlock[], labels?: DatasetLabels): number | undefined {
  const first = outputs[0];
  if (!first || labels?.kind === 'regression') return undefined;
  if (labels?.kind === 'class') return first.sampleSize > 1 ? first.sampleSize : undefined;
  return modelClassCount(first.shape) === first.sampleSize ? first.sampleSize : undefined;
}

/** Accuracy of the first output against the labels; a note instead when they do not fit together. */
export function accuracyStats(outputs: readonly OutputBlock[], count: number, labels: DatasetLabels | undefined, notes: string[]): AccuracyStats {
  const first = outputs[0];
  if (!labels || !first) return {};
  if (outputs.length > 1) notes.push(`the model has ${outputs.length} outputs; the labels are compared with the first, "${first.name}"`);
  if (labels.kind === 'class') {
    const classes = classCount(outputs, labels);
    if (classes === undefined || (labels.numClasses !== undefined && labels.numClasses > classes)) {
      notes.push(`labels are class ids but output "${first.name}" gives ${first.sampleSize} value(s) per sample: no accuracy`);
      return {};
    }
    return { classification: classificationStats(first.data, classes, labels.data) };
  }
  if (labels.data.length !== count * first.sampleSize) {
    notes.push(`regression targets hold ${labels.data.length / count} value(s) per sample, output "${first.name}" gives ${first.sampleSize}: no error stats`);
    return {};
  }
  return { regression: regressionStats(first.data, labels.data, count) };
}

/** Agreement with float32: flips etc. on the first output, absolute differences over every output. */
export function agreementWithFloat32(variant: readonly OutputBlock[], float32: readonly OutputBlock[], labels: DatasetLabels | undefined): AgreementStats {
  const classes = classCount(float32, labels);
  const first = agreementStats(variant[0]!.data, float32[0]!.data, {
    numClasses: classes,
    labels: classes !== undefined && labels?.kind === 'class' ? labels.data : undefined,
  });
  let max = first.maxAbsDiff;
  let sum = first.meanAbsDiff * variant[0]!.data.length;
  let total = variant[0]!.data.length;
  for (let o = 1; o < variant.length; o++) {
    const other = agreementStats(variant[o]!.data, float32[o]!.data);
    max = Number.isNaN(other.maxAbsDiff) || Number.isNaN(max) ? NaN : Math.max(max, other.maxAbsDiff);
    sum += other.meanAbsDiff * variant[o]!.data.length;
    total += variant[o]!.data.length;
  }
  return { ...first, maxAbsDiff: max, meanAbsDiff: total ? sum / total : 0 };
}

/** Quantized outputs (integer values held as float32) → real values, scale · (q − zeroPoint), in place; so metrics compare like with like. */
export function dequantizeOutputs(outputs: OutputBlock[], bytes: Uint8Array): OutputBlock[] {
  const found = modelIOQuantization(bytes);
  outputs.forEach((block, i) => {
    const q = quantizationFor(found.outputs, block.name, i);
    if (q) dequantizeInPlace(block.data, q);
  });
  return outputs;
}

/** What the report should say about quantized inputs (float data quantized) and outputs (dequantized). */
export function quantizationNotes(io: { inputs: readonly TensorDetails[]; outputs: readonly TensorDetails[] }): string[] {
  const text = (d: TensorDetails) => `"${d.name}" (${d.dtype}, scale ${d.quantization!.scale}, zero point ${d.quantization!.zeroPoint})`;
  const inputs = io.inputs.filter((d) => d.quantization);
  const outputs = io.outputs.filter((d) => d.quantization);
  return [
    ...(inputs.length ? [`quantized input ${inputs.map(text).join(', ')}: float data (after preprocessing) is quantized, round(x / scale) + zero point; integer data as given is fed raw`] : []),
    ...(outputs.length ? [`quantized output ${outputs.map(text).join(', ')}: dequantized, scale · (q − zero point), before the metrics`] : []),
  ];
}
