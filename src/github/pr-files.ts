/** A pull request's changed model files: the PR's files API (every page), filtered by the models glob. */
import { matchesGlob } from '../config/resolve.js';
import type { ModelComparison } from '../pipeline/types.js';
import { byPath, type ChangedModel } from '../repo/changes.js';
import type { GitHubApi } from './api.js';
import type { Repo } from './context.js';

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
    .sort(byPath);
}

