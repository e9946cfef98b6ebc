import { GateError } from '../errors.js';
import type { Preprocessing } from './fit.js';

/** Dataset options shared by the CLI (flags) and the action (inputs), parsed once. */
export interface DataOptions extends Preprocessing {
  /** .npz keys of the model inputs, in model input order (--x-key a,b; default ["x"]). */
  xKeys: string[];
  /** .npz key of the labels (--y-key; default "y"). */
  yKey: string;
  /** True when --y-key was given: the key must then exist. */
  yKeyExplicit: boolean;
  samples?: number;
  seed?: number;
  /** CSV label column: a header name, or a 0-based index when all digits (default: the last column). */
  labelColumn?: string | number;
}

/** The flag/input names read by parseDataOptions (kebab-case; snake_case and camelCase keys are accepted too). */
export const DATA_OPTION_NAMES = ['x-key', 'y-key', 'scale', 'offset', 'mean', 'std', 'samples', 'seed', 'label-column'] as const;
type Name = (typeof DATA_OPTION_NAMES)[number];

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

function toNumber(text: string, label: string): number {
  const parts = text.split('/').map((p) => p.trim());
  if (parts.length <= 2 && parts.every((p) => NUMBER_TEXT.test(p))) {
    const v = parts.length === 2 ? Number(parts[0]) / Number(parts[1]) : Number(parts[0]);
    if (Number.isFinite(v)) return v;
  }
  throw new GateError('usage', `${label} must be a number (e.g. 0.5 or 1/255), got "${text}"`);
}

function toNumbers(text: string, label: string, nonZero = false): number[] {
  const values = text.split(',').map((t) => toNumber(t.trim(), label));
  if (nonZero && values.includes(0)) throw new GateError('usage', `${label} must not contain 0, got "${text}"`);
  return values;
}

function toInteger(text: string, label: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = Number(text);
  if (!/^\d+$/.test(text.trim()) || v < min || v > max) throw new GateError('usage', `${label} must be an integer from ${min} to ${max}, got "${text}"`);
  return v;
}

function toKeys(text: string, label: string): string[] {
  const keys = text.split(',').map((k) => k.trim());
  if (keys.some((k) => k === '')) throw new GateError('usage', `${label} must be a key or comma-separated keys, got "${text}"`);
  return keys;
}

/**
 * Parse the dataset flags/inputs. `record` maps names to raw strings (blank = not given); `label` names a
 * flag in errors (CLI: "--scale", the default; the action passes its own, e.g. name => `input "${name}"`).
 */
export function parseDataOptions(record: Record<string, string | undefined>, label: (name: string) => string = (n) => `--${n}`): DataOptions {
  const get = (name: Name): string | undefined => {
    const camel = name.replace(/-(.)/g, (_, c: string) => c.toUpperCase());
    const v = record[name] ?? record[name.replace(/-/g, '_')] ?? record[camel];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const yKey = get('y-key');
  const out: DataOptions = { xKeys: toKeys(get('x-key') ?? 'x', label('x-key')), yKey: yKey ?? 'y', yKeyExplicit: yKey !== undefined };
  const parsers: [Name, (v: string, l: string) => void][] = [
    ['y-key', (v, l) => { if (toKeys(v, l).length !== 1) throw new GateError('usage', `${l} takes one key, got "${v}"`); }],
    ['scale', (v, l) => (out.scale = toNumber(v, l))],
    ['offset', (v, l) => (out.offset = toNumber(v, l))],
    ['mean', (v, l) => (out.mean = toNumbers(v, l))],
    ['std', (v, l) => (out.std = toNumbers(v, l, true))],
    ['samples', (v, l) => (out.samples = toInteger(v, l, 1))],
    ['seed', (v, l) => (out.seed = toInteger(v, l, 0, 0xffffffff))],
    ['label-column', (v) => (out.labelColumn = /^\d+$/.test(v) ? Number(v) : v)],
  ];
  for (const [name, parse] of parsers) {
    const v = get(name);
    if (v !== undefined) parse(v, label(name));
  }
  return out;
}
