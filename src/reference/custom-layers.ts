/**
 * Keras layers tfjs-layers does not have, written with tfjs ops and registered under our own class
 * names (config keys arrive camelCased, as tfjs passes them). Each is a shape rule plus a call; layers
 * with weights declare their shapes in the config (`weightShapes`), taken from the file's weights, and
 * get them through setWeights like any built-in layer.
 */
import * as tf from '@tensorflow/tfjs';

type Shape = (number | null)[];
type Cfg = Record<string, unknown>;

interface CustomLayerSpec {
  outputShape: (shapes: Shape[], cfg: Cfg) => Shape;
  call: (xs: tf.Tensor[], cfg: Cfg, weights: tf.Tensor[]) => tf.Tensor;
}

const num = (cfg: Cfg, key: string, fallback: number): number => (typeof cfg[key] === 'number' ? (cfg[key] as number) : fallback);
const pair = (cfg: Cfg, key: string): [number, number] => {
  const v = cfg[key];
  if (Array.isArray(v)) return [Number(v[0] ?? 0), Number(v[1] ?? v[0] ?? 0)];
  return [Number(v ?? 0), Number(v ?? 0)];
};
function inferTarget(input: Shape, target: number[]): Shape {
  if (input.some((d) => d === null)) return target.map((d) => (d === -1 ? null : d));
  const total = (input as number[]).reduce((n, d) => n * d, 1);
  const known = target.reduce((n, d) => (d === -1 ? n : n * d), 1);
  return target.map((d) => (d === -1 ? total / known : d));
}
const identity: CustomLayerSpec = { outputShape: (s) => s[0]!, call: (xs) => xs[0]! };
const plus = (a: number | null, b: number): number | null => (a === null ? null : a + b);

/** Broadcast a per-axis weight (e.g. shape [C] or [1, 1, C]) against x of rank r. */
function broadcastTo(w: tf.Tensor, rank: number): tf.Tensor {
  return w.rank >= rank ? w : w.reshape([...new Array<number>(rank - w.rank).fill(1), ...w.shape]);
}

const SPECS: Record<string, CustomLayerSpec> = {
  TgSubtract: { outputShape: (s) => s[0]!, call: (xs) => tf.sub(xs[0]!, xs[1]!) },
  TgIdentity: identity,
  TgZeroPadding1D: {
    outputShape: ([s], cfg) => { const [a, b] = pair(cfg, 'padding'); return [s![0]!, plus(s![1]!, a + b), s![2]!]; },
    call: ([x], cfg) => tf.pad(x!, [[0, 0], pair(cfg, 'padding'), [0, 0]]),
  },
  TgCropping1D: {
    outputShape: ([s], cfg) => { const [a, b] = pair(cfg, 'cropping'); return [s![0]!, plus(s![1]!, -a - b), s![2]!]; },
    call: ([x], cfg) => { const [a, b] = pair(cfg, 'cropping'); return x!.slice([0, a, 0], [-1, x!.shape[1]! - a - b, -1]); },
  },
  TgUpSampling1D: {
    outputShape: ([s], cfg) => [s![0]!, s![1] === null ? null : s![1]! * num(cfg, 'size', 2), s![2]!],
    call: ([x], cfg) => {
      const size = num(cfg, 'size', 2);
      const [n, t, c] = x!.shape as [number, number, number];
      return tf.tile(x!.reshape([n, t, 1, c]), [1, 1, size, 1]).reshape([n, t * size, c]);
    },
  },
  /** Keras UpSampling2D(interpolation="bilinear") resizes with half-pixel centers (tfjs's layer does not). */
  TgUpSampling2DBilinear: {
    outputShape: ([s], cfg) => { const [a, b] = pair(cfg, 'size'); return [s![0]!, s![1] === null ? null : s![1]! * a, s![2] === null ? null : s![2]! * b, s![3]!]; },
    call: ([x], cfg) => {
      const [a, b] = pair(cfg, 'size');
      return tf.image.resizeBilinear(x as tf.Tensor4D, [x!.shape[1]! * a, x!.shape[2]! * b], false, true);
    },
  },
  /** DepthwiseConv2D with dilation (tfjs's layer drops dilation_rate); weights kernel[, bias]. */
  TgDepthwiseConv2D: {
    outputShape: ([s], cfg) => {
      const [kh, kw] = pair(cfg, 'kernelSize');
      const [sh, sw] = pair(cfg, 'strides');
      const [dh, dw] = pair(cfg, 'dilationRate');
      const out = (n: number | null, k: number, st: number, d: number) =>
        n === null ? null : cfg.padding === 'same' ? Math.ceil(n / st) : Math.floor((n - (k - 1) * d - 1) / st) + 1;
      const channels = s![3] === null ? null : s![3]! * num(cfg, 'depthMultiplier', 1);
      return [s![0]!, out(s![1]!, kh, sh, dh), out(s![2]!, kw, sw, dw), channels];
    },
    call: ([x], cfg, [kernel, bias]) => {
      const padding = cfg.padding === 'same' ? 'same' : 'valid';
      let y: tf.Tensor = tf.depthwiseConv2d(x as tf.Tensor4D, kernel as tf.Tensor4D, pair(cfg, 'strides'), padding, 'NHWC', pair(cfg, 'dilationRate'));
      if (bias) y = tf.add(y, bias);
      return activate(y, cfg.activation);
    },
  },
  TgElu: { outputShape: (s) => s[0]!, call: ([x], cfg) => { const a = num(cfg, 'alpha', 1); return tf.where(tf.greater(x!, 0), x!, tf.mul(a, tf.expm1(x!))); } },
  /** Global pooling with keepdims=True (channels_last): reduce the spatial axes, keep them as size 1. */
  TgGlobalPool: {
    outputShape: ([s]) => s!.map((d, i) => (i === 0 || i === s!.length - 1 ? d : 1)),
    call: ([x], cfg) => {
      const axes = x!.shape.slice(1, -1).map((_, i) => i + 1);
      return cfg.mode === 'max' ? tf.max(x!, axes, true) : tf.mean(x!, axes, true);
    },
  },
  /** Reshape with a -1 in target_shape (tfjs leaves that dimension unknown, and Flatten then refuses it). */
  TgReshape: {
    outputShape: ([s], cfg) => [s![0]!, ...inferTarget(s!.slice(1), cfg.targetShape as number[])],
    call: ([x], cfg) => x!.reshape([x!.shape[0]!, ...(inferTarget(x!.shape.slice(1), cfg.targetShape as number[]) as number[])]),
  },
  /** GRU with reset_after=True (Keras 3's default; tfjs has only reset_after=False). Gates z, r, h. */
  TgGRU: {
    outputShape: ([s], cfg) => (cfg.returnSequences ? [s![0]!, s![1]!, num(cfg, 'units', 1)] : [s![0]!, num(cfg, 'units', 1)]),
    call: ([x], cfg, [kernel, recurrent, bias]) => {
      const units = num(cfg, 'units', 1);
      const steps = tf.unstack(x!, 1);
      if (cfg.goBackwards) steps.reverse();
      const [inBias, recBias] = bias ? tf.unstack(bias.reshape([2, 3 * units])) : [undefined, undefined];
      let h: tf.Tensor = tf.zeros([x!.shape[0]!, units]);
      const outputs: tf.Tensor[] = [];
      for (const step of steps) {
        const xw = inBias ? tf.add(tf.matMul(step as tf.Tensor2D, kernel as tf.Tensor2D), inBias) : tf.matMul(step as tf.Tensor2D, kernel as tf.Tensor2D);
        const hw = recBias ? tf.add(tf.matMul(h as tf.Tensor2D, recurrent as tf.Tensor2D), recBias) : tf.matMul(h as tf.Tensor2D, recurrent as tf.Tensor2D);
        const [xz, xr, xh] = tf.split(xw, 3, 1);
        const [hz, hr, hh] = tf.split(hw, 3, 1);
        const z = activate(tf.add(xz!, hz!), cfg.recurrentActivation);
        const r = activate(tf.add(xr!, hr!), cfg.recurrentActivation);
        const candidate = activate(tf.add(xh!, tf.mul(r, hh!)), cfg.activation);
        h = tf.add(tf.mul(z, h), tf.mul(tf.sub(1, z), candidate));
        outputs.push(h);
      }
      return cfg.returnSequences ? tf.stack(outputs, 1) : h;
    },
  },
  /** Bidirectional around our GRU: forward and backward runs (weights: forward's, then backward's), merged. */
  TgBidirectional: {
    outputShape: ([s], cfg) => {
      const inner = cfg.inner as Cfg;
      const out = SPECS.TgGRU!.outputShape([s!], inner);
      const last = out.length - 1;
      return cfg.mergeMode === 'concat' ? out.map((d, i) => (i === last && d !== null ? d * 2 : d)) : out;
    },
    call: ([x], cfg, weights) => {
      const inner = cfg.inner as Cfg;
      const half = weights.length / 2;
      const forward = SPECS.TgGRU!.call([x!], inner, weights.slice(0, half));
      let backward = SPECS.TgGRU!.call([x!], { ...inner, goBackwards: !inner.goBackwards }, weights.slice(half));
      if (inner.returnSequences) backward = tf.reverse(backward, 1); // Keras re-reverses the backward sequence
      return MERGE[String(cfg.mergeMode)]!(forward, backward);
    },
  },
  /** Keras Normalization: (x - mean) / sqrt(max(variance, eps)); weights mean, variance[, count]. */
  TgNormalization: {
    outputShape: (s) => s[0]!,
    call: ([x], _cfg, [mean, variance]) => {
      const m = broadcastTo(mean!, x!.rank);
      const v = broadcastTo(variance!, x!.rank);
      return tf.div(tf.sub(x!, m), tf.sqrt(tf.maximum(v, 1e-7)));
    },
  },
  TgLayerScale: { outputShape: (s) => s[0]!, call: ([x], _cfg, [gamma]) => tf.mul(x!, gamma!) },
  /** SeparableConv1D as depthwise + pointwise 2-D convolutions over [batch, 1, steps, channels]. */
  TgSeparableConv1D: {
    outputShape: ([s], cfg) => {
      const steps = s![1] ?? null;
      const k = num(cfg, 'kernelSize', 1);
      const st = num(cfg, 'strides', 1);
      const out = steps === null ? null : cfg.padding === 'same' ? Math.ceil(steps / st) : Math.floor((steps - k) / st) + 1;
      return [s![0]!, out, num(cfg, 'filters', 1)];
    },
    call: ([x], cfg, [depthwise, pointwise, bias]) => {
      const padding = cfg.padding === 'same' ? 'same' : 'valid';
      const st = num(cfg, 'strides', 1);
      const dw = depthwise!.expandDims(0) as tf.Tensor4D;
      const pw = pointwise!.expandDims(0) as tf.Tensor4D;
      let y: tf.Tensor = tf.separableConv2d(x!.expandDims(1) as tf.Tensor4D, dw, pw, [1, st], padding).squeeze([1]);
      if (bias) y = tf.add(y, bias);
      return activate(y, cfg.activation);
    },
  },
};

const MERGE: Record<string, (a: tf.Tensor, b: tf.Tensor) => tf.Tensor> = {
  concat: (a, b) => tf.concat([a, b], -1),
  sum: (a, b) => tf.add(a, b),
  mul: (a, b) => tf.mul(a, b),
  ave: (a, b) => tf.div(tf.add(a, b), 2),
};
function activate(y: tf.Tensor, name: unknown): tf.Tensor {
  if (name === undefined || name === null || name === 'linear') return y;
  const fn = tf.serialization.SerializationMap.getMap().classNameMap[String(name)];
  if (!fn) throw new Error(`unknown activation ${String(name)}`);
  const activation = new (fn[0] as unknown as new () => { apply(x: tf.Tensor): tf.Tensor })();
  return activation.apply(y);
}

function defineLayer(className: string, spec: CustomLayerSpec): void {
  class CustomLayer extends tf.layers.Layer {
    static className = className;
    private readonly cfg: Cfg;
    constructor(args: Cfg) {
      super(args as tf.serialization.ConfigDict);
      this.cfg = args;
    }
    override build(): void {
      const shapes = (this.cfg.weightShapes as number[][] | undefined) ?? [];
      shapes.forEach((shape, i) => this.addWeight(`w${i}`, shape, 'float32', tf.initializers.zeros()));
      this.built = true;
    }
    override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
      const shapes = (Array.isArray(inputShape[0]) ? inputShape : [inputShape]) as Shape[];
      return spec.outputShape(shapes, this.cfg);
    }
    override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
      const xs = Array.isArray(inputs) ? inputs : [inputs];
      return tf.tidy(() => spec.call(xs, this.cfg, this.weights.map((w) => w.read())));
    }
    override getConfig(): tf.serialization.ConfigDict {
      return { ...super.getConfig(), ...(this.cfg as tf.serialization.ConfigDict) };
    }
  }
  tf.serialization.registerClass(CustomLayer as unknown as tf.serialization.SerializableConstructor<tf.serialization.Serializable>);
}

let registered = false;
export function registerCustomLayers(): void {
  if (registered) return;
  registered = true;
  for (const [name, spec] of Object.entries(SPECS)) defineLayer(name, spec);
}
