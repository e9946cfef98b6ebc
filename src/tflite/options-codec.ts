/**
 * IR options (snake_case keys, enum names as strings) ⇄ option-table slots, driven by the declarative field
 * lists of ./schema/options.ts. Unknown keys and bad enum names are programming errors of the caller (the
 * converter) and throw plain Errors naming the op.
 */
import type { Builder } from 'flatbuffers';
import type { Op, OptionValue } from '../graph/ir.js';
import { BYTE_ENUMS } from './schema/enums.js';
import { OPTION_TABLES, type OptionField } from './schema/options.js';
import { int32Vector, writeTable, type Slot } from './flat-writer.js';

function enumIndex(field: OptionField, value: OptionValue, where: string): number {
  const names = BYTE_ENUMS[field.enum ?? ''] ?? [];
  const index = typeof value === 'number' ? value : names.indexOf(String(value));
  if (index < 0 || index >= names.length) throw new Error(`${where}: ${field.name} = ${String(value)} is not a ${field.enum}`);
  return index;
}

function defaultNumber(field: OptionField): number {
  if (field.kind === 'enum') return field.default === undefined ? 0 : (BYTE_ENUMS[field.enum ?? '']?.indexOf(String(field.default)) ?? 0);
  return Number(field.default ?? 0);
}

/** True when the op sets some option to a non-default value. */
export function hasNonDefaultOptions(op: Op, table: string): boolean {
  const fields = OPTION_TABLES[table] ?? [];
  return fields.some((field) => {
    const v = op.options?.[field.name];
    if (v === undefined || field.kind === 'skip') return false;
    if (field.kind === 'int[]') return Array.isArray(v) && v.length > 0;
    const n = field.kind === 'enum' ? enumIndex(field, v, op.type) : Number(v);
    return n !== defaultNumber(field);
  });
}

/** Builds the options table of `op` (vectors first, then the table) and returns its offset. */
export function writeOptions(b: Builder, op: Op, table: string): number {
  const fields = OPTION_TABLES[table];
  if (!fields) throw new Error(`${op.type}: no option table ${table}`);
  const where = `${op.type}${op.origin ? ` (${op.origin})` : ''}`;
  const known = new Set(fields.map((f) => f.name));
  for (const key of Object.keys(op.options ?? {})) {
    if (!known.has(key)) throw new Error(`${where}: unknown option ${key} for ${table}`);
  }
  const slots: Slot[] = [];
  fields.forEach((field, id) => {
    const v = op.options?.[field.name];
    if (v === undefined || field.kind === 'skip') return;
    if (field.kind === 'int[]') {
      if (!Array.isArray(v)) throw new Error(`${where}: ${field.name} must be a number[]`);
      slots.push({ id, kind: 'offset', value: int32Vector(b, v) });
    } else if (field.kind === 'enum') {
      slots.push({ id, kind: 'byte', value: enumIndex(field, v, where), def: defaultNumber(field) });
    } else if (field.kind === 'bool') {
      slots.push({ id, kind: 'bool', value: Boolean(v), def: Boolean(field.default ?? false) });
    } else {
      slots.push({ id, kind: field.kind === 'long' ? 'long' : field.kind, value: Number(v), def: defaultNumber(field) });
    }
  });
  return writeTable(b, slots);
}

/** A reader of one field of an options table, as provided by the flatbuffer reader. */
export interface FieldReader {
  has(id: number): boolean;
  int(id: number): number;
  float(id: number): number;
  byte(id: number): number;
  long(id: number): number;
  ints(id: number, name: string): number[];
}

/** The schema default of a field as an IR option value (undefined for vectors and deprecated fields). */
function defaultValue(field: OptionField): OptionValue | undefined {
  if (field.kind === 'skip' || field.kind === 'int[]') return undefined;
  if (field.kind === 'enum') return BYTE_ENUMS[field.enum ?? '']?.[defaultNumber(field)] ?? 0;
  if (field.kind === 'bool') return Boolean(field.default ?? false);
  return Number(field.default ?? 0);
}

/** Options with every scalar field of the table present (schema defaults filled in), keys in schema order. */
export function completeOptions(table: string, options: Record<string, OptionValue> = {}): Record<string, OptionValue> {
  const out: Record<string, OptionValue> = {};
  for (const field of OPTION_TABLES[table] ?? []) {
    const v = options[field.name] ?? defaultValue(field);
    if (v !== undefined) out[field.name] = v;
  }
  return out;
}

/** Decodes an options table into IR options; fields absent from the file get their schema default. */
export function readOptions(table: string, r: FieldReader): Record<string, OptionValue> | undefined {
  const fields = OPTION_TABLES[table];
  if (!fields) return undefined;
  const out: Record<string, OptionValue> = {};
  fields.forEach((field, id) => {
    if (field.kind === 'skip') return;
    if (!r.has(id)) {
      const v = defaultValue(field);
      if (v !== undefined) out[field.name] = v;
      return;
    }
    if (field.kind === 'int[]') out[field.name] = r.ints(id, field.name);
    else if (field.kind === 'enum') {
      const v = r.byte(id);
      out[field.name] = BYTE_ENUMS[field.enum ?? '']?.[v] ?? v;
    } else if (field.kind === 'bool') out[field.name] = r.byte(id) !== 0;
    else if (field.kind === 'float') out[field.name] = r.float(id);
    else if (field.kind === 'long') out[field.name] = r.long(id);
    else out[field.name] = r.int(id);
  });
  return out;
}
