import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '../../src/github/api.js';
import { readBaseFile } from '../../src/repo/base.js';
import { repositoryModels, workingTreeModels } from '../../src/repo/changes.js';
import { MAX_LISTED_FILES, pullRequestModels } from '../../src/github/pr-files.js';
import { contentsReader } from '../../src/github/contents.js';
import { parseLfsPointer } from '../../src/repo/lfs.js';
import { FakeGitHub } from '../github/fake-github.js';

let dir: string;
let gh: FakeGitHub;
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();

beforeAll(async () => {
  gh = await new FakeGitHub().start();
  dir = mkdtempSync(join(tmpdir(), 'tg-git-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 't@example.com');
  git('config', 'user.name', 't');
  mkdirSync(join(dir, 'models'));
  writeFileSync(join(dir, 'models/a.h5'), 'base a');
  writeFileSync(join(dir, 'models/gone.keras'), 'gone');
  writeFileSync(join(dir, 'models/old-name.h5'), 'renamed content that is long enough to be detected as a rename');
  writeFileSync(join(dir, 'README.md'), 'x');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  writeFileSync(join(dir, 'models/a.h5'), 'head a');
  writeFileSync(join(dir, 'models/new.h5'), 'new');
  git('rm', '-q', 'models/gone.keras');
  git('mv', 'models/old-name.h5', 'models/new-name.h5');
  git('add', '.');
  git('commit', '-q', '-m', 'head');
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await gh.stop();
});

describe('changed models', () => {
  it('lists a PR\'s model files across every page, filtered by the glob', async () => {
    gh.perPage = 2;
    gh.prFiles = [
      { filename: 'README.md', status: 'modified' },
      { filename: 'models/z.keras', status: 'added' },
      { filename: 'models/a.h5', status: 'modified' },
      { filename: 'models/gone.h5', status: 'removed' },
      { filename: 'models/b.h5', status: 'renamed', previous_filename: 'models/b-old.h5' },
      { filename: 'attic/c.h5.bak', status: 'renamed', previous_filename: 'models/c.h5' },
    ];
    const api = createClient({ token: 't', baseUrl: gh.url, baseDelayMs: 1 });
    expect(await pullRequestModels(api, { owner: 'o', name: 'r' }, 3, '**/*.{h5,keras}')).toEqual([
      { path: 'models/a.h5', status: 'modified' },
      { path: 'models/b.h5', status: 'modified', basePath: 'models/b-old.h5' },
      { path: 'models/c.h5', status: 'deleted' },
      { path: 'models/gone.h5', status: 'deleted' },
      { path: 'models/z.keras', status: 'added' },
    ]);
    expect(gh.requests.filter((r) => r.path === '/repos/o/r/pulls/3/files')).toHaveLength(3);
  });

  it('refuses a PR listing of 3000 files (the API\'s cap): a changed model beyond it would pass unseen', async () => {
    gh.perPage = 100;
    gh.prFiles = Array.from({ length: MAX_LISTED_FILES }, (_, i) => ({ filename: `docs/f${i}.md`, status: 'added' }));
    const api = createClient({ token: 't', baseUrl: gh.url, baseDelayMs: 1 });
    await expect(pullRequestModels(api, { owner: 'o', name: 'r' }, 3, '**/*.h5')).rejects.toThrow(
      "the pull request changes 3000 files or more and GitHub's files API lists at most 3000, so a changed model could be missing; split the pull request",
    );
    gh.prFiles.length = MAX_LISTED_FILES - 1;
    expect(await pullRequestModels(api, { owner: 'o', name: 'r' }, 3, '**/*.h5')).toEqual([]);
  });

  it('lists every tracked model on push, relative to the previous commit', async () => {
    const base = git('rev-parse', 'HEAD^');
    expect(await repositoryModels(dir, '**/*.{h5,keras}', base, 'HEAD')).toEqual([
      { path: 'models/a.h5', status: 'modified' },
      { path: 'models/gone.keras', status: 'deleted' },
      { path: 'models/new-name.h5', status: 'modified', basePath: 'models/old-name.h5' },
      { path: 'models/new.h5', status: 'added' },
    ]);
    expect((await repositoryModels(dir, 'models/a.h5', undefined, 'HEAD')).map((m) => m.status)).toEqual(['added']);
  });

});

describe('base versions', () => {
  it('reads from git when the clone has the base commit', async () => {
    const base = git('rev-parse', 'HEAD^');
    expect(await readBaseFile({ cwd: dir }, base, 'models/a.h5')).toEqual({ bytes: Buffer.from('base a'), via: 'git' });
    expect(await readBaseFile({ cwd: dir }, base, 'models/new.h5')).toBeUndefined();
  });

  it('falls back to the contents API when the commit is missing (shallow clone)', async () => {
    const sha = 'f'.repeat(40);
    gh.contents.set(`${sha}:models/a b.h5`, Buffer.from([0x89, 0x48, 0x44, 0x46, 0]));
    const source = { cwd: dir, remote: contentsReader(createClient({ token: 't', baseUrl: gh.url }), { owner: 'o', name: 'r' }) };
    expect(await readBaseFile(source, sha, 'models/a b.h5')).toEqual({ bytes: Buffer.from([0x89, 0x48, 0x44, 0x46, 0]), via: 'contents API' });
    expect(await readBaseFile(source, sha, 'models/none.h5')).toBeUndefined();
    await expect(readBaseFile({ cwd: dir }, sha, 'models/a.h5')).rejects.toThrow('base commit fffffff is not in the clone and no GitHub API is available');
  });
});

describe('Git LFS pointers', () => {
  const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize 123456\n`;
  it('detects a pointer and ignores real content', () => {
    expect(parseLfsPointer(Buffer.from(pointer))).toEqual({ oid: 'ab'.repeat(32), size: 123456 });
    expect(parseLfsPointer(Buffer.from('\x89HDF\r\n\x1a\n'))).toBeUndefined();
    expect(parseLfsPointer(Buffer.from(pointer.replace('size', 'bytes')))).toBeUndefined();
  });
});

describe('a shallow clone', () => {
  it('compares every model when the base commit is missing (bases then come from the contents API)', async () => {
    expect(await repositoryModels(dir, 'models/*.h5', 'e'.repeat(40), 'HEAD')).toEqual([
      { path: 'models/a.h5', status: 'modified' },
      { path: 'models/new-name.h5', status: 'modified' },
      { path: 'models/new.h5', status: 'modified' },
    ]);
  });
});

describe('local runs: the models changed in the working tree since a ref', () => {
  let local: string;
  const lgit = (...args: string[]) => execFileSync('git', args, { cwd: local, encoding: 'utf8' }).trim();
  const put = (path: string, text: string) => writeFileSync(join(local, path), text);
  const GLOB = '**/*.{h5,keras}';

  beforeAll(() => {
    local = mkdtempSync(join(tmpdir(), 'tg-wt-'));
    lgit('init', '-q', '-b', 'main');
    lgit('config', 'user.email', 't@example.com');
    lgit('config', 'user.name', 't');
    mkdirSync(join(local, 'models'));
    for (const name of ['same', 'committed', 'edited', 'reverted', 'staged', 'removed', 'unindexed', 'moved-from', 'leaves-glob']) {
      put(`models/${name}.h5`, `${name} v1: long enough for git to see a rename of the same content`);
    }
    put('.gitignore', 'models/ignored.h5\n');
    lgit('add', '.');
    lgit('commit', '-q', '-m', 'base');
    put('models/committed.h5', 'committed v2');
    lgit('commit', '-q', '-am', 'second');
    // the working tree, on top of the second commit
    put('models/edited.h5', 'edited v2, not staged');
    put('models/reverted.h5', 'reverted v2');
    put('models/reverted.h5', 'reverted v1: long enough for git to see a rename of the same content');
    put('models/staged.h5', 'staged v2');
    lgit('add', 'models/staged.h5');
    rmSync(join(local, 'models/removed.h5'));
    lgit('rm', '-q', '--cached', 'models/unindexed.h5');
    lgit('mv', 'models/moved-from.h5', 'models/moved-to.keras');
    lgit('mv', 'models/leaves-glob.h5', 'models/leaves-glob.txt');
    put('models/untracked.keras', 'new, never added');
    put('models/ignored.h5', 'ignored by .gitignore');
  });
  afterAll(() => rmSync(local, { recursive: true, force: true }));

  it('lists committed, staged, unstaged, untracked, deleted and renamed models, and counts the unchanged ones', async () => {
    expect(await workingTreeModels(local, GLOB, lgit('rev-parse', 'HEAD^'))).toEqual({
      models: [
        { path: 'models/committed.h5', status: 'modified' },
        { path: 'models/edited.h5', status: 'modified' },
        { path: 'models/leaves-glob.h5', status: 'deleted' },
        { path: 'models/moved-to.keras', status: 'modified', basePath: 'models/moved-from.h5' },
        { path: 'models/removed.h5', status: 'deleted' },
        { path: 'models/staged.h5', status: 'modified' },
        { path: 'models/untracked.keras', status: 'added' },
      ],
      // same, reverted and unindexed (untracked now, but its content is the base's)
      unchanged: 3,
    });
  });

  it('compares with HEAD: what is committed since an older ref is unchanged', async () => {
    const { models, unchanged } = await workingTreeModels(local, 'models/{committed,edited,same}.h5', lgit('rev-parse', 'HEAD'));
    expect([models, unchanged]).toEqual([[{ path: 'models/edited.h5', status: 'modified' }], 2]);
  });

  it('lists an untracked file at a path the ref has, with other content, as modified', async () => {
    put('models/unindexed.h5', 'unindexed v2');
    try {
      expect((await workingTreeModels(local, 'models/unindexed.h5', lgit('rev-parse', 'HEAD'))).models).toEqual([{ path: 'models/unindexed.h5', status: 'modified' }]);
    } finally {
      put('models/unindexed.h5', 'unindexed v1: long enough for git to see a rename of the same content');
    }
  });
});
