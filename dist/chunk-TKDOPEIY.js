import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  GateError
} from "./chunk-JM7JNUOI.js";

// src/repo/lfs.ts
var HEADER = "version https://git-lfs.github.com/spec/v1";
function parseLfsPointer(bytes) {
  if (bytes.length > 1024 || bytes.length < HEADER.length) return void 0;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (!text.startsWith(HEADER)) return void 0;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const size = /^size (\d+)$/m.exec(text)?.[1];
  return oid && size ? { oid, size: Number(size) } : void 0;
}
var CHECKOUT_HINT = "Check out with Git LFS: `uses: actions/checkout@v4` with `lfs: true`.";
var pointerText = (pointer) => `is a Git LFS pointer (oid ${pointer.oid.slice(0, 12)}\u2026, ${pointer.size} bytes)`;
function lfsPointerError(file, pointer, version) {
  const hint = version === "head" ? CHECKOUT_HINT : "Fetch LFS objects for the base commit too (`git lfs fetch origin <base sha>`), or check out with `lfs: true` and `fetch-depth: 0`.";
  return new GateError("bad-model", `${pointerText(pointer)}, not the model itself (${version} version)`, { file }, hint);
}
function lfsDatasetError(file, pointer) {
  return new GateError("bad-dataset", `${pointerText(pointer)}, not the dataset itself`, { file }, CHECKOUT_HINT);
}

export {
  parseLfsPointer,
  lfsPointerError,
  lfsDatasetError
};
