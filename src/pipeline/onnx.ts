/**
 * ONNX model bytes → Graph for the convert / evaluate pipelines: read (external data through a confined
 * reader), convert, and say in notes which dynamic dimensions were pinned.
 */
import type { ConvertOptions } from '../convert/types.js';
import { GateError } from '../errors.js';
import type { Graph } from '../graph/ir.js';
import { convertOnnxModel } from '../onnx/convert/index.js';
import { onnxExternalFiles, readOnnxModel, type ExternalReader, type OnnxModel } from '../onnx/index.js';
import { externalReader, type ExternalFiles } from './onnx-external.js';

export interface OnnxPipelineOptions extends Partial<ConvertOptions> {
  /** Keep rank-4 inputs and outputs in NHWC instead of the model's NCHW. */
  nhwc?: boolean;
  /** Reads external data files (see onnx-external.ts); absent when converting bytes without a file. */
  external?: ExternalReader;
}

function pinNotes(model: OnnxModel, options: OnnxPipelineOptions): string[] {
  return model.inputs.flatMap((io) => {
    // the batch is pinned silently, as for Keras models; other dynamic dimensions are worth a note
    const dynamic = io.dims.map((d, i) => (i === 0 || (typeof d === 'number' && d > 0) ? -1 : i)).filter((i) => i > 0);
    if (dynamic.length === 0) return [];
    const sizes = dynamic.map((i) => `${i} ("${io.dims[i]}")`).join(', ');
    return [`converted at sequence length ${options.sequenceLength} (--sequence_length) for input "${io.name}" [${io.dims.join(', ')}] dimension${dynamic.length > 1 ? 's' : ''} ${sizes}: results hold for inputs of that length`];
  });
}

export function convertOnnxBytes(bytes: Uint8Array, fileName: string, options: OnnxPipelineOptions): { model: OnnxModel; graph: Graph; notes: string[] } {
  if (options.dynamicBatch) {
    throw new GateError('usage', '--dynamic_batch is not supported for ONNX models', { file: fileName }, 'Pin the batch with --batch_size N (default 1).');
  }
  const model = readOnnxModel(bytes, fileName, options.external ? { external: options.external } : {});
  try {
    const graph = convertOnnxModel(model, {
      batchSize: options.batchSize ?? 1,
      ...(options.sequenceLength ? { sequenceLength: options.sequenceLength } : {}),
      nhwcInterface: options.nhwc === true,
    });
    return { model, graph, notes: pinNotes(model, options) };
  } catch (error) {
    throw error instanceof GateError ? error.withFile(fileName) : error;
  }
}

/** The external data files of the ONNX model at `modelPath` (bytes: its content), read whole beside it by externalReader's rules. */
export function externalFilesBeside(modelPath: string, bytes: Uint8Array, limitMib?: number): ExternalFiles | undefined {
  const locations = onnxExternalFiles(bytes, modelPath);
  if (locations.length === 0) return undefined;
  const read = externalReader(modelPath, limitMib);
  return new Map(locations.map((location) => [location, read(location, 0, undefined, `external data of ${modelPath}`)]));
}
