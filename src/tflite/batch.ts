/**
 * LiteRT.js refuses models whose shape signatures hold -1 (a dynamic batch). `fixBatchForRuntime` returns a
 * copy of the file in which every -1 of the MAIN subgraph's tensors (shape and shape_signature) is fixed to the
 * static size (batch 1 for the converter's dynamic batch), edited in place so that nothing else changes.
 * Other subgraphs (the bodies and conditions of WHILE loops) are left alone: their -1 dimensions are really
 * dynamic (tensor lists grow per step), and fixing them made the converter's recurrent files compute wrong
 * results (errors up to 2.4 on fixtures/models/*.ref_b1.tflite) while the main subgraph alone runs exactly.
 */
import { FlatReader } from './flat-reader.js';

export function fixBatchForRuntime(bytes: Uint8Array, fileName?: string): Uint8Array {
  const out = bytes.slice();
  const r = new FlatReader(out, fileName);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const model = r.root('TFL3');
  for (const sg of model.tables(2, 'subgraphs').slice(0, 1)) {
    for (const t of sg.tables(0, 'tensors')) {
      const shape = t.vectorStart(0, 4, 'shape');
      const shapeValues: number[] = [];
      for (let i = 0; shape && i < shape.length; i++) {
        const at = shape.start + 4 * i;
        if (view.getInt32(at, true) < 0) view.setInt32(at, 1, true);
        shapeValues.push(view.getInt32(at, true));
      }
      const sig = t.vectorStart(7, 4, 'shape_signature');
      for (let i = 0; sig && i < sig.length; i++) {
        const at = sig.start + 4 * i;
        if (view.getInt32(at, true) < 0) view.setInt32(at, shapeValues[i] ?? 1, true);
      }
    }
  }
  return out;
}
