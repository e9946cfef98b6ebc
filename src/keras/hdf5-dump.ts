/**
 * Runs inside the HDF5 worker: opens an HDF5 file held in memory with h5wasm and copies out what a
 * Keras reader needs (attributes of the root and of every group, every numeric dataset as float32).
 * Declared sizes are checked before anything is read, so a file that claims absurd dimensions gives
 * a clear error instead of exhausting memory. Keras layouts are interpreted later, on the main thread.
 */
import type h5wasmDefault from 'h5wasm';
import type { Dataset, Group, Metadata } from 'h5wasm';
import { toFloat32 } from './numeric.js';
import type { H5AttrValue, H5DatasetData, H5Tree, Hdf5Failure, Hdf5Request } from './hdf5-types.js';

type H5 = typeof h5wasmDefault;
type Module = Awaited<H5['ready']>;

const H5T_INTEGER = 0;
const H5T_FLOAT = 1;
const H5T_STRING = 3;
const MAX_ATTR_BYTES = 64 * 1024 * 1024;
const MAX_DEPTH = 32;
const MAX_OBJECTS = 200_000;

/** A failure the worker reports as data; `where` is the HDF5 path being read. */
export class Hdf5ReadFailure extends Error {
  constructor(readonly failure: Hdf5Failure) {
    super(failure.message);
  }
}

function fail(message: string, where: string, hint?: string): never {
  throw new Hdf5ReadFailure({ kind: 'bad-model', message, where: where || '/', hint });
}

interface PendingDataset {
  path: string;
  metadata: Metadata;
  bfloat16: boolean;
}

export class Hdf5Dumper {
  private readonly groupAttrs: Record<string, Record<string, H5AttrValue>> = {};
  private readonly pending: PendingDataset[] = [];
  private objects = 0;
  /** The HDF5 path currently being read, for error messages. */
  where = 'superblock';

  constructor(
    private readonly h5: H5,
    private readonly module: Module,
    private readonly fileId: bigint,
    private readonly request: Hdf5Request,
  ) {}

  dump(): H5Tree {
    this.where = '/ (root attributes)';
    const rootAttrs = this.readAttrs(new this.h5.Group(this.fileId, '/'));
    this.groupAttrs[''] = rootAttrs;
    this.walk('', 0);
    this.checkDeclaredSizes();
    const datasets = this.pending.map((entry) => this.readDataset(entry));
    return { rootAttrs, groupAttrs: this.groupAttrs, datasets };
  }

  private walk(path: string, depth: number): void {
    if (depth > MAX_DEPTH) fail(`groups nested deeper than ${MAX_DEPTH} levels (a link cycle?)`, path);
    this.where = path || '/';
    const group = new this.h5.Group(this.fileId, path || '/');
    for (const key of group.keys()) {
      if (depth === 0 && this.request.skipGroups.includes(key)) continue;
      if (++this.objects > MAX_OBJECTS) fail(`more than ${MAX_OBJECTS} objects in the file`, path);
      const childPath = path ? `${path}/${key}` : key;
      this.where = childPath;
      const child = group.get(key);
      if (child instanceof this.h5.Group) {
        this.groupAttrs[childPath] = this.readAttrs(child);
        this.walk(childPath, depth + 1);
      } else if (child instanceof this.h5.Dataset) {
        this.queueDataset(childPath, child);
      }
    }
  }

  private readAttrs(owner: Group | Dataset): Record<string, H5AttrValue> {
    const out: Record<string, H5AttrValue> = {};
    const base = this.where;
    for (const name of this.module.get_attribute_names(this.fileId, owner.path)) {
      this.where = `${base} attribute "${name}"`;
      const metadata = this.module.get_attribute_metadata(this.fileId, owner.path, name);
      if (![H5T_INTEGER, H5T_FLOAT, H5T_STRING].includes(metadata.type)) continue;
      if (metadata.size * metadata.total_size > MAX_ATTR_BYTES) fail('attribute larger than 64 MiB', this.where);
      const value = owner.get_attribute(name, true);
      const plain = plainAttr(value);
      if (plain !== undefined) out[name] = plain;
    }
    this.where = base;
    return out;
  }

  private queueDataset(path: string, dataset: Dataset): void {
    const metadata = dataset.metadata;
    if (metadata.type !== H5T_FLOAT && metadata.type !== H5T_INTEGER) return;
    const attrs = this.readAttrs(dataset);
    this.pending.push({ path, metadata, bfloat16: attrs.dtype === 'bfloat16' });
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

  private readDataset({ path, metadata, bfloat16 }: PendingDataset): H5DatasetData {
    this.where = path;
    const shape = metadata.shape ?? [];
    const nbytes = metadata.size * metadata.total_size;
    const raw = new Uint8Array(nbytes);
    if (nbytes > 0) {
      const ptr = this.module._malloc(nbytes);
      if (!ptr) fail(`cannot allocate ${nbytes} bytes`, path);
      try {
        this.module.get_dataset_data(this.fileId, '/' + path, null, null, null, BigInt(ptr));
        raw.set(this.module.HEAPU8.subarray(ptr, ptr + nbytes));
      } finally {
        this.module._free(ptr);
      }
    }
    const kind = bfloat16 ? 'bfloat16' : metadata.type === H5T_FLOAT ? 'float' : metadata.signed ? 'int' : 'uint';
    const data = toFloat32(raw, kind, metadata.size, metadata.littleEndian);
    if (!data) fail(`unsupported number format (${kind}, ${metadata.size} bytes)`, path);
    return { path, shape, data };
  }
}

function plainAttr(value: unknown): H5AttrValue | undefined {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string')) return value as string[];
    if (value.every((item) => typeof item === 'number')) return value as number[];
  }
  return undefined;
}
