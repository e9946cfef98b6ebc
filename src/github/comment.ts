/**
 * One sticky PR comment per comment key: found by a hidden HTML marker among the comments this token's
 * user wrote (every page), edited in place, never duplicated, and not written at all when unchanged.
 */
import { ApiError, type GitHubApi } from './api.js';
import type { Repo } from './context.js';

export interface CommentTarget {
  api: GitHubApi;
  repo: Repo;
  issue: number;
  key: string;
}

export interface CommentResult {
  action: 'created' | 'updated' | 'unchanged';
  url: string;
  id: number;
}

interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
  user?: { login: string; type?: string } | null;
}

/** The hidden marker that identifies our comment for a key. */
export function commentMarker(key: string): string {
  return key ? `<!-- tflite-gate:${key} -->` : '<!-- tflite-gate -->';
}

/** The login this token writes as; undefined for an installation token (GITHUB_TOKEN cannot read /user). */
async function tokenLogin(api: GitHubApi): Promise<string | undefined> {
  try {
    return (await api.request<{ login: string }>('GET', '/user')).data.login;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403 || error.status === 404)) return undefined;
    throw error;
  }
}

function isOurs(c: IssueComment, marker: string, login: string | undefined): boolean {
  if (!c.body?.startsWith(marker)) return false;
  if (login) return c.user?.login === login;
  return c.user?.type === 'Bot' || c.user?.login === 'github-actions[bot]';
}

/** Our existing comment for the key, searching every page; the oldest wins if a race made two. */
export async function findComment(t: CommentTarget): Promise<IssueComment | undefined> {
  const marker = commentMarker(t.key);
  const login = await tokenLogin(t.api);
  const comments = await t.api.paginate<IssueComment>(`/repos/${t.repo.owner}/${t.repo.name}/issues/${t.issue}/comments?per_page=100`);
  return comments.find((c) => isOurs(c, marker, login));
}

/** Create or edit the sticky comment so that it reads `markdown` (the marker is added here). */
export async function upsertComment(t: CommentTarget, markdown: string): Promise<CommentResult> {
  const body = `${commentMarker(t.key)}\n${markdown}`;
  const existing = await findComment(t);
  const base = `/repos/${t.repo.owner}/${t.repo.name}/issues`;
  if (existing && existing.body === body) return { action: 'unchanged', url: existing.html_url, id: existing.id };
  if (existing) {
    const res = await t.api.request<IssueComment>('PATCH', `${base}/comments/${existing.id}`, { body: { body } });
    return { action: 'updated', url: res.data.html_url, id: res.data.id };
  }
  const res = await t.api.request<IssueComment>('POST', `${base}/${t.issue}/comments`, { body: { body } });
  return { action: 'created', url: res.data.html_url, id: res.data.id };
}

/** Why a comment could not be written, for the log (the verdict does not change). */
export function commentFailureReason(error: unknown, fork: boolean): string {
  if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
    const why = fork ? 'this pull request comes from a fork, whose token is read-only' : 'the token lacks `pull-requests: write` permission';
    return `No PR comment was posted (${error.status}): ${why}. The full report is in the job summary and the artifact.`;
  }
  return `No PR comment was posted: ${(error as Error).message}. The full report is in the job summary and the artifact.`;
}
