/**
 * The gate's orchestration: list the changed models → evaluate each head and base version → judge each
 * with its own thresholds → one GateReport. One model that fails to load or evaluate is reported with its
 * error; the others still run. Publishing (files, summary, comment, artifacts) is github/publish.ts.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { datasetPath, settingsFor, type Config, type ModelSettings } from '../config/index.js';
import { describeError, GateError } from '../errors.js';
import type { GitHubApi } from '../github/api.js';
import { readBaseFile } from '../github/base.js';
import { pullRequestModels, repositoryModels, workingTreeModels, type ChangedModel } from '../github/changes.js';
import type { RunContext } from '../github/context.js';
import { lfsSmudge, parentOf } from '../github/git.js';
import { lfsPointerError, parseLfsPointer } from '../github/lfs.js';
import { judge } from '../metrics/verdict.js';
import { withoutPath } from '../report/format.js';
import { REPORT_SCHEMA, type GateReport } from '../report/types.js';
import type { LatencyComparison, ModelComparison, ModelEvaluation, VariantName, Verdict } from '../results/types.js';

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
}

/** What the gate needs from the runtime: evaluate one version, and optionally time base and head interleaved. */
export interface ModelEvaluator {
  evaluate(input: EvaluateInput): Promise<ModelEvaluation>;
  compareLatency?(base: EvaluateInput, head: EvaluateInput): Promise<LatencyComparison[]>;
}

export interface GateLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface GateEnv {
  config: Config;
  context: RunContext;
  api?: GitHubApi;
  evaluator: ModelEvaluator;
  log: GateLog;
  /** Where .tflite variants and the report are written. */
  outputDir: string;
}

const short = (sha: string | undefined) => (sha ? sha.slice(0, 7) : 'working tree');
const ZERO_SHA = /^0+$/;

/** The commit head is compared with: the PR base, the commit before a push, or the parent commit. */
export async function baseCommit(env: GateEnv): Promise<string | undefined> {
  const { context } = env;
  if (context.pr) return context.pr.baseSha;
  if (context.before && !ZERO_SHA.test(context.before)) return context.before;
  return parentOf(context.workspace, context.sha ?? 'HEAD');
}

/**
 * The models this run gates, sorted by path: a PR's changed files, every model on push (see
 * github/changes.ts), or only the models changed in the working tree (local runs, with how many matching
 * models did not change).
 */
export async function listModels(env: GateEnv, base: string | undefined): Promise<{ models: ChangedModel[]; unchanged?: number }> {
  const { context, config, api } = env;
  if (context.pr) {
    if (!api || !context.repo) throw new GateError('usage', 'a pull_request run needs GITHUB_REPOSITORY and a github-token to list the changed files');
    return { models: await pullRequestModels(api, context.repo, context.pr.number, config.models) };
  }
  if (context.workingTree && base) return workingTreeModels(context.workspace, config.models, base);
  return { models: await repositoryModels(context.workspace, config.models, base, context.sha ?? 'HEAD') };
}

/** The models this run gates, sorted by path. */
export async function changedModels(env: GateEnv, base: string | undefined): Promise<ChangedModel[]> {
  return (await listModels(env, base)).models;
}

async function realBytes(env: GateEnv, path: string, bytes: Buffer, version: 'head' | 'base'): Promise<Buffer> {
  const pointer = parseLfsPointer(bytes);
  if (!pointer) return bytes;
  const resolved = await lfsSmudge(env.context.workspace, bytes);
  if (resolved && !parseLfsPointer(resolved)) return resolved;
  throw lfsPointerError(path, pointer, version);
}

function headBytes(env: GateEnv, path: string): Buffer {
  const full = join(env.context.workspace, path);
  if (!existsSync(full)) throw new GateError('usage', 'is in the change but not in the checkout', { file: path }, 'Run actions/checkout before this action.');
  return readFileSync(full);
}

function inputFor(env: GateEnv, model: string, bytes: Uint8Array, ref: string, write: boolean): EvaluateInput {
  const settings = settingsFor(env.config, model);
  return {
    model, bytes, ref, settings,
    variants: env.config.variants,
    datasetPath: settings.dataset ? datasetPath(env.context.workspace, settings.dataset) : undefined,
    ...(settings.representativeDataset ? { representativeDatasetPath: datasetPath(env.context.workspace, settings.representativeDataset) } : {}),
    latencyRuns: env.config.latencyRuns,
    outputDir: write ? env.outputDir : undefined,
  };
}

function errorText(error: unknown, path: string): string {
  return error instanceof GateError ? error.withFile(path).format() : describeError(error);
}

/** Evaluate one changed model: head, base (when there is one) and interleaved latency. Never throws. */
export async function compareModel(env: GateEnv, m: ChangedModel, base: string | undefined): Promise<ModelComparison> {
  if (m.status === 'deleted') return { path: m.path, status: 'deleted' };
  const headRef = `head ${short(env.context.pr?.headSha ?? env.context.sha)}`;
  let head: EvaluateInput;
  try {
    head = inputFor(env, m.path, await realBytes(env, m.path, headBytes(env, m.path), 'head'), headRef, true);
  } catch (error) {
    return { path: m.path, status: m.status, error: errorText(error, m.path) };
  }
  let baseInput: EvaluateInput | undefined;
  const comparison: ModelComparison = { path: m.path, status: m.status };
  try {
    comparison.head = await env.evaluator.evaluate(head);
    if (m.status !== 'modified' || !base) return comparison;
    const file = await readBaseFile({ cwd: env.context.workspace, api: env.api, repo: env.context.repo }, base, m.basePath ?? m.path);
    if (!file) return { ...comparison, status: 'added' };
    baseInput = inputFor(env, m.path, await realBytes(env, m.basePath ?? m.path, file.bytes, 'base'), `base ${short(base)}`, false);
    if (Buffer.compare(file.bytes, Buffer.from(head.bytes)) === 0) return { ...comparison, status: 'unchanged' };
    comparison.base = await env.evaluator.evaluate(baseInput);
    if (env.evaluator.compareLatency && (env.config.latencyRuns ?? 1) > 0) comparison.latency = await env.evaluator.compareLatency(baseInput, head);
    return comparison;
  } catch (error) {
    // the head is fine and only the base failed: report the head, warn about the base, do not fail the gate
    if (comparison.head && !comparison.base) return { ...comparison, baseError: errorText(error, m.path) };
    return { path: m.path, status: m.status, head: comparison.head, error: errorText(error, m.path) };
  }
}

/** Judge each model with its own thresholds (per-model rules), then join the verdicts. */
export function judgeAll(config: Config, comparisons: ModelComparison[]): Verdict {
  const parts = comparisons.map((c) => judge([c], settingsFor(config, c.path).thresholds));
  const breaches = parts.flatMap((v) => v.breaches);
  const errors = parts.flatMap((v) => v.errors);
  return { passed: breaches.length === 0 && errors.length === 0, breaches, errors };
}

/** Local runs: how many models matching the glob were left out because they did not change. */
function unchangedNote(count: number | undefined, glob: string): string {
  if (!count) return '';
  return ` ${count} other model${count === 1 ? '' : 's'} matching \`${glob}\` ${count === 1 ? 'is' : 'are'} unchanged and not evaluated.`;
}

function contextLine(env: GateEnv, base: string | undefined, unchanged?: number): string {
  const { context } = env;
  const head = short(context.pr?.headSha ?? context.sha);
  if (context.pr) return `Pull request #${context.pr.number}: base \`${short(base)}\` → head \`${head}\`.`;
  const what = context.workingTree ? 'The working tree' : `Commit \`${head}\``;
  const line = base ? `${what} compared with \`${short(base)}\`.` : `${what} (no earlier commit to compare with).`;
  return line + unchangedNote(unchanged, env.config.models);
}

/** Gate mode: every changed model evaluated and judged, in one report. */
export async function runGate(env: GateEnv): Promise<GateReport> {
  const base = await baseCommit(env);
  const { models, unchanged } = await listModels(env, base);
  const skipped = unchanged ? ` (${unchanged} unchanged, not evaluated)` : '';
  env.log.info(`${models.length} model file(s) to check${models.length ? `: ${models.map((m) => m.path).join(', ')}` : ''}${skipped}`);
  const comparisons: ModelComparison[] = [];
  for (const m of models) {
    const start = performance.now();
    const c = await compareModel(env, m, base);
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    if (c.error) env.log.warning(c.error.startsWith(`${m.path}:`) ? c.error : `${m.path}: ${c.error}`);
    else env.log.info(`${m.path} (${c.status}): evaluated in ${seconds} s`);
    if (c.baseError) env.log.warning(`${m.path}: the base version could not be evaluated; the head is reported without a comparison: ${withoutPath(c.baseError, m.path)}`);
    comparisons.push(c);
  }
  return {
    schema: REPORT_SCHEMA,
    commentKey: env.config.commentKey,
    thresholds: env.config.thresholds,
    variants: env.config.variants,
    comparisons,
    verdict: judgeAll(env.config, comparisons),
    context: contextLine(env, base, unchanged),
  };
}
