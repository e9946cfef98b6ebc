/**
 * A bounds-checked flatbuffer reader: every offset is checked against the file before it is followed, so a
 * truncated or corrupt file raises a GateError('bad-model') that names the file and the byte offset instead
 * of reading garbage or crashing. Only what the TFLite reader needs: tables, scalars, strings, vectors.
 */
import { GateError } from '../errors.js';

export class FlatReader {
  private readonly view: DataView;
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });

  constructor(readonly bytes: Uint8Array, readonly fileName?: string) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  fail(offset: number, message: string): never {
    throw new GateError('bad-model', `not a valid TFLite model: ${message}`, { file: this.fileName, where: `byte ${offset}` },
      'the file is truncated or corrupt; convert the model again');
  }

  check(offset: number, size: number, what: string): void {
    if (!Number.isInteger(offset) || offset < 0 || offset + size > this.bytes.length) {
      this.fail(Math.max(0, Math.min(offset, this.bytes.length)), `${what} at byte ${offset} (+${size}) lies outside the ${this.bytes.length}-byte file`);
    }
  }

  u8(at: number): number { this.check(at, 1, 'byte'); return this.view.getUint8(at); }
  i8(at: number): number { this.check(at, 1, 'byte'); return this.view.getInt8(at); }
  u16(at: number): number { this.check(at, 2, 'uint16'); return this.view.getUint16(at, true); }
  i32(at: number): number { this.check(at, 4, 'int32'); return this.view.getInt32(at, true); }
  u32(at: number): number { this.check(at, 4, 'uint32'); return this.view.getUint32(at, true); }
  f32(at: number): number { this.check(at, 4, 'float32'); return this.view.getFloat32(at, true); }
  i64(at: number): bigint { this.check(at, 8, 'int64'); return this.view.getBigInt64(at, true); }

  /** The root table position (after checking the file identifier when given). */
  root(identifier?: string): Table {
    this.check(0, 8, 'file header');
    if (identifier) {
      const id = String.fromCharCode(...this.bytes.subarray(4, 8));
      if (id !== identifier) this.fail(4, `file identifier is "${printable(id)}", expected "${identifier}"`);
    }
    return this.table(this.u32(0), 'root table');
  }

  table(pos: number, what: string): Table {
    this.check(pos, 4, what);
    const vtable = pos - this.i32(pos);
    this.check(vtable, 4, `${what} vtable`);
    const vsize = this.u16(vtable);
    if (vsize < 4 || vsize % 2 !== 0) this.fail(vtable, `${what} has a malformed vtable (size ${vsize})`);
    this.check(vtable, vsize, `${what} vtable`);
    return new Table(this, pos, vtable, vsize, what);
  }

  /** Follows a uoffset stored at `at`. */
  indirect(at: number): number {
    return at + this.u32(at);
  }

  string(pos: number, what: string): string {
    const len = this.u32(pos);
    this.check(pos + 4, len, what);
    return this.decoder.decode(this.bytes.subarray(pos + 4, pos + 4 + len));
  }

  /** A vector's element count and first element position, checked to fit `elemSize` bytes each. */
  vector(pos: number, elemSize: number, what: string): { length: number; start: number } {
    const length = this.u32(pos);
    this.check(pos + 4, length * elemSize, what);
    return { length, start: pos + 4 };
  }
}

function printable(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, '?');
}

export class Table {
  constructor(readonly r: FlatReader, readonly pos: number, private readonly vtable: number,
    private readonly vsize: number, readonly what: string) {}

  /** Absolute position of field `id`, or 0 when absent. */
  field(id: number): number {
    const slot = 4 + 2 * id;
    if (slot + 2 > this.vsize) return 0;
    const rel = this.r.u16(this.vtable + slot);
    return rel ? this.pos + rel : 0;
  }

  has(id: number): boolean { return this.field(id) !== 0; }
  int(id: number, def = 0): number { const at = this.field(id); return at ? this.r.i32(at) : def; }
  uint(id: number, def = 0): number { const at = this.field(id); return at ? this.r.u32(at) : def; }
  float(id: number, def = 0): number { const at = this.field(id); return at ? this.r.f32(at) : def; }
  byte(id: number, def = 0): number { const at = this.field(id); return at ? this.r.i8(at) : def; }
  ubyte(id: number, def = 0): number { const at = this.field(id); return at ? this.r.u8(at) : def; }
  bool(id: number, def = false): boolean { const at = this.field(id); return at ? this.r.u8(at) !== 0 : def; }
  long(id: number, def = 0): number { const at = this.field(id); return at ? Number(this.r.i64(at)) : def; }

  string(id: number, name: string): string | undefined {
    const at = this.field(id);
    return at ? this.r.string(this.r.indirect(at), `${this.what}.${name}`) : undefined;
  }

  table(id: number, name: string): Table | undefined {
    const at = this.field(id);
    return at ? this.r.table(this.r.indirect(at), `${this.what}.${name}`) : undefined;
  }

  tables(id: number, name: string): Table[] {
    const at = this.field(id);
    if (!at) return [];
    const { length, start } = this.r.vector(this.r.indirect(at), 4, `${this.what}.${name}`);
    return Array.from({ length }, (_, i) => this.r.table(this.r.indirect(start + 4 * i), `${name}[${i}]`));
  }

  ints(id: number, name: string): number[] {
    const at = this.field(id);
    if (!at) return [];
    const { length, start } = this.r.vector(this.r.indirect(at), 4, `${this.what}.${name}`);
    return Array.from({ length }, (_, i) => this.r.i32(start + 4 * i));
  }

  floats(id: number, name: string): number[] {
    const at = this.field(id);
    if (!at) return [];
    const { length, start } = this.r.vector(this.r.indirect(at), 4, `${this.what}.${name}`);
    return Array.from({ length }, (_, i) => this.r.f32(start + 4 * i));
  }

  longs(id: number, name: string): number[] {
    const at = this.field(id);
    if (!at) return [];
    const { length, start } = this.r.vector(this.r.indirect(at), 8, `${this.what}.${name}`);
    return Array.from({ length }, (_, i) => Number(this.r.i64(start + 8 * i)));
  }

  /** A [ubyte] vector as a view into the file (no copy), or undefined when absent. */
  bytes(id: number, name: string): { data: Uint8Array; offset: number } | undefined {
    const at = this.field(id);
    if (!at) return undefined;
    const { length, start } = this.r.vector(this.r.indirect(at), 1, `${this.what}.${name}`);
    return { data: this.r.bytes.subarray(start, start + length), offset: start };
  }

  /** Position of the vector of field `id` (for in-place edits), or 0. */
  vectorStart(id: number, elemSize: number, name: string): { length: number; start: number } | undefined {
    const at = this.field(id);
    return at ? this.r.vector(this.r.indirect(at), elemSize, `${this.what}.${name}`) : undefined;
  }
}
