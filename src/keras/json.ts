/** Small helpers for reading untyped Keras JSON with errors that name the place. */
import { GateError } from '../errors.js';
import { excerpt } from '../util/escape.js';
import { DEFAULT_LIMITS, limitHint, limitName } from '../util/limits.js';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function badModel(message: string, where: string, hint?: string): GateError {
  return new GateError('bad-model', message, { where }, hint ?? 'the file is damaged or was not written by Keras; save the model again');
}

/** How deeply objects and arrays nest in JSON text (strings skipped), counted before parsing. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) { // a string: skip to its closing quote
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x7b || c === 0x5b) max = Math.max(max, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** A model config's JSON object; deeper than `maxDepth` levels is refused before parsing (nested models recurse). */
export function parseJsonText(text: string, where: string, maxDepth = DEFAULT_LIMITS.configDepth): Json {
  const depth = jsonDepth(text);
  if (depth > maxDepth) {
    throw new GateError('bad-model', `the JSON nests ${depth} levels deep, over ${limitName('configDepth', maxDepth)}`, { where }, limitHint('configDepth'));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw badModel(`invalid JSON (${excerpt(error instanceof Error ? error.message : String(error), 120)})`, where);
  }
  if (!isObject(value)) throw badModel('expected a JSON object', where);
  return value;
}

/** An attribute that HDF5 may hand back as a string or a one-element string array. */
export function attrString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string') return value[0];
  return undefined;
}

/** A string-list attribute (layer_names, weight_names): absent or empty means []. */
export function attrStrings(value: unknown): string[] {
  if (typeof value === 'string') return value ? [value] : [];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}
