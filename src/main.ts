/**
 * The action: the only place that reads inputs through @actions/core, sets outputs and reports failure.
 * Modes: gate (evaluate and judge the changed models), list (the changed models as a matrix-ready JSON
 * array), merge (combine the report.json files of matrix jobs into one comment and verdict).
 */
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { checkOutputDir, loadConfig, parseConfig, type Config, type InputReader } from './config/index.js';
import { describeError, exitCodeFor, GateError } from './errors.js';
import { createClient, type GitHubClient } from './github/api.js';
import { contentsReader } from './github/contents.js';
import { readRunContext, type RunContext } from './github/context.js';
import { findFiles } from './github/find.js';
import { matrixEntries } from './github/matrix.js';
import { changedModelFiles, pullRequestFiles, type PullRequestFile } from './github/pr-files.js';
import { publish, type PublishEnv } from './github/publish.js';
import { runGate, unmatchedGlobs, type GateEnv, type ModelEvaluator, type ModelSource } from './pipeline/gate.js';
import { loadTrustedConfig, type TrustedSettings } from './pipeline/trust.js';
import { checkPullRequestCheckout } from './repo/checkout.js';
import { trackedFiles } from './repo/git.js';
import { baseReader } from './repo/snapshot.js';
import { gitModelSource } from './repo/source.js';
import { mergeReports, parseReportJson, requireReports, type ExpectedModels } from './report/json.js';
import { summaryLine } from './report/markdown.js';
import type { GateReport } from './report/types.js';
import type { GateProgress } from './pipeline/gate-evaluator.js';
import { logLines, logText } from './util/escape.js';
import { readRegularFile } from './util/safe-file.js';

/** A matrix job's report.json is a few MiB at most; anything larger is not one. */
const REPORT_MAX_BYTES = 256 * 1024 * 1024;

export interface RunOptions {
  /** The runtime used to evaluate models; defaults to LiteRT.js through pipeline/gate-evaluator.ts. */
  evaluator?: ModelEvaluator;
  env?: NodeJS.ProcessEnv;
}

interface Run {
  config: Config;
  context: RunContext;
  api?: GitHubClient;
  outputDir: string;
  options: RunOptions;
  /** Pull requests (unless trust-pr-config): the settings read at the base commit. */
  trusted?: TrustedSettings;
  notices?: string[];
}

/** Log lines pass the last guard of util/escape.ts (no line can start a workflow command); warnings are escaped by core. */
const log = { info: (message: string) => core.info(logLines(message)), warning: core.warning };

async function defaultEvaluator(): Promise<ModelEvaluator> {
  const { liteRtEvaluator } = await import('./pipeline/gate-evaluator.js');
  return liteRtEvaluator(await jobProgress());
}

/**
 * A line every few seconds in the job log while a model is evaluated (done/total and rate). Through log.info: a
 * model's path is the pull request's to choose, and it starts the line. `intervalMs`: least time between lines.
 */
export async function jobProgress(intervalMs?: number): Promise<GateProgress> {
  const { progressReporter } = await import('./report/progress.js');
  const { STAGE_UNITS } = await import('./pipeline/evaluate.js');
  const reporter = progressReporter({ isTTY: false, write: (line) => log.info(line.trimEnd()), ...(intervalMs === undefined ? {} : { intervalMs }) });
  return (model, p) => reporter.update({ stage: `${model}: ${p.stage}`, item: p.variant, done: p.done, total: p.total, unit: STAGE_UNITS[p.stage] });
}

function publishEnv(r: Run): PublishEnv {
  const env = r.options.env ?? process.env;
  return {
    config: r.config, context: r.context, api: r.api, outputDir: r.outputDir, summaryPath: env.GITHUB_STEP_SUMMARY,
    artifactService: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
    log: { ...log, annotate: (a) => core.error(a.message, { file: a.file, title: a.title }) },
  };
}

async function finish(r: Run, report: GateReport): Promise<void> {
  const published = await publish(report, publishEnv(r));
  core.setOutput('passed', String(report.verdict.passed));
  core.setOutput('report-json', published.reportPath);
  core.setOutput('markdown', published.markdownPath);
  core.setOutput('models', String(report.comparisons.length));
  core.setOutput('comment-url', published.commentUrl ?? '');
  const line = summaryLine(report).replace(/^## /, '');
  if (report.verdict.passed) log.info(line);
  else if (r.config.failOn === 'never') core.warning(`${line} (not failing the step: fail-on is never)`);
  else core.setFailed(line);
}

function modelSource(r: Run): Promise<ModelSource> {
  const { api, context } = r;
  const repo = context.repo;
  // listed once per run: the models glob and the external data check both read it
  let files: Promise<PullRequestFile[]> | undefined;
  return gitModelSource({
    context,
    limits: r.config.limits,
    remote: api && repo ? contentsReader(api, repo) : undefined,
    pullRequestModels: api && repo && context.pr ? (glob) => (files ??= pullRequestFiles(api, repo, context.pr!.number)).then((f) => changedModelFiles(f, glob)) : undefined,
  });
}

const MODES: Record<Config['mode'], (r: Run) => Promise<void>> = {
  async gate(r) {
    const evaluator = r.options.evaluator ?? (await defaultEvaluator());
    const source = await modelSource(r);
    const env: GateEnv = {
      config: r.config, context: r.context, source, evaluator, log, outputDir: r.outputDir,
      datasetRoot: r.trusted?.datasetRoot, trust: r.trusted?.trust, notices: r.notices,
    };
    await finish(r, await runGate(env));
  },
  async list(r) {
    const source = await modelSource(r);
    const { models } = await source.changed(r.config.models);
    const unmatched = unmatchedGlobs({ ...r.config, rules: [] }, [...(await source.files()), ...models.map((m) => m.path)]);
    if (unmatched.length) throw new GateError('usage', `input "models": ${unmatched[0].message}`, {}, 'Fix the glob: a typo would gate nothing.');
    const paths = models.map((m) => m.path);
    log.info(`${paths.length} changed model file(s): ${paths.map(logText).join(', ') || 'none'}`);
    core.setOutput('matrix', JSON.stringify(matrixEntries(paths, r.config.batchSize)));
    core.setOutput('models', String(paths.length));
  },
  async merge(r) {
    const files = findFiles(r.context.workspace, r.config.reports);
    if (!files.length) throw new GateError('usage', `input "reports": no report.json files match "${r.config.reports}"`, {}, 'Download the matrix jobs\' artifacts first (actions/download-artifact).');
    await refuseCommittedReports(r.context.workspace, files);
    log.info(`Merging ${files.length} report(s)`);
    const read = (f: string) => new TextDecoder().decode(readRegularFile({ path: f, kind: 'usage' }, { root: r.context.workspace, maxBytes: REPORT_MAX_BYTES }));
    const reports = files.map((f) => parseReportJson(read(f), f));
    await finish(r, requireReports(mergeReports(reports, r.config.commentKey), await expectedModels(r)));
  },
};

/** The changed models, listed as list mode lists them (give merge the same `models` input), for requireReports. */
async function expectedModels(r: Run): Promise<ExpectedModels> {
  try {
    const { models } = await (await modelSource(r)).changed(r.config.models);
    return { paths: models.map((m) => m.path) };
  } catch (error) {
    return { error: error instanceof GateError ? error.message : String(error) };
  }
}

/**
 * Merge mode reads reports the matrix jobs made; one git tracks came with the checkout, where a pull request
 * could have planted a passing report (used should a matrix job's artifact be missing): refused.
 */
async function refuseCommittedReports(workspace: string, files: string[]): Promise<void> {
  const tracked = new Set(await trackedFiles(workspace));
  const planted = files.map((f) => relative(workspace, f).split(sep).join('/')).filter((f) => tracked.has(f));
  if (!planted.length) return;
  throw new GateError('usage', `input "reports": ${planted.join(', ')} ${planted.length === 1 ? 'is' : 'are'} committed to the repository, not made by the matrix jobs`, {}, 'Download the matrix jobs\' artifacts into a folder the repository does not track.');
}

/** Release runs write release-ready files into the workspace; other runs into the runner's temp dir. */
function defaultOutputDir(context: RunContext, env: NodeJS.ProcessEnv): string {
  if (context.eventName === 'release') return join(context.workspace, 'tflite-gate-release');
  return join(env.RUNNER_TEMP ?? tmpdir(), 'tflite-gate');
}

const TRUSTING_PR =
  'The config file and test sets were read from this pull request (`trust-pr-config: true`), not from the base commit: a pull request can change its own gate.';

/**
 * The settings of a gate run. Pull requests read the config file and datasets at the base commit (a pull
 * request cannot loosen its own gate) unless trust-pr-config is true; other runs read the workspace.
 */
async function settings(read: InputReader, inputs: Config, context: RunContext, api: GitHubClient | undefined, env: NodeJS.ProcessEnv) {
  const cwd = context.workspace;
  if (!context.pr || inputs.mode !== 'gate') return { config: loadConfig(read, cwd) };
  if (inputs.trustPrConfig) return { config: loadConfig(read, cwd), notices: [TRUSTING_PR] };
  const scratch = mkdtempSync(join(env.RUNNER_TEMP ?? tmpdir(), 'tflite-gate-base-'));
  process.once('exit', () => rmSync(scratch, { recursive: true, force: true }));
  const remote = api && context.repo ? contentsReader(api, context.repo) : undefined;
  const trusted = await loadTrustedConfig(read, baseReader(cwd, context.pr.baseSha, scratch, remote));
  return { config: trusted.config, trusted };
}

export async function run(options: RunOptions = {}): Promise<void> {
  try {
    const env = options.env ?? process.env;
    const cwd = env.GITHUB_WORKSPACE ?? process.cwd();
    const read: InputReader = (name) => core.getInput(name);
    // the inputs alone first: a bad input is refused before anything is read from git or the API
    const inputs = parseConfig(read, { readFile: () => '' });
    const context = readRunContext(env, cwd);
    if (context.pr && inputs.mode !== 'merge') await checkPullRequestCheckout(context.workspace, context.pr.headSha, context.eventName);
    const api = inputs.githubToken ? createClient({ token: inputs.githubToken, baseUrl: context.apiUrl, log: log.info }) : undefined;
    const { config, trusted, notices } = await settings(read, inputs, context, api, env);
    checkOutputDir(config, cwd);
    const outputDir = resolve(cwd, config.outputDir ?? defaultOutputDir(context, env));
    await MODES[config.mode]({ config, context, api, outputDir, options, trusted, notices });
  } catch (error) {
    core.setFailed(describeError(error));
    if (!(error instanceof GateError) && error instanceof Error && error.stack) core.debug(error.stack);
    process.exitCode = exitCodeFor(error);
  }
}

