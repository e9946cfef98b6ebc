/**
 * The gate's ModelSource over a git checkout: the head tree is the working tree, the base is a commit read
 * with git (or, when a shallow clone lacks it, through a remote reader such as the contents API). Which
 * models changed comes from an injected lister on pull requests (the PR's files API), from git otherwise.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { GateError } from '../errors.js';
import type { RunContext } from '../github/context.js';
import type { ModelListing, ModelSource } from '../pipeline/gate.js';
import { readBaseFile, type RemoteReader } from './base.js';
import { repositoryModels, workingTreeModels, type ChangedModel } from './changes.js';
import { lfsSmudge, parentOf, trackedFiles, untrackedFiles } from './git.js';
import { lfsPointerError, parseLfsPointer } from './lfs.js';
import { limitBytes, limitHint, limitName, MIB, type Limits } from '../util/limits.js';
import { readRegularFile } from '../util/safe-file.js';

export interface SourceOptions {
  context: RunContext;
  /** Reads a base file the clone does not have (shallow checkouts). */
  remote?: RemoteReader;
  /** Pull requests: the changed model files matching a glob (github/pr-files.ts). */
  pullRequestModels?: (glob: string) => Promise<ChangedModel[]>;
  /** Limits: the largest model read (head, base, Git LFS object); default the max-model-mib default. */
  limits?: Partial<Limits>;
}

const ZERO_SHA = /^0+$/;
const short = (sha: string | undefined) => (sha ? sha.slice(0, 7) : 'working tree');

/** The commit head is compared with: the PR base, the commit before a push, or the parent commit. */
export async function baseCommit(context: RunContext): Promise<string | undefined> {
  if (context.pr) return context.pr.baseSha;
  if (context.before && !ZERO_SHA.test(context.before)) return context.before;
  return parentOf(context.workspace, context.sha ?? 'HEAD');
}

/** A base version or a Git LFS object read whole (git gives no file to stat first) is held to the model size limit. */
function withinModelLimit(limits: Partial<Limits> | undefined, path: string, bytes: Buffer, version: 'head' | 'base'): Buffer {
  const max = limitBytes(limits, 'modelMib');
  if (bytes.byteLength <= max) return bytes;
  throw new GateError('bad-model', `the ${version} version is ${(bytes.byteLength / MIB).toFixed(1)} MiB, over ${limitName('modelMib', max / MIB)}`, { file: path }, limitHint('modelMib'));
}

/** The model itself when the bytes are a Git LFS pointer git-lfs can resolve; the error when it cannot. */
async function realBytes(cwd: string, path: string, bytes: Buffer, version: 'head' | 'base', limits?: Partial<Limits>): Promise<Buffer> {
  const pointer = parseLfsPointer(withinModelLimit(limits, path, bytes, version));
  if (!pointer) return bytes;
  const resolved = await lfsSmudge(cwd, bytes);
  if (resolved && !parseLfsPointer(resolved)) return withinModelLimit(limits, path, resolved, version);
  throw lfsPointerError(path, pointer, version);
}

/** The head version from the checkout: a regular file inside the workspace (no link out, device or FIFO), within the size limit. */
function headFile(cwd: string, path: string, limits?: Partial<Limits>): Buffer {
  const full = join(cwd, path);
  if (!lstatSync(full, { throwIfNoEntry: false })) throw new GateError('usage', 'is in the change but not in the checkout', { file: path }, 'Run actions/checkout before this action.');
  const bytes = readRegularFile({ path: full, name: path, kind: 'bad-model' }, { root: cwd, maxBytes: limitBytes(limits, 'modelMib'), limit: 'modelMib' });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
      return realBytes(cwd, path, headFile(cwd, path, options.limits), 'head', options.limits);
    },
    async baseBytes(path) {
      if (!base) return undefined;
      const file = await readBaseFile({ cwd, remote }, base, path);
      return file && realBytes(cwd, path, file.bytes, 'base', options.limits);
    },
  };
}
