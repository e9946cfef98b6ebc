/**
 * Runs under the HDF5 reader's deadline (hdf5-read.ts): walks an HDF5 file held in memory with the HDF5
 * library (h5wasm's WebAssembly build, called directly) and copies out what a Keras reader needs:
 * attributes of the root and of every group, every numeric dataset as float32. Declared sizes are checked
 * before any dataset is read, so a file that claims absurd dimensions gives a clear error instead of
 * exhausting memory. Keras layouts are interpreted later (h5-model.ts, weights-*.ts).
 */
import type { H5Module } from './h5-module.js';
import { readNumbers, toFloat32 } from './numeric.js';
import type { H5AttrValue, H5DatasetData, H5Tree, Hdf5Failure, Hdf5Request } from './hdf5-types.js';

type Metadata = ReturnType<H5Module['get_dataset_metadata']>;

const H5T_INTEGER = 0;
const H5T_FLOAT = 1;
const H5T_STRING = 3;
const MAX_ATTR_BYTES = 64 * 1024 * 1024;
const MAX_DEPTH = 32;
const MAX_OBJECTS = 200_000;

/** A failure reported as data; `where` is the HDF5 path being read. */
export class Hdf5ReadFailure extends Error {
  constructor(readonly failure: Hdf5Failure) {
    super(failure.message);
  }
}

function fail(message: string, where: string, hint?: string): never {
  throw new Hdf5ReadFailure({ kind: 'bad-model', message, where: where || '/', hint });
}

const h5path = (path: string) => `/${path}`;
const numberKind = (meta: Metadata) => (meta.type === H5T_FLOAT ? 'float' : meta.signed ? 'int' : 'uint');

export class Hdf5Dumper {
  private readonly groupAttrs: Record<string, Record<string, H5AttrValue>> = {};
  private readonly pending: { path: string; metadata: Metadata; bfloat16: boolean }[] = [];
  private objects = 0;
  /** The HDF5 path currently being read, for error messages. */
  where = '/';

  constructor(
    private readonly module: H5Module,
    private readonly fileId: bigint,
    private readonly request: Hdf5Request,
    /** How many lines HDF5 has printed so far (its error stack): a call that adds some failed. */
    private readonly errorLines: () => number = () => 0,
  ) {}

  dump(): H5Tree {
    this.where = '/ (root attributes)';
    const rootAttrs = this.readAttrs('');
    this.groupAttrs[''] = rootAttrs;
    this.walk('', 0);
    this.checkDeclaredSizes();
    const datasets = this.pending.map((entry) => this.readDataset(entry.path, entry.metadata, entry.bfloat16));
    return { rootAttrs, groupAttrs: this.groupAttrs, datasets };
  }

  private walk(path: string, depth: number): void {
    const max = this.request.limits.maxDepth ?? MAX_DEPTH;
    if (depth > max) fail(`groups nested deeper than ${max} levels (a link cycle?)`, path, 'If this is intended, raise the limit: action input `max-config-depth` or CLI flag --max-config-depth.');
    this.where = path || '/';
    const types = this.childTypes(path);
    for (const name of this.module.get_names(this.fileId, h5path(path), false)) {
      if (depth === 0 && this.request.skipGroups.includes(name)) continue;
      if (++this.objects > MAX_OBJECTS) fail(`more than ${MAX_OBJECTS} objects in the file`, path);
      const child = path ? `${path}/${name}` : name;
      this.where = child;
      const listed = types[name];
      const type = listed === this.module.H5G_GROUP || listed === this.module.H5G_DATASET ? listed : this.module.get_type(this.fileId, h5path(child));
      if (type === this.module.H5G_GROUP) {
        this.groupAttrs[child] = this.readAttrs(child);
        this.walk(child, depth + 1);
      } else if (type === this.module.H5G_DATASET) {
        this.queueDataset(child);
      }
    }
  }

  /**
   * The object type of every child of a group, in one call (resolving each child by its path costs 2-3x more:
   * MobileNetV2 ~10 ms). Only group and dataset answers are used; anything else is asked again per child,
   * by path, as before; so is every child of a group holding a link that cannot be opened (a dangling soft or
   * external link: the one call then reports an HDF5 error and a stale type), so such links are skipped as before.
   */
  private childTypes(path: string): Record<string, number> {
    const module = this.module as H5Module & { get_types(fileId: bigint, path: string): Record<string, number> };
    const before = this.errorLines();
    const types = module.get_types(this.fileId, h5path(path));
    return this.errorLines() === before ? types : {};
  }

  private readAttrs(path: string): Record<string, H5AttrValue> {
    const out: Record<string, H5AttrValue> = {};
    const base = this.where;
    for (const name of this.module.get_attribute_names(this.fileId, h5path(path))) {
      this.where = `${base} attribute "${name}"`;
      const meta = this.module.get_attribute_metadata(this.fileId, h5path(path), name);
      if (![H5T_INTEGER, H5T_FLOAT, H5T_STRING].includes(meta.type) || !meta.shape) continue;
      if (meta.size * meta.total_size > MAX_ATTR_BYTES) fail('attribute larger than 64 MiB', this.where);
      const values = this.readAttrValues(path, name, meta);
      if (values) out[name] = meta.shape.length === 0 && values.length === 1 ? values[0] : (values as string[] | number[]);
    }
    this.where = base;
    return out;
  }

  private readAttrValues(path: string, name: string, meta: Metadata): string[] | number[] | undefined {
    const m = this.module;
    const nbytes = meta.size * meta.total_size;
    const ptr = m._malloc(Math.max(1, nbytes));
    if (!ptr) fail(`cannot allocate ${nbytes} bytes`, this.where);
    try {
      m.get_attribute_data(this.fileId, h5path(path), name, BigInt(ptr));
      const raw = m.HEAPU8.slice(ptr, ptr + nbytes);
      if (meta.type !== H5T_STRING) return readNumbers(raw, numberKind(meta), meta.size, meta.littleEndian);
      if (meta.vlen) {
        const read = meta.cset === 1 ? m.UTF8ToString : m.AsciiToString;
        const pointers = new Uint32Array(raw.buffer, 0, Math.floor(raw.byteLength / 4));
        const strings = Array.from(pointers, (p) => read(p));
        m.reclaim_vlen_memory(this.fileId, h5path(path), name, BigInt(ptr));
        return strings;
      }
      const decoder = new TextDecoder(meta.cset === 1 ? 'utf-8' : 'latin1');
      return Array.from({ length: meta.total_size }, (_, i) => {
        const bytes = raw.subarray(i * meta.size, (i + 1) * meta.size);
        const end = bytes.indexOf(0);
        return decoder.decode(end < 0 ? bytes : bytes.subarray(0, end));
      });
    } finally {
      m._free(ptr);
    }
  }

  private queueDataset(path: string): void {
    const metadata = this.module.get_dataset_metadata(this.fileId, h5path(path));
    if (metadata.type !== H5T_FLOAT && metadata.type !== H5T_INTEGER) return;
    // Only 16-bit integers can hold bfloat16 (Keras marks them with a dtype attribute): no other dataset's
    // attributes are read (~260 calls into HDF5 for MobileNetV2)
    const bfloat16 = metadata.type === H5T_INTEGER && metadata.size === 2 && this.readAttrs(path).dtype === 'bfloat16';
    this.pending.push({ path, metadata, bfloat16 });
  }

  private checkDeclaredSizes(): void {
    let total = 0;
    for (const { path, metadata } of this.pending) {
      const shape = metadata.shape ?? [];
      const count = shape.reduce((product, dim) => product * dim, 1);
      if (!shape.every((dim) => Number.isSafeInteger(dim) && dim >= 0) || !Number.isSafeInteger(count)) {
        fail(`dataset declares an impossible shape [${shape.join(', ')}]`, path);
      }
      total += count * 4;
      if (total > this.request.limits.maxTotalBytes) {
        fail(
          `dataset declares shape [${shape.join(', ')}] (${count} values): the weights would need more than ` +
            `${this.request.limits.maxTotalBytes} bytes, far more than this file can hold`,
          path,
          'the file is corrupt; save the model again',
        );
      }
    }
  }

  private readDataset(path: string, metadata: Metadata, bfloat16: boolean): H5DatasetData {
    this.where = path;
    const m = this.module;
    const nbytes = metadata.size * metadata.total_size;
    let raw = new Uint8Array(0);
    if (nbytes > 0) {
      const ptr = m._malloc(nbytes);
      if (!ptr) fail(`cannot allocate ${nbytes} bytes`, path);
      try {
        m.get_dataset_data(this.fileId, h5path(path), null, null, null, BigInt(ptr));
        raw = m.HEAPU8.slice(ptr, ptr + nbytes); // one copy, into a buffer of its own
      } finally {
        m._free(ptr);
      }
    }
    const kind = bfloat16 ? 'bfloat16' : numberKind(metadata);
    const data = toFloat32(raw, kind, metadata.size, metadata.littleEndian);
    if (!data) fail(`unsupported number format (${kind}, ${metadata.size} bytes)`, path);
    return { path, shape: metadata.shape ?? [], data };
  }
}
