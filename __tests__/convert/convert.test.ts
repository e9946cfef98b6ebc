import { convertKerasModel } from '../../src/convert/index.js';
import { GateError } from '../../src/errors.js';
import type { Graph } from '../../src/graph/ir.js';
import { writeTflite } from '../../src/tflite/index.js';
import { chain, layer, model, opTypes, rand, w } from './keras-builder.js';

const convert = (m: ReturnType<typeof model>, opts = {}): Graph => convertKerasModel(m, opts);
const constData = (g: Graph, id: number) => g.tensors[id]!.data as Float32Array;

describe('convertKerasModel: refusals', () => {
  it('lists every unsupported layer (Lambda, unknown class, groups not dividing the filters, unknown activation) in one error', () => {
    const r = rand(1);
    const g = chain([null, 8, 8, 4], [
      layer('Lambda', 'double', { function: 'lambda x: x * 2' }),
      layer('Conv2D', 'grouped', { filters: 4, kernel_size: 3, groups: 3 }, [w('kernel', [3, 3, 2, 4], r)]),
      layer('FancyScale', 'fancy'),
      layer('Dense', 'head', { units: 2, activation: 'mish' }, [w('kernel', [4, 2], r)]),
    ]);
    let error: unknown;
    try {
      convert(model(g));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GateError);
    const gate = error as GateError;
    expect(gate.kind).toBe('unsupported');
    expect(gate.message).toMatch(/^4 layers cannot be converted/);
    expect(gate.message).toContain('"double" (Lambda): carries Python code, never executed');
    expect(gate.message).toContain('"grouped" (Conv2D): groups=3 does not divide the 4 filters');
    expect(gate.message).toContain('"fancy" (FancyScale): unknown layer class');
    expect(gate.message).toContain('"head" (Dense): activation "mish"');
    expect(gate.where).toBeUndefined(); // the names are in the message, once
    expect(gate.format().split('double').length).toBe(2);
  });

  it('refuses layers whose weights are missing instead of failing inside', () => {
    const g = chain([null, 8, 8, 3], [layer('Conv2D', 'conv', { filters: 4, kernel_size: 3 }), layer('LayerNormalization', 'ln', {})]);
    expect(() => convert(model(g))).toThrow(/2 layers cannot be converted: "conv" \(Conv2D\): expected its kernel weights, found 0 .*"ln" \(LayerNormalization\): expected 2 weights, found 0/);
  });

  it('refuses malformed Reshape/Permute configs up front', () => {
    const g = chain([null, 4, 6], [layer('Reshape', 'r', {}), layer('Permute', 'p', { dims: 'all' })]);
    expect(() => convert(model(g))).toThrow(/"r" \(Reshape\): target_shape is missing.*"p" \(Permute\): dims is missing/);
  });

  it('names layers inside nested models by their path', () => {
    const inner = chain([null, 4], [layer('Lambda', 'inner_lambda')], 'backbone');
    const outer = chain([null, 4], [{ ...layer('Functional', 'backbone'), model: inner }]);
    expect(() => convert(model(outer))).toThrow('"backbone/inner_lambda" (Lambda)');
  });

  it('asks for --sequence_length when an input has a variable dimension, and uses it', () => {
    const g = chain([null, null, 3], [layer('GlobalAveragePooling1D', 'gap')]);
    expect(() => convert(model(g))).toThrow(/unknown dimension 1/);
    const fixed = convert(model(g), { sequenceLength: 7 });
    expect(fixed.tensors[fixed.inputs[0]!.tensor]!.shape).toEqual([1, 7, 3]);
  });
});

describe('convertKerasModel: shapes and signatures', () => {
  const dense = () => chain([null, 6, 5], [layer('Flatten', 'flat'), layer('Dense', 'fc', { units: 3 }, [w('kernel', [30, 3], 0.1), w('bias', [3], 0.2)])]);

  it('fixes the batch at 1 by default and names the signature after the Keras layers', () => {
    const g = convert(model(dense()));
    expect(g.inputs).toEqual([{ name: 'input', tensor: expect.any(Number) }]);
    expect(g.outputs[0]!.name).toBe('fc');
    expect(g.tensors[g.inputs[0]!.tensor]!.shape).toEqual([1, 6, 5]);
    expect(g.tensors[g.inputs[0]!.tensor]!.shapeSignature).toBeUndefined();
    expect(g.tensors[g.outputs[0]!.tensor]!.shape).toEqual([1, 3]);
  });

  it('writes -1 batch signatures and reshape shapes with --dynamic_batch, and honours --batch_size', () => {
    // a ReLU between Flatten and Dense keeps the RESHAPE (in front of a Dense it folds: FULLY_CONNECTED flattens)
    const flatRelu = chain([null, 6, 5], [layer('Flatten', 'flat'), layer('Activation', 'act', { activation: 'relu' }), layer('Dense', 'fc', { units: 3 }, [w('kernel', [30, 3], 0.1), w('bias', [3], 0.2)])]);
    const g = convert(model(flatRelu), { dynamicBatch: true });
    expect(g.tensors[g.inputs[0]!.tensor]!.shapeSignature).toEqual([-1, 6, 5]);
    expect(g.tensors[g.outputs[0]!.tensor]!.shapeSignature).toEqual([-1, 3]);
    const reshape = g.ops.find((op) => op.type === 'RESHAPE')!;
    expect(Array.from(g.tensors[reshape.inputs[1]!]!.data as Int32Array)).toEqual([-1, 30]);
    const b4 = convert(model(dense()), { batchSize: 4 });
    expect(b4.tensors[b4.inputs[0]!.tensor]!.shape).toEqual([4, 6, 5]);
    expect(b4.tensors[b4.outputs[0]!.tensor]!.shape).toEqual([4, 3]);
  });

  it('gives byte-identical files for identical input', () => {
    expect(Buffer.from(writeTflite(convert(model(dense()))))).toEqual(Buffer.from(writeTflite(convert(model(dense())))));
  });

  it('calls a shared layer once per call and stores its weights once', () => {
    const shared = layer('Dense', 'shared', { units: 3 }, [w('kernel', [4, 3], 0.5), w('bias', [3], 0.1)]);
    shared.inbound = [[{ layer: 'a', nodeIndex: 0, tensorIndex: 0 }], [{ layer: 'b', nodeIndex: 0, tensorIndex: 0 }]];
    const input = (name: string) => ({ ...layer('InputLayer', name, { batch_shape: [null, 4] }) });
    const graph = {
      name: 'siamese', className: 'Functional', layers: [input('a'), input('b'), shared],
      inputs: [{ layer: 'a', nodeIndex: 0, tensorIndex: 0 }, { layer: 'b', nodeIndex: 0, tensorIndex: 0 }],
      outputs: [{ layer: 'shared', nodeIndex: 0, tensorIndex: 0 }, { layer: 'shared', nodeIndex: 1, tensorIndex: 0 }],
      inputShapes: [[null, 4], [null, 4]], inputDtypes: ['float32', 'float32'],
    };
    const g = convert(model(graph));
    expect(opTypes(g)).toEqual(['FULLY_CONNECTED', 'FULLY_CONNECTED']);
    expect(g.ops[0]!.inputs[0]).not.toBe(g.ops[1]!.inputs[0]);
    expect(g.ops[0]!.inputs[1]).toBe(g.ops[1]!.inputs[1]);
    expect(g.outputs.map((o) => o.name)).toEqual(['shared', 'shared_1']);
  });

  it('converts nested models and multi-output graphs', () => {
    const inner = chain([null, 4], [layer('Dense', 'inner_fc', { units: 4, activation: 'relu' }, [w('kernel', [4, 4], 0.3), w('bias', [4], 0.1)])], 'backbone');
    const outer = chain([null, 4], [{ ...layer('Functional', 'backbone'), model: inner }, layer('Softmax', 'probs')]);
    outer.layers.push({ ...layer('Activation', 'tanh_head', { activation: 'tanh' }), inbound: [[{ layer: 'backbone', nodeIndex: 1, tensorIndex: 0 }]] });
    outer.outputs.push({ layer: 'tanh_head', nodeIndex: 0, tensorIndex: 0 });
    const g = convert(model(outer));
    expect(opTypes(g)).toEqual(['FULLY_CONNECTED', 'SOFTMAX', 'TANH']);
    expect(g.ops[0]!.options?.fused_activation_function).toBe('RELU');
    expect(g.outputs.map((o) => o.name)).toEqual(['probs', 'tanh_head']);
  });
});

describe('convertKerasModel: arguments in every spelling', () => {
  it.each([
    [{ alpha: 0.25 }, 0.25],
    [{ negative_slope: 0.1 }, 0.1],
    [{}, 0.3],
  ])('LeakyReLU %p → alpha %p', (config, alpha) => {
    const g = convert(model(chain([null, 4], [layer('LeakyReLU', 'leaky', config)])));
    expect(g.ops[0]!.options?.alpha).toBeCloseTo(alpha, 6);
  });

  it.each([[-1], [3], [[3]], [[-1]]])('BatchNormalization axis %p folds per channel into the conv', (axis) => {
    const r = rand(2);
    const bn = layer('BatchNormalization', 'bn', { axis, epsilon: 0.001 }, [w('gamma', [2], 2), w('beta', [2], 0.5), w('moving_mean', [2], 1), w('moving_variance', [2], 3)]);
    const g = convert(model(chain([null, 3, 3, 1], [layer('Conv2D', 'conv', { filters: 2, kernel_size: 1 }, [w('kernel', [1, 1, 1, 2], r), w('bias', [2], 0.25)]), bn])));
    expect(opTypes(g)).toEqual(['CONV_2D']);
  });

  it('Softmax over a middle axis transposes it last and back', () => {
    const g = convert(model(chain([null, 3, 5], [layer('Softmax', 'sm', { axis: 1 })])));
    expect(opTypes(g)).toEqual(['TRANSPOSE', 'SOFTMAX', 'TRANSPOSE']);
  });

  it('hard_sigmoid follows the file\'s Keras version (2: clip(0.2x+0.5), 3: relu6(x+3)/6)', () => {
    const g3 = convert(model(chain([null, 4], [layer('Activation', 'hs', { activation: 'hard_sigmoid' })]), '3.1.0'));
    expect(opTypes(g3)).toEqual(['ADD', 'MUL']);
    expect(g3.ops[0]!.options?.fused_activation_function).toBe('RELU6');
    const g2 = convert(model(chain([null, 4], [layer('Activation', 'hs', { activation: 'hard_sigmoid' })]), '2.2.4'));
    expect(opTypes(g2)).toEqual(['MUL', 'ADD', 'MINIMUM', 'RELU']);
  });

  it('reads activation functions serialized as objects', () => {
    const act = { module: 'keras.activations', class_name: 'function', config: 'relu6', registered_name: 'function' };
    const g = convert(model(chain([null, 4], [layer('Dense', 'fc', { units: 2, activation: act }, [w('kernel', [4, 2], 0.1), w('bias', [2], 0)])])));
    expect(g.ops[0]!.options?.fused_activation_function).toBe('RELU6');
  });
});

describe('convertKerasModel: the converter\'s graph rewrites', () => {
  it('folds BatchNormalization into a 1x1 conv exactly and fuses the ReLU', () => {
    const r = rand(3);
    const kernel = w('kernel', [1, 1, 3, 2], r);
    const bias = w('bias', [2], r);
    const [gamma, beta, mean, variance] = [w('gamma', [2], () => 1 + r()), w('beta', [2], r), w('moving_mean', [2], r), w('moving_variance', [2], () => 1 + r())];
    const g = convert(model(chain([null, 2, 2, 3], [
      layer('Conv2D', 'conv', { filters: 2, kernel_size: 1 }, [kernel, bias]),
      layer('BatchNormalization', 'bn', { epsilon: 0.001 }, [gamma, beta, mean, variance]),
      layer('ReLU', 'relu'),
    ])));
    expect(opTypes(g)).toEqual(['CONV_2D']);
    const conv = g.ops[0]!;
    expect(conv.options?.fused_activation_function).toBe('RELU');
    const filter = constData(g, conv.inputs[1]!); // [out=2, 1, 1, in=3]
    const folded = constData(g, conv.inputs[2]!);
    const x = [0.3, -0.7, 1.1];
    for (let o = 0; o < 2; o++) {
      let y = bias.data[o]!;
      for (let i = 0; i < 3; i++) y += x[i]! * kernel.data[i * 2 + o]!;
      const bn = (gamma.data[o]! * (y - mean.data[o]!)) / Math.sqrt(variance.data[o]! + 0.001) + beta.data[o]!;
      let ours = folded[o]!;
      for (let i = 0; i < 3; i++) ours += x[i]! * filter[o * 3 + i]!;
      expect(ours).toBeCloseTo(bn, 5);
    }
  });

  it('turns ZeroPadding((0,1),(0,1)) + VALID stride-2 conv into SAME, keeps PAD where SAME differs', () => {
    const r = rand(4);
    const conv = () => layer('Conv2D', 'conv', { filters: 2, kernel_size: 3, strides: 2, padding: 'valid' }, [w('kernel', [3, 3, 1, 2], r), w('bias', [2], 0)]);
    const asym = convert(model(chain([null, 8, 8, 1], [layer('ZeroPadding2D', 'pad', { padding: [[0, 1], [0, 1]] }), conv()])));
    expect(opTypes(asym)).toEqual(['CONV_2D']);
    expect(asym.ops[0]!.options?.padding).toBe('SAME');
    const sym = convert(model(chain([null, 8, 8, 1], [layer('ZeroPadding2D', 'pad', { padding: 1 }), conv()])));
    expect(opTypes(sym)).toEqual(['PAD', 'CONV_2D']);
  });

  it('drops dropout-like layers and shares identical computations', () => {
    const g = convert(model(chain([null, 4], [layer('Dropout', 'd1', { rate: 0.5 }), layer('GaussianNoise', 'n', { stddev: 1 }), layer('Activation', 'a', { activation: 'swish' })])));
    expect(opTypes(g)).toEqual(['LOGISTIC', 'MUL']);
  });

  it('drops augmentation layers, resizes with Resizing and repeats with RepeatVector', () => {
    const g = convert(model(chain([null, 10, 12, 3], [
      layer('RandomFlip', 'flip', { mode: 'horizontal' }),
      layer('RandomRotation', 'rot', { factor: 0.1 }),
      layer('Resizing', 'resize', { height: 6, width: 8 }),
      layer('GlobalMaxPooling2D', 'gmp'),
      layer('RepeatVector', 'rep', { n: 4 }),
    ])));
    expect(opTypes(g)).toEqual(['RESIZE_BILINEAR', 'REDUCE_MAX', 'EXPAND_DIMS', 'TILE']);
    expect(g.ops[0]!.options).toMatchObject({ half_pixel_centers: true });
    expect(g.tensors[g.outputs[0]!.tensor]!.shape).toEqual([1, 4, 3]);
  });

  it('computes the transpose-conv output shape at run time with --dynamic_batch', () => {
    const r = rand(5);
    const deconv = () => layer('Conv2DTranspose', 'up', { filters: 2, kernel_size: 3, strides: 2, padding: 'same' }, [w('kernel', [3, 3, 2, 3], r), w('bias', [2], 0.1)]);
    const fixed = convert(model(chain([null, 4, 4, 3], [deconv()])));
    expect(opTypes(fixed)).toEqual(['TRANSPOSE_CONV']);
    const dynamic = convert(model(chain([null, 4, 4, 3], [deconv()])), { dynamicBatch: true });
    expect(opTypes(dynamic)).toEqual(['SHAPE', 'STRIDED_SLICE', 'PACK', 'TRANSPOSE_CONV']);
    const shapeVector = dynamic.tensors[dynamic.ops[0]!.outputs[0]!]!;
    expect(shapeVector.shapeSignature).toBeUndefined();
    expect(dynamic.tensors[dynamic.outputs[0]!.tensor]!.shapeSignature).toEqual([-1, 8, 8, 2]);
  });

  it('runs TimeDistributed layers on batch * steps, and Dense on the sequence directly', () => {
    const r = rand(6);
    const td = (name: string, className: string, config: Record<string, unknown>, weights: ReturnType<typeof w>[] = []) =>
      layer('TimeDistributed', name, { layer: { class_name: className, config } }, weights);
    const g = convert(model(chain([null, 5, 8, 8, 3], [
      td('td_conv', 'Conv2D', { filters: 4, kernel_size: 3, activation: 'relu' }, [w('kernel', [3, 3, 3, 4], r), w('bias', [4], r)]),
      td('td_gap', 'GlobalAveragePooling2D', {}),
      td('td_dense', 'Dense', { units: 6 }, [w('kernel', [4, 6], r), w('bias', [6], r)]),
    ])), { dynamicBatch: true });
    expect(opTypes(g)).toEqual(['RESHAPE', 'CONV_2D', 'MEAN', 'RESHAPE', 'FULLY_CONNECTED']);
    expect(g.ops[1]!.options?.fused_activation_function).toBe('RELU');
    expect(Array.from(g.tensors[g.ops[0]!.inputs[1]!]!.data as Int32Array)).toEqual([-1, 8, 8, 3]);
    expect(g.tensors[g.outputs[0]!.tensor]!.shapeSignature).toEqual([-1, 5, 6]);
    const refused = chain([null, 5, 4], [td('td_lambda', 'Lambda', {})]);
    expect(() => convert(model(refused))).toThrow('"td_lambda" (TimeDistributed): wrapped Lambda: carries Python code');
  });

  it('converts Conv1DTranspose as a 2-D transpose conv and UnitNormalization as keras.ops.normalize', () => {
    const r = rand(7);
    const g = convert(model(chain([null, 7, 3], [
      layer('Conv1DTranspose', 'up', { filters: 4, kernel_size: 3, strides: 2, padding: 'same', activation: 'relu' }, [w('kernel', [3, 4, 3], r), w('bias', [4], r)]),
      layer('UnitNormalization', 'unit', { axis: -1 }),
    ])));
    expect(opTypes(g)).toEqual(['EXPAND_DIMS', 'TRANSPOSE_CONV', 'RESHAPE', 'SQUARE', 'SUM', 'RSQRT', 'MINIMUM', 'MUL']);
    expect(g.ops[1]!.options).toMatchObject({ stride_h: 1, stride_w: 2, padding: 'SAME', fused_activation_function: 'RELU' });
    expect(g.tensors[g.outputs[0]!.tensor]!.shape).toEqual([1, 14, 4]);
  });

  it('normalizes GroupNormalization per group of channels', () => {
    const g = convert(model(chain([null, 6, 6, 8], [layer('GroupNormalization', 'gn', { groups: 4, epsilon: 0.001 }, [w('gamma', [8], 1.5), w('beta', [8], 0.25)])])));
    expect(opTypes(g)).toEqual(['RESHAPE', 'MEAN', 'SQUARED_DIFFERENCE', 'MEAN', 'ADD', 'RSQRT', 'SUB', 'MUL', 'RESHAPE', 'MUL', 'ADD']);
    expect(g.tensors[g.ops[0]!.outputs[0]!]!.shape).toEqual([1, 6, 6, 4, 2]);
    expect(Array.from(g.tensors[g.ops[1]!.inputs[1]!]!.data as Int32Array)).toEqual([1, 2, 4]);
    expect(() => convert(model(chain([null, 4, 8], [layer('GroupNormalization', 'gn1', { groups: 2, axis: 1 }, [w('gamma', [4], 1), w('beta', [4], 0)])])))).toThrow('only axis=-1');
  });
});
