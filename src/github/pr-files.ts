/** A pull request's changed model files: the PR's files API (every page), filtered by the models glob. */
import { matchesGlob } from '../config/resolve.js';
import type { ModelComparison } from '../results/types.js';
import { byPath, type ChangedModel } from '../repo/changes.js';
import type { GitHubClient } from './api.js';
import type { Repo } from './context.js';

type PrStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

const PR_STATUS: Record<PrStatus, ModelComparison['status']> = {
  added: 'added', copied: 'added', removed: 'deleted', modified: 'modified', renamed: 'modified', changed: 'modified', unchanged: 'unchanged',
};

/** GitHub's files API lists at most this many files of a pull request; the rest are never returned. */
export const MAX_LISTED_FILES = 3000;

/** One entry of the PR's files API. */
export interface PullRequestFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

/** Every changed file of the pull request (every page); past MAX_LISTED_FILES it fails, see pullRequestModels. */
export async function pullRequestFiles(client: GitHubClient, repo: Repo, pr: number): Promise<PullRequestFile[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, { owner: repo.owner, repo: repo.name, pull_number: pr, per_page: 100 });
  if (files.length >= MAX_LISTED_FILES) {
    throw new Error(`the pull request changes ${files.length} files or more and GitHub's files API lists at most ${MAX_LISTED_FILES}, so a changed model could be missing; split the pull request`);
  }
  return files;
}

/**
 * The changed model files among `files`. A file renamed from a path the glob matches to one it does not is the
 * old path deleted (as in a local run).
 */
export function changedModelFiles(files: readonly PullRequestFile[], glob: string): ChangedModel[] {
  const movedOut = files.filter((f) => f.status === 'renamed' && f.previous_filename && !matchesGlob(f.filename, glob) && matchesGlob(f.previous_filename, glob));
  return [
    ...files.filter((f) => matchesGlob(f.filename, glob)).map((f) => ({ path: f.filename, status: PR_STATUS[f.status as PrStatus], basePath: f.status === 'renamed' ? f.previous_filename : undefined })),
    ...movedOut.map((f) => ({ path: f.previous_filename!, status: 'deleted' as const })),
  ].sort(byPath);
}

/**
 * The changed model files. A pull request with MAX_LISTED_FILES files or more may have a changed model beyond
 * the list: that fails (a run-wide check that cannot be made), it never passes unseen.
 */
export async function pullRequestModels(client: GitHubClient, repo: Repo, pr: number, glob: string): Promise<ChangedModel[]> {
  return changedModelFiles(await pullRequestFiles(client, repo, pr), glob);
}
