/**
 * Which model files a run gates, from local git: push and other events compare every tracked model
 * matching the glob with the previous commit; local runs (the CLI) take only the models whose content
 * differs between a ref and the working tree. Pull requests list theirs through the API (github/pr-files.ts).
 */
import { matchesGlob } from '../config/resolve.js';
import type { ModelComparison } from '../results/types.js';
import { commitBlob, diffNames, hasCommit, trackedFiles, untrackedFiles, workingTreeBlob } from './git.js';

export interface ChangedModel {
  path: string;
  status: ModelComparison['status'];
  /** Where the base version lives when the file was renamed. */
  basePath?: string;
}

export const byPath = (a: ChangedModel, b: ChangedModel) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

const GIT_STATUS: Record<string, ModelComparison['status']> = { A: 'added', C: 'added', D: 'deleted', M: 'modified', R: 'modified', T: 'modified' };

/**
 * Push / dispatch: every tracked model matching the glob. With a base commit, each is added, modified or
 * unchanged relative to `head`, and models deleted since are listed too.
 */
export async function repositoryModels(cwd: string, glob: string, base: string | undefined, head: string): Promise<ChangedModel[]> {
  const tracked = (await trackedFiles(cwd)).filter((p) => matchesGlob(p, glob));
  if (base && !(await hasCommit(cwd, base))) {
    // a shallow clone without the base commit: every model is compared (its base read through the API)
    return tracked.map((path) => ({ path, status: 'modified' as const })).sort(byPath);
  }
  const diff = base ? await diffNames(cwd, base, head) : [];
  const changes = new Map(diff.map((d) => [d.path, d]));
  const models: ChangedModel[] = tracked.map((path) => {
    const d = changes.get(path);
    if (!base) return { path, status: 'added' };
    return { path, status: d ? GIT_STATUS[d.status] ?? 'modified' : 'unchanged', basePath: d?.previous };
  });
  for (const d of diff) if (d.status === 'D' && matchesGlob(d.path, glob)) models.push({ path: d.path, status: 'deleted' });
  return models.sort(byPath);
}

/** The changed models of a local run, and how many models matching the glob did not change. */
export interface ModelListing {
  models: ChangedModel[];
  unchanged: number;
}

/** One `git diff --name-status` entry as model changes: a rename across the glob's edge is a deletion or an addition. */
function diffEntry(d: { status: string; path: string; previous?: string }, glob: string): ChangedModel[] {
  const now = matchesGlob(d.path, glob);
  if (d.previous === undefined) return now ? [{ path: d.path, status: GIT_STATUS[d.status] ?? 'modified' }] : [];
  const before = matchesGlob(d.previous, glob);
  if (now && before) return [{ path: d.path, status: GIT_STATUS[d.status] ?? 'modified', basePath: d.previous }];
  if (now) return [{ path: d.path, status: 'added' }];
  return before && d.status === 'R' ? [{ path: d.previous, status: 'deleted' }] : [];
}

async function sameAsCommit(cwd: string, sha: string, path: string): Promise<boolean> {
  const [now, then] = await Promise.all([workingTreeBlob(cwd, path), commitBlob(cwd, sha, path)]);
  return now !== undefined && now === then;
}

/**
 * Local runs: the models whose content differs between `base` and the working tree — committed, staged,
 * unstaged and untracked-but-not-ignored changes alike (`git diff --name-status base` plus `git ls-files
 * --others --exclude-standard`). A rename git detects (the new name tracked, e.g. after `git mv`) is a
 * modification compared with the old path's version, as on a pull request; an untracked file is added (or
 * modified, when `base` has a file at that path).
 */
export async function workingTreeModels(cwd: string, glob: string, base: string): Promise<ModelListing> {
  const changes = new Map<string, ChangedModel>();
  for (const d of await diffNames(cwd, base)) for (const m of diffEntry(d, glob)) changes.set(m.path, m);
  const untracked = (await untrackedFiles(cwd)).filter((p) => matchesGlob(p, glob));
  for (const path of untracked) {
    if (changes.get(path)?.status !== 'deleted') changes.set(path, { path, status: 'added' });
    // in `base` but no longer in the index: the file is still there, changed or not
    else if (await sameAsCommit(cwd, base, path)) changes.delete(path);
    else changes.set(path, { path, status: 'modified' });
  }
  const present = new Set([...(await trackedFiles(cwd)).filter((p) => matchesGlob(p, glob)), ...untracked]);
  const unchanged = [...present].filter((p) => !changes.has(p)).length;
  return { models: [...changes.values()].sort(byPath), unchanged };
}
