/**
 * The one typed configuration of a gate run, shared by the action and the CLI. Built once by
 * parseConfig (./parse.ts) from action inputs or CLI flags plus an optional .tflite-gate.yml;
 * everything downstream reads this, never raw strings.
 */
import type { VariantName } from '../results/types.js';
import type { Thresholds } from '../metrics/thresholds.js';
import type { Preprocessing } from '../data/fit.js';
import type { Limits } from '../util/limits.js';

export type Mode = 'gate' | 'list' | 'merge';
export type FailOn = 'error' | 'never';

/** Limits, in the units the inputs use (see metrics/thresholds.ts). An absent limit is not checked. */
export type ThresholdConfig = Thresholds;

/** Dataset preprocessing, applied to raw inputs before they feed the model (defined by data/). */
export type { Preprocessing };

/** Which arrays of an .npz dataset feed the model (x keys, in model input order) and hold the labels. */
export interface DataKeys {
  x?: string[];
  y?: string;
}

/** Per-model settings from .tflite-gate.yml: every rule whose glob matches a model applies, later ones win. */
export interface ModelRule {
  /** Glob of repository-relative model paths. */
  path: string;
  dataset?: string;
  dataKeys?: DataKeys;
  preprocessing?: Preprocessing;
  thresholds: ThresholdConfig;
  samples?: number;
  /** Seed of the random subset of `samples` (the first ones without it). */
  seed?: number;
  sequenceLength?: number;
  /** ONNX models: convert with NHWC inputs and outputs (for NHWC test sets). */
  nhwc?: boolean;
  /** Also run the source Keras model (tfjs) for its accuracy and the conversion loss. */
  reference?: boolean;
  /** Calibration data of the int8 variant (repository-relative); default: a seeded subset of the test set. */
  representativeDataset?: string;
}

/** What one model is evaluated and judged with, after rules are applied. */
export type ModelSettings = Omit<ModelRule, 'path'> & {
  /** The thresholds a user set (inputs, flags, config file), without built-in defaults: checks that must be made. */
  requested?: ThresholdConfig;
};

export interface Config {
  mode: Mode;
  /** Glob of model files to gate. */
  models: string;
  dataset?: string;
  dataKeys?: DataKeys;
  preprocessing?: Preprocessing;
  variants: VariantName[];
  thresholds: ThresholdConfig;
  /** The thresholds set by inputs or the config file's top level, without built-in defaults. */
  requestedThresholds: ThresholdConfig;
  failOn: FailOn;
  comment: boolean;
  /** Tells several gates on one PR apart; '' for the default comment. */
  commentKey: string;
  uploadArtifacts: boolean;
  artifactName: string;
  outputDir?: string;
  /** The config file that was read, if any. */
  configFile?: string;
  rules: ModelRule[];
  githubToken: string;
  /** merge mode: glob of report.json files to combine. */
  reports: string;
  /** list mode: models per matrix entry (entries are globs; 1 gives one model path per job). */
  batchSize: number;
  /** Evaluate at most this many dataset samples per model. */
  samples?: number;
  seed?: number;
  /** Timed runs per variant for latency; 0 skips latency. */
  latencyRuns: number;
  /** Also run the source Keras model (tfjs) on the dataset: source accuracy and conversion loss (default false). */
  reference?: boolean;
  /** Calibration data of the int8 variant (repository-relative); default: a seeded subset of the test set. */
  representativeDataset?: string;
  /** Resource limits: file sizes, image pixels, CSV line length, config nesting, time per model (util/limits.ts). */
  limits: Limits;
  /**
   * Pull requests: take the config file and datasets from the pull request's tree instead of the base commit
   * (default false). Unsafe for forks: a pull request could then loosen its own gate.
   */
  trustPrConfig: boolean;
}

/** Reads one raw input by its name (kebab-case, as in action.yml); '' or undefined when not given. */
export type InputReader = (name: string) => string | undefined;
