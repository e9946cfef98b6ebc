/**
 * The gate's ModelSource over a git checkout: the head tree is the working tree, the base is a commit read
 * with git (or, when a shallow clone lacks it, through a remote reader such as the contents API). Which
 * models changed comes from an injected lister on pull requests (the PR's files API), from git otherwise.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GateError } from '../errors.js';
import type { RunContext } from '../github/context.js';
import type { ModelListing, ModelSource } from '../pipeline/gate.js';
import { readBaseFile, type RemoteReader } from './base.js';
import { repositoryModels, workingTreeModels, type ChangedModel } from './changes.js';
import { lfsSmudge, parentOf, trackedFiles, untrackedFiles } from './git.js';
import { lfsPointerError, parseLfsPointer } from './lfs.js';

export interface SourceOptions {
  context: RunContext;
  /** Reads a base file the clone does not have (shallow checkouts). */
  remote?: RemoteReader;
  /** Pull requests: the changed model files matching a glob (github/pr-files.ts). */
  pullRequestModels?: (glob: string) => Promise<ChangedModel[]>;
}

const ZERO_SHA = /^0+$/;
const short = (sha: string | undefined) => (sha ? sha.slice(0, 7) : 'working tree');

/** The commit head is compared with: the PR base, the commit before a push, or the parent commit. */
export async function baseCommit(context: RunContext): Promise<string | undefined> {
  if (context.pr) return context.pr.baseSha;
  if (context.before && !ZERO_SHA.test(context.before)) return context.before;
  return parentOf(context.workspace, context.sha ?? 'HEAD');
}

/** The model itself when the bytes are a Git LFS pointer git-lfs can resolve; the error when it cannot. */
async function realBytes(cwd: string, path: string, bytes: Buffer, version: 'head' | 'base'): Promise<Buffer> {
  const pointer = parseLfsPointer(bytes);
  if (!pointer) return bytes;
  const resolved = await lfsSmudge(cwd, bytes);
  if (resolved && !parseLfsPointer(resolved)) return resolved;
  throw lfsPointerError(path, pointer, version);
}

export async function gitModelSource(options: SourceOptions): Promise<ModelSource> {
  const { context, remote } = options;
  const cwd = context.workspace;
  const base = await baseCommit(context);
  return {
    baseSha: base,
    headRef: `head ${short(context.pr?.headSha ?? context.sha)}`,
    baseRef: `base ${short(base)}`,
    async changed(glob): Promise<ModelListing> {
      if (context.pr) {
        if (!options.pullRequestModels) throw new GateError('usage', 'a pull_request run needs GITHUB_REPOSITORY and a github-token to list the changed files');
        return { models: await options.pullRequestModels(glob) };
      }
      if (context.workingTree && base) return workingTreeModels(cwd, glob, base);
      return { models: await repositoryModels(cwd, glob, base, context.sha ?? 'HEAD') };
    },
    async files() {
      return [...(await trackedFiles(cwd)), ...(context.workingTree ? await untrackedFiles(cwd) : [])];
    },
    async headBytes(path) {
      const full = join(cwd, path);
      if (!existsSync(full)) throw new GateError('usage', 'is in the change but not in the checkout', { file: path }, 'Run actions/checkout before this action.');
      return realBytes(cwd, path, readFileSync(full), 'head');
    },
    async baseBytes(path) {
      if (!base) return undefined;
      const file = await readBaseFile({ cwd, remote }, base, path);
      return file && realBytes(cwd, path, file.bytes, 'base');
    },
  };
}
