/**
 * `tflite-gate evaluate --reference` end to end through the command: the source model's accuracy
 * (tfjs-layers) beside the .tflite variants, the conversion loss, and both in the --json result.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/command.js';
import { evaluateCommand } from '../../src/cli/commands/evaluate.js';
import type { ModelEvaluation } from '../../src/results/types.js';

function capture(): { io: CliIO; out: () => string } {
  let text = '';
  return { io: { stdout: (t) => (text += t), stderr: () => undefined, isTTY: false, cwd: process.cwd() }, out: () => text };
}

describe('evaluate --reference', () => {
  it('prints and records the source accuracy and the conversion loss', async () => {
    const json = join(mkdtempSync(join(tmpdir(), 'tg-ref-')), 'eval.json');
    const { io, out } = capture();
    const code = await evaluateCommand.run(
      ['--model', 'fixtures/example/mnist_cnn.keras', '--dataset', 'fixtures/example/mnist_test.npz', '--samples', '500',
        '--variants', 'float32', '--latency-runs', '0', '--workers', '1', '--reference', '--json', json],
      io,
    );
    expect(code).toBe(0);
    const evaluation = JSON.parse(readFileSync(json, 'utf8')) as ModelEvaluation;
    const source = evaluation.source!;
    expect(source.classification!.samples).toBe(500);
    expect(Math.abs(source.classification!.top1 - evaluation.variants[0]!.classification!.top1)).toBeLessThanOrEqual(0.002);
    expect(source.float32VsSource!.maxAbsDiff).toBeLessThan(1e-4);
    expect(out()).toMatch(/source model \(Keras, run by tfjs \d+\.\d+\.\d+ \(\w+\)\):\n {2}accuracy \(top-1\): [\d.]+% \(float32 \.tflite: [^)]*pp\)\n {2}conversion loss, float32 vs source: max \|diff\| /);
  });

  it('without --reference there is no source section', async () => {
    const { io, out } = capture();
    await evaluateCommand.run(['--model', 'fixtures/example/mnist_cnn.keras', '--dataset', 'fixtures/example/mnist_test.npz', '--samples', '50',
      '--variants', 'float32', '--latency-runs', '0', '--workers', '1'], io);
    expect(out()).not.toContain('source model');
  });
});
