/**
 * LiteRT.js refuses models whose shape signatures hold -1 (a dynamic batch). `fixBatchForRuntime` returns a
 * copy of the file in which every -1 of the MAIN subgraph's tensors (shape and shape_signature) is fixed to the
 * static size (batch 1 for the converter's dynamic batch), edited in place so that nothing else changes; the
 * very same bytes (no copy) when there is nothing to fix.
 * Other subgraphs (the bodies and conditions of WHILE loops) are left alone: their -1 dimensions are really
 * dynamic (tensor lists grow per step), and fixing them made the converter's recurrent files compute wrong
 * results (errors up to 2.4 on fixtures/models/*.ref_b1.tflite) while the main subgraph alone runs exactly.
 */
import { FlatReader } from './flat-reader.js';

export function fixBatchForRuntime(bytes: Uint8Array, fileName?: string): Uint8Array {
  const r = new FlatReader(bytes, fileName);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // [offset, value] of every -1 to fix; the file is copied only when there is one (a 16 MB model is copied and
  // parsed at every load, on every worker)
  const patches: [number, number][] = [];
  const model = r.root('TFL3');
  for (const sg of model.tables(2, 'subgraphs').slice(0, 1)) {
    for (const t of sg.tables(0, 'tensors')) {
      const shape = t.vectorStart(0, 4, 'shape');
      const shapeValues: number[] = [];
      for (let i = 0; shape && i < shape.length; i++) {
        const at = shape.start + 4 * i;
        const value = view.getInt32(at, true);
        if (value < 0) patches.push([at, 1]);
        shapeValues.push(value < 0 ? 1 : value);
      }
      const sig = t.vectorStart(7, 4, 'shape_signature');
      for (let i = 0; sig && i < sig.length; i++) {
        const at = sig.start + 4 * i;
        if (view.getInt32(at, true) < 0) patches.push([at, shapeValues[i] ?? 1]);
      }
    }
  }
  if (patches.length === 0) return bytes;
  const out = bytes.slice();
  const outView = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (const [at, value] of patches) outView.setInt32(at, value, true);
  return out;
}
