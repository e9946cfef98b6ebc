import type { CommandEntry } from '../command.js';

/**
 * Every CLI command, in the order `--help` lists them. One file per command beside this one, imported only
 * when that command runs: `convert` never loads the runtime, the gate or the report code.
 */
export const commands: CommandEntry[] = [
  { name: 'convert', summary: 'Convert a Keras .h5/.keras or ONNX .onnx model to .tflite (float32, float16, dynamic-range or full int8)', load: async () => (await import('./convert.js')).convertCommand },
  { name: 'inspect', summary: 'Show a .tflite model (or what differs between two): operators, tensors, weights, MACs, arena', load: async () => (await import('./inspect.js')).inspectCommand },
  { name: 'evaluate', summary: 'Run a model\'s variants (or two models) in LiteRT.js on a dataset: accuracy, classes, latency, size', load: async () => (await import('./evaluate.js')).evaluateCommand },
  { name: 'gate', summary: 'Gate the models changed since a git ref, as the GitHub Action does on a pull request', load: async () => (await import('./gate.js')).gateCommand },
];
