/**
 * Which model files a run gates. Pull requests: the PR's files API (every page), filtered by the models
 * glob. Push and other events: every tracked model matching the glob, compared with the previous commit.
 */
import { matchesGlob } from '../config/resolve.js';
import type { ModelComparison } from '../pipeline/types.js';
import type { GitHubApi } from './api.js';
import type { Repo } from './context.js';
import { diffNames, hasCommit, trackedFiles } from './git.js';

export interface ChangedModel {
  path: string;
  status: ModelComparison['status'];
  /** Where the base version lives when the file was renamed. */
  basePath?: string;
}

interface PrFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
}

const PR_STATUS: Record<PrFile['status'], ModelComparison['status']> = {
  added: 'added', copied: 'added', removed: 'deleted', modified: 'modified', renamed: 'modified', changed: 'modified', unchanged: 'unchanged',
};

export async function pullRequestModels(api: GitHubApi, repo: Repo, pr: number, glob: string): Promise<ChangedModel[]> {
  const files = await api.paginate<PrFile>(`/repos/${repo.owner}/${repo.name}/pulls/${pr}/files?per_page=100`);
  return files
    .filter((f) => matchesGlob(f.filename, glob))
    .map((f) => ({ path: f.filename, status: PR_STATUS[f.status], basePath: f.status === 'renamed' ? f.previous_filename : undefined }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const GIT_STATUS: Record<string, ModelComparison['status']> = { A: 'added', C: 'added', D: 'deleted', M: 'modified', R: 'modified', T: 'modified' };

/**
 * Push / dispatch: every tracked model matching the glob. With a base commit, each is added, modified or
 * unchanged relative to it, and models deleted since are listed too. `head` undefined compares the working
 * tree (untracked models included), as the CLI does.
 */
export async function repositoryModels(cwd: string, glob: string, base?: string, head?: string): Promise<ChangedModel[]> {
  const tracked = (await trackedFiles(cwd, head === undefined)).filter((p) => matchesGlob(p, glob));
  if (base && !(await hasCommit(cwd, base))) {
    // a shallow clone without the base commit: every model is compared (its base read through the API)
    return tracked.map((path) => ({ path, status: 'modified' as const })).sort((a, b) => (a.path < b.path ? -1 : 1));
  }
  const diff = base ? await diffNames(cwd, base, head) : [];
  const byPath = new Map(diff.map((d) => [d.path, d]));
  // in the working tree, files git does not track yet are new
  const committed = head === undefined ? new Set(await trackedFiles(cwd)) : undefined;
  const models: ChangedModel[] = tracked.map((path) => {
    const d = byPath.get(path);
    if (!base || (committed && !committed.has(path))) return { path, status: 'added' };
    return { path, status: d ? GIT_STATUS[d.status] ?? 'modified' : 'unchanged', basePath: d?.previous };
  });
  for (const d of diff) if (d.status === 'D' && matchesGlob(d.path, glob)) models.push({ path: d.path, status: 'deleted' });
  return models.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
