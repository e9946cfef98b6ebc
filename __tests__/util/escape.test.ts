/** The one escaper for text a pull request controls: markdown, code spans, log lines, excerpts. */
import { parseConfigFile } from '../../src/config/file.js';
import { parseConfig } from '../../src/config/parse.js';
import { trustNotices } from '../../src/pipeline/trust.js';
import { GateError } from '../../src/errors.js';
import { judge } from '../../src/metrics/verdict.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { REPORT_SCHEMA, type GateReport } from '../../src/report/types.js';
import { codeSpan, excerpt, logLines, logText, markdownCode, markdownText } from '../../src/util/escape.js';
import { errorOf } from '../helpers/errors.js';
import { sampleComparisons } from '../report/sample.js';

/** The hostile names of issue 9: a workflow command after a newline, markup that hides the rest, table breaks, mentions. */
export const HOSTILE = 'x\n::warning title=X::pwned|`</details><!--@org/team ![i](https://e.vil/p.png)';

describe('markdownText', () => {
  it('shows the text as written and leaves no markup, line break, pipe or mention', () => {
    const out = markdownText(HOSTILE);
    expect(out).toBe('x — ::warning title=X::pwned\\|\\`&lt;/details&gt;&lt;!--@\u200borg/team !\\[i\\](https\u200b://e.vil/p.png)');
    expect(out).not.toMatch(/[\n\r<>]|[^\\]\||[^\\]`|@org/);
  });

  it('keeps ordinary names readable and an e-mail or @v4 as it is', () => {
    expect(markdownText('models/mnist_cnn.h5')).toBe('models/mnist_cnn.h5');
    expect(markdownText('uses actions/checkout@v4, ci@example.com')).toBe('uses actions/checkout@v4, ci@example.com');
    expect(markdownText('a & b')).toBe('a &amp; b');
  });

  it('leaves no bare URL GitHub would make a link of (http, https, ftp, www.)', () => {
    expect(markdownText('cat HTTPS://e.vil/login ftp://e.vil www.e.vil <img src=x onerror=alert(1)>')).toBe(
      'cat HTTPS\u200b://e.vil/login ftp\u200b://e.vil www\u200b.e.vil &lt;img src=x onerror=alert(1)&gt;',
    );
    expect(markdownText('[link](javascript:alert(1)) @everyone ```')).toBe('\\[link\\](javascript:alert(1)) @\u200beveryone \\`\\`\\`');
  });

  it('removes bidirectional overrides and control characters', () => {
    expect(markdownText('a\u202eb\u0000c\u2028d')).toBe('a b c — d');
  });
});

describe('code spans', () => {
  it('cannot be closed or ended by the name', () => {
    expect(markdownCode(HOSTILE)).toBe("x⏎::warning title=X::pwned|'</details><!--@org/team ![i](https://e.vil/p.png)");
    expect(codeSpan('a`b\r\nc')).toBe("`a'b⏎c`");
  });
});

describe('log lines', () => {
  it('escapes data as @actions/core does, so a name stays on its line', () => {
    expect(logText('50% a\r\nb')).toBe('50%25 a%0D%0Ab');
  });

  it('never lets a line start a workflow command, whatever was put in it', () => {
    expect(logLines('checked: x\n::warning title=X::pwned\n  ::error::y\n##[error]z\nok :: fine')).toBe(
      'checked: x\n\u200b::warning title=X::pwned\n  \u200b::error::y\n\u200b##[error]z\nok :: fine',
    );
  });
});

describe('excerpt', () => {
  it('is short and on one line, and counts what it left out', () => {
    expect(excerpt('PATH=/usr/bin\0HOME=/root\0SECRET=hunter2', 12)).toBe('PATH=/usr/bi… (27 more characters)');
    expect(excerpt('a\nb\tc\u0007')).toBe('a\\nb\\tc\\u0007');
  });
});

describe('errors quote a short excerpt of file content, never all of it', () => {
  it('a config file that is an environment dump', () => {
    const environ = `PATH=/usr/bin\0HOME=/root\0${'X'.repeat(500)}\0SECRET_TOKEN=hunter2\0`;
    const error = errorOf(() => parseConfigFile(environ, '.tflite-gate.yml'));
    expect(error.format()).toMatch(/^\.tflite-gate\.yml: the top level: must be a mapping of keys to values, got "PATH=\/usr\/bin\\u0000HOME=.*… \(\d+ more characters\)$/);
    expect(error.format()).not.toContain('SECRET_TOKEN');
  });

  it('any error message, whatever quotes it', () => {
    const error = new GateError('bad-model', `layer "${'n'.repeat(10_000)}" is not supported`, { where: `layer ${'n'.repeat(10_000)}` });
    expect(error.message.length).toBeLessThan(4100);
    expect(error.where!.length).toBeLessThan(350);
  });
});

describe('the report of hostile names', () => {
  function report(): GateReport {
    const [m, , passing] = sampleComparisons();
    const hostile = { ...structuredClone(m), path: `models/${HOSTILE}.h5` };
    hostile.head!.classNames = Array.from({ length: 10 }, (_, i) => `${HOSTILE}${i}`);
    const broken = { path: `models/${HOSTILE}2.h5`, status: 'added' as const, error: `layer "${HOSTILE}" is not supported` };
    const comparisons = [hostile, broken, passing!];
    const thresholds = { maxAccuracyDrop: 1 };
    return { schema: REPORT_SCHEMA, commentKey: '', thresholds, variants: ['float32', 'float16'], comparisons, verdict: judge(comparisons, thresholds), context: '' };
  }

  it('keeps the markup of the comment whole: every <details> closed by our own </details>, no comment, no mention', () => {
    const md = renderMarkdown(report());
    const outsideCode = md.replace(/(?<!\\)`[^`\n]*`/g, '`…`'); // a code span shows its text literally (no HTML, no mention)
    expect(outsideCode).not.toContain('<!--');
    expect(outsideCode).not.toContain('@org');
    expect(outsideCode).not.toMatch(/[^\\]\]\(/);
    expect(outsideCode.match(/<details>/g)?.length).toBe(outsideCode.match(/<\/details>/g)?.length);
    expect(md).not.toMatch(/^::/m);
    expect(md.split('\n').filter((l) => l.includes('warning title=X')).every((l) => /^(###|- |> |\|)/.test(l))).toBe(true);
    expect(md).toContain('### ❌ `models/x⏎::warning title=X::pwned|\'</details><!--@org/team ![i](https://e.vil/p.png).h5` — base → head');
  });
});

describe('the trust notice of a hostile config in a pull request', () => {
  it('shows its values as code spans that no line break or backtick leaves', () => {
    const config = (text: string) => parseConfig(() => undefined, { readFile: (p) => (p === '.tflite-gate.yml' ? text : undefined) });
    const pr = config('dataset: "x\\n</details><!--\\n::warning::y`z"\n');
    const info = { baseSha: 'a'.repeat(40), configFile: '.tflite-gate.yml', configChanged: true, prConfig: pr, changedDatasets: [], deletedDatasets: [] };
    const [notice] = trustNotices(info, config('dataset: data/a.npz\n'), ['models/m.h5']);
    expect(notice).toContain("- `models/m.h5`: `dataset` `data/a.npz` → `x⏎</details><!--⏎::warning::y'z`");
    expect(notice!.split('\n').some((l) => /^\s*(<!--|<\/details>|::)/.test(l))).toBe(false);
  });
});
