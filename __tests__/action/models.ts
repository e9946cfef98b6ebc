/** The models the end-to-end tests gate, and the inputs that keep each run fast. */
import { fixture } from './harness.js';

export const MODEL = {
  path: 'models/net.tflite',
  base: { 'models/net.tflite': fixture('models/dense_mlp.ref.tflite'), 'README.md': fixture('README.md') },
  head: { 'models/net.tflite': fixture('models/conv2d_pool.ref.tflite') },
  /** Small .tflite files to make many models from. */
  pool: ['dense_mlp', 'conv2d_pool', 'activations', 'depthwise_separable', 'norm_dense'].map((n) => fixture(`models/${n}.ref.tflite`)),
};

export function modelInputs(extra: Record<string, string> = {}): Record<string, string> {
  return { models: '**/*.tflite', 'latency-runs': '0', 'max-size-increase': '1000', ...extra };
}
