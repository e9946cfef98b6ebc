/**
 * A model's bytes at the base commit: from git when the clone has that commit, otherwise from the
 * contents API (raw media type, which also serves files over 1 MB). Undefined when it did not exist.
 */
import { GateError } from '../errors.js';
import { ApiError, type GitHubApi } from './api.js';
import type { Repo } from './context.js';
import { hasCommit, showFile } from './git.js';

export interface BaseSource {
  cwd: string;
  api?: GitHubApi;
  repo?: Repo;
}

export interface BaseFile {
  bytes: Buffer;
  via: 'git' | 'contents API';
}

async function fromApi(api: GitHubApi, repo: Repo, sha: string, path: string): Promise<Buffer | undefined> {
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
}

export async function readBaseFile(source: BaseSource, sha: string, path: string): Promise<BaseFile | undefined> {
  if (await hasCommit(source.cwd, sha)) {
    const bytes = await showFile(source.cwd, sha, path);
    return bytes ? { bytes, via: 'git' } : undefined;
  }
  if (!source.api || !source.repo) {
    throw new GateError('usage', `base commit ${sha.slice(0, 7)} is not in the clone and no GitHub API is available`, { file: path }, 'Check out with `fetch-depth: 0`, or give the action a github-token.');
  }
  const bytes = await fromApi(source.api, source.repo, sha, path);
  return bytes ? { bytes, via: 'contents API' } : undefined;
}
