/**
 * Small validators shared by action inputs, CLI flags and .tflite-gate.yml keys. Each takes the raw
 * value and the name to blame, and throws a usage GateError that names it and says what was expected.
 */
import { GateError } from '../errors.js';
import type { VariantName } from '../pipeline/types.js';

export const VARIANTS: readonly VariantName[] = ['float32', 'float16', 'dynamic', 'int8'];

/**
 * A usage error for a bad value. In a file, `name` is the key path and goes in `where`; otherwise it is
 * the input's label (e.g. `input "variants"` or `--variants`) and leads the message.
 */
export function bad(name: string, expected: string, got: unknown, file?: string): GateError {
  const shown = typeof got === 'string' ? `"${got}"` : JSON.stringify(got);
  if (file) return new GateError('usage', `must be ${expected}, got ${shown}`, { file, where: name });
  return new GateError('usage', `${name} must be ${expected}, got ${shown}`);
}

/** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them. */
export function toBoolean(raw: string, name: string): boolean {
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  throw bad(name, 'true or false', raw);
}

export function toNumber(raw: string | number, name: string, file?: string, min = 0): number {
  const n = typeof raw === 'number' ? raw : raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(n) || n < min) throw bad(name, min === -Infinity ? 'a number' : `a number >= ${min}`, raw, file);
  return n;
}

export function toInteger(raw: string | number, name: string, file?: string, min = 0): number {
  const n = toNumber(raw, name, file, min);
  if (!Number.isInteger(n)) throw bad(name, `an integer >= ${min}`, raw, file);
  return n;
}

export function toChoice<T extends string>(raw: string, name: string, choices: readonly T[], file?: string): T {
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  throw bad(name, `one of ${choices.join(', ')}`, raw, file);
}

/** "float32, float16" or a YAML list → distinct variants in the given order; float32 must be present. */
export function toVariants(raw: string | unknown[], name: string, file?: string): VariantName[] {
  const items = Array.isArray(raw) ? raw : raw.split(/[,\s]+/).filter(Boolean);
  const variants: VariantName[] = [];
  for (const item of items) {
    const v = toChoice(String(item), name, VARIANTS, file);
    if (!variants.includes(v)) variants.push(v);
  }
  if (!variants.includes('float32')) throw bad(name, 'a list that includes float32 (the reference variant)', raw, file);
  return variants;
}

/** "a, b" or a YAML list → non-empty keys. */
export function toKeys(raw: string | unknown[], name: string, file?: string): string[] {
  const items = (Array.isArray(raw) ? raw : raw.split(',')).map((k) => String(k).trim());
  if (!items.length || items.some((k) => k === '')) throw bad(name, 'a key or comma-separated keys', raw, file);
  return items;
}

/** A comment key: letters, digits, '.', '_' and '-' (it goes into an HTML comment marker). */
export function toCommentKey(raw: string, name: string): string {
  if (/^[A-Za-z0-9._-]{0,64}$/.test(raw)) return raw;
  throw bad(name, 'at most 64 letters, digits, ".", "_" or "-"', raw);
}

/** An artifact name GitHub accepts (no path separators or reserved characters). */
export function toArtifactName(raw: string, name: string): string {
  if (raw.length > 0 && !/["':<>|*?\\/\r\n]/.test(raw)) return raw;
  throw bad(name, 'a non-empty name without " : < > | * ? \\ / or newlines', raw);
}
