import { judge } from '../../src/metrics/verdict.js';
import { renderMarkdown, summaryLine, COMMENT_LIMIT } from '../../src/report/markdown.js';
import { REPORT_SCHEMA, type GateReport } from '../../src/report/types.js';
import type { ModelComparison } from '../../src/results/types.js';
import { sampleComparisons, withSource } from './sample.js';
import { noSourceNote } from '../../src/report/source.js';

const thresholds = { maxAccuracyDrop: 1, maxSizeIncrease: 10, maxLatencyIncrease: 25 };

function report(comparisons: ModelComparison[]): GateReport {
  return {
    schema: REPORT_SCHEMA,
    commentKey: '',
    thresholds,
    variants: ['float32', 'float16'],
    comparisons,
    verdict: judge(comparisons, thresholds),
    context: 'Pull request #7: base `1a2b3c4` → head `5d6e7f8`.',
  };
}

describe('renderMarkdown', () => {
  it('renders the sample report (snapshot)', () => {
    expect(renderMarkdown(report(sampleComparisons()))).toMatchSnapshot();
  });

  it('is deterministic whatever the input order', () => {
    const a = renderMarkdown(report(sampleComparisons()));
    const b = renderMarkdown(report(sampleComparisons().reverse()));
    expect(b).toBe(a);
  });

  it('says why it failed in the summary line, and passes a clean run', () => {
    const failing = report(sampleComparisons());
    expect(summaryLine(failing)).toBe('## ❌ tflite-gate: 2 of 4 models failed — 5 threshold breaches, 1 model could not be evaluated');
    const passing = report([sampleComparisons()[2]]);
    expect(summaryLine(passing)).toBe('## ✅ tflite-gate: the model passes');
    expect(summaryLine(report([]))).toBe('## ✅ tflite-gate: no changed model files to check');
  });

  it('shows base → head deltas with direction-aware marks', () => {
    const md = renderMarkdown(report(sampleComparisons()));
    expect(md).toContain('| float32 | 137 KiB → 164 KiB (+20.0% 🔺) | 99.00% → 97.00% (−2.00 pp 🔺) | 0.41 ms → 0.52 ms (×1.27, CI 1.21–1.33 🔺) |');
    expect(md).toContain('0.43 ms → 0.5 ms (×1.02, CI 0.97–1.08)');
    expect(md).toContain('- Graph, float16 vs float32: +5 DEQUANTIZE, weights float32 → float16');
    expect(md).toContain('| float16 base → head | 1 | 99.00% | 90.00% | −9.00 pp 🔺 |');
    expect(md).toContain('### ✅ `models/added.keras` — new model, no base version');
    expect(md).toContain('### 🗑️ `models/old.h5` — deleted in this change');
  });

  it('lists the classes losing accuracy once when every variant loses the same', () => {
    const [m] = sampleComparisons();
    const same = structuredClone(m);
    same.head!.variants[1].classification = structuredClone(same.head!.variants[0].classification);
    const md = renderMarkdown(report([same]));
    expect(md).toContain('| float32, float16 base → head | 1 | 99.00% | 93.00% | −6.00 pp 🔺 |');
    expect(md).not.toContain('| float16 base → head |');
  });

  it('names the classes when the dataset does (image folders, CSV text labels)', () => {
    const [m] = sampleComparisons();
    m.head!.classNames = ['cat', 'dog', 'bird|fish'];
    const md = renderMarkdown(report([m]));
    expect(md).toContain('| float16 base → head | dog (1) | 99.00% | 90.00% | −9.00 pp 🔺 |');
    expect(md).toContain('| float16 vs float32 | bird\\|fish (2) |');
  });

  it('marks an improvement as better', () => {
    const [m] = sampleComparisons();
    const improved: ModelComparison = { ...m, base: m.head, head: m.base, latency: [{ variant: 'float32', ratio: 0.8, ciLow: 0.75, ciHigh: 0.85 }] };
    const md = renderMarkdown(report([improved]));
    expect(md).toContain('164 KiB → 137 KiB (−16.7% 🟢)');
    expect(md).toContain('97.00% → 99.00% (+2.00 pp 🟢)');
    expect(md).toContain('(×0.80, CI 0.75–0.85 🟢)');
  });

  it('lists each breach once: in its model\'s section, or at the top when the section is one line', () => {
    const r = report(sampleComparisons());
    const full = renderMarkdown(r);
    for (const b of r.verdict.breaches) expect([b.message, full.split(b.message).length - 1]).toEqual([b.message, 1]);
    const [m] = sampleComparisons();
    const many = Array.from({ length: 150 }, (_, i) => ({ ...m, path: `models/m${String(i).padStart(3, '0')}.h5` }));
    const folded = renderMarkdown(report(many), { maxChars: 30_000 });
    const first = report(many).verdict.breaches[0]!.message;
    expect(folded.split(first).length - 1).toBeGreaterThanOrEqual(1);
    expect(folded).toContain('- ❌ `models/m000.h5`');
  });

  it('says whether an accuracy change is within sampling noise (exact McNemar test on the flipped samples)', () => {
    const text = renderMarkdown(report(sampleComparisons()));
    expect(text).toContain('- Accuracy float32, base → head: −2.00 pp 🔺; 8 samples only base gets right, 2 only head: within sampling noise (exact McNemar p = 0.11)');
    expect(text).toContain('- Accuracy float16, base → head: −3.33 pp 🔺; 12 samples only base gets right, 2 only head: unlikely to be sampling noise (exact McNemar p = 0.013)');
    expect(text).toContain('- Accuracy float16 vs float32: −1.33 pp 🔺; 5 samples only float32 gets right, 1 only float16: within sampling noise (exact McNemar p = 0.22)');
  });

  it('names the base with its branch and sha, and leaves out a confidence interval that rounds to one number', () => {
    const text = renderMarkdown({ ...report(sampleComparisons()), context: 'Pull request #7: base `main @ 1a2b3c4` → head `5d6e7f8`.' });
    expect(text).toContain('base `main @ 1a2b3c4`');
    const [m] = sampleComparisons();
    m!.latency = [{ variant: 'float32', ratio: 0.44, ciLow: 0.441, ciHigh: 0.444 }];
    const one = renderMarkdown(report([m!]));
    expect(one).toContain('×0.44');
    expect(one).not.toContain('CI 0.44–0.44');
  });

  it('folds detail to stay under the comment limit, with a note', () => {
    const [m] = sampleComparisons();
    const many = Array.from({ length: 150 }, (_, i) => ({ ...m, path: `models/m${String(i).padStart(3, '0')}.h5` }));
    const full = renderMarkdown(report(many));
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT);
    const folded = renderMarkdown(report(many), { maxChars: COMMENT_LIMIT });
    expect(folded.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(folded).toContain("folded to stay under GitHub's 65,536-character comment limit");
    expect(folded).toContain('`models/m149.h5`');
  });

  it('keeps the summary and the first breaches when even one line per model is too long', () => {
    const [m] = sampleComparisons();
    const many = Array.from({ length: 800 }, (_, i) => ({ ...m, path: `models/m${i}.h5` }));
    const folded = renderMarkdown(report(many), { maxChars: 8000 });
    expect(folded.length).toBeLessThanOrEqual(8000);
    expect(folded.startsWith('## ❌ tflite-gate: 800 of 800 models failed')).toBe(true);
    expect(folded).toMatch(/- … and \d+ more \(see each model below, or report\.json\)/);
  });

  it('shows the source (Keras) accuracy and the conversion loss when the reference ran (snapshot)', () => {
    const md = renderMarkdown(report([withSource()]));
    expect(md).toContain('- Source model (Keras, run by tfjs 4.22.0 (wasm)): accuracy 99.00% → 97.33% (float32 .tflite −0.33 pp 🔺); conversion loss, float32 vs source: max abs diff 2.38e-7, 1 flipped prediction');
    expect(md).toMatchSnapshot();
    expect(renderMarkdown(report(sampleComparisons()))).not.toContain('Source model');
  });

  it('notes a model the reference could not run, without failing it', () => {
    const [m] = sampleComparisons();
    m.head!.notes = ['no source (Keras) reference: the Keras reference (tfjs-layers) cannot build the model: Unknown layer: Foo'];
    const md = renderMarkdown(report([m]));
    expect(md).toContain('- Source model (Keras): not run (the gate does not fail for it) — the Keras reference (tfjs-layers) cannot build the model: Unknown layer: Foo\n');
    expect(md).not.toContain('Note: no source');
    expect(md).not.toContain('Source model (Keras, run by');
    const added = sampleComparisons()[2]!;
    added.head!.notes = [...m.head!.notes];
    expect(renderMarkdown(report([added]))).toMatch(/^## ✅ tflite-gate: the model passes\n[^]*\n- Source model \(Keras\): not run /);
  });

  it('names the ONNX source when onnxruntime did not run it', () => {
    const [m] = sampleComparisons();
    m.head!.notes = [noSourceNote('ONNX', 'onnxruntime is not installed (`npm install onnxruntime-web` enables the ONNX reference)')];
    const md = renderMarkdown(report([m]));
    expect(md).toContain('- Source model (ONNX): not run (the gate does not fail for it) — onnxruntime is not installed');
    expect(md).not.toContain('Note: no source');
  });
});
