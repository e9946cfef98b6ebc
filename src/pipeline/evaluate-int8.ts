/**
 * The int8 variant inside an evaluation: it is calibrated after the test set is loaded, on the
 * representative dataset when one is given, else on a seeded subset of the test set that is then left out of
 * every figure (all variants are evaluated on the same remaining samples), and the report says which.
 */
import { loadDataset, type LoadOptions } from '../data/load.js';
import { splitCalibration } from '../data/split.js';
import type { Dataset } from '../data/types.js';
import { GateError } from '../errors.js';
import type { TensorDetails } from '../runtime/interpreter.js';
import type { KerasConverter, VariantModel, VariantSource } from './evaluate-variants.js';
import { DEFAULT_CALIBRATION_SAMPLES, DEFAULT_CALIBRATION_SEED } from './quantize.js';

export interface Int8Calibration {
  /** A representative dataset path (any format evaluate reads), preprocessed like the test set. */
  dataset?: string;
  /** The path as the user named it. */
  datasetName?: string;
  /** Calibration samples (default 200, seeded). */
  samples?: number;
}

interface Calibration {
  calibration: Dataset;
  /** The test set without the calibration samples, when they came from it. */
  evaluation?: Dataset;
  source: string;
}

async function calibrationData(settings: Int8Calibration, inputs: readonly TensorDetails[], data: LoadOptions, test: Dataset | undefined): Promise<Calibration> {
  const samples = settings.samples ?? DEFAULT_CALIBRATION_SAMPLES;
  if (settings.dataset) {
    const modelInputs = inputs.map((d) => ({ name: d.name, shape: d.shape, dtype: d.dtype }));
    const path = settings.dataset;
    const calibration = await loadDataset(path, modelInputs, { ...data, samples, seed: DEFAULT_CALIBRATION_SEED, yKeyExplicit: false }).catch((error: unknown) => {
      throw error instanceof GateError ? error.renamingFile(path, settings.datasetName) : error;
    });
    return { calibration, source: `representative dataset ${settings.datasetName ?? settings.dataset} (${calibration.count} samples)` };
  }
  if (!test) {
    throw new GateError('usage', 'the int8 variant needs calibration data and there is no dataset', {},
      'Pass a test dataset (a seeded subset of it calibrates int8 and is left out of the figures) or a representative dataset.');
  }
  const { calibration, evaluation } = splitCalibration(test, samples, DEFAULT_CALIBRATION_SEED);
  return { calibration, evaluation, source: `${calibration.count} test samples (seeded, seed ${DEFAULT_CALIBRATION_SEED}), left out of every figure: ${evaluation.count} evaluated` };
}

/** The int8 variant of a Keras model, and the test set the evaluation should then use. */
export async function int8Variant(
  source: Omit<VariantSource, 'variants'>, settings: Int8Calibration, inputs: readonly TensorDetails[], data: LoadOptions,
  test: Dataset | undefined, convert: KerasConverter, notes: string[],
): Promise<{ variant: VariantModel; dataset: Dataset | undefined }> {
  const plan = await calibrationData(settings, inputs, data, test);
  const [variant] = await convert({ ...source, variants: ['int8'], int8: { dataset: plan.calibration } }, ['int8'], notes);
  if (!variant) throw new Error('the converter returned no int8 variant');
  notes.push(`int8 calibrated on ${plan.source}`);
  if (variant.quantization) variant.quantization.calibrationSource = plan.source;
  return { variant, dataset: plan.evaluation ?? test };
}
