/**
 * Git LFS pointers: a checkout without `lfs: true` (or a base version read from git) holds a small text
 * file instead of the model. Detected here so the user gets a clear message, not an HDF5 parse error.
 */
import { GateError } from '../errors.js';

export interface LfsPointer {
  oid: string;
  size: number;
}

const HEADER = 'version https://git-lfs.github.com/spec/v1';

/** The pointer a file holds, or undefined when it is real content. Pointers are < 1024 bytes of text. */
export function parseLfsPointer(bytes: Uint8Array): LfsPointer | undefined {
  if (bytes.length > 1024 || bytes.length < HEADER.length) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (!text.startsWith(HEADER)) return undefined;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const size = /^size (\d+)$/m.exec(text)?.[1];
  return oid && size ? { oid, size: Number(size) } : undefined;
}

const CHECKOUT_HINT = 'Check out with Git LFS: `uses: actions/checkout@v4` with `lfs: true`.';
const pointerText = (pointer: LfsPointer) => `is a Git LFS pointer (oid ${pointer.oid.slice(0, 12)}…, ${pointer.size} bytes)`;

/** The error for a model that is only an LFS pointer at `version` ("head" or "base"). */
export function lfsPointerError(file: string, pointer: LfsPointer, version: 'head' | 'base'): GateError {
  const hint =
    version === 'head'
      ? CHECKOUT_HINT
      : 'Fetch LFS objects for the base commit too (`git lfs fetch origin <base sha>`), or check out with `lfs: true` and `fetch-depth: 0`.';
  return new GateError('bad-model', `${pointerText(pointer)}, not the model itself (${version} version)`, { file }, hint);
}

/** The error for a dataset file that is only an LFS pointer (else it would be "not a zip archive"). */
export function lfsDatasetError(file: string, pointer: LfsPointer): GateError {
  return new GateError('bad-dataset', `${pointerText(pointer)}, not the dataset itself`, { file }, CHECKOUT_HINT);
}
