/**
 * A model file → the .tflite variants to evaluate. Keras (.h5/.keras) and ONNX files are converted in memory to
 * each requested variant; a .tflite file is evaluated as it is, as float32, as float16 when its weights are
 * stored as float16, or as int8 when its weights or inputs/outputs are int8-quantized.
 */
import { isTflite } from '../tflite/probe.js';
import { GateError } from '../errors.js';
import type { Tensor } from '../graph/ir.js';
import { readTfliteModel } from '../tflite/reader.js';
import type { QuantizeReport } from '../quantize/index.js';
import type { LayerError } from '../quantize/layer-error.js';
import { convertBytes, type ConvertStep, type ConvertVariant, type Int8Settings } from './convert.js';
import { externalReader, memoryReader, type ExternalFiles } from './onnx-external.js';
import type { QuantizationSummary, VariantName } from '../results/types.js';

/** 4 significant digits (JSON stays readable and deterministic); infinities stay as they are. */
const round = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(4)) : x);

export interface VariantModel {
  variant: VariantName;
  bytes: Uint8Array;
  /** What quantization did (dynamic and int8 variants made by the converter). */
  quantization?: QuantizationSummary;
}

export interface VariantSource {
  /** The model file as the user named it. */
  model: string;
  bytes: Uint8Array;
  variants: VariantName[];
  /** Sequence length for recurrent models with a variable-length input (converter option). */
  sequenceLength?: number;
  /** Calibration data of the int8 variant. */
  int8?: Int8Settings;
  /** Deepest nesting of the Keras config and HDF5 groups (the max-config-depth limit). */
  maxConfigDepth?: number;
  /** ONNX models: NHWC inputs and outputs. */
  nhwc?: boolean;
  /** Where the model file is, when it was read from disk: ONNX external data is read beside it. */
  path?: string;
  /** ONNX external data read beforehand (takes the place of reading beside `path`). */
  externalFiles?: ExternalFiles;
  /** The converter's steps (int8: calibration and per-layer error samples). */
  onProgress?: (step: ConvertStep) => void;
}


/** An int8/uint8 input or output with a scale (full-integer quantization, e.g. TF's inference_input_type = tf.int8). */
function quantizedIO(tensor: Tensor | undefined): boolean {
  return !!tensor && (tensor.dtype === 'int8' || tensor.dtype === 'uint8') && (tensor.quantization?.scale.some((s) => s !== 0) ?? false);
}

/**
 * float16 when the file keeps float16 constants (the converter's float16 variant); int8 when it has int8
 * activations or quantized int8/uint8 inputs/outputs; dynamic when only its weights are int8; else float32.
 */
export function tfliteVariant(bytes: Uint8Array, file: string): VariantName {
  try {
    const { graph } = readTfliteModel(bytes, file);
    if (graph.tensors.some((t) => t.data && t.dtype === 'float16')) return 'float16';
    if (graph.tensors.some((t) => !t.data && t.dtype === 'int8')) return 'int8';
    if ([...graph.inputs, ...graph.outputs].some((io) => quantizedIO(graph.tensors[io.tensor]))) return 'int8';
    if (graph.tensors.some((t) => t.data && t.dtype === 'int8')) return 'dynamic';
    return 'float32';
  } catch {
    // a model our reader does not cover (e.g. several subgraphs) still runs; LiteRT judges the file
    return 'float32';
  }
}

/** Keras bytes → one .tflite per requested variant, in that order; what the report should mention goes to `notes`. */
export type KerasConverter = (source: VariantSource, variants: ConvertVariant[], notes?: string[]) => Promise<VariantModel[]>;

/** The converter pipeline, in memory (notes: the sequence length a variable-length input was converted at). */
export const convertKeras: KerasConverter = async (source, variants, notes) => {
  const converted = await convertBytes(source.bytes, source.model, {
    variants,
    ...(source.sequenceLength ? { sequenceLength: source.sequenceLength } : {}),
    ...(source.int8 ? { int8: source.int8 } : {}),
    ...(source.maxConfigDepth ? { maxConfigDepth: source.maxConfigDepth } : {}),
    ...(source.externalFiles ? { external: memoryReader(source.externalFiles) } : source.path ? { external: externalReader(source.path) } : {}),
    ...(source.nhwc ? { nhwc: true } : {}),
    ...(source.onProgress ? { onProgress: source.onProgress } : {}),
  });
  notes?.push(...converted.notes);
  return converted.variants.map((v) => ({ variant: v.variant, bytes: v.data, ...(v.quantization ? { quantization: summarize(v.quantization, v.calibration, v.layerErrors) } : {}) }));
};

/** The report's view of a quantization: counts, the ops kept float, requantizations, unstable calibration. */
export function summarize(report: QuantizeReport, calibration?: { samples: number; unstable: { name: string }[] }, layers?: LayerError[]): QuantizationSummary {
  return {
    mode: report.mode,
    quantizedWeights: report.quantizedWeights.length,
    floatWeights: report.floatWeights.map((w) => `${w.tensor} (${w.elements})`),
    floatOps: report.floatOps.map((o) => `${o.op}: ${o.reason}`),
    requantized: report.requantized.map((r) => `${r.tensor} → ${r.op}`),
    ...(report.rangeWarnings?.length ? { rangeWarnings: report.rangeWarnings } : {}),
    ...(calibration ? { calibrationSamples: calibration.samples, unstableRanges: calibration.unstable.map((u) => u.name) } : {}),
    ...(layers?.length ? { layers: layers.map((l) => ({ ...l, snrDb: round(l.snrDb), relError: round(l.relError) })) } : {}),
  };
}

const CONVERTIBLE: readonly VariantName[] = ['float32', 'float16', 'dynamic', 'int8'];

/** The variants of a model, in the order requested (a .tflite file gives its one variant). */
export async function modelVariants(source: VariantSource, convert: KerasConverter, notes: string[]): Promise<VariantModel[]> {
  if (isTflite(source.bytes)) {
    const variant = tfliteVariant(source.bytes, source.model);
    const others = source.variants.filter((v) => v !== variant);
    if (others.length) notes.push(`a .tflite file is evaluated as it is (${variant}); ${others.join(', ')} not produced`);
    return [{ variant, bytes: source.bytes }];
  }
  const wanted = source.variants.filter((v): v is ConvertVariant => CONVERTIBLE.includes(v));
  const skipped = source.variants.filter((v) => !CONVERTIBLE.includes(v));
  if (wanted.length === 0) {
    throw new GateError('usage', `the converter makes ${CONVERTIBLE.join(', ')} variants, not ${skipped.join(', ')}`, { file: source.model }, `Pass --variants with some of ${CONVERTIBLE.join(', ')}.`);
  }
  if (skipped.length) notes.push(`the converter makes ${CONVERTIBLE.join(', ')} variants; ${skipped.join(', ')} skipped`);
  return convert(source, wanted, notes);
}
