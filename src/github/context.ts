/**
 * The run's GitHub context, read once from the runner's environment and event file: which repository,
 * which event, and for pull requests the number, base and head commits and whether it comes from a fork.
 */
import { existsSync, readFileSync } from 'node:fs';
import { GateError } from '../errors.js';

export interface Repo {
  owner: string;
  name: string;
}

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  /** True when the head branch lives in another repository (the token is then read-only). */
  fork: boolean;
}

export interface RunContext {
  eventName: string;
  repo?: Repo;
  /** The commit the workflow runs on. */
  sha?: string;
  /** Push events: the commit before the push (all zeros for a new branch). */
  before?: string;
  pr?: PullRequestInfo;
  apiUrl: string;
  serverUrl: string;
  workspace: string;
  runId?: string;
  /** The head is the working tree, not a commit (local CLI runs). */
  workingTree?: boolean;
  /** What the base is called, shown beside its sha: the pull request's base branch, the pushed branch, or the CLI's --base. */
  baseName?: string;
}

type Env = Record<string, string | undefined>;
type Event = {
  pull_request?: { number: number; base: { sha: string; ref?: string; repo?: { full_name?: string } }; head: { sha: string; repo?: { full_name?: string } | null } };
  before?: string;
};

function readEvent(path: string | undefined): Event {
  if (!path || !existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Event;
  } catch (error) {
    throw new GateError('usage', `the event file is not valid JSON: ${(error as Error).message}`, { file: path });
  }
}

function repoOf(full: string | undefined): Repo | undefined {
  const [owner, name] = (full ?? '').split('/');
  return owner && name ? { owner, name } : undefined;
}

export function readRunContext(env: Env, cwd: string): RunContext {
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const repo = repoOf(env.GITHUB_REPOSITORY);
  const pr = event.pull_request;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    repo,
    sha: env.GITHUB_SHA,
    before: event.before,
    pr: pr && {
      number: pr.number,
      baseSha: pr.base.sha,
      headSha: pr.head.sha,
      fork: (pr.head.repo?.full_name ?? '') !== (pr.base.repo?.full_name ?? env.GITHUB_REPOSITORY ?? ''),
    },
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    workspace: env.GITHUB_WORKSPACE ?? cwd,
    runId: env.GITHUB_RUN_ID,
    ...((pr ? pr.base.ref : env.GITHUB_REF_NAME) ? { baseName: pr ? pr.base.ref : env.GITHUB_REF_NAME } : {}),
  };
}
