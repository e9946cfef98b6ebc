/**
 * Operators one by one, on small models built here: the converted .tflite in LiteRT.js against onnxruntime-web
 * on the same input, NCHW inputs (so layout handling is exercised: nhwc values meet axis attributes).
 */
import { convertOnnxModel } from '../../src/onnx/convert/index.js';
import { readOnnxModel } from '../../src/onnx/index.js';
import { predictInProcess } from '../../src/runtime/pool.js';
import { writeTflite } from '../../src/tflite/index.js';
import { buildModel, floatTensor, intTensor, type NodeSpec } from './build-model.js';
import { randomInput, relativeError, runOrt } from './ort-reference.js';

const W = floatTensor('w', [4, 2, 3, 3], Array.from(randomInput(72, 5)));
/** A conv first, so the value is nhwc inside the graph when the operator under test sees it. */
const conv: NodeSpec = { op: 'Conv', inputs: ['x', 'w'], outputs: ['c'], attrs: { pads: ['ints', [1, 1, 1, 1]] } };

type Case = [name: string, nodes: NodeSpec[], inits?: ReturnType<typeof floatTensor>[], opset?: number, dims?: number[]];
const W1 = floatTensor('w1', [4, 2, 3], Array.from(randomInput(24, 6)));
const CASES: Case[] = [
  ['Erf alone', [conv, { op: 'Erf', inputs: ['c'], outputs: ['y'] }]],
  ['Softmax over channels', [conv, { op: 'Softmax', inputs: ['c'], outputs: ['y'], attrs: { axis: ['i', 1] } }]],
  ['Softmax over H', [conv, { op: 'Softmax', inputs: ['c'], outputs: ['y'], attrs: { axis: ['i', 2] } }]],
  ['ReduceMean over H, W without keepdims', [conv, { op: 'ReduceMean', inputs: ['c'], outputs: ['y'], attrs: { axes: ['ints', [2, 3]], keepdims: ['i', 0] } }]],
  ['ReduceMax over C', [conv, { op: 'ReduceMax', inputs: ['c'], outputs: ['y'], attrs: { axes: ['ints', [1]] } }]],
  ['ReduceSum (axes input)', [conv, { op: 'ReduceSum', inputs: ['c', 'axes'], outputs: ['y'], attrs: { keepdims: ['i', 0] } }], [intTensor('axes', [1, 3])]],
  ['Split channels', [conv, { op: 'Split', inputs: ['c', 's'], outputs: ['a', 'b'], attrs: { axis: ['i', 1] } }, { op: 'Sub', inputs: ['a', 'b'], outputs: ['y'] }], [intTensor('s', [2, 2])]],
  ['Slice with a negative step', [conv, { op: 'Slice', inputs: ['c', 'st', 'en', 'ax', 'sp'], outputs: ['y'] }], [intTensor('st', [-1, 3]), intTensor('en', [-100, 0]), intTensor('ax', [3, 1]), intTensor('sp', [-1, -2])]],
  ['Pad reflect on H, W', [conv, { op: 'Pad', inputs: ['c', 'p'], outputs: ['y'], attrs: { mode: ['s', 'reflect'] } }], [intTensor('p', [0, 0, 1, 2, 0, 0, 2, 1])]],
  ['Resize linear half_pixel', [conv, { op: 'Resize', inputs: ['c', '', 'sc'], outputs: ['y'], attrs: { mode: ['s', 'linear'], coordinate_transformation_mode: ['s', 'half_pixel'] } }], [floatTensor('sc', [4], [1, 1, 2, 2])]],
  ['Concat of a conv and the input, channels', [conv, { op: 'Concat', inputs: ['c', 'x'], outputs: ['y'], attrs: { axis: ['i', 1] } }]],
  ['Transpose NCHW → NHWC (free)', [conv, { op: 'Transpose', inputs: ['c'], outputs: ['y'], attrs: { perm: ['ints', [0, 2, 3, 1]] } }]],
  ['Mul by a per-channel constant, Where, Equal', [conv, { op: 'Mul', inputs: ['c', 'k'], outputs: ['m'] }, { op: 'Greater', inputs: ['m', 'zero'], outputs: ['g'] }, { op: 'Where', inputs: ['g', 'm', 'c'], outputs: ['y'] }], [floatTensor('k', [4, 1, 1], [1, -2, 3, -4]), floatTensor('zero', [], [0])]],
  ['PRelu per channel, AveragePool counting pads, GlobalMaxPool', [conv, { op: 'PRelu', inputs: ['c', 'sl'], outputs: ['r'] }, { op: 'AveragePool', inputs: ['r'], outputs: ['a'], attrs: { kernel_shape: ['ints', [3, 3]], pads: ['ints', [1, 1, 1, 1]], count_include_pad: ['i', 1], strides: ['ints', [2, 2]] } }, { op: 'GlobalMaxPool', inputs: ['a'], outputs: ['y'] }], [floatTensor('sl', [4, 1, 1], [0.1, 0.2, 0.3, 0.4])]],
  ['MaxPool ceil_mode', [conv, { op: 'MaxPool', inputs: ['c'], outputs: ['y'], attrs: { kernel_shape: ['ints', [2, 2]], strides: ['ints', [2, 2]], ceil_mode: ['i', 1] } }]],
  ['Tile, Expand, Gather (plain)', [conv, { op: 'Gather', inputs: ['c', 'gi'], outputs: ['g'], attrs: { axis: ['i', 1] } }, { op: 'Tile', inputs: ['g', 'rep'], outputs: ['t'] }, { op: 'Expand', inputs: ['t', 'shp'], outputs: ['y'] }], [intTensor('gi', [3, 0]), intTensor('rep', [1, 2, 1, 1]), intTensor('shp', [2, 1, 1, 1])]],
  ['MatMul of two activations (BATCH_MATMUL)', [conv, { op: 'Transpose', inputs: ['c'], outputs: ['t'], attrs: { perm: ['ints', [0, 1, 3, 2]] } }, { op: 'MatMul', inputs: ['c', 't'], outputs: ['y'] }]],
  ['HardSigmoid, Clip(min only), LogSoftmax', [conv, { op: 'HardSigmoid', inputs: ['c'], outputs: ['h'] }, { op: 'Clip', inputs: ['h', 'lo'], outputs: ['k'] }, { op: 'LogSoftmax', inputs: ['k'], outputs: ['y'], attrs: { axis: ['i', -1] } }], [floatTensor('lo', [], [0.3])]],
  ['Flatten of an NHWC map into Gemm (alpha, beta, a full C)', [conv, { op: 'Flatten', inputs: ['c'], outputs: ['f'] }, { op: 'Gemm', inputs: ['f', 'gb', 'gc'], outputs: ['y'], attrs: { alpha: ['f', 0.5], beta: ['f', 2] } }], [floatTensor('gb', [144, 3], Array.from(randomInput(432, 3))), floatTensor('gc', [1, 3], [1, 2, 3])]],
  ['Gemm with transA and transB on activations', [conv, { op: 'Flatten', inputs: ['c'], outputs: ['f'] }, { op: 'Transpose', inputs: ['f'], outputs: ['ft'], attrs: { perm: ['ints', [1, 0]] } }, { op: 'Gemm', inputs: ['ft', 'f'], outputs: ['y'], attrs: { transA: ['i', 1], transB: ['i', 1], alpha: ['f', 0.25] } }]],
  ['Conv1d (pads, stride 2), MaxPool1d, ConvTranspose1d', [
    { op: 'Conv', inputs: ['x', 'w1'], outputs: ['c'], attrs: { pads: ['ints', [1, 2]], strides: ['ints', [2]] } },
    { op: 'MaxPool', inputs: ['c'], outputs: ['p'], attrs: { kernel_shape: ['ints', [2]], strides: ['ints', [1]] } },
    { op: 'ConvTranspose', inputs: ['p', 'wt'], outputs: ['y'], attrs: { strides: ['ints', [2]], pads: ['ints', [1, 0]] } },
  ], [W1, floatTensor('wt', [4, 3, 2], Array.from(randomInput(24, 8)))], 17, [1, 2, 12]],
];

describe.each(CASES)('%s', (_name, nodes, inits = [], opset = 17, dims = [1, 2, 6, 6]) => {
  it('LiteRT.js equals onnxruntime', async () => {
    const bytes = buildModel(nodes, { initializers: [W, ...inits], inputDims: dims, opset });
    const graph = convertOnnxModel(readOnnxModel(bytes, 'case.onnx'));
    const data = randomInput(dims.reduce((a, b) => a * b, 1), 9);
    const ours = await predictInProcess({ bytes: writeTflite(graph), file: 'case', inputs: [{ data, sampleSize: data.length }], count: 1 });
    const [ref] = await runOrt(bytes, [{ name: 'x', dims, data }]);
    expect(ours[0]!.data.length).toBe(ref!.length);
    expect(relativeError(ours[0]!.data as Float32Array, ref!)).toBeLessThan(1e-5);
  });
});
