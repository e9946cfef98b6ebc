/**
 * `tflite-gate inspect MODEL.tflite [B.tflite] [--json]`: what Netron shows, as text or JSON — inputs and outputs,
 * operator histogram with versions, tensors by dtype, weight bytes, parameters, MACs, arena estimate and
 * the minimum runtime version; with two files, what differs. Data from metrics/describe.ts, text from report/.
 */
import { readLimits } from '../../config/limits.js';
import type { Limits } from '../../util/limits.js';
import { resolve } from 'node:path';
import { GateError, EXIT } from '../../errors.js';
import { describeModel, diffDescriptions, type ModelDescription } from '../../metrics/describe.js';
import { renderDescription, renderDiff } from '../../report/inspect-text.js';
import { isTflite } from '../../tflite/probe.js';
import { probeKerasFormat } from '../../keras/probe.js';
import { probeOnnx } from '../../onnx/probe.js';
import { convertBytes } from '../../pipeline/convert.js';
import { externalReader } from '../../pipeline/onnx-external.js';
import { checkModelFormat, readModelFile } from '../../pipeline/model-file.js';
import { optionsHelp, readFlags } from '../flags.js';
import type { CliIO, Command } from '../command.js';

/** The bytes of a .tflite file; an ONNX file converted in memory (float32); a Keras file is told to be converted first. */
async function readTflite(path: string, file: string, limits: Limits): Promise<Uint8Array> {
  const bytes = await readModelFile(path, file, undefined, limits);
  if (probeOnnx(bytes)) return (await convertBytes(bytes, file, { external: externalReader(path, limits.modelMib) })).variants[0]!.data;
  if (!isTflite(bytes) && probeKerasFormat(bytes)) {
    throw new GateError('usage', `a Keras model file (${probeKerasFormat(bytes) === 'hdf5' ? 'HDF5' : '.keras zip'}), not a .tflite`, { file },
      `Convert it first: tflite-gate convert --keras-model-file ${file} --output-file ${file.replace(/\.(h5|hdf5|keras)$/i, '')}.tflite (evaluate takes it as it is).`);
  }
  checkModelFormat(bytes, file, ['tflite', 'onnx']);
  return bytes;
}

const usage = () => `
Usage: tflite-gate inspect MODEL.tflite [B.tflite] [--json]

An ONNX model (MODEL.onnx) is shown as the float32 .tflite \`convert\` makes of it (converted in memory).
Prints what Netron would show, in text: inputs and outputs (name, dtype, shape, quantization), the operator
histogram with op versions and MACs, tensors by dtype, quantized tensors, weight bytes, parameter count,
MACs per inference, an estimate of the tensor arena, and the minimum runtime version.

With two models (e.g. inspect test.tflite test16.tflite), prints what differs from the first to the
second: operators added or removed by type, operator versions, tensor dtypes, weight bytes, parameters,
MACs, arena, inputs and outputs, quantization parameters and the minimum runtime version.

${optionsHelp('inspect')}

Exit codes: 0 shown, 2 bad input (unreadable or not a .tflite file, bad flags), 3 internal error.`;

export const inspectCommand: Command = {
  usage,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { value, positionals } = readFlags('inspect', argv, { positionals: true });
    if (positionals.length < 1 || positionals.length > 2) {
      throw new GateError('usage', `inspect takes one model file, or two to compare, got ${positionals.length}`, {}, 'usage: tflite-gate inspect MODEL.tflite [B.tflite] [--json]');
    }
    const limits = readLimits((id) => value(id)!);
    const described = await Promise.all(positionals.map(async (file) => describeModel(await readTflite(resolve(io.cwd, file), file, limits), file)));
    const [a, b] = described as [ModelDescription, ModelDescription | undefined];
    if (!b) io.stdout(value('json-stdout') ? `${JSON.stringify(a, null, 2)}\n` : renderDescription(a));
    else {
      const diff = diffDescriptions(a, b);
      io.stdout(value('json-stdout') ? `${JSON.stringify({ a, b, diff }, null, 2)}\n` : renderDiff(a, b, diff));
    }
    return EXIT.pass;
  },
};
