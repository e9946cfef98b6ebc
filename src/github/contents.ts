/** A file at a commit through the contents API (raw media type, which also serves files over 1 MB). */
import { ApiError, type GitHubApi } from './api.js';
import type { Repo } from './context.js';
import type { RemoteReader } from '../repo/base.js';

export function contentsReader(api: GitHubApi, repo: Repo): RemoteReader {
  return async (sha, path) => {
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    try {
      const res = await api.request<Buffer>('GET', `/repos/${repo.owner}/${repo.name}/contents/${encoded}?ref=${sha}`, {
        accept: 'application/vnd.github.raw+json',
      });
      return res.data;
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return undefined;
      throw error;
    }
  };
}
