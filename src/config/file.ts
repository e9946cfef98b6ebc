/**
 * .tflite-gate.yml: repository-wide defaults and per-model rules (globs mapped to their own dataset,
 * preprocessing and thresholds). Parsed from text with `yaml`; every error names the file and the key. The
 * keys, their validators and where each may appear come from the settings table (./settings.ts).
 *
 *   dataset: data/test.npz
 *   variants: [float32, float16]
 *   thresholds: { max-accuracy-drop: 0.5 }
 *   models:
 *     - path: "models/audio/**"
 *       dataset: data/audio.npz
 *       preprocessing: { scale: 0.00392 }
 *       thresholds: { max-size-increase: 2 }
 *       reference: true
 */
import { parse, YAMLParseError } from 'yaml';
import { GateError } from '../errors.js';
import { excerpt } from '../util/escape.js';
import type { DataKeys, ModelRule, Preprocessing, ThresholdConfig } from './types.js';
import type { VariantName } from '../results/types.js';
import { readThresholds } from './thresholds.js';
import { parseGiven, SETTINGS, type FileKey, type SettingId, type SettingValue } from './settings.js';
import { bad } from './values.js';

export interface ConfigFile {
  dataset?: string;
  dataKeys?: DataKeys;
  variants?: VariantName[];
  thresholds: ThresholdConfig;
  preprocessing?: Preprocessing;
  samples?: number;
  seed?: number;
  reference?: boolean;
  representativeDataset?: string;
  rules: ModelRule[];
}

type Obj = Record<string, unknown>;

/** The names of the settings.ts keys that `pick` selects, e.g. every top-level key outside a group. */
function keysWhere(pick: (key: FileKey) => boolean): string[] {
  return Object.values(SETTINGS).flatMap((s) => ('file' in s && s.file && pick(s.file) ? [s.name] : []));
}

const GROUPS = ['thresholds', 'preprocessing'];
const TOP_KEYS = [...keysWhere((k) => Boolean(k.top && !k.group)), ...GROUPS, 'models'];
const RULE_KEYS = ['path', ...keysWhere((k) => Boolean(k.rule && !k.group)), ...GROUPS];
const PRE_KEYS = keysWhere((k) => k.group === 'preprocessing');
const THRESHOLD_KEYS = keysWhere((k) => k.group === 'thresholds');

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function mapping(v: unknown, where: string, file: string): Obj {
  if (v === undefined || v === null) return {};
  if (!isObj(v)) throw bad(where || 'the top level', 'a mapping of keys to values', v, file);
  return v;
}

function onlyKeys(obj: Obj, allowed: string[], where: string, file: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      throw new GateError('usage', `unknown key "${excerpt(key, 60)}"`, { file, where: `${where}${key}` }, `Allowed here: ${allowed.join(', ')}.`);
    }
  }
}

/** The value of setting `id` under its name in `obj` (prefix names the mapping in errors). */
function key<K extends SettingId>(obj: Obj, id: K, prefix: string, file: string): SettingValue<K> | undefined {
  const name = SETTINGS[id].name;
  return parseGiven(id, obj[name], `${prefix}${name}`, file);
}

function preprocessing(v: unknown, where: string, file: string): Preprocessing | undefined {
  if (v === undefined || v === null) return undefined;
  const obj = mapping(v, where, file);
  onlyKeys(obj, PRE_KEYS, `${where}.`, file);
  const out: Preprocessing = {};
  for (const id of ['scale', 'offset'] as const) if (obj[id] !== undefined) out[id] = key(obj, id, `${where}.`, file);
  for (const id of ['mean', 'std'] as const) if (obj[id] !== undefined) out[id] = key(obj, id, `${where}.`, file);
  return out;
}

function thresholds(v: unknown, where: string, file: string): ThresholdConfig {
  const obj = mapping(v, where, file);
  onlyKeys(obj, THRESHOLD_KEYS, `${where}.`, file);
  return readThresholds((name) => obj[name], `${where}.`, file);
}

/** x-key / y-key of a mapping (prefix names them in errors). */
function dataKeys(obj: Obj, prefix: string, file: string): DataKeys | undefined {
  const x = key(obj, 'x-key', prefix, file);
  const y = key(obj, 'y-key', prefix, file);
  return x || y ? { ...(x ? { x } : {}), ...(y ? { y } : {}) } : undefined;
}

function rule(v: unknown, i: number, file: string): ModelRule {
  const where = `models[${i}]`;
  const obj = mapping(v, where, file);
  onlyKeys(obj, RULE_KEYS, `${where}.`, file);
  if (typeof obj.path !== 'string' || obj.path === '') throw bad(`${where}.path`, 'a glob of model paths', obj.path ?? null, file);
  const at = `${where}.`;
  return {
    path: obj.path,
    dataset: key(obj, 'dataset', at, file),
    dataKeys: dataKeys(obj, at, file),
    preprocessing: preprocessing(obj.preprocessing, `${where}.preprocessing`, file),
    thresholds: thresholds(obj.thresholds, `${where}.thresholds`, file),
    samples: key(obj, 'samples', at, file),
    seed: key(obj, 'seed', at, file),
    sequenceLength: key(obj, 'sequence-length', at, file),
    nhwc: key(obj, 'nhwc', at, file),
    reference: key(obj, 'reference', at, file),
    representativeDataset: key(obj, 'representative-dataset', at, file),
  };
}

/**
 * The YAML of a config file (a pull request's, too). Warnings are not printed: `yaml` would quote a line of
 * the file in them, on a log line of its own where `::command` starts a workflow command. Alias expansion
 * is bounded by `yaml` (a "billion laughs" is refused): that refusal, too, is the file's error.
 */
function load(text: string, file: string): unknown {
  try {
    return parse(text, { logLevel: 'error' });
  } catch (error) {
    const pos = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
    const where = pos ? `line ${pos.line}, column ${pos.col}` : undefined;
    throw new GateError('usage', `not valid YAML: ${excerpt(String((error as Error)?.message ?? error).split(/ at line |\n/)[0]!, 120)}`, { file, where });
  }
}

/** Parse the text of a .tflite-gate.yml named `file` (for messages). */
export function parseConfigFile(text: string, file: string): ConfigFile {
  const top = mapping(load(text, file), '', file);
  onlyKeys(top, TOP_KEYS, '', file);
  if (top.models !== undefined && !Array.isArray(top.models)) throw bad('models', 'a list of rules', top.models, file);
  return {
    dataset: key(top, 'dataset', '', file),
    dataKeys: dataKeys(top, '', file),
    variants: key(top, 'variants', '', file),
    thresholds: thresholds(top.thresholds, 'thresholds', file),
    preprocessing: preprocessing(top.preprocessing, 'preprocessing', file),
    samples: key(top, 'samples', '', file),
    seed: key(top, 'seed', '', file),
    reference: key(top, 'reference', '', file),
    representativeDataset: key(top, 'representative-dataset', '', file),
    rules: ((top.models as unknown[] | undefined) ?? []).map((r, i) => rule(r, i, file)),
  };
}
