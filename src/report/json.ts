/**
 * report.json: the GateReport as stable JSON (comparisons sorted by path, two-space indent), and the
 * reading side used by merge mode, which checks the schema and names the file at fault.
 */
import { GateError } from '../errors.js';
import { verdictOf } from '../metrics/verdict.js';
import { sortBreaches, sortComparisons } from './format.js';
import { REPORT_SCHEMA, type GateReport } from './types.js';

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
