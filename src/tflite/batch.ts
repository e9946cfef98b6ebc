/**
 * LiteRT.js refuses models whose shape signatures hold -1 (a dynamic batch). `fixBatchForRuntime` returns a
 * copy of the file in which every -1 of every tensor's shape and shape_signature is fixed to the static size
 * (batch 1 for the converter's dynamic batch), edited in place so that nothing else in the file changes.
 */
import { FlatReader } from './flat-reader.js';

export function fixBatchForRuntime(bytes: Uint8Array, fileName?: string): Uint8Array {
  const out = bytes.slice();
  const r = new FlatReader(out, fileName);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const model = r.root('TFL3');
  for (const sg of model.tables(2, 'subgraphs')) {
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
