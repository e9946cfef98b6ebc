/**
 * Everything a finished report goes to: report.json and report.md in the output directory, the job
 * summary, the sticky PR comment, error annotations and the workflow artifact. A comment or artifact that
 * cannot be written is logged with the reason and never changes the verdict.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/types.js';
import { COMMENT_LIMIT, renderMarkdown } from '../report/markdown.js';
import { reportToJson } from '../report/json.js';
import type { GateReport } from '../report/types.js';
import type { GitHubClient } from './api.js';
import { annotationsFor, type Annotation } from './annotations.js';
import { uploadFiles } from './artifacts.js';
import { commentFailureReason, commentMarker, upsertComment } from './comment.js';
import type { RunContext } from './context.js';
import { SUMMARY_LIMIT, writeJobSummary } from './summary.js';
import { writeOutputFile } from '../util/write-file.js';

export interface PublishLog {
  info(message: string): void;
  warning(message: string): void;
  annotate(a: Annotation): void;
}

export interface PublishEnv {
  config: Config;
  context: RunContext;
  api?: GitHubClient;
  log: PublishLog;
  outputDir: string;
  /** GITHUB_STEP_SUMMARY. */
  summaryPath?: string;
  /** True when the artifact service is reachable (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL set). */
  artifactService: boolean;
}

export interface Published {
  reportPath: string;
  markdownPath: string;
  commentUrl?: string;
  artifactId?: number;
}

function writeFiles(report: GateReport, dir: string): Pick<Published, 'reportPath' | 'markdownPath'> {
  mkdirSync(dir, { recursive: true });
  const reportPath = join(dir, 'report.json');
  const markdownPath = join(dir, 'report.md');
  // the output folder may be in the workspace, which a pull request populates: a link there is replaced, a device refused
  writeOutputFile(reportPath, reportToJson(report), { mode: 'replace', what: 'report.json' });
  writeOutputFile(markdownPath, renderMarkdown(report), { mode: 'replace', what: 'report.md' });
  return { reportPath, markdownPath };
}

async function comment(report: GateReport, env: PublishEnv): Promise<string | undefined> {
  const { config, context, api, log } = env;
  if (!config.comment) return undefined;
  if (!context.pr || !context.repo || !api) {
    log.info('Not a pull request: no PR comment (the report is in the job summary).');
    return undefined;
  }
  const limit = COMMENT_LIMIT - commentMarker(config.commentKey).length - 1;
  try {
    const target = { client: api, repo: context.repo, issue: context.pr.number, key: config.commentKey, log: log.info };
    const result = await upsertComment(target, renderMarkdown(report, { maxChars: limit }));
    log.info(`PR comment ${result.action}: ${result.url}`);
    return result.url;
  } catch (error) {
    log.warning(commentFailureReason(error, context.pr.fork));
    return undefined;
  }
}

async function artifact(report: GateReport, env: PublishEnv, files: string[]): Promise<number | undefined> {
  if (!env.config.uploadArtifacts) return undefined;
  if (!env.artifactService) {
    env.log.info('No artifact service in this environment (ACTIONS_RUNTIME_TOKEN unset): artifact not uploaded.');
    return undefined;
  }
  const tflite = report.comparisons.flatMap((c) => c.head?.variants.flatMap((v) => (v.tflitePath ? [v.tflitePath] : [])) ?? []);
  try {
    const result = await uploadFiles(env.config.artifactName, [...files, ...tflite], env.outputDir);
    env.log.info(`Artifact "${env.config.artifactName}" uploaded (${result.files} files).`);
    if (result.skipped.length) env.log.warning(`Left out of artifact "${env.config.artifactName}" (a character in the path the artifact service refuses): ${result.skipped.join(', ')}`);
    return result.id;
  } catch (error) {
    env.log.warning(`Artifact "${env.config.artifactName}" not uploaded: ${(error as Error).message}`);
    return undefined;
  }
}

export async function publish(report: GateReport, env: PublishEnv): Promise<Published> {
  const files = writeFiles(report, env.outputDir);
  // the summary limit is in bytes; arrows and marks take 3-4 UTF-8 bytes, so keep to half in UTF-16 units
  writeJobSummary(renderMarkdown(report, { maxChars: SUMMARY_LIMIT / 2 }), env.summaryPath);
  for (const a of annotationsFor(report.verdict)) env.log.annotate(a);
  const commentUrl = await comment(report, env);
  const artifactId = await artifact(report, env, [files.reportPath, files.markdownPath]);
  return { ...files, commentUrl, artifactId };
}
