import { GateError } from '../../src/errors.js';
import { judge } from '../../src/metrics/verdict.js';
import { mergeReports, parseReportJson, reportToJson, requireReports } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { REPORT_SCHEMA, type GateReport } from '../../src/report/types.js';
import type { ModelComparison } from '../../src/results/types.js';
import { sampleComparisons, withSource } from './sample.js';

const thresholds = { maxAccuracyDrop: 1, maxSizeIncrease: 10 };
const report = (comparisons: ModelComparison[]): GateReport => ({
  schema: REPORT_SCHEMA, commentKey: 'k', thresholds, variants: ['float32', 'float16'], comparisons, verdict: judge(comparisons, thresholds),
});

describe('report.json', () => {
  it('round-trips, sorted by path, byte-identical for the same results', () => {
    const text = reportToJson(report(sampleComparisons()));
    expect(reportToJson(report(sampleComparisons().reverse()))).toBe(text);
    const back = parseReportJson(text, 'r/report.json');
    expect(back.comparisons.map((c) => c.path)).toEqual(['models/added.keras', 'models/broken.h5', 'models/mnist_cnn.h5', 'models/old.h5']);
    expect(back.verdict.passed).toBe(false);
  });

  it.each([
    ['{not json', /^not valid JSON: /],
    ['{"schema":"other"}', /^not a tflite-gate report \(expected "schema": "tflite-gate\/report@1"\)$/],
  ])('names the file that is not a report (%s)', (text, message) => {
    let error: unknown;
    try {
      parseReportJson(text, 'reports/3/report.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).file).toBe('reports/3/report.json');
    expect((error as GateError).message).toMatch(message);
  });

  it('merges matrix reports into one verdict', () => {
    const [modified, broken, added] = sampleComparisons();
    const merged = mergeReports([report([added]), report([modified]), report([broken, added])], 'k');
    expect(merged.comparisons.map((c) => c.path)).toEqual(['models/added.keras', 'models/broken.h5', 'models/mnist_cnn.h5']);
    expect(merged.verdict.breaches).toEqual(judge([modified], thresholds).breaches);
    expect(merged.verdict.errors).toEqual([{ model: 'models/broken.h5', message: broken.error }]);
    expect(merged.verdict.passed).toBe(false);
    expect(mergeReports([report([added])], 'k').verdict.passed).toBe(true);
  });

  it('carries the source (Keras) reference results', () => {
    const r: GateReport = { schema: REPORT_SCHEMA, commentKey: '', thresholds: {}, variants: ['float32'], comparisons: [withSource()], verdict: { passed: true, breaches: [], errors: [] } };
    const back = parseReportJson(reportToJson(r), 'report.json');
    expect(back.comparisons[0]!.head!.source).toEqual(withSource().head!.source);
  });
});

describe('requireReports (merge mode)', () => {
  it('fails closed on a changed model no report covers, and its hostile path renders inert', () => {
    const [added] = sampleComparisons().filter((c) => c.path === 'models/added.keras');
    const merged = mergeReports([report([added!])], 'k');
    expect(merged.verdict.passed).toBe(true);
    const hostile = 'models/`<img src=x onerror=alert(1)>\n::error::pwned [x](https://e.vil) @team.h5';
    const checked = requireReports(merged, { paths: ['models/added.keras', hostile] });
    expect(checked.verdict.passed).toBe(false);
    expect(checked.verdict.unchecked).toEqual([expect.objectContaining({ model: hostile, check: 'report' })]);
    const md = renderMarkdown(checked);
    expect(md).toContain('no matrix job reported on this changed model');
    // the path stays inside a code span (a backtick in it cannot close the span): no HTML, link or mention outside
    const outsideCode = md.replace(/(`+)[^`]*?(?:(?!\1)`[^`]*?)*\1/g, '');
    expect(outsideCode).not.toContain('<img');
    expect(outsideCode).not.toContain('](https://e.vil)');
    expect(outsideCode).not.toContain('@team');
    expect(md).not.toMatch(/^::/m);
    // a listing that failed is a check that could not be made
    expect(requireReports(merged, { error: 'no base commit' }).verdict.passed).toBe(false);
    expect(requireReports(merged, { paths: ['models/added.keras'] })).toBe(merged);
  });
});
