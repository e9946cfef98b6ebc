/**
 * End-to-end, a pull request that tries to talk its way past the gate (issue 9, items 3, 4 and 5 and more):
 * links out of the workspace, to devices and /proc, a FIFO, a config that is /proc/self/environ, datasets
 * outside the repository, a decompression-bomb image, a model over the size cap, and hostile names (a
 * workflow command after a newline, markup that hides the rest, table breaks, mentions) in file names,
 * image folder names, CSV labels and layer names. The bundled dist/index.js runs as a runner runs it
 * (./harness.ts); every run ends not green, with the reason stated, in bounded time.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { FakeGitHub } from '../github/fake-github.js';
import { pngHeader } from '../helpers/images.js';
import { expectExit, fixture, link, makeRepo, runAction, type ActionRun, type Repo, type RepoFile } from './harness.js';
import { MODEL, modelInputs } from './models.js';
import { biasedTflite, convertedTflite, csvLabelledBy, digitImages } from './hostile-data.js';

/** Each run evaluates a few small models; a hang would be stopped by this, and the test would fail. */
const BOUNDED_MS = 150_000;

let gh: FakeGitHub;
const cleanup: string[] = [];
beforeAll(async () => {
  gh = await new FakeGitHub().start();
});
afterAll(async () => {
  await gh.stop();
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

function track(repo: Repo): Repo {
  cleanup.push(repo.dir);
  return repo;
}

function changedPr(files: Record<string, string>): void {
  gh.prFiles = Object.entries(files).map(([filename, status]) => ({ filename, status }));
  gh.comments.length = 0;
}

async function timedRun(repo: Repo, inputs: Record<string, string>): Promise<ActionRun & { ms: number }> {
  const start = performance.now();
  const run = await runAction({ repo, gh, inputs });
  return { ...run, ms: performance.now() - start };
}

function errorsByPath(run: ActionRun): Record<string, string | undefined> {
  const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as { comparisons: { path: string; error?: string }[] };
  return Object.fromEntries(report.comparisons.map((c) => [c.path, c.error]));
}

describe('files that are not regular files inside the workspace are refused, model by model', () => {
  let run: ActionRun & { ms: number };
  let repo: Repo;
  const outside = mkdtempSync(join(tmpdir(), 'tg-outside-'));
  cleanup.push(outside);

  beforeAll(async () => {
    copyFileSync(fixture('example/mnist_cnn_v2.h5'), join(outside, 'model.h5')); // a real model: read, it would pass
    const config = Buffer.from('models:\n  - { path: models/bomb.h5, dataset: data/bomb }\n');
    const bomb = { 'data/bomb/cats/bomb.png': Buffer.from(pngHeader(100_000, 100_000)) }; // at base: test sets come from there
    const head: Record<string, RepoFile> = {
      ...MODEL.head,
      'models/outside.h5': link(join(outside, 'model.h5')),
      'models/zero.h5': link('/dev/zero'),
      'models/stdout.h5': link('/proc/self/fd/1'),
      'models/huge.h5': Buffer.concat([readFileSync(fixture('example/mnist_cnn_v2.h5')), Buffer.alloc(2 * 1024 * 1024)]),
      'models/bomb.h5': fixture('example/mnist_cnn_v2.h5'),
    };
    repo = track(makeRepo({ ...MODEL.base, ...bomb, '.tflite-gate.yml': config }, head));
    execFileSync('mkfifo', [join(repo.dir, 'models/fifo.h5')]); // git cannot hold a FIFO: one made in the checkout
    changedPr({
      [MODEL.path]: 'modified',
      ...Object.fromEntries([...Object.keys(head).filter((p) => p.startsWith('models/') && p !== MODEL.path), 'models/fifo.h5'].map((p) => [p, 'added'])),
    });
    run = await timedRun(repo, modelInputs({ 'max-model-mib': '1' }));
  }, BOUNDED_MS);

  it('ends not green, in bounded time, and still evaluates the good model', () => {
    expectExit(run, 1);
    expect(run.ms).toBeLessThan(BOUNDED_MS);
    expect(run.outputs.passed).toBe('false');
    expect(errorsByPath(run)[MODEL.path]).toBeUndefined();
    expect(gh.comments[0]!.body).toContain('## ❌ tflite-gate: 6 of 7 models failed — 6 models could not be evaluated');
  });

  it('states why for each refused model (item 3: outside the workspace, /dev/zero, /proc/self/fd/1; a FIFO)', () => {
    const errors = errorsByPath(run);
    expect(errors['models/outside.h5']).toMatch(/^models\/outside\.h5: resolves to \/\S+\/model\.h5, outside the workspace \(\S+\)\n {2}The gate reads only regular files inside the repository/);
    expect(errors['models/zero.h5']).toMatch(/^models\/zero\.h5: resolves to \/dev\/zero, outside the workspace/);
    expect(errors['models/stdout.h5']).toMatch(/^models\/stdout\.h5: (is a symbolic link that cannot be resolved|resolves to \S+, outside the workspace)/);
    expect(errors['models/fifo.h5']).toMatch(/^models\/fifo\.h5: is a FIFO \(named pipe\), not a regular file/);
    for (const path of ['models/outside.h5', 'models/zero.h5', 'models/fifo.h5']) {
      expect(run.stdout).toMatch(new RegExp(`^::error title=tflite-gate%3A model could not be evaluated,file=${path.replace('.', '\\.')}::`, 'm'));
    }
  });

  it('refuses a model over the size cap and a decompression bomb, naming the limit', () => {
    const errors = errorsByPath(run);
    expect(errors['models/huge.h5']).toBe(
      'models/huge.h5: is 2.1 MiB, over the max-model-mib limit (1 MiB)\n  If this is intended, raise the limit: action input `max-model-mib` or CLI flag --max-model-mib (default 512 MiB).',
    );
    expect(errors['models/bomb.h5']).toMatch(/data\/bomb\/cats\/bomb\.png: the image is 100000 × 100000 pixels, over the max-image-pixels limit \(50,000,000 pixels\); not decoded/);
  });
});

describe('a config that names a dataset outside the repository', () => {
  it('stops the run with exit 2 before any model is read, and nothing of the file is quoted', async () => {
    const config = Buffer.from('models:\n  - { path: models/a.h5, dataset: ../../etc/passwd }\n  - { path: models/b.h5, dataset: /etc/passwd }\n');
    const models = { 'models/a.h5': fixture('example/mnist_cnn_v2.h5'), 'models/b.h5': fixture('example/mnist_cnn_v2.h5') };
    const repo = track(makeRepo({ ...MODEL.base, '.tflite-gate.yml': config }, models));
    changedPr({ 'models/a.h5': 'added', 'models/b.h5': 'added' });
    const run = await timedRun(repo, modelInputs());
    expectExit(run, 2);
    expect(run.stdout).toMatch(/^::error::\.tflite-gate\.yml: models\[0\]\.dataset: "\.\.\/\.\.\/etc\/passwd" is outside the repository/m);
    expect(run.stdout).not.toMatch(/root:x:0:0/);
  });
});

describe('a config file linked to /proc/self/environ', () => {
  it('is refused with exit 2, and no part of the environment is quoted', async () => {
    const repo = track(makeRepo(MODEL.base, { ...MODEL.head, '.tflite-gate.yml': link('/proc/self/environ') }));
    changedPr({ [MODEL.path]: 'modified', '.tflite-gate.yml': 'added' });
    // only a run that reads the pull request's config (trust-pr-config) looks at the link; without it the base's is read
    const run = await timedRun(repo, modelInputs({ 'trust-pr-config': 'true' }));
    expectExit(run, 2);
    expect(run.stdout).toMatch(/^::error::\.tflite-gate\.yml: resolves to \/proc\/\d+\/environ, outside the workspace/m);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/ghs_test|GITHUB_REPOSITORY=|RUNNER_TEMP=/);
  });
});

describe('a model that takes longer than model-timeout-seconds', () => {
  it('is reported as timed out, naming the limit, and the run ends (not green) instead of waiting', async () => {
    const repo = track(makeRepo(MODEL.base, MODEL.head));
    changedPr({ [MODEL.path]: 'modified' });
    const run = await timedRun(repo, modelInputs({ 'model-timeout-seconds': '1', 'latency-runs': '300' }));
    expectExit(run, 1);
    expect(run.ms).toBeLessThan(BOUNDED_MS);
    expect(errorsByPath(run)[MODEL.path]).toBe(
      `${MODEL.path}: did not finish within the model-timeout-seconds limit (1 second)\n  If this is intended, raise the limit: action input \`model-timeout-seconds\` or CLI flag --model-timeout-seconds (default 1,800 seconds).`,
    );
  });
});

/** A workflow command after a newline, markup that would hide the rest, a table break, code-span breaks, a mention. */
const HOSTILE = ['\n::warning title=X::pwned', '</details><!--', '|', '`', '@octo-org', '![i](https://e.vil/p.png)'];

describe('hostile names (items 4 and 5) cannot command the runner or break the comment', () => {
  const digitsModel = `models/digits\n::warning title=X::file ${HOSTILE.slice(1, 5).join(' ')}.tflite`;
  const csvModel = 'models/@org/team csv|`x`.tflite';
  const layerModel = 'models/layers.keras';
  let run: ActionRun;

  beforeAll(async () => {
    const digits = await convertedTflite(fixture('example/mnist_cnn.h5'));
    const mlp = new Uint8Array(readFileSync(fixture('models/dense_mlp.ref.tflite')));
    const config = Buffer.from('models:\n  - { path: "models/**", dataset: data/digits }\n  - { path: "models/@org/**", dataset: data/labels.csv }\n');
    const base = { [digitsModel]: Buffer.from(digits), [csvModel]: Buffer.from(mlp), '.tflite-gate.yml': config, ...digitImages(HOSTILE), 'data/labels.csv': await csvLabelledBy(mlp, HOSTILE) };
    const head = { [digitsModel]: Buffer.from(biasedTflite(digits, 9)), [csvModel]: Buffer.from(biasedTflite(mlp, 3)), [layerModel]: hostileLayerModel() };
    const repo = track(makeRepo(base, head));
    changedPr({ [digitsModel]: 'modified', [csvModel]: 'modified', [layerModel]: 'added' });
    run = await timedRun(repo, modelInputs({ models: '**/*.{h5,keras,tflite}', 'max-accuracy-drop': '1', dataset: '' }));
  }, BOUNDED_MS);

  it('ends not green, with the breaches and the refused layer stated', () => {
    expectExit(run, 1);
    const body = gh.comments[0]!.body;
    expect(body).toContain('## ❌ tflite-gate: 3 of 3 models failed');
    expect(body).toMatch(/### ❌ `models\/digits⏎::warning title=X::file <\/details><!--.*\.tflite` — base → head\n\n- ❌ `max-accuracy-drop`: float32 top-1 accuracy dropped/);
    expect(body).toMatch(/### ❌ `models\/@org\/team csv\|'x'\.tflite` — base → head\n\n- ❌ `max-accuracy-drop`: float32 top-1 accuracy dropped/);
    expect(body).toMatch(/### ❌ `models\/layers\.keras` — new model, no base version\n\n> \[!CAUTION\]\n> .*\(Lambda\)/);
  });

  it('the log: no line starts a workflow command from outside; annotations escape their properties', () => {
    expect(run.stdout).not.toMatch(/^\s*::warning title=X::/m);
    expect(run.stdout).not.toMatch(/^\s*::(?!error |error::|warning::|debug::|add-mask::|set-output|group|endgroup)/m);
    expect(run.stdout).toMatch(/^::error title=tflite-gate%3A max-accuracy-drop,file=models\/digits%0A%3A%3Awarning title=X%3A%3Afile /m);
    // the variants named with `|`, `<` or a newline are left out of the artifact; the report is still uploaded
    expect(run.stdout).toMatch(/^::warning::Left out of artifact "tflite-gate" \(a character in the path the artifact service refuses\): .*digits%0A::warning/m);
    expect(run.stdout).toMatch(/^Artifact "tflite-gate" uploaded \(\d+ files\)\.$/m);
  });

  for (const where of ['comment', 'summary'] as const) {
    it(`the ${where}: markup whole, no comment, no HTML, no mention, no link or image from a name`, () => {
      const md = where === 'comment' ? gh.comments[0]!.body : run.summary;
      const outsideCode = md.replace(/(?<!\\)`[^`\n]*`/g, '`…`'); // a code span shows its text literally
      expect(outsideCode.match(/<details>/g)?.length).toBe(outsideCode.match(/<\/details>/g)?.length);
      expect(outsideCode.replace(/<!-- tflite-gate[^>]*-->/, '')).not.toMatch(/<!--|<\/?(?!details|summary)[a-z]/i);
      expect(outsideCode).not.toMatch(/(^|[^\w`])@octo-org/);
      expect(outsideCode).not.toMatch(/[^\\]\]\(/);
      expect(md).not.toMatch(/^\s*::/m);
      // the class names (image folders, CSV labels) are shown, escaped, where the classes losing accuracy are
      const classRows = md.split('\n').filter((l) => /^\| float32 base → head \| \d /.test(l));
      expect(classRows.length).toBeGreaterThanOrEqual(2);
      expect(classRows.join('\n')).toMatch(/\| \d (— ::warning title=X::pwned|&lt;\/details&gt;&lt;!--|\\\||\\`|@\u200bocto-org) \(\d\) \|/);
      expect(md).toContain('Lambda');
      expect(md).toContain('@\u200bocto-org');
    });
  }
});

/** The MNIST .keras with its Dropout layer renamed to every hostile string and made a Lambda (refused, and named). */
function hostileLayerModel(): Buffer {
  const files = unzipSync(new Uint8Array(readFileSync(fixture('example/mnist_cnn.keras'))));
  const name = `drop${HOSTILE.join(' ')}`;
  const config = JSON.parse(strFromU8(files['config.json']!).replaceAll('"dropout"', JSON.stringify(name))) as { config: { layers: { class_name: string; config: { name: string } }[] } };
  const layer = config.config.layers.find((l) => l.config.name === name)!;
  layer.class_name = 'Lambda';
  return Buffer.from(zipSync({ ...files, 'config.json': strToU8(JSON.stringify(config)) }));
}
