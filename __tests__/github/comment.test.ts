import { createClient } from '../../src/github/api.js';
import { commentFailureReason, commentMarker, upsertComment, type CommentTarget } from '../../src/github/comment.js';
import { BOT, FakeGitHub } from './fake-github.js';

let gh: FakeGitHub;
let target: CommentTarget;

beforeEach(async () => {
  gh = await new FakeGitHub().start();
  target = { client: createClient({ token: 't', baseUrl: gh.url, baseDelayMs: 1, throttle: false }), repo: { owner: 'o', name: 'r' }, issue: 1, key: '' };
});
afterEach(() => gh.stop());

const writes = () => gh.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').map((r) => `${r.method} ${r.path}`);

describe('sticky comment', () => {
  it('creates, then edits in place, then leaves an unchanged body alone', async () => {
    const first = await upsertComment(target, 'report v1');
    expect(first.action).toBe('created');
    expect(gh.comments.map((c) => c.body)).toEqual(['<!-- tflite-gate -->\nreport v1']);
    const second = await upsertComment(target, 'report v2');
    expect(second).toMatchObject({ action: 'updated', id: first.id, url: first.url });
    const third = await upsertComment(target, 'report v2');
    expect(third.action).toBe('unchanged');
    expect(gh.comments).toHaveLength(1);
    expect(writes()).toEqual(['POST /repos/o/r/issues/1/comments', `PATCH /repos/o/r/issues/comments/${first.id}`]);
  });

  it('finds its comment on the last of 120 pages, among other people\'s copies of the marker', async () => {
    gh.addComments(11999, (i) => (i === 5 ? { body: `${commentMarker('')}\nquoted by a human` } : {}));
    gh.comments.push({ id: 1, body: `${commentMarker('')}\nold`, user: BOT, html_url: 'https://github.com/o/r/pull/1#issuecomment-1' });
    const result = await upsertComment(target, 'new');
    expect(result).toMatchObject({ action: 'updated', id: 1 });
    expect(gh.requests.filter((r) => r.path.endsWith('/issues/1/comments'))).toHaveLength(120);
    expect(gh.comments.filter((c) => c.body.startsWith(commentMarker('')))).toHaveLength(2);
    expect(gh.comments[5].body).toBe(`${commentMarker('')}\nquoted by a human`);
  });

  it('keeps one comment per key', async () => {
    await upsertComment(target, 'default');
    await upsertComment({ ...target, key: 'vision' }, 'vision');
    await upsertComment({ ...target, key: 'vision' }, 'vision 2');
    expect(gh.comments.map((c) => c.body)).toEqual(['<!-- tflite-gate -->\ndefault', '<!-- tflite-gate:vision -->\nvision 2']);
  });

  it('with a personal token, matches only comments by that user', async () => {
    gh.viewer = 'alice';
    gh.comments.push({ id: 7, body: `${commentMarker('')}\nby the bot`, user: BOT, html_url: 'u7' });
    const result = await upsertComment(target, 'mine');
    expect(result.action).toBe('created');
    expect(gh.comments).toHaveLength(2);
  });

  it('never edits another bot\'s comment that carries the marker', async () => {
    gh.comments.push({ id: 8, body: `${commentMarker('')}\nby another app`, user: { login: 'other-app[bot]', type: 'Bot' }, html_url: 'u8' });
    expect((await upsertComment(target, 'ours')).action).toBe('created');
    expect(gh.comments[0].body).toBe(`${commentMarker('')}\nby another app`);
    // an app token: GraphQL's viewer gives the login without "[bot]", REST's comment user has it
    gh.viewer = 'other-app';
    expect(await upsertComment(target, 'as the app')).toMatchObject({ action: 'updated', id: 8 });
  });

  it('assumes GITHUB_TOKEN\'s identity when the token\'s login cannot be learnt, and says so', async () => {
    gh.viewer = undefined;
    gh.comments.push({ id: 9, body: `${commentMarker('')}\nold`, user: BOT, html_url: 'u9' });
    const logs: string[] = [];
    expect(await upsertComment({ ...target, log: (m) => logs.push(m) }, 'new')).toMatchObject({ action: 'updated', id: 9 });
    expect(logs[0]).toMatch(/^Could not learn the token's login \(.*\); looking for comments by github-actions\[bot\]\.$/);
  });

  it('writes a new comment when the one it found was deleted before the edit (PATCH answers 404)', async () => {
    gh.comments.push({ id: 10, body: `${commentMarker('')}\nold`, user: BOT, html_url: 'u10' });
    gh.fail('PATCH', /\/issues\/comments\/10$/, 404);
    const result = await upsertComment(target, 'new');
    expect(result.action).toBe('created');
    expect(writes()).toEqual(['PATCH /repos/o/r/issues/comments/10', 'POST /repos/o/r/issues/1/comments']);
  });

  it('explains a 403 on a fork PR', async () => {
    gh.fail('POST', /comments$/, 403);
    const error = await upsertComment(target, 'x').catch((e) => e);
    expect(commentFailureReason(error, true)).toBe(
      'No PR comment was posted (403): this pull request comes from a fork, whose token is read-only. The full report is in the job summary and the artifact.',
    );
  });
});
