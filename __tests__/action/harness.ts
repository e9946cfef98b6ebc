/**
 * Runs the bundled action exactly as a runner does: `node dist/index.js` with INPUT_* variables, a
 * pull_request event file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, a real git checkout, and the GitHub
 * API and artifact service served by FakeGitHub on 127.0.0.1.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { FakeGitHub } from '../github/fake-github.js';
import { runtimeToken } from '../github/runtime-token.js';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The bundle under test; TFLITE_GATE_TEST_DIST points at a copy when others rebuild dist/ concurrently. */
export const DIST = process.env.TFLITE_GATE_TEST_DIST ?? join(ROOT, 'dist/index.js');
/** The Node that runs the bundle: the action runs on node24, so CI also runs these tests with TFLITE_GATE_TEST_NODE. */
export const NODE = process.env.TFLITE_GATE_TEST_NODE || process.execPath;
export const fixture = (p: string) => join(ROOT, 'fixtures', p);

export interface Repo {
  dir: string;
  base: string;
  head: string;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
}

/** A symbolic link committed to the repository (git stores the link, a checkout makes it again). */
export interface Link {
  link: string;
}
export const link = (target: string): Link => ({ link: target });

/** What a repository path holds: a fixture path, bytes, a symbolic link, or (head only) null for deleted. */
export type RepoFile = string | Buffer | Link;

/** A git repository with a base commit and a head commit; files maps repo paths to fixture paths (or bytes, or links). */
export function makeRepo(baseFiles: Record<string, RepoFile>, headFiles: Record<string, RepoFile | null>): Repo {
  const dir = mkdtempSync(join(tmpdir(), 'tg-action-'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'ci@example.com');
  git(dir, 'config', 'user.name', 'ci');
  const write = (files: Record<string, RepoFile | null>) => {
    for (const [path, source] of Object.entries(files)) {
      const full = join(dir, path);
      if (source === null) {
        git(dir, 'rm', '-q', path);
        continue;
      }
      mkdirSync(dirname(full), { recursive: true });
      rmSync(full, { force: true });
      if (typeof source === 'string') copyFileSync(source, full);
      else if (Buffer.isBuffer(source)) writeFileSync(full, source);
      else symlinkSync(source.link, full);
    }
    git(dir, 'add', '-A');
  };
  write(baseFiles);
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  write(headFiles);
  git(dir, 'commit', '-q', '-m', 'head');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

/** A depth-1 clone of the repository's head, as actions/checkout makes by default (the base commit is absent). */
export function shallowClone(repo: Repo): Repo {
  const dir = mkdtempSync(join(tmpdir(), 'tg-shallow-'));
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, dir]);
  return { ...repo, dir };
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface RunSpec {
  repo: Repo;
  gh: FakeGitHub;
  inputs: Record<string, string>;
  pr?: number;
  fork?: boolean;
  event?: 'pull_request' | 'pull_request_target' | 'push';
}

/** GITHUB_OUTPUT in @actions/core's heredoc format: name<<delimiter \n value \n delimiter. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

function eventFile(spec: RunSpec, dir: string): string {
  const path = join(dir, 'event.json');
  const repo = { full_name: 'o/r' };
  const event =
    spec.event === 'push'
      ? { before: spec.repo.base, after: spec.repo.head, repository: repo }
      : {
          action: 'synchronize',
          number: spec.pr ?? 7,
          pull_request: {
            number: spec.pr ?? 7,
            base: { sha: spec.repo.base, ref: 'main', repo },
            head: { sha: spec.repo.head, ref: 'feature', repo: spec.fork ? { full_name: 'someone/r' } : repo },
          },
          repository: repo,
        };
  writeFileSync(path, JSON.stringify(event));
  return path;
}

export async function runAction(spec: RunSpec): Promise<ActionRun> {
  const runner = mkdtempSync(join(tmpdir(), 'tg-runner-'));
  const outputFile = join(runner, 'output');
  const summaryFile = join(runner, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputs = Object.fromEntries(Object.entries({ 'github-token': 'ghs_test', ...spec.inputs }).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runner,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: spec.event ?? 'pull_request',
    GITHUB_EVENT_PATH: eventFile(spec, runner),
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SHA: spec.repo.head,
    GITHUB_WORKSPACE: spec.repo.dir,
    GITHUB_API_URL: spec.gh.url,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_RUN_ID: '1',
    RUNNER_TEMP: runner,
    ACTIONS_RESULTS_URL: `${spec.gh.url}/`,
    ACTIONS_RUNTIME_TOKEN: runtimeToken(),
    ...inputs,
  };
  const child = spawn(NODE, [DIST], { cwd: spec.repo.dir, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? -1)));
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

/** Assert the exit code; on a mismatch the error carries the run's log, so a failure says why. */
export function expectExit(run: ActionRun, code: number): void {
  if (run.code === code) return;
  const log = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => !l.startsWith('::debug::')).slice(-40).join('\n');
  throw new Error(`expected exit code ${code}, got ${run.code}; the run's log ends:\n${log}`);
}
