// Dev tool: KerasModel JSON (from keras_to_json.py) → convertKerasModel → Graph JSON (constants base64).
// Usage: npx tsx scripts/dev/convert-json.ts IN.json OUT.json [--dynamic_batch]
import { readFileSync, writeFileSync } from 'node:fs';
import { convertKerasModel } from '../../src/convert/index.js';
import type { KerasGraph, KerasModel } from '../../src/keras/types.js';

const [input, output, ...flags] = process.argv.slice(2);
const raw = JSON.parse(readFileSync(input!, 'utf8')) as KerasModel;
const fixWeights = (g: KerasGraph): void => {
  for (const layer of g.layers) {
    layer.weights = layer.weights.map((w) => {
      const bytes = Buffer.from(w.data as unknown as string, 'base64');
      return { ...w, data: new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) };
    });
    if (layer.model) fixWeights(layer.model);
  }
};
fixWeights(raw.graph);
const graph = convertKerasModel(raw, { batchSize: 1, dynamicBatch: flags.includes('--dynamic_batch') });
const json = {
  ...graph,
  tensors: graph.tensors.map((t) => ({
    ...t,
    data: t.data ? Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength).toString('base64') : undefined,
  })),
};
writeFileSync(output!, JSON.stringify(json));
