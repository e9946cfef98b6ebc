/**
 * The gate's orchestration: list the changed models → evaluate each head and base version → judge each
 * with its own thresholds → one GateReport. One model that fails to load or evaluate is reported with its
 * error; the others still run. Where models come from (a git checkout, a pull request) is the injected
 * ModelSource (repo/source.ts), what runs them the injected ModelEvaluator. Publishing is github/publish.ts.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { datasetPath, matchesGlob, settingsFor, type Config, type ModelSettings } from '../config/index.js';
import { describeError, GateError } from '../errors.js';
import type { RunContext } from '../github/context.js';
import type { ChangedModel } from '../repo/changes.js';
import { judge, verdictOf } from '../metrics/verdict.js';
import { code, withoutPath } from '../report/format.js';
import { REPORT_SCHEMA, type GateReport } from '../report/types.js';
import { withDeadline } from '../util/deadline.js';
import { logText } from '../util/escape.js';
import { DEFAULT_LIMITS, limitHint, limitName, type Limits } from '../util/limits.js';
import { trustNotices, type TrustInfo } from './trust.js';
import { sameExternalFiles, type ExternalFiles } from './onnx-external.js';
import type { LatencyComparison, ModelComparison, ModelEvaluation, Unchecked, VariantName, Verdict } from '../results/types.js';

/** One version of one model, ready to evaluate. */
export interface EvaluateInput {
  /** Repository-relative path, as reported. */
  model: string;
  bytes: Uint8Array;
  /** "head 5d6e7f8", "base 1a2b3c4". */
  ref: string;
  variants: VariantName[];
  settings: ModelSettings;
  /** Absolute path of the dataset, when the model has one. */
  datasetPath?: string;
  /** Absolute path of the int8 calibration data, when the model has one. */
  representativeDatasetPath?: string;
  latencyRuns?: number;
  /** Write the .tflite variants into this directory (head versions only). */
  outputDir?: string;
  /** Datasets are read only inside this folder (the workspace, or the copy of the base's datasets). */
  workspace?: string;
  /** Size, pixel, line and nesting limits (the run's Config). */
  limits?: Limits;
  /** ONNX external data of this version (ModelSource.externalFiles). */
  externalFiles?: ExternalFiles;
}

/** What the gate needs from the runtime: evaluate one version, and optionally time base and head interleaved. */
export interface ModelEvaluator {
  evaluate(input: EvaluateInput): Promise<ModelEvaluation>;
  compareLatency?(base: EvaluateInput, head: EvaluateInput): Promise<LatencyComparison[]>;
  /** Head vs base top-1 predictions on the same samples, per variant (the paired test of an accuracy change). */
  comparePredictions?(base: EvaluateInput, head: EvaluateInput): Promise<ModelComparison['paired']>;
}

/** The changed models of a run, and for local runs how many models matching the glob did not change. */
export interface ModelListing {
  models: ChangedModel[];
  unchanged?: number;
}

/** Where the models come from: the head tree and the base commit. */
export interface ModelSource {
  /** The commit head is compared with, when there is one. */
  baseSha?: string;
  /** "head 5d6e7f8" / "base 1a2b3c4", for each evaluation's ref. */
  headRef: string;
  baseRef: string;
  changed(glob: string): Promise<ModelListing>;
  /** Every file of the head tree, repository-relative (a glob that matches none of them is refused). */
  files(): Promise<string[]>;
  /** A model's bytes at head; throws a GateError naming the file when they cannot be read. */
  headBytes(path: string): Promise<Buffer>;
  /** A model's bytes at base; undefined when the base has no such file. */
  baseBytes(path: string): Promise<Buffer | undefined>;
  /** An ONNX model's external data files at that version, by location (undefined: it names none). */
  externalFiles?(version: 'head' | 'base', path: string, bytes: Buffer): Promise<ExternalFiles | undefined>;
}

export interface GateLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface GateEnv {
  config: Config;
  context: RunContext;
  source: ModelSource;
  evaluator: ModelEvaluator;
  log: GateLog;
  /** Where .tflite variants and the report are written. */
  outputDir: string;
  /** Where dataset paths resolve (default: the workspace; on pull requests a copy of the base's datasets). */
  datasetRoot?: string;
  /** Pull requests: what was read from the base commit instead of the pull request. */
  trust?: TrustInfo;
  /** Said at the top of the report, before the trust notices. */
  notices?: string[];
}

const short = (sha: string | undefined) => (sha ? sha.slice(0, 7) : 'working tree');

/**
 * The folder a dataset must stay inside: the one it is named in (the workspace, or the copy of the base's
 * datasets), so a link out of it is refused; none for a path an input names outside it (config-file paths
 * outside the repository are refused before, by config/load.ts).
 */
function datasetConfinement(root: string, path: string): string | undefined {
  const rel = relative(root, path);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? undefined : root;
}

/**
 * The settings a model is judged by: a renamed model's are those of its base path (the base's config was
 * written for that path; moving the model out from under a stricter rule applies once merged).
 */
function settingsOf(config: Config, m: { path: string; basePath?: string }): ModelSettings {
  return settingsFor(config, m.basePath ?? m.path);
}

function inputFor(env: GateEnv, m: ChangedModel, bytes: Uint8Array, ref: string, write: boolean, externalFiles?: ExternalFiles): EvaluateInput {
  const model = m.path;
  const settings = settingsOf(env.config, m);
  const root = env.datasetRoot ?? env.context.workspace;
  const dataset = settings.dataset ? datasetPath(root, settings.dataset) : undefined;
  return {
    model, bytes, ref, settings,
    variants: env.config.variants,
    datasetPath: dataset,
    ...(settings.representativeDataset ? { representativeDatasetPath: datasetPath(root, settings.representativeDataset) } : {}),
    latencyRuns: env.config.latencyRuns,
    outputDir: write ? env.outputDir : undefined,
    workspace: dataset && datasetConfinement(root, dataset),
    limits: env.config.limits,
    ...(externalFiles ? { externalFiles } : {}),
  };
}

function errorText(error: unknown, path: string): string {
  return error instanceof GateError ? error.withFile(path).format() : describeError(error);
}

/**
 * The base version's evaluation, and the input it was made from. When the base cannot run on the test set
 * (another input shape, say), it is evaluated without data: size, operators, MACs, arena and latency are
 * still compared, and the accuracy comparison is marked impossible.
 */
async function evaluateBase(env: GateEnv, input: EvaluateInput, c: ModelComparison): Promise<EvaluateInput> {
  try {
    c.base = await env.evaluator.evaluate(input);
    return input;
  } catch (error) {
    if (!input.datasetPath) throw error;
    const withoutData = { ...input, datasetPath: undefined, settings: { ...input.settings, dataset: undefined } };
    c.base = await env.evaluator.evaluate(withoutData);
    c.baseDataError = errorText(error, input.model);
    return withoutData;
  }
}

/** The base version compared with the head already evaluated in `c`. */
async function compareBase(env: GateEnv, m: ChangedModel, head: EvaluateInput, c: ModelComparison): Promise<ModelComparison> {
  const bytes = await env.source.baseBytes(m.basePath ?? m.path);
  if (!bytes) {
    if (!env.context.pr) return { ...c, status: 'added' };
    // the pull request says the file was there: a base version that cannot be found is not a new model
    throw new GateError('usage', `the base version (${m.basePath ?? m.path} at ${short(env.source.baseSha)}) was not found`, { file: m.path }, 'Check out with `fetch-depth: 0`, or give the action a github-token that can read the repository.');
  }
  const external = await env.source.externalFiles?.('base', m.basePath ?? m.path, bytes);
  if (Buffer.compare(bytes, Buffer.from(head.bytes)) === 0 && sameExternalFiles(external, head.externalFiles)) return { ...c, status: 'unchanged' };
  const base = await evaluateBase(env, inputFor(env, m, bytes, env.source.baseRef, false, external), c);
  const paired = c.baseDataError === undefined ? await env.evaluator.comparePredictions?.(base, head) : undefined;
  if (paired?.length) c.paired = paired;
  if (env.evaluator.compareLatency && (env.config.latencyRuns ?? 1) > 0) c.latency = await env.evaluator.compareLatency(base, head);
  return c;
}

/** Evaluate one changed model: head, base (when there is one) and interleaved latency. Never throws. */
export async function compareModel(env: GateEnv, m: ChangedModel): Promise<ModelComparison> {
  if (m.status === 'deleted') return { path: m.path, status: 'deleted' };
  const thresholds = settingsOf(env.config, m).thresholds;
  const renamed = m.basePath !== undefined && m.basePath !== m.path ? { basePath: m.basePath } : {};
  let head: EvaluateInput;
  try {
    const bytes = await env.source.headBytes(m.path);
    head = inputFor(env, m, bytes, env.source.headRef, true, await env.source.externalFiles?.('head', m.path, bytes));
  } catch (error) {
    return { path: m.path, status: m.status, ...renamed, error: errorText(error, m.path), thresholds };
  }
  const comparison: ModelComparison = { path: m.path, status: m.status, ...renamed, thresholds };
  try {
    comparison.head = await env.evaluator.evaluate(head);
    if (m.status !== 'modified' || !env.source.baseSha) return comparison;
    return await compareBase(env, m, head, comparison);
  } catch (error) {
    // the head is fine and only the base failed: report the head; the missing comparison fails the gate
    if (comparison.head && !comparison.base) return { ...comparison, baseError: errorText(error, m.path) };
    return { path: m.path, status: m.status, ...renamed, head: comparison.head, error: errorText(error, m.path), thresholds };
  }
}

/** compareModel within the model-timeout-seconds limit: past it the model is reported as timed out (util/deadline.ts). */
function compareWithDeadline(env: GateEnv, m: ChangedModel): Promise<ModelComparison> {
  const seconds = env.config.limits?.modelSeconds ?? DEFAULT_LIMITS.modelSeconds;
  const message = `did not finish within ${limitName('modelSeconds', seconds)}`;
  const thresholds = settingsOf(env.config, m).thresholds;
  const timedOut = (): ModelComparison => ({ path: m.path, status: m.status, error: new GateError('timeout', message, { file: m.path }, limitHint('modelSeconds')).format(), thresholds });
  const hard = logText(`tflite-gate: ${m.path}: ${message} and could not be stopped; the gate stopped. ${limitHint('modelSeconds')}`);
  return withDeadline(() => compareModel(env, m), seconds * 1000, timedOut, hard);
}

/** Judge each model with its own thresholds (per-model rules), then join the verdicts and run-wide problems. */
export function judgeAll(config: Config, comparisons: ModelComparison[], runWide: Unchecked[] = []): Verdict {
  const parts = comparisons.map((c) => {
    const settings = settingsOf(config, c);
    return judge([c], settings.thresholds, settings.requested);
  });
  return verdictOf(parts.flatMap((v) => v.breaches), parts.flatMap((v) => v.errors), [...runWide, ...parts.flatMap((v) => v.unchecked ?? [])]);
}

/**
 * A `models` glob or config rule that matches no file in the repository is a typo that would gate nothing:
 * fail, do not report "no changed model files".
 */
export function unmatchedGlobs(config: Config, files: string[]): Unchecked[] {
  const out: Unchecked[] = [];
  const matches = (glob: string) => files.some((f) => matchesGlob(f, glob));
  if (!matches(config.models)) out.push({ check: 'models', message: `the glob "${config.models}" matches no file in the repository` });
  config.rules.forEach((rule, i) => {
    if (!matches(rule.path)) out.push({ check: `models[${i}].path`, message: `${config.configFile ?? 'the config file'}: the rule's glob "${rule.path}" matches no file in the repository` });
  });
  return out;
}

/** Local runs: how many models matching the glob were left out because they did not change. */
function unchangedNote(count: number | undefined, glob: string): string {
  if (!count) return '';
  return ` ${count} other model${count === 1 ? '' : 's'} matching ${code(glob)} ${count === 1 ? 'is' : 'are'} unchanged and not evaluated.`;
}

function contextLine(env: GateEnv, unchanged?: number): string {
  const { context } = env;
  const base = env.source.baseSha;
  const head = short(context.pr?.headSha ?? context.sha);
  const named = `${context.baseName ? `${context.baseName} @ ` : ''}${short(base)}`;
  if (context.pr) return `Pull request #${context.pr.number}: base \`${named}\` → head \`${head}\`.`;
  const what = context.workingTree ? 'The working tree' : `Commit \`${head}\``;
  const line = base ? `${what} compared with \`${named}\`.` : `${what} (no earlier commit to compare with).`;
  return line + unchangedNote(unchanged, env.config.models);
}

async function evaluateAll(env: GateEnv, models: ChangedModel[]): Promise<ModelComparison[]> {
  const comparisons: ModelComparison[] = [];
  for (const m of models) {
    const start = performance.now();
    const c = await compareWithDeadline(env, m);
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    if (c.error) env.log.warning(c.error.startsWith(`${m.path}:`) ? c.error : `${m.path}: ${c.error}`);
    else env.log.info(`${logText(m.path)} (${c.status}): evaluated in ${seconds} s`);
    if (c.baseError) env.log.warning(`${m.path}: the base version could not be evaluated, so nothing was compared with it: ${withoutPath(c.baseError, m.path)}`);
    if (c.baseDataError) env.log.warning(`${m.path}: the base version cannot run on the test set; accuracy cannot be compared: ${withoutPath(c.baseDataError, m.path)}`);
    comparisons.push(c);
  }
  return comparisons;
}

/**
 * The changed models; when they cannot be listed (the GitHub API failing), none, with the reason as a
 * run-wide check that could not be made, so the summary, outputs and annotation still carry the error.
 * A usage error (no token, say) is still thrown: exit 2 before anything is written.
 */
async function listChanged(env: GateEnv): Promise<ModelListing & { failure?: Unchecked }> {
  try {
    return await env.source.changed(env.config.models);
  } catch (error) {
    if (error instanceof GateError) throw error;
    return { models: [], failure: { check: 'changed files', message: `the changed files could not be listed: ${describeError(error).replace(/^internal error: /, '')}` } };
  }
}

/** Gate mode: every changed model evaluated and judged, in one report. */
export async function runGate(env: GateEnv): Promise<GateReport> {
  const { models, unchanged, failure } = await listChanged(env);
  const files = failure ? [] : [...(await env.source.files()), ...models.map((m) => m.path)];
  const runWide = failure ? [failure] : unmatchedGlobs(env.config, files);
  const skipped = unchanged ? ` (${unchanged} unchanged, not evaluated)` : '';
  env.log.info(`${models.length} model file(s) to check${models.length ? `: ${models.map((m) => logText(m.path)).join(', ')}` : ''}${skipped}`);
  for (const u of runWide) env.log.warning(`${u.check}: ${u.message}`);
  const comparisons = await evaluateAll(env, models);
  // what a config change would do: to the models checked, or with none changed, to every model of the repository
  const shown = models.length ? models.map((m) => m.path) : files.filter((f) => matchesGlob(f, env.config.models));
  const notices = [...(env.notices ?? []), ...(env.trust ? trustNotices(env.trust, env.config, shown) : [])];
  return {
    schema: REPORT_SCHEMA,
    commentKey: env.config.commentKey,
    thresholds: env.config.thresholds,
    variants: env.config.variants,
    comparisons,
    verdict: judgeAll(env.config, comparisons, runWide),
    context: contextLine(env, unchanged),
    ...(notices.length ? { notices } : {}),
  };
}
