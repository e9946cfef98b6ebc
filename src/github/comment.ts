/**
 * One sticky PR comment per comment key: found by a hidden HTML marker among the comments written by this
 * token's own identity (every page), edited in place, never duplicated, and not written when unchanged.
 * Another account's comment that carries the marker (a person quoting it, another bot) is never edited.
 */
import { statusOf, type GitHubClient } from './api.js';
import type { Repo } from './context.js';

export interface CommentTarget {
  client: GitHubClient;
  repo: Repo;
  issue: number;
  key: string;
  log?: (message: string) => void;
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

/** The identity GITHUB_TOKEN writes as; assumed when the token's own login cannot be learnt. */
export const ACTIONS_BOT = 'github-actions[bot]';

/** The hidden marker that identifies our comment for a key. */
export function commentMarker(key: string): string {
  return key ? `<!-- tflite-gate:${key} -->` : '<!-- tflite-gate -->';
}

/**
 * The login this token writes as. GITHUB_TOKEN (an installation token) cannot call GET /user, but GraphQL's
 * `viewer` answers for every kind of token ("github-actions[bot]", "my-app[bot]", "alice"); when that fails
 * too, GITHUB_TOKEN's identity is assumed and logged.
 */
export async function tokenLogin(client: GitHubClient, log: (message: string) => void = () => undefined): Promise<string> {
  try {
    const { viewer } = await client.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    if (viewer?.login) return viewer.login;
  } catch (error) {
    log(`Could not learn the token's login (${(error as Error).message}); looking for comments by ${ACTIONS_BOT}.`);
  }
  return ACTIONS_BOT;
}

/** REST gives bots' logins with "[bot]", GraphQL's viewer may not: compare both spellings. */
function isOurs(c: IssueComment, marker: string, login: string): boolean {
  if (!c.body?.startsWith(marker) || !c.user) return false;
  const bare = login.replace(/\[bot\]$/, '');
  return c.user.login === login || (c.user.type === 'Bot' && c.user.login === `${bare}[bot]`);
}

/** Our existing comment for the key, searching every page; the oldest wins if a race made two. */
export async function findComment(t: CommentTarget): Promise<IssueComment | undefined> {
  const marker = commentMarker(t.key);
  const login = await tokenLogin(t.client, t.log);
  const comments = await t.client.paginate(t.client.rest.issues.listComments, { owner: t.repo.owner, repo: t.repo.name, issue_number: t.issue, per_page: 100 });
  return (comments as IssueComment[]).find((c) => isOurs(c, marker, login));
}

async function create(t: CommentTarget, body: string): Promise<CommentResult> {
  const res = await t.client.rest.issues.createComment({ owner: t.repo.owner, repo: t.repo.name, issue_number: t.issue, body });
  return { action: 'created', url: res.data.html_url, id: res.data.id };
}

/** Create or edit the sticky comment so that it reads `markdown` (the marker is added here). */
export async function upsertComment(t: CommentTarget, markdown: string): Promise<CommentResult> {
  const body = `${commentMarker(t.key)}\n${markdown}`;
  const existing = await findComment(t);
  if (existing && existing.body === body) return { action: 'unchanged', url: existing.html_url, id: existing.id };
  if (!existing) return create(t, body);
  try {
    const res = await t.client.rest.issues.updateComment({ owner: t.repo.owner, repo: t.repo.name, comment_id: existing.id, body });
    return { action: 'updated', url: res.data.html_url, id: res.data.id };
  } catch (error) {
    // deleted since it was listed: write a new one
    if (statusOf(error) === 404) return create(t, body);
    throw error;
  }
}

/** Why a comment could not be written, for the log (the verdict does not change). */
export function commentFailureReason(error: unknown, fork: boolean): string {
  const status = statusOf(error);
  if (status === 403 || status === 404) {
    const why = fork ? 'this pull request comes from a fork, whose token is read-only' : 'the token lacks `pull-requests: write` permission';
    return `No PR comment was posted (${status}): ${why}. The full report is in the job summary and the artifact.`;
  }
  return `No PR comment was posted: ${(error as Error).message}. The full report is in the job summary and the artifact.`;
}
