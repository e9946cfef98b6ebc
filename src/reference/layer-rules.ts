/**
 * One rule per Keras layer class: the tfjs-layers class that computes it (a built-in, or one of our
 * registered custom layers), config fixes beyond the common cleaning, and the settings tfjs cannot
 * reproduce (reported as problems before anything runs).
 */
import type { KerasLayer } from '../keras/types.js';

export type Json = Record<string, unknown>;

export interface RuleContext {
  /** 2 for Keras 2.x files, 3 for Keras 3. */
  kerasMajor: number;
}

export interface LayerRule {
  /** tfjs class name (default: the Keras class name). */
  tfjs?: string;
  /** Adjust the cleaned config (snake_case keys, as Keras writes them). */
  config?: (cfg: Json, layer: KerasLayer) => Json;
  /** Why tfjs cannot reproduce this layer's settings, or undefined. */
  problem?: (cfg: Json, layer: KerasLayer) => string | undefined;
}

const BUILT_IN = [
  'Dense', 'Conv1D', 'Conv2D', 'SeparableConv2D', 'MaxPooling1D', 'MaxPooling2D',
  'AveragePooling1D', 'AveragePooling2D', 'Flatten', 'Permute', 'RepeatVector', 'Dropout',
  'SpatialDropout1D', 'GaussianNoise', 'GaussianDropout', 'AlphaDropout', 'Activation', 'Softmax',
  'ThresholdedReLU', 'PReLU', 'LayerNormalization', 'Add', 'Average', 'Concatenate', 'Maximum', 'Minimum',
  'Multiply', 'ZeroPadding2D', 'Cropping2D', 'Embedding', 'LSTM', 'SimpleRNN',
  'TimeDistributed', 'Masking',
] as const;

const IDENTITY_AT_INFERENCE = [
  'NotEqual',
  'SpatialDropout2D', 'SpatialDropout3D', 'ActivityRegularization', 'RandomFlip', 'RandomRotation', 'RandomZoom',
  'RandomTranslation', 'RandomContrast', 'RandomBrightness', 'RandomCrop',
] as const;

const firstInt = (v: unknown): unknown => (Array.isArray(v) && v.length === 1 ? v[0] : v);
const isOne = (v: unknown): boolean => v === undefined || v === null || v === 1 || (Array.isArray(v) && v.every((x) => x === 1));
const weightShapes = (layer: KerasLayer) => layer.weights.map((w) => w.shape);

const noGroups = (cfg: Json) => (isOne(cfg.groups) ? undefined : `groups=${JSON.stringify(cfg.groups)} (grouped convolution)`);
const channelsFirst = (cfg: Json) => (cfg.data_format === 'channels_first' ? 'data_format="channels_first"' : undefined);

/** Global pooling: tfjs's layer without keepdims, ours with it. */
function globalPool(mode: 'avg' | 'max'): LayerRule {
  return {
    config: (cfg) => (cfg.keepdims ? { name: cfg.name, mode, tg_class: 'TgGlobalPool' } : cfg),
    problem: (cfg) => (cfg.keepdims ? channelsFirst(cfg) : undefined),
  };
}

const RULES: Record<string, LayerRule> = {
  Conv2D: { problem: noGroups },
  Conv1D: { problem: (cfg) => noGroups(cfg) ?? (cfg.padding === 'causal' ? 'padding="causal"' : undefined) },
  Conv2DTranspose: {
    problem: (cfg) => (cfg.output_padding ? `output_padding=${JSON.stringify(cfg.output_padding)}` : isOne(cfg.dilation_rate) ? undefined : 'dilation_rate ≠ 1'),
  },
  Bidirectional: {
    config: (cfg, layer) => {
      const inner = cfg.layer as Json | undefined;
      if (inner?.class_name !== 'TgGRU') return cfg;
      return { name: cfg.name, merge_mode: cfg.merge_mode ?? 'concat', inner: inner.config, weight_shapes: weightShapes(layer), tg_class: 'TgBidirectional' };
    },
    problem: (cfg) => (cfg.merge_mode === null ? 'merge_mode=None (two outputs)' : undefined),
  },
  Reshape: { config: (cfg) => (Array.isArray(cfg.target_shape) && cfg.target_shape.includes(-1) ? { name: cfg.name, target_shape: cfg.target_shape, tg_class: 'TgReshape' } : cfg) },
  BatchNormalization: { config: (cfg) => ({ ...cfg, axis: firstInt(cfg.axis) }) },
  LayerNormalization: { problem: (cfg) => (cfg.rms_scaling ? 'rms_scaling=True' : undefined) },
  LeakyReLU: { config: (cfg) => ({ ...cfg, alpha: cfg.alpha ?? cfg.negative_slope ?? 0.3 }) },
  ReLU: {
    problem: (cfg) => (Number(cfg.negative_slope ?? 0) !== 0 || Number(cfg.threshold ?? 0) !== 0 ? 'negative_slope or threshold ≠ 0' : undefined),
  },
  GlobalAveragePooling1D: globalPool('avg'),
  GlobalAveragePooling2D: globalPool('avg'),
  GlobalMaxPooling1D: globalPool('max'),
  GlobalMaxPooling2D: globalPool('max'),
  ELU: { config: (cfg) => (Number(cfg.alpha ?? 1) === 1 ? cfg : { name: cfg.name, alpha: cfg.alpha, tg_class: 'TgElu' }) },
  UpSampling2D: {
    config: (cfg) => (cfg.interpolation === 'bilinear' ? { name: cfg.name, size: cfg.size, tg_class: 'TgUpSampling2DBilinear' } : cfg),
    problem: (cfg) => (cfg.interpolation === 'bilinear' ? channelsFirst(cfg) : ['nearest', undefined].includes(cfg.interpolation as string) ? undefined : `interpolation="${String(cfg.interpolation)}"`),
  },
  DepthwiseConv2D: {
    config: (cfg, layer) => (isOne(cfg.dilation_rate) ? cfg : {
      name: cfg.name, kernel_size: cfg.kernel_size, strides: cfg.strides, padding: cfg.padding, depth_multiplier: cfg.depth_multiplier,
      dilation_rate: cfg.dilation_rate, activation: cfg.activation, weight_shapes: weightShapes(layer), tg_class: 'TgDepthwiseConv2D',
    }),
    problem: (cfg) => (isOne(cfg.dilation_rate) ? undefined : channelsFirst(cfg)),
  },
  GRU: {
    config: (cfg, layer) => (cfg.reset_after ? {
      name: cfg.name, units: cfg.units, activation: cfg.activation, recurrent_activation: cfg.recurrent_activation,
      return_sequences: cfg.return_sequences, go_backwards: cfg.go_backwards, weight_shapes: weightShapes(layer), tg_class: 'TgGRU',
    } : { ...cfg, reset_after: undefined }),
    problem: (cfg) => (cfg.reset_after && (cfg.return_state || cfg.stateful) ? 'reset_after=True with return_state or stateful' : undefined),
  },
  Rescaling: { problem: (cfg) => (typeof cfg.scale === 'number' && typeof (cfg.offset ?? 0) === 'number' ? undefined : 'per-channel scale/offset') },
  Subtract: { tfjs: 'TgSubtract' },
  ZeroPadding1D: { tfjs: 'TgZeroPadding1D' },
  Cropping1D: { tfjs: 'TgCropping1D' },
  UpSampling1D: { tfjs: 'TgUpSampling1D', config: (cfg) => ({ ...cfg, size: firstInt(cfg.size) }) },
  Normalization: {
    tfjs: 'TgNormalization',
    config: (cfg, layer) => ({ name: cfg.name, weight_shapes: weightShapes(layer) }),
    problem: (cfg, layer) => (cfg.invert ? 'invert=True' : layer.weights.length < 2 ? 'mean/variance given in the config, not as weights' : undefined),
  },
  LayerScale: { tfjs: 'TgLayerScale', config: (cfg, layer) => ({ name: cfg.name, weight_shapes: weightShapes(layer) }) },
  SeparableConv1D: {
    tfjs: 'TgSeparableConv1D',
    config: (cfg, layer) => ({
      name: cfg.name, filters: cfg.filters, kernel_size: firstInt(cfg.kernel_size), strides: firstInt(cfg.strides) ?? 1,
      padding: cfg.padding, activation: cfg.activation, weight_shapes: weightShapes(layer),
    }),
    problem: (cfg) => (cfg.padding === 'causal' ? 'padding="causal"' : isOne(cfg.dilation_rate) ? undefined : 'dilation_rate ≠ 1'),
  },
};

for (const name of BUILT_IN) RULES[name] ??= {};
for (const name of IDENTITY_AT_INFERENCE) RULES[name] = { tfjs: 'TgIdentity', config: (cfg) => ({ name: cfg.name }) };

export function ruleFor(className: string): LayerRule | undefined {
  return Object.hasOwn(RULES, className) ? RULES[className] : undefined;
}
