/**
 * Small edits to a .tflite flatbuffer that keep every byte of the original: new constant buffers, a tensor
 * pointed at one, and operators dropped from the main subgraph. Flatbuffer offsets only point forward, so
 * new buffers cannot go after the file (the buffers vector could not reach back to the old Buffer tables).
 * Instead a new header, Model table, buffers vector and the new data are PREPENDED, and the original file
 * follows unchanged (shifted by a multiple of 64, so its data keeps its alignment). Every other subgraph
 * (WHILE bodies...) is left as it was. The two fields holding absolute file offsets (Buffer.offset and
 * Operator.large_custom_options_offset, used by models over 2 GB) are moved by the same shift.
 */
import { FlatReader, type Table } from '../tflite/flat-reader.js';

export interface FlatPatch {
  /** New constant buffers (their contents), appended after the existing ones. */
  buffers: Uint8Array[];
  /** Main-subgraph tensor index -> index into `buffers`: the tensor becomes that constant. */
  constants: Map<number, number>;
  /** Main-subgraph operator indices to remove. */
  dropOps: Set<number>;
}

/** Model table fields (schema.fbs): version, operator_codes, subgraphs, description, buffers, ... */
const MODEL_FIELDS = 8;
const MODEL_VERSION = 0;
const MODEL_BUFFERS = 4;
const ALIGN = 64;

/** The patched file, or undefined when the file has a Model field this code does not know. */
export function applyFlatPatch(bytes: Uint8Array, patch: FlatPatch, fileName?: string): Uint8Array | undefined {
  const r = new FlatReader(bytes, fileName);
  const model = r.root('TFL3');
  for (let id = MODEL_FIELDS; id < 64; id++) if (model.has(id)) return undefined;
  const mainTensors = model.tables(2, 'subgraphs')[0]?.tables(0, 'tensors') ?? [];
  for (const tensor of patch.constants.keys()) if (!mainTensors[tensor]?.has(2)) return undefined;
  const oldBuffers = model.tables(MODEL_BUFFERS, 'buffers');
  const head = buildHead(r, model, oldBuffers, patch.buffers);
  const shift = head.length;
  const out = new Uint8Array(shift + bytes.length);
  out.set(head.bytes.subarray(0, shift));
  out.set(bytes, shift);
  const view = new DataView(out.buffer);
  // the head's buffers vector points at the old Buffer tables, now `shift` further on
  for (const [i, at] of head.oldBufferSlots.entries()) view.setUint32(at, oldBuffers[i]!.pos + shift - at, true);
  moveAbsoluteOffsets(model, view, shift);
  for (const [tensor, buffer] of patch.constants) {
    view.setUint32(mainTensors[tensor]!.field(2) + shift, oldBuffers.length + buffer, true);
  }
  const main = model.tables(2, 'subgraphs')[0];
  if (main && patch.dropOps.size > 0) dropOperators(r, main, view, shift, patch.dropOps);
  return out;
}

interface Head { bytes: Uint8Array; length: number; oldBufferSlots: number[] }

/** Header, Model vtable + table, buffers vector, new Buffer tables, their data; padded to ALIGN. */
function buildHead(r: FlatReader, model: Table, oldBuffers: Table[], added: Uint8Array[]): Head {
  const dataBytes = added.reduce((n, b) => n + b.length + 32, 0);
  const w = new Writer(256 + 8 * (oldBuffers.length + added.length) + 16 * added.length + dataBytes);
  w.skip(8);
  w.bytes.set([0x54, 0x46, 0x4c, 0x33], 4); // "TFL3"
  const vtable = w.align(2);
  w.u16(4 + 2 * MODEL_FIELDS).u16(4 + 4 * MODEL_FIELDS);
  // a field the old Model lacks stays absent (a zero offset would fail the flatbuffer verifier)
  for (let id = 0; id < MODEL_FIELDS; id++) w.u16(id === MODEL_BUFFERS || model.has(id) ? 4 + 4 * id : 0);
  const table = w.align(4);
  w.view.setUint32(0, table, true);
  w.i32(table - vtable);
  const slots = Array.from({ length: MODEL_FIELDS }, () => w.skip(4));
  for (let id = 0; id < MODEL_FIELDS; id++) {
    const at = model.field(id);
    if (id === MODEL_VERSION) w.view.setUint32(slots[id]!, at ? r.u32(at) : 0, true);
    else if (id !== MODEL_BUFFERS && at) w.deferForward(slots[id]!, r.indirect(at));
  }
  w.view.setUint32(slots[MODEL_BUFFERS]!, w.align(4) - slots[MODEL_BUFFERS]!, true);
  w.u32(oldBuffers.length + added.length);
  const oldBufferSlots = oldBuffers.map(() => w.skip(4));
  const newSlots = added.map(() => w.skip(4));
  const bufferVtable = w.align(2);
  w.u16(6).u16(8).u16(4); // Buffer { data } at table offset 4
  const dataSlots = newSlots.map((slot) => {
    const at = w.align(4);
    w.view.setUint32(slot, at - slot, true);
    w.i32(at - bufferVtable);
    return w.skip(4);
  });
  added.forEach((data, i) => {
    while ((w.align(4) + 4) % 16 !== 0) w.skip(4);
    const vector = w.u32(data.length).pos - 4;
    w.view.setUint32(dataSlots[i]!, vector - dataSlots[i]!, true);
    w.bytes.set(data, w.skip(data.length));
  });
  const length = Math.ceil(w.pos / ALIGN) * ALIGN;
  for (const { slot, target } of w.forward) w.view.setUint32(slot, target + length - slot, true);
  return { bytes: w.bytes, length, oldBufferSlots };
}

/** Buffer.offset and Operator.large_custom_options_offset are absolute: move them by the prepended size. */
function moveAbsoluteOffsets(model: Table, view: DataView, shift: number): void {
  const move = (t: Table, id: number) => {
    const at = t.field(id);
    if (at && t.long(id) > 1) view.setBigUint64(at + shift, BigInt(t.long(id) + shift), true);
  };
  for (const buffer of model.tables(MODEL_BUFFERS, 'buffers')) move(buffer, 1);
  for (const sg of model.tables(2, 'subgraphs')) for (const op of sg.tables(3, 'operators')) move(op, 9);
}

/** Compacts the operators vector in place: kept entries slide down (their offsets grow), the count shrinks. */
function dropOperators(r: FlatReader, subgraph: Table, view: DataView, shift: number, drop: Set<number>): void {
  const vector = subgraph.vectorStart(3, 4, 'operators');
  if (!vector) return;
  let kept = 0;
  for (let i = 0; i < vector.length; i++) {
    if (drop.has(i)) continue;
    const from = vector.start + 4 * i;
    const to = vector.start + 4 * kept;
    view.setUint32(to + shift, r.indirect(from) - to, true);
    kept++;
  }
  view.setUint32(vector.start - 4 + shift, kept, true);
}

/** A little-endian byte writer for the prepended head. */
class Writer {
  readonly bytes: Uint8Array;
  readonly view: DataView;
  pos = 0;
  /** Slots holding offsets into the original file, resolved once the head's length is known. */
  readonly forward: { slot: number; target: number }[] = [];

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity + ALIGN);
    this.view = new DataView(this.bytes.buffer);
  }

  skip(n: number): number {
    const at = this.pos;
    this.pos += n;
    return at;
  }

  align(n: number): number {
    this.pos = Math.ceil(this.pos / n) * n;
    return this.pos;
  }

  u16(v: number): this { this.view.setUint16(this.skip(2), v, true); return this; }
  u32(v: number): this { this.view.setUint32(this.skip(4), v, true); return this; }
  i32(v: number): this { this.view.setInt32(this.skip(4), v, true); return this; }
  deferForward(slot: number, target: number): void { this.forward.push({ slot, target }); }
}
