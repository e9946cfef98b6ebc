/**
 * report.json: the GateReport as stable JSON (comparisons sorted by path, two-space indent), and the
 * reading side used by merge mode, which checks the schema and names the file at fault.
 */
import { GateError } from '../errors.js';
import { verdictOf } from '../metrics/verdict.js';
import { sortBreaches, sortComparisons } from './format.js';
import { REPORT_SCHEMA, type GateReport } from './types.js';
import type { Unchecked } from '../results/types.js';

export function reportToJson(report: GateReport): string {
  const sorted: GateReport = { ...report, comparisons: sortComparisons(report.comparisons) };
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

export function parseReportJson(text: string, file: string): GateReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new GateError('usage', `not valid JSON: ${(error as Error).message}`, { file }, 'Pass the report.json files written by tflite-gate.');
  }
  const r = value as Partial<GateReport> | null;
  if (!r || r.schema !== REPORT_SCHEMA || !Array.isArray(r.comparisons) || !r.verdict) {
    throw new GateError('usage', `not a tflite-gate report (expected "schema": "${REPORT_SCHEMA}")`, { file, where: 'schema' });
  }
  return r as GateReport;
}

/**
 * Combine reports of one gate run split over several jobs (matrix): comparisons and verdicts are joined;
 * a model present in several reports keeps its first entry. The first report's thresholds and variants
 * stand for the whole.
 */
export function mergeReports(reports: GateReport[], commentKey: string): GateReport {
  const seen = new Set<string>();
  const comparisons = reports.flatMap((r) => r.comparisons).filter((c) => !seen.has(c.path) && seen.add(c.path));
  const kept = new Set(comparisons.map((c) => c.path));
  const breaches = sortBreaches(reports.flatMap((r) => r.verdict.breaches).filter((b, i, all) => kept.has(b.model) && all.findIndex((x) => x.message === b.message && x.model === b.model) === i));
  const errors = reports.flatMap((r) => r.verdict.errors).filter((e, i, all) => all.findIndex((x) => x.model === e.model) === i);
  const unchecked = reports.flatMap((r) => r.verdict.unchecked ?? []).filter((u, i, all) => all.findIndex((x) => x.model === u.model && x.message === u.message) === i);
  const verdict = verdictOf(breaches, errors, unchecked);
  const notices = [...new Set(reports.flatMap((r) => r.notices ?? []))];
  return {
    schema: REPORT_SCHEMA,
    commentKey,
    thresholds: reports[0]?.thresholds ?? {},
    variants: reports[0]?.variants ?? ['float32'],
    comparisons: sortComparisons(comparisons),
    verdict,
    context: reports.find((r) => r.context)?.context,
    ...(notices.length ? { notices } : {}),
  };
}

/** The changed models a merge expects a report for (what list mode listed), or why they could not be listed. */
export type ExpectedModels = { paths: string[] } | { error: string };

/**
 * A merged report that fails closed on every changed model no matrix job reported on (a job that failed before
 * writing its report.json, an artifact that did not download): such a model was not gated, so the run must not pass.
 */
export function requireReports(report: GateReport, expected: ExpectedModels): GateReport {
  const reported = new Set(report.comparisons.map((c) => c.path));
  const missing: Unchecked[] = 'error' in expected
    ? [{ check: 'reports', message: `the changed models could not be listed to check that each has a report: ${expected.error}` }]
    : expected.paths.filter((p) => !reported.has(p)).map((model) => ({
      model, check: 'report', message: 'no matrix job reported on this changed model (its job failed before writing report.json, or its artifact is missing), so it was not gated',
    }));
  if (missing.length === 0) return report;
  const unchecked = [...(report.verdict.unchecked ?? []), ...missing];
  return { ...report, verdict: verdictOf(report.verdict.breaches, report.verdict.errors, unchecked) };
}
