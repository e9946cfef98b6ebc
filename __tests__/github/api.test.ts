import { ApiError, GitHubApi, retryDelay } from '../../src/github/api.js';
import { FakeGitHub } from './fake-github.js';

let gh: FakeGitHub;
const logs: string[] = [];
const api = () => new GitHubApi({ token: 't0ken', baseUrl: gh.url, baseDelayMs: 1, log: (m) => logs.push(m) });

beforeEach(async () => {
  gh = await new FakeGitHub().start();
  logs.length = 0;
});
afterEach(() => gh.stop());

const COMMENTS = /\/issues\/1\/comments$/;

describe('GitHubApi', () => {
  it('follows every page and sends the token', async () => {
    gh.perPage = 7;
    gh.addComments(50);
    const items = await api().paginate<{ body: string }>('/repos/o/r/issues/1/comments?per_page=100');
    expect(items.map((c) => c.body)).toEqual(Array.from({ length: 50 }, (_, i) => `comment ${i}`));
    expect(gh.requests.map((r) => r.query.get('page'))).toEqual([null, '2', '3', '4', '5', '6', '7', '8']);
  });

  it('retries 5xx and 429 with back-off, then succeeds', async () => {
    gh.addComments(1);
    gh.fail('GET', COMMENTS, 502, 2);
    gh.fail('GET', COMMENTS, 429, 1, { 'retry-after': '0' });
    const items = await api().paginate('/repos/o/r/issues/1/comments');
    expect(items).toHaveLength(1);
    expect(gh.requests).toHaveLength(4);
    expect(logs[0]).toMatch(/answered 502; retrying in 1 ms/);
    expect(logs[2]).toMatch(/answered 429; retrying in 0 ms/);
  });

  it('gives up after the last attempt with the status', async () => {
    gh.fail('GET', COMMENTS, 503, 10);
    await expect(api().paginate('/repos/o/r/issues/1/comments')).rejects.toMatchObject({ status: 503 });
    expect(gh.requests).toHaveLength(4);
  });

  it('does not retry a plain 403 (read-only token) or 404', async () => {
    gh.fail('POST', COMMENTS, 403, 5);
    const error = await api().request('POST', '/repos/o/r/issues/1/comments', { body: { body: 'x' } }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(403);
    expect(error.message).toBe('GitHub API POST /repos/o/r/issues/1/comments failed with 403: fake failure 403');
    expect(gh.requests).toHaveLength(1);
  });

  it('waits for a primary rate-limit reset, but not past the cap', () => {
    const headers = new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1010' });
    expect(retryDelay({ status: 403, headers }, 0, 1000, 1_000_000)).toBe(10_000);
    expect(retryDelay({ status: 403, headers: new Headers() }, 0, 1000)).toBeUndefined();
    expect(retryDelay({ status: 500, headers: new Headers() }, 2, 1000)).toBe(4000);
  });

  it('retries network errors', async () => {
    const port = new URL(gh.url).port;
    await gh.stop();
    const dead = new GitHubApi({ token: '', baseUrl: `http://127.0.0.1:${port}`, baseDelayMs: 1, attempts: 2, log: (m) => logs.push(m) });
    await expect(dead.request('GET', '/user')).rejects.toMatchObject({ status: 0 });
    expect(logs).toHaveLength(1);
    gh = await new FakeGitHub().start();
  });
});
