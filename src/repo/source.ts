/**
 * The gate's ModelSource over a git checkout: the head tree is the working tree, the base is a commit read
 * with git (or, when a shallow clone lacks it, through a remote reader such as the contents API). Which
 * models changed comes from an injected lister on pull requests (the PR's files API), from git otherwise.
 */
import { lstatSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GateError } from '../errors.js';
import type { RunContext } from '../github/context.js';
import type { ModelListing, ModelSource } from '../pipeline/gate.js';
import { modelTooLarge, readBaseFile, type RemoteReader } from './base.js';
import { byPath, repositoryModels, workingTreeModels, type ChangedModel } from './changes.js';
import { matchesGlob } from '../config/resolve.js';
import { externalDataChanges, readExternalFiles } from './external-data.js';
import { diffNames, isSymlinkAt, lfsSmudge, parentOf, trackedFiles, untrackedFiles } from './git.js';
import { lfsPointerError, parseLfsPointer } from './lfs.js';
import { limitBytes, type Limits } from '../util/limits.js';
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
  throw modelTooLarge(path, bytes.byteLength, max, version);
}

/** The model itself when the bytes are a Git LFS pointer git-lfs can resolve; the error when it cannot. */
async function realBytes(cwd: string, path: string, bytes: Buffer, version: 'head' | 'base', limits?: Partial<Limits>): Promise<Buffer> {
  const pointer = parseLfsPointer(withinModelLimit(limits, path, bytes, version));
  if (!pointer) return bytes;
  const resolved = await lfsSmudge(cwd, bytes);
  if (resolved && !parseLfsPointer(resolved)) return withinModelLimit(limits, path, resolved, version);
  throw lfsPointerError(path, pointer, version);
}

/**
 * The head version from the checkout: a regular file inside `root` (the workspace; the model's folder for its
 * external data) with no link out, device or FIFO, within the size limit.
 */
function headFile(cwd: string, path: string, limits?: Partial<Limits>, root = cwd): Buffer {
  const full = join(cwd, path);
  if (!lstatSync(full, { throwIfNoEntry: false })) throw new GateError('usage', 'is in the change but not in the checkout', { file: path }, 'Run actions/checkout before this action.');
  const bytes = readRegularFile({ path: full, name: path, kind: 'bad-model' }, { root, maxBytes: limitBytes(limits, 'modelMib'), limit: 'modelMib' });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The repository paths a run changes (both sides of a rename): what an ONNX model's external data is checked against. */
async function changedPaths(options: SourceOptions, base: string | undefined): Promise<Set<string>> {
  const { context } = options;
  const cwd = context.workspace;
  if (context.pr) return new Set((await options.pullRequestModels!('**')).flatMap((m) => [m.path, ...(m.basePath ? [m.basePath] : [])]));
  if (!base) return new Set();
  const diff = await diffNames(cwd, base, context.workingTree ? undefined : context.sha ?? 'HEAD');
  const untracked = context.workingTree ? await untrackedFiles(cwd) : [];
  return new Set([...diff.flatMap((d) => [d.path, ...(d.previous ? [d.previous] : [])]), ...untracked]);
}

/** The changed models as the pull request, the push or the working tree has them. */
async function listChanged(options: SourceOptions, base: string | undefined, glob: string): Promise<ModelListing> {
  const { context } = options;
  if (context.pr) {
    if (!options.pullRequestModels) throw new GateError('usage', 'a pull_request run needs GITHUB_REPOSITORY and a github-token to list the changed files');
    return { models: await options.pullRequestModels(glob) };
  }
  if (context.workingTree && base) return workingTreeModels(context.workspace, glob, base);
  return { models: await repositoryModels(context.workspace, glob, base, context.sha ?? 'HEAD') };
}

export async function gitModelSource(options: SourceOptions): Promise<ModelSource> {
  const { context, remote } = options;
  const cwd = context.workspace;
  const base = await baseCommit(context);
  const source: ModelSource = {
    baseSha: base,
    headRef: `head ${short(context.pr?.headSha ?? context.sha)}`,
    baseRef: `base ${short(base)}`,
    async changed(glob): Promise<ModelListing> {
      const listing = await listChanged(options, base, glob);
      const candidates = (await source.files()).filter((p) => matchesGlob(p, glob));
      const more = await externalDataChanges(listing.models, candidates, await changedPaths(options, base), (p) => source.headBytes(p));
      if (more.length === 0) return listing;
      const models = [...listing.models.filter((m) => !more.some((x) => x.path === m.path)), ...more].sort(byPath);
      return { models, ...(listing.unchanged !== undefined ? { unchanged: listing.unchanged - more.length } : {}) };
    },
    async files() {
      return [...(await trackedFiles(cwd)), ...(context.workingTree ? await untrackedFiles(cwd) : [])];
    },
    async externalFiles(version, path, bytes) {
      const max = limitBytes(options.limits, 'modelMib');
      if (version === 'head') {
        // a missing file is left to the converter's error, which names the tensor that needs it
        const read = async (p: string) => (lstatSync(join(cwd, p), { throwIfNoEntry: false }) ? realBytes(cwd, p, headFile(cwd, p, options.limits, join(cwd, dirname(path))), 'head', options.limits) : undefined);
        return readExternalFiles(path, bytes, read, max);
      }
      return readExternalFiles(path, bytes, async (p) => {
        if (!base) return undefined;
        if (await isSymlinkAt(cwd, base, p)) throw new GateError('bad-model', `external data "${p}" is a symbolic link at the base commit`, { file: path }, 'External data files must be regular files in the model\'s folder.');
        const file = await readBaseFile({ cwd, remote, maxBytes: max }, base, p);
        return file && realBytes(cwd, p, file.bytes, 'base', options.limits);
      }, max);
    },
    async headBytes(path) {
      return realBytes(cwd, path, headFile(cwd, path, options.limits), 'head', options.limits);
    },
    async baseBytes(path) {
      if (!base) return undefined;
      const file = await readBaseFile({ cwd, remote, maxBytes: limitBytes(options.limits, 'modelMib') }, base, path);
      return file && realBytes(cwd, path, file.bytes, 'base', options.limits);
    },
  };
  return source;
}
