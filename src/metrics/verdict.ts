import type { Breach, ModelComparison, ModelEvaluation, Unchecked, VariantName, VariantResult, Verdict } from '../results/types.js';
import { exceeds, THRESHOLD_INPUTS, type Thresholds } from './thresholds.js';
import { uncheckable } from './unchecked.js';

/**
 * Thresholds → Verdict. Each check is a small function over one model comparison; `judge` runs them all.
 * Checks (each only when its threshold is set and both numbers exist):
 *  - max-accuracy-drop: every head variant vs the head float32 variant, and every variant head vs base (pp);
 *  - max-output-diff: every head variant's max |output − float32 output|;
 *  - max-size-increase: file bytes, head vs base (%);
 *  - max-latency-increase: interleaved head/base ratio, breached only when the whole CI is past the limit (%).
 * A model with an error is listed in `errors`, a check that cannot be made in `unchecked` (./unchecked.ts);
 * both fail the verdict; `fail-on: never` is the caller's business.
 */
type Check = (c: ModelComparison, t: Thresholds) => Breach[];

const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;
const num = (x: number) => (Number.isFinite(x) ? String(Number(x.toPrecision(4))) : String(x));
const signedPct = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}%`;

function variantOf(e: ModelEvaluation | undefined, v: VariantName): VariantResult | undefined {
  return e?.variants.find((r) => r.variant === v);
}

function breach(model: string, variant: VariantName, key: keyof Thresholds, limit: number, actual: number, message: string): Breach {
  return { model, variant, threshold: THRESHOLD_INPUTS[key], limit, actual, message };
}

/** The accuracy-drop limit of a variant vs float32: the integer variants may have their own. */
function dropLimit(t: Thresholds, variant: VariantName): [keyof Thresholds, number | undefined] {
  const integer = variant === 'int8' || variant === 'dynamic';
  return integer && t.maxInt8AccuracyDrop !== undefined ? ['maxInt8AccuracyDrop', t.maxInt8AccuracyDrop] : ['maxAccuracyDrop', t.maxAccuracyDrop];
}

const accuracyVsFloat32: Check = (c, t) => {
  const ref = variantOf(c.head, 'float32')?.classification;
  if (!c.head || !ref) return [];
  return c.head.variants.flatMap((v) => {
    const acc = v.classification;
    const [key, limit] = dropLimit(t, v.variant);
    if (v.variant === 'float32' || !acc || limit === undefined) return [];
    const drop = (ref.top1 - acc.top1) * 100;
    if (!exceeds(drop, limit)) return [];
    const message = `${v.variant} top-1 accuracy is ${drop.toFixed(2)} pp below float32 (${pct(acc.top1, 2)} vs ${pct(ref.top1, 2)}); limit ${limit} pp`;
    return [breach(c.path, v.variant, key, limit, drop, message)];
  });
};

const outputDiff: Check = (c, t) => {
  const limit = t.maxOutputDiff;
  if (limit === undefined || !c.head) return [];
  return c.head.variants.flatMap((v) => {
    const diff = v.vsFloat32?.maxAbsDiff;
    if (v.variant === 'float32' || diff === undefined || !exceeds(diff, limit)) return [];
    const message = `${v.variant} max abs output difference vs float32 is ${num(diff)}; limit ${limit}`;
    return [breach(c.path, v.variant, 'maxOutputDiff', limit, diff, message)];
  });
};

/** Pairs of (base, head) results of the same variant, for a modified model. */
function headBasePairs(c: ModelComparison): [VariantResult, VariantResult][] {
  if (!c.head || !c.base) return [];
  return c.head.variants.flatMap((h) => {
    const b = variantOf(c.base, h.variant);
    return b ? [[b, h] as [VariantResult, VariantResult]] : [];
  });
}

const accuracyVsBase: Check = (c, t) => {
  const limit = t.maxAccuracyDrop;
  if (limit === undefined) return [];
  return headBasePairs(c).flatMap(([b, h]) => {
    if (!b.classification || !h.classification) return [];
    const drop = (b.classification.top1 - h.classification.top1) * 100;
    if (!exceeds(drop, limit)) return [];
    const message = `${h.variant} top-1 accuracy dropped ${drop.toFixed(2)} pp vs base (${pct(h.classification.top1, 2)} vs ${pct(b.classification.top1, 2)}); limit ${limit} pp`;
    return [breach(c.path, h.variant, 'maxAccuracyDrop', limit, drop, message)];
  });
};

const sizeVsBase: Check = (c, t) => {
  const limit = t.maxSizeIncrease;
  if (limit === undefined) return [];
  return headBasePairs(c).flatMap(([b, h]) => {
    const increase = (h.size.fileBytes / b.size.fileBytes - 1) * 100;
    if (!exceeds(increase, limit)) return [];
    const message = `${h.variant} file grew ${increase.toFixed(1)}% vs base (${b.size.fileBytes} → ${h.size.fileBytes} bytes); limit ${limit}%`;
    return [breach(c.path, h.variant, 'maxSizeIncrease', limit, increase, message)];
  });
};

const latencyVsBase: Check = (c, t) => {
  const limit = t.maxLatencyIncrease;
  if (limit === undefined || !c.latency) return [];
  return c.latency.flatMap((l) => {
    const increase = (l.ratio - 1) * 100;
    const lowIncrease = (l.ciLow - 1) * 100;
    if (!exceeds(lowIncrease, limit)) return [];
    const ci = `CI ${signedPct(lowIncrease)} to ${signedPct((l.ciHigh - 1) * 100)}`;
    const message = `${l.variant} latency rose ${increase.toFixed(1)}% vs base (${ci}, whole interval past the limit); limit ${limit}%`;
    return [breach(c.path, l.variant, 'maxLatencyIncrease', limit, increase, message)];
  });
};

/** The checks, in the order their breaches are listed. */
export const CHECKS: readonly Check[] = [accuracyVsFloat32, outputDiff, accuracyVsBase, sizeVsBase, latencyVsBase];

/**
 * Judge every model comparison against the thresholds (`requested`: those a user set, see ./unchecked.ts).
 * Deterministic: breaches follow input and check order.
 */
export function judge(comparisons: ModelComparison[], thresholds: Thresholds, requested: Thresholds = thresholds): Verdict {
  const breaches: Breach[] = [];
  const errors: Verdict['errors'] = [];
  const unchecked: Unchecked[] = [];
  for (const c of comparisons) {
    if (c.error !== undefined) {
      errors.push({ model: c.path, message: c.error });
      continue;
    }
    for (const check of CHECKS) breaches.push(...check(c, thresholds));
    unchecked.push(...uncheckable(c, thresholds, requested));
  }
  return verdictOf(breaches, errors, unchecked);
}

/** A verdict from its parts: passed only when nothing is in any of them; `unchecked` only when not empty. */
export function verdictOf(breaches: Breach[], errors: Verdict['errors'], unchecked: Unchecked[] = []): Verdict {
  const passed = breaches.length === 0 && errors.length === 0 && unchecked.length === 0;
  return { passed, breaches, errors, ...(unchecked.length ? { unchecked } : {}) };
}
