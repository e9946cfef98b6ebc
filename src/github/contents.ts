/** A file at a commit through the contents API (raw media type, which also serves files over 1 MB). */
import { statusOf, type GitHubClient } from './api.js';
import type { Repo } from './context.js';
import type { RemoteReader } from '../repo/base.js';

export function contentsReader(client: GitHubClient, repo: Repo): RemoteReader {
  return async (sha, path) => {
    try {
      // the body is read as bytes here: a raw response may claim charset=utf-8, and text decoding would corrupt a model
      // each segment encoded here, the slashes kept ({+path}: reserved expansion leaves %XX and "/" alone)
      const res = await client.request('GET /repos/{owner}/{repo}/contents/{+path}', {
        owner: repo.owner, repo: repo.name, path: path.split('/').map(encodeURIComponent).join('/'), ref: sha,
        mediaType: { format: 'raw' },
        request: { parseSuccessResponseBody: false },
      });
      return Buffer.from(await new Response(res.data as unknown as ReadableStream).arrayBuffer());
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  };
}
