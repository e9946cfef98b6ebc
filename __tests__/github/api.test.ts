import { createClient, statusOf } from '../../src/github/api.js';
import { contentsReader } from '../../src/github/contents.js';
import { FakeGitHub } from './fake-github.js';

let gh: FakeGitHub;
const logs: string[] = [];
const client = (retries = 3) => createClient({ token: 't0ken', baseUrl: gh.url, baseDelayMs: 1, retries, log: (m) => logs.push(m) });
const list = (c = client()) => c.paginate(c.rest.issues.listComments, { owner: 'o', repo: 'r', issue_number: 1, per_page: 100 });

beforeEach(async () => {
  gh = await new FakeGitHub().start();
  logs.length = 0;
});
afterEach(() => gh.stop());

const COMMENTS = /\/issues\/1\/comments$/;

describe('the GitHub client (Octokit with retry and throttling)', () => {
  it('follows every page', async () => {
    gh.perPage = 7;
    gh.addComments(50);
    const items = await list();
    expect(items.map((c) => c.body)).toEqual(Array.from({ length: 50 }, (_, i) => `comment ${i}`));
    expect(gh.requests.map((r) => r.query.get('page'))).toEqual([null, '2', '3', '4', '5', '6', '7', '8']);
  });

  it('retries 5xx and 429, then succeeds; gives up after the last retry with the status', async () => {
    gh.addComments(1);
    gh.fail('GET', COMMENTS, 502, 2);
    gh.fail('GET', COMMENTS, 429, 1, { 'retry-after': '0' });
    expect(await list()).toHaveLength(1);
    expect(gh.requests).toHaveLength(4);
    gh.fail('GET', COMMENTS, 503, 10);
    const error = await list(client(2)).catch((e: unknown) => e);
    expect(statusOf(error)).toBe(503);
    expect(gh.requests).toHaveLength(4 + 3);
  });

  it('does not retry a plain 403 (read-only token) or 404', async () => {
    gh.fail('POST', COMMENTS, 403, 5);
    const error = await client().rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 1, body: 'x' }).catch((e: unknown) => e);
    expect(statusOf(error)).toBe(403);
    expect(gh.requests).toHaveLength(1);
  });

  it('waits for a primary rate-limit reset and retries, and logs it', async () => {
    gh.addComments(1);
    gh.fail('GET', COMMENTS, 403, 1, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) });
    expect(await list()).toHaveLength(1);
    expect(gh.requests).toHaveLength(2);
    expect(logs.join('\n')).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/repos\/o\/r\/issues\/1\/comments\?per_page=100: rate limit; retrying in \d s/);
  });

  it('gives up on a rate limit that resets past the cap', async () => {
    gh.fail('GET', COMMENTS, 403, 5, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) });
    expect(statusOf(await list().catch((e: unknown) => e))).toBe(403);
    expect(logs.join('\n')).toContain('rate limit; giving up');
  });

  it('reads a binary file through the contents API byte for byte, and undefined for a missing one', async () => {
    const bytes = Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x80]);
    gh.contents.set('abc:models/a b.h5', bytes);
    const read = contentsReader(client(), { owner: 'o', name: 'r' });
    expect(await read('abc', 'models/a b.h5')).toEqual(bytes);
    expect(gh.apiCalls()[0]).toBe('GET /repos/o/r/contents/models/a%20b.h5?ref=abc');
    expect(await read('abc', 'models/none.h5')).toBeUndefined();
  });
});
