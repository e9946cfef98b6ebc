/**
 * The validators of every setting (see ./settings.ts), shared by action inputs, CLI flags and
 * .tflite-gate.yml keys. Each takes the raw value (a string from a flag or an input, a YAML scalar or list
 * from the file) and the name to blame, and throws a usage GateError that names it and says what was expected.
 */
import { GateError } from '../errors.js';
import { excerpt } from '../util/escape.js';
import type { VariantName } from '../results/types.js';

export const VARIANTS: readonly VariantName[] = ['float32', 'float16', 'dynamic', 'int8'];

/**
 * A usage error for a bad value. In a file, `name` is the key path and goes in `where`; otherwise it is
 * the input's label (e.g. `input "variants"` or `--variants`) and leads the message.
 */
export function bad(name: string, expected: string, got: unknown, file?: string): GateError {
  // a value from a file may be the whole file (a config linked to /proc/self/environ): a short excerpt only
  const shown = excerpt(typeof got === 'string' ? `"${got}"` : typeof got === 'number' ? String(got) : (JSON.stringify(got) ?? String(got)), 60);
  if (file) return new GateError('usage', `must be ${expected}, got ${shown}`, { file, where: name });
  return new GateError('usage', `${name} must be ${expected}, got ${shown}`);
}

/** A parser of one setting's raw value. */
export type Parse<T> = (raw: unknown, name: string, file?: string) => T;

/** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them; a CLI switch gives true. */
export function toBoolean(raw: unknown, name: string, file?: string): boolean {
  if (typeof raw === 'boolean') return raw;
  if (['true', 'True', 'TRUE'].includes(raw as string)) return true;
  if (['false', 'False', 'FALSE'].includes(raw as string)) return false;
  throw bad(name, 'true or false', raw, file);
}

export function toText(raw: unknown, name: string, file?: string): string {
  if (typeof raw !== 'string' || raw.trim() === '') throw bad(name, 'a non-empty string', raw, file);
  return raw.trim();
}

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** A number or a fraction of two ("1/255"), from text; NaN when it is neither. */
function numberOf(raw: unknown): number {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string') return NaN;
  const parts = raw.split('/').map((p) => p.trim());
  if (parts.length > 2 || !parts.every((p) => NUMBER_TEXT.test(p))) return NaN;
  return parts.length === 2 ? Number(parts[0]) / Number(parts[1]) : Number(parts[0]);
}

export function toNumber(raw: unknown, name: string, file?: string, min = 0): number {
  const n = numberOf(raw);
  if (!Number.isFinite(n) || n < min) throw bad(name, min === -Infinity ? 'a number (e.g. 0.5 or 1/255)' : `a number >= ${min}`, raw, file);
  return n;
}

export function toInteger(raw: unknown, name: string, file?: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const n = numberOf(raw);
  const expected = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
  if (!Number.isInteger(n) || n < min || n > max || (typeof raw === 'string' && raw.includes('/'))) throw bad(name, expected, raw, file);
  return n;
}

/** Numbers from "0.5, 0.25", a YAML list or one number; each element is named in errors (`mean[1]`). */
export function toNumbers(raw: unknown, name: string, file?: string, nonZero = false): number[] {
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [raw];
  const values = list.map((x, i) => toNumber(typeof x === 'string' ? x.trim() : x, Array.isArray(raw) ? `${name}[${i}]` : name, file, -Infinity));
  if (nonZero && values.includes(0)) throw bad(name, 'numbers other than 0', raw, file);
  return values;
}

export function toChoice<T extends string>(raw: unknown, name: string, choices: readonly T[], file?: string): T {
  if ((choices as readonly unknown[]).includes(raw)) return raw as T;
  throw bad(name, `one of ${choices.join(', ')}`, raw, file);
}

/** "float32, float16" or a YAML list → distinct variants in the given order; float32 (the reference) must be present. */
export function toVariants(raw: unknown, name: string, file?: string): VariantName[] {
  const items = Array.isArray(raw) ? raw : String(raw).split(/[,\s]+/).filter(Boolean);
  const variants: VariantName[] = [];
  for (const item of items) {
    const v = toChoice(String(item), name, VARIANTS, file);
    if (!variants.includes(v)) variants.push(v);
  }
  if (!variants.includes('float32')) throw bad(name, 'a list that includes float32 (the reference variant)', raw, file);
  return variants;
}

/** "a, b" or a YAML list → non-empty keys. */
export function toKeys(raw: unknown, name: string, file?: string): string[] {
  const items = (Array.isArray(raw) ? raw : String(raw).split(',')).map((k) => String(k).trim());
  if (!items.length || items.some((k) => k === '')) throw bad(name, 'a key or comma-separated keys', raw, file);
  return items;
}

export function toKey(raw: unknown, name: string, file?: string): string {
  const keys = toKeys(raw, name, file);
  if (keys.length !== 1) throw bad(name, 'one key', raw, file);
  return keys[0]!;
}

/** A CSV label column: a header name, or a 0-based index when all digits. */
export function toColumn(raw: unknown, name: string, file?: string): string | number {
  const text = typeof raw === 'number' ? String(raw) : toText(raw, name, file);
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** A comment key: letters, digits, '.', '_' and '-' (it goes into an HTML comment marker). */
export function toCommentKey(raw: unknown, name: string, file?: string): string {
  if (typeof raw === 'string' && /^[A-Za-z0-9._-]{0,64}$/.test(raw)) return raw;
  throw bad(name, 'at most 64 letters, digits, ".", "_" or "-"', raw, file);
}

/** An artifact name GitHub accepts (no path separators or reserved characters). */
export function toArtifactName(raw: unknown, name: string, file?: string): string {
  if (typeof raw === 'string' && raw.length > 0 && !/["':<>|*?\\/\r\n]/.test(raw)) return raw;
  throw bad(name, 'a non-empty name without " : < > | * ? \\ / or newlines', raw, file);
}
