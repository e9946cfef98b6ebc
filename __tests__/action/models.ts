/** The models the end-to-end tests gate, and the inputs that keep each run fast. */
import { fixture } from './harness.js';

/** The bundled example: the MNIST CNN (base) replaced by its smaller, less accurate v2 (head). */
export const MODEL = {
  path: 'models/mnist_cnn.h5',
  base: {
    'models/mnist_cnn.h5': fixture('example/mnist_cnn.h5'),
    'data/mnist_test.npz': fixture('example/mnist_test.npz'),
    'README.md': fixture('README.md'),
  },
  head: { 'models/mnist_cnn.h5': fixture('example/mnist_cnn_v2.h5') },
  /** Small .tflite files to make many models from (the matrix test). */
  pool: ['dense_mlp', 'conv2d_pool', 'activations', 'depthwise_separable', 'norm_dense'].map((n) => fixture(`models/${n}.ref.tflite`)),
};

/** Inputs for a passing run: v2 loses a few points of accuracy, so the limit is generous unless overridden. */
export function modelInputs(extra: Record<string, string> = {}): Record<string, string> {
  return { dataset: 'data/mnist_test.npz', samples: '64', 'latency-runs': '0', 'max-accuracy-drop': '20', ...extra };
}
