/**
 * .tflite-gate.yml: repository-wide defaults and per-model rules (globs mapped to their own dataset,
 * preprocessing and thresholds). Parsed from text with `yaml`; every error names the file and the key.
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
import type { DataKeys, ModelRule, Preprocessing, ThresholdConfig } from './types.js';
import type { VariantName } from '../pipeline/types.js';
import { readThresholds, THRESHOLD_KEYS } from './thresholds.js';
import { bad, toInteger, toKeys, toNumber, toVariants } from './values.js';

export interface ConfigFile {
  dataset?: string;
  dataKeys?: DataKeys;
  variants?: VariantName[];
  thresholds: ThresholdConfig;
  preprocessing?: Preprocessing;
  samples?: number;
  reference?: boolean;
  representativeDataset?: string;
  rules: ModelRule[];
}

type Obj = Record<string, unknown>;
const TOP_KEYS = ['dataset', 'x-key', 'y-key', 'variants', 'thresholds', 'preprocessing', 'samples', 'reference', 'representative-dataset', 'models'];
const RULE_KEYS = ['path', 'dataset', 'x-key', 'y-key', 'preprocessing', 'thresholds', 'samples', 'sequence-length', 'reference', 'representative-dataset'];
const PRE_KEYS = ['scale', 'offset', 'mean', 'std'];

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
      throw new GateError('usage', `unknown key "${key}"`, { file, where: `${where}${key}` }, `Allowed here: ${allowed.join(', ')}.`);
    }
  }
}

function str(v: unknown, where: string, file: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || v === '') throw bad(where, 'a non-empty string', v, file);
  return v;
}

function numbers(v: unknown, where: string, file: string): number[] {
  const list = Array.isArray(v) ? v : [v];
  return list.map((x, i) => toNumber(x as number, `${where}[${i}]`, file, -Infinity));
}

function preprocessing(v: unknown, where: string, file: string): Preprocessing | undefined {
  if (v === undefined || v === null) return undefined;
  const obj = mapping(v, where, file);
  onlyKeys(obj, PRE_KEYS, `${where}.`, file);
  const out: Preprocessing = {};
  if (obj.scale !== undefined) out.scale = toNumber(obj.scale as number, `${where}.scale`, file, -Infinity);
  if (obj.offset !== undefined) out.offset = toNumber(obj.offset as number, `${where}.offset`, file, -Infinity);
  if (obj.mean !== undefined) out.mean = numbers(obj.mean, `${where}.mean`, file);
  if (obj.std !== undefined) out.std = numbers(obj.std, `${where}.std`, file);
  return out;
}

function thresholds(v: unknown, where: string, file: string): ThresholdConfig {
  const obj = mapping(v, where, file);
  onlyKeys(obj, Object.keys(THRESHOLD_KEYS), `${where}.`, file);
  return readThresholds((name) => obj[name] as number | undefined, `${where}.`, file);
}

/** x-key / y-key of a mapping (prefix names them in errors). */
function dataKeys(obj: Obj, prefix: string, file: string): DataKeys | undefined {
  const x = obj['x-key'] === undefined || obj['x-key'] === null ? undefined : toKeys(obj['x-key'] as string | unknown[], `${prefix}x-key`, file);
  const y = str(obj['y-key'], `${prefix}y-key`, file);
  return x || y ? { ...(x ? { x } : {}), ...(y ? { y } : {}) } : undefined;
}

function optionalInt(v: unknown, where: string, file: string, min: number): number | undefined {
  return v === undefined || v === null ? undefined : toInteger(v as number, where, file, min);
}

function optionalBool(v: unknown, where: string, file: string): boolean | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw bad(where, 'true or false', v, file);
  return v;
}

function rule(v: unknown, i: number, file: string): ModelRule {
  const where = `models[${i}]`;
  const obj = mapping(v, where, file);
  onlyKeys(obj, RULE_KEYS, `${where}.`, file);
  const path = str(obj.path, `${where}.path`, file);
  if (!path) throw bad(`${where}.path`, 'a glob of model paths', obj.path ?? null, file);
  return {
    path,
    dataset: str(obj.dataset, `${where}.dataset`, file),
    dataKeys: dataKeys(obj, `${where}.`, file),
    preprocessing: preprocessing(obj.preprocessing, `${where}.preprocessing`, file),
    thresholds: thresholds(obj.thresholds, `${where}.thresholds`, file),
    samples: optionalInt(obj.samples, `${where}.samples`, file, 1),
    sequenceLength: optionalInt(obj['sequence-length'], `${where}.sequence-length`, file, 1),
    reference: optionalBool(obj.reference, `${where}.reference`, file),
    representativeDataset: str(obj['representative-dataset'], `${where}.representative-dataset`, file),
  };
}

function load(text: string, file: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const pos = error.linePos?.[0];
      const where = pos ? `line ${pos.line}, column ${pos.col}` : undefined;
      throw new GateError('usage', `not valid YAML: ${error.message.split(/ at line |\n/)[0]}`, { file, where });
    }
    throw error;
  }
}

/** Parse the text of a .tflite-gate.yml named `file` (for messages). */
export function parseConfigFile(text: string, file: string): ConfigFile {
  const top = mapping(load(text, file), '', file);
  onlyKeys(top, TOP_KEYS, '', file);
  if (top.models !== undefined && !Array.isArray(top.models)) throw bad('models', 'a list of rules', top.models, file);
  return {
    dataset: str(top.dataset, 'dataset', file),
    dataKeys: dataKeys(top, '', file),
    variants: top.variants === undefined ? undefined : toVariants(top.variants as string | unknown[], 'variants', file),
    thresholds: thresholds(top.thresholds, 'thresholds', file),
    preprocessing: preprocessing(top.preprocessing, 'preprocessing', file),
    samples: optionalInt(top.samples, 'samples', file, 1),
    reference: optionalBool(top.reference, 'reference', file),
    representativeDataset: str(top['representative-dataset'], 'representative-dataset', file),
    rules: ((top.models as unknown[] | undefined) ?? []).map((r, i) => rule(r, i, file)),
  };
}
