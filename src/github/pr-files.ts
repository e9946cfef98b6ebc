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

export async function pullRequestModels(client: GitHubClient, repo: Repo, pr: number, glob: string): Promise<ChangedModel[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, { owner: repo.owner, repo: repo.name, pull_number: pr, per_page: 100 });
  return files
    .filter((f) => matchesGlob(f.filename, glob))
    .map((f) => ({ path: f.filename, status: PR_STATUS[f.status], basePath: f.status === 'renamed' ? f.previous_filename : undefined }))
    .sort(byPath);
}
