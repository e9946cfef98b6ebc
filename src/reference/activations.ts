/**
 * Keras activation names → tfjs activation class names. Where tfjs computes something else under the
 * same name, or lacks the function, we register our own activation class (tfjs looks activations up in
 * its serialization registry by class name), so a Dense(activation=...) keeps its activation inside.
 * Keras 2 hard_sigmoid is clip(0.2x + 0.5, 0, 1), which tfjs's hardSigmoid implements; Keras 3 changed
 * it to relu6(x + 3) / 6, which gets its own class.
 */
import * as tf from '@tensorflow/tfjs';

type Fn = (x: tf.Tensor) => tf.Tensor;

const hardSigmoidK3: Fn = (x) => tf.div(tf.relu6(tf.add(x, 3)), 6);

const CUSTOM: Record<string, Fn> = {
  TgHardSigmoidKeras3: hardSigmoidK3,
  TgHardSilu: (x) => tf.mul(x, hardSigmoidK3(x)),
  TgExponential: (x) => tf.exp(x),
  TgLeakyRelu: (x) => tf.leakyRelu(x, 0.2),
};

function registerActivation(className: string, fn: Fn): void {
  class CustomActivation extends tf.serialization.Serializable {
    static className = className;
    override getClassName(): string {
      return className;
    }
    apply(x: tf.Tensor): tf.Tensor {
      return tf.tidy(() => fn(x));
    }
    getConfig(): tf.serialization.ConfigDict {
      return {};
    }
  }
  tf.serialization.registerClass(CustomActivation as unknown as tf.serialization.SerializableConstructor<tf.serialization.Serializable>);
}

let registered = false;
export function registerActivations(): void {
  if (registered) return;
  registered = true;
  for (const [name, fn] of Object.entries(CUSTOM)) registerActivation(name, fn);
}

const SAME: readonly string[] = ['linear', 'relu', 'relu6', 'sigmoid', 'tanh', 'softmax', 'elu', 'selu', 'softplus', 'softsign', 'swish', 'gelu', 'mish'];
const RENAMED: Record<string, string> = {
  silu: 'swish',
  log_softmax: 'logSoftmax',
  hard_silu: 'TgHardSilu',
  hard_swish: 'TgHardSilu',
  exponential: 'TgExponential',
  leaky_relu: 'TgLeakyRelu',
};

/** The name tfjs should use for a Keras activation, or undefined when we cannot reproduce it. */
export function tfjsActivation(value: unknown, kerasMajor: number): string | undefined {
  const name = activationName(value);
  if (name === undefined) return undefined;
  if (name === 'hard_sigmoid') return kerasMajor >= 3 ? 'TgHardSigmoidKeras3' : 'hardSigmoid';
  if (SAME.includes(name)) return name;
  return RENAMED[name];
}

/** "relu", or a Keras 3 serialized function {class_name: "function", config: "relu"}; null means linear. */
export function activationName(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'linear';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) {
    const v = value as { class_name?: unknown; config?: unknown };
    if (typeof v.config === 'string') return v.config;
    if (typeof v.class_name === 'string' && v.class_name !== 'function') return v.class_name.toLowerCase();
  }
  return undefined;
}
