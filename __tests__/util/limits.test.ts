/** The resource limits: each refusal names its limit and how to raise it; the deadline bounds a model's time. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { parseCsv } from '../../src/data/csv.js';
import { decodeImage, imageSize } from '../../src/data/image.js';
import { jsonDepth, parseJsonText } from '../../src/keras/json.js';
import { abandonedWork, withDeadline } from '../../src/util/deadline.js';
import { limitName } from '../../src/util/limits.js';
import { errorOf } from '../helpers/errors.js';
import { pngHeader } from '../helpers/images.js';

describe('limits', () => {
  it('an image over max-image-pixels is refused from its header, before decoding', () => {
    expect(imageSize(pngHeader(100_000, 100_000))).toEqual({ width: 100_000, height: 100_000 });
    expect(errorOf(() => decodeImage(pngHeader(100_000, 100_000), 'cats/bomb.png')).format()).toBe(
      'cats/bomb.png: the image is 100000 × 100000 pixels, over the max-image-pixels limit (50,000,000 pixels); not decoded\n' +
        '  If this is intended, raise the limit: action input `max-image-pixels` or CLI flag --max-image-pixels (default 50,000,000 pixels).',
    );
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0x9c, 0x40, 0x9c, 0x40, 3, 0, 0, 0]);
    expect(imageSize(jpeg)).toEqual({ width: 40_000, height: 40_000 });
    expect(errorOf(() => decodeImage(jpeg, 'b.jpg')).message).toMatch(/^the image is 40000 × 40000 pixels, over the max-image-pixels limit/);
  });

  it('a CSV line over max-csv-line-kib is refused before decoding, naming the line', () => {
    const csv = new TextEncoder().encode(`a,b\n1,2\n${'9'.repeat(2048)},1\n`);
    expect(errorOf(() => parseCsv(csv, 'd.csv', undefined, 1024)).format()).toBe(
      'd.csv: line 3: the line is 2,050 bytes long, over the max-csv-line-kib limit (1 KiB)\n' +
        '  If this is intended, raise the limit: action input `max-csv-line-kib` or CLI flag --max-csv-line-kib (default 1,024 KiB).',
    );
  });

  it('model config JSON nested past max-config-depth is refused before parsing', () => {
    const deep = `{"a":${'['.repeat(100)}${']'.repeat(100)}, "s": "[[[[[[[["}`;
    expect(jsonDepth(deep)).toBe(101);
    expect(jsonDepth('{"x": "{\\"[" , "y": [1, {"z": []}]}')).toBe(4);
    expect(errorOf(() => parseJsonText(deep, 'root attribute model_config')).format()).toBe(
      'root attribute model_config: the JSON nests 101 levels deep, over the max-config-depth limit (64 levels)\n' +
        '  If this is intended, raise the limit: action input `max-config-depth` or CLI flag --max-config-depth (default 64 levels).',
    );
    expect(parseJsonText(deep, 'x', 200)).toMatchObject({ s: '[[[[[[[[' });
  });
});

describe('withDeadline', () => {
  it('names a limit of 1 in the singular ("1 second", not "1 seconds")', () => {
    expect(limitName('modelSeconds', 1)).toBe('the model-timeout-seconds limit (1 second)');
    expect(limitName('modelSeconds', 1800)).toBe('the model-timeout-seconds limit (1,800 seconds)');
    expect(limitName('configDepth', 1)).toBe('the max-config-depth limit (1 level)');
    expect(limitName('modelMib', 1)).toBe('the max-model-mib limit (1 MiB)');
  });

  it('gives the timeout result past the deadline, and the work result within it', async () => {
    const never = () => new Promise<string>(() => undefined);
    const before = abandonedWork();
    expect(await withDeadline(never, 50, () => 'timed out', 'unused')).toBe('timed out');
    expect(abandonedWork()).toBe(before + 1);
    expect(await withDeadline(async () => 'done', 5000, () => 'timed out', 'unused')).toBe('done');
    expect(abandonedWork()).toBe(before + 1);
  });

  it('kills a process whose work never yields, past the deadline and its grace, saying why', () => {
    // the real module, bundled for a child process (it kills the process it runs in)
    const dir = mkdtempSync(join(tmpdir(), 'tg-deadline-'));
    const bundled = buildSync({ entryPoints: [join(import.meta.dirname, '../../src/util/deadline.ts')], bundle: true, platform: 'node', format: 'esm', write: false });
    writeFileSync(join(dir, 'deadline.mjs'), bundled.outputFiles[0]!.text);
    writeFileSync(join(dir, 'main.mjs'), "import { withDeadline } from './deadline.mjs';\nwithDeadline(async () => { for (;;); }, 100, () => 'soft', 'model x: did not finish', 200);\n");
    const start = performance.now();
    const r = spawnSync(process.execPath, [join(dir, 'main.mjs')], { encoding: 'utf8', timeout: 20_000 });
    rmSync(dir, { recursive: true, force: true });
    expect(r.signal).toBe('SIGKILL');
    expect(r.stdout).toBe('::error::model x: did not finish\n');
    expect(performance.now() - start).toBeLessThan(10_000);
  });
});
