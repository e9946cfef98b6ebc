/**
 * Results as plain data, shared by every room: what evaluation produces (pipeline/), what metrics/ judges and
 * report/ renders, so no room imports another upward for them. Numbers are unrounded here; rounding happens once, in report/.
 */
import type { DatasetPreparation } from '../data/types.js';
import type { Thresholds } from '../metrics/thresholds.js';

export type VariantName = 'float32' | 'float16' | 'dynamic' | 'int8';

export interface SizeStats {
  fileBytes: number;
  gzipBytes: number;
  params: number;
  /** Constant-tensor bytes by dtype, e.g. { float32: 1234, float16: 5678 }. */
  weightBytesByDtype: Record<string, number>;
}

export interface LatencyStats {
  runs: number;
  initMs: number;
  firstMs: number;
  meanMs: number;
  stdMs: number;
  minMs: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
}

export interface ClassificationStats {
  samples: number;
  top1: number; // fraction 0..1
  top5?: number;
  perClass: { cls: number; count: number; accuracy: number }[];
  confusion: number[][]; // [true][predicted]
}

export interface RegressionStats {
  samples: number;
  mae: number;
  rmse: number;
  maxAbsError: number;
}

/**
 * A paired test of an accuracy change on the same samples: how many only the reference (float32, or the
 * base) gets right, how many only the other, and the exact McNemar p-value (large: within sampling noise).
 */
export interface PairedTest {
  referenceOnly: number;
  variantOnly: number;
  p: number;
}

/** How a variant's outputs differ from the float32 variant's on the same samples. */
export interface AgreementStats {
  maxAbsDiff: number;
  meanAbsDiff: number;
  /** Classification only: fraction of samples whose top-1 prediction is the same; and how many flipped. */
  agreement?: number;
  flipped?: number;
  /** Classes whose accuracy drops most vs float32 (largest drop first). */
  classesLosingMost?: { cls: number; float32: number; variant: number }[];
  /** With labels: the paired test of the accuracy change vs float32. */
  paired?: PairedTest;
}

/** What quantizing did to a dynamic or int8 variant (tflite-gate's own converter). */
export interface QuantizationSummary {
  mode: 'dynamic' | 'int8';
  /** Weight tensors stored as int8. */
  quantizedWeights: number;
  /** Weights left float: "name (elements)". */
  floatWeights: string[];
  /** Ops kept float (int8 only): "DIV (layer): reason". */
  floatOps: string[];
  /** Requantizations inserted: "tensor → op". */
  requantized: string[];
  /** Concatenations/additions whose input ranges differ by more than 100x (int8). */
  rangeWarnings?: string[];
  /** int8: calibration samples, and tensors whose ranges differ by > 20% between the two halves of them. */
  calibrationSamples?: number;
  unstableRanges?: string[];
  /** int8: every layer's output vs the float model's (SNR in dB, relative error), on the first calibration samples. */
  layers?: { tensor: string; op: string; snrDb: number; relError: number }[];
  /** Where the calibration data came from ("representative dataset calib.npz", "200 test samples, seed 0, left out"). */
  calibrationSource?: string;
}

export interface VariantResult {
  variant: VariantName;
  /** Dynamic-range and int8 variants made by tflite-gate. */
  quantization?: QuantizationSummary;
  /** Where the .tflite was written, when it was. */
  tflitePath?: string;
  size: SizeStats;
  /** Operator histogram, e.g. { CONV_2D: 2, DEQUANTIZE: 5 }. */
  ops: Record<string, number>;
  macs: number;
  arenaBytes: number;
  classification?: ClassificationStats;
  regression?: RegressionStats;
  vsFloat32?: AgreementStats;
  latency?: LatencyStats;
}

export interface ModelEvaluation {
  /** The model file as the user named it (repo-relative in the action). */
  model: string;
  /** Git ref or "working tree". */
  ref: string;
  runtime: string; // e.g. "LiteRT.js 2.5.3 (wasm, relaxed-simd)"
  dataset?: string;
  variants: VariantResult[];
  /** Source (Keras) reference accuracy, when computed with --reference. */
  source?: {
    classification?: ClassificationStats;
    regression?: RegressionStats;
    /** What ran the source model, e.g. "tfjs 4.22.0 (wasm)". */
    runtime?: string;
    /** The conversion loss: the float32 variant's outputs vs the source model's (agreement = same top-1). */
    float32VsSource?: AgreementStats;
  };
  peakRssBytes?: number;
  /** Class names in class-id order, when the dataset names them (image sub-folders, CSV text labels). */
  classNames?: string[];
  /** How the dataset was prepared (samples of total, seed, preprocessing, arrays used), to reproduce the result. */
  datasetOptions?: DatasetPreparation;
  notes: string[];
}

/** Two model files run on one dataset (`evaluate --model A --model B`): each one's numbers, and B against A. */
export interface ModelPairComparison {
  a: ModelEvaluation;
  b: ModelEvaluation;
  /**
   * B's outputs vs A's on the same samples: agreement and flips (same top-1), max/mean |B − A|, and with labels
   * the paired test (`paired.referenceOnly`: samples only A gets right). Absent when the outputs differ in size.
   */
  bVsA?: AgreementStats;
  notes: string[];
}

/** Base-vs-head latency of one variant, from interleaved runs. */
export interface LatencyComparison {
  variant: VariantName;
  ratio: number; // head / base median
  ciLow: number;
  ciHigh: number;
}

export interface ModelComparison {
  path: string;
  status: 'added' | 'modified' | 'deleted' | 'unchanged';
  /**
   * A renamed model: its path at the base commit. The settings for that path judge it (the base's config was
   * written for it), so a pull request cannot move a model out from under a stricter rule.
   */
  basePath?: string;
  base?: ModelEvaluation;
  head?: ModelEvaluation;
  latency?: LatencyComparison[];
  /** Head vs base accuracy of each variant, sample by sample (referenceOnly: samples only the base gets right). */
  paired?: ({ variant: VariantName } & PairedTest)[];
  /** A model that could not be processed: the user-facing message (file and place named). */
  error?: string;
  /**
   * The base version could not be read or evaluated while the head was: the head is reported without a
   * base column, and the gate fails (nothing could be compared; `fail-on: never` reports it only).
   */
  baseError?: string;
  /**
   * The base version could not run on the test set (e.g. its input shape differs): it was evaluated without
   * data, so size, operators, MACs and arena are compared, and the accuracy comparison is impossible.
   */
  baseDataError?: string;
  /** The thresholds this model was judged with (the run's, with every matching config rule applied). */
  thresholds?: Thresholds;
}

export interface Breach {
  model: string;
  variant?: VariantName;
  threshold: string; // the input name, e.g. "max-accuracy-drop"
  limit: number;
  actual: number;
  message: string;
}

/** A requested check that could not be made: it fails the gate as a breach does. */
export interface Unchecked {
  /** The model, or undefined for a run-wide problem (a glob that matches no file). */
  model?: string;
  /** What could not be checked: a threshold's input name, "models", "base version". */
  check: string;
  message: string;
}

export interface Verdict {
  passed: boolean;
  breaches: Breach[];
  errors: { model: string; message: string }[];
  /** Present when some requested check could not be made. */
  unchecked?: Unchecked[];
}
