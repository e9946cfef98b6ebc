/**
 * Small helpers over the flatbuffers Builder that lay tables out the way the TFLite converter's C++ builder
 * does: fields are added largest scalar first and, within one size, in schema order; absent/default fields
 * are not written. Same layout → file sizes within bytes of the converter's, and deterministic output.
 */
import { Builder } from 'flatbuffers';

export type SlotKind = 'offset' | 'int' | 'uint' | 'float' | 'byte' | 'bool' | 'long';

export interface Slot {
  id: number;
  kind: SlotKind;
  value: number | bigint | boolean;
  /** Schema default: a slot equal to it is not written. */
  def?: number | bigint | boolean;
}

const SIZE: Record<SlotKind, number> = { long: 8, offset: 4, int: 4, uint: 4, float: 4, byte: 1, bool: 1 };

function addSlot(b: Builder, s: Slot): void {
  switch (s.kind) {
    case 'offset':
      if (s.value) b.addFieldOffset(s.id, Number(s.value), 0);
      return;
    case 'int':
    case 'uint':
      b.addFieldInt32(s.id, Number(s.value) | 0, Number(s.def ?? 0) | 0);
      return;
    case 'float':
      b.addFieldFloat32(s.id, Number(s.value), Number(s.def ?? 0));
      return;
    case 'byte':
      b.addFieldInt8(s.id, Number(s.value), Number(s.def ?? 0));
      return;
    case 'bool':
      b.addFieldInt8(s.id, s.value ? 1 : 0, s.def ? 1 : 0);
      return;
    case 'long':
      b.addFieldInt64(s.id, BigInt(s.value), BigInt(s.def ?? 0));
  }
}

/** Writes one table from its slots (any order given; laid out largest-first, then by field id). */
export function writeTable(b: Builder, slots: Slot[]): number {
  const numFields = slots.reduce((m, s) => Math.max(m, s.id + 1), 0);
  const ordered = slots
    .map((s, i) => ({ s, i }))
    .sort((x, y) => SIZE[y.s.kind] - SIZE[x.s.kind] || x.s.id - y.s.id || x.i - y.i);
  b.startObject(numFields);
  for (const { s } of ordered) addSlot(b, s);
  return b.endObject();
}

export function int32Vector(b: Builder, values: ArrayLike<number>): number {
  b.startVector(4, values.length, 4);
  for (let i = values.length - 1; i >= 0; i--) b.addInt32(values[i] ?? 0);
  return b.endVector();
}

export function float32Vector(b: Builder, values: ArrayLike<number>): number {
  b.startVector(4, values.length, 4);
  for (let i = values.length - 1; i >= 0; i--) b.addFloat32(values[i] ?? 0);
  return b.endVector();
}

export function int64Vector(b: Builder, values: ArrayLike<number>): number {
  b.startVector(8, values.length, 8);
  for (let i = values.length - 1; i >= 0; i--) b.addInt64(BigInt(values[i] ?? 0));
  return b.endVector();
}

export function offsetVector(b: Builder, offsets: number[]): number {
  b.startVector(4, offsets.length, 4);
  for (let i = offsets.length - 1; i >= 0; i--) b.addOffset(offsets[i] ?? 0);
  return b.endVector();
}

/** A [ubyte] vector whose data starts at a multiple of `alignment` bytes. */
export function alignedBytes(b: Builder, bytes: Uint8Array, alignment: number): number {
  b.prep(alignment, bytes.length);
  return b.createByteVector(bytes);
}
