import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  classCount,
  compareLatency,
  evaluateWithOutputs,
  measureInterleaved,
  pairedTest
} from "./chunk-2MK3M4XQ.js";
import {
  argmaxRows,
  noSourceNote
} from "./chunk-OEDVM243.js";
import {
  probeOnnx
} from "./chunk-GJIP554E.js";
import {
  GateError
} from "./chunk-JM7JNUOI.js";

// src/pipeline/gate-evaluator.ts
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

// src/pipeline/gate-predictions.ts
function topPredictions(e) {
  const top1 = /* @__PURE__ */ new Map();
  if (e.labels?.kind !== "class") return { top1 };
  e.evaluation.variants.forEach((v, i) => {
    const outputs = e.outputs[i];
    const classes = outputs ? classCount(outputs, e.labels) : void 0;
    if (outputs && classes !== void 0) top1.set(v.variant, argmaxRows(outputs[0].data, classes));
  });
  return { top1, labels: e.labels.data };
}
function pairPredictions(base, head) {
  const labels = head.labels;
  if (!labels || !base.labels || base.labels.length !== labels.length || !base.labels.every((l, i) => l === labels[i])) return [];
  return [...head.top1].flatMap(([variant, h]) => {
    const b = base.top1.get(variant);
    return b && b.length === h.length ? [{ variant, ...pairedTest(h, b, labels) }] : [];
  });
}

// src/pipeline/gate-evaluator.ts
var DEFAULT_RUNS = 100;
function variantFiles(e) {
  return new Map(e.variants.flatMap((v) => v.tflitePath ? [[v.variant, v.tflitePath]] : []));
}
function dataKeys({ dataKeys: keys }) {
  return { ...keys?.x ? { xKeys: keys.x } : {}, ...keys?.y ? { yKey: keys.y, yKeyExplicit: true } : {} };
}
async function evaluateWithReference(options) {
  if (!options.reference) return evaluateWithOutputs(options);
  let stage;
  const onProgress = (progress) => {
    stage = progress.stage;
    options.onProgress?.(progress);
  };
  try {
    return await evaluateWithOutputs({ ...options, onProgress });
  } catch (error) {
    if (!(error instanceof GateError) || error.kind !== "unsupported" || stage !== "reference") throw error;
    const evaluated = await evaluateWithOutputs({ ...options, reference: false });
    return { ...evaluated, evaluation: { ...evaluated.evaluation, notes: [...evaluated.evaluation.notes, noSourceNote(options.bytes && probeOnnx(options.bytes) ? "ONNX" : "Keras", error.message)] } };
  }
}
function liteRtEvaluator(onProgress) {
  const done = /* @__PURE__ */ new WeakMap();
  const predicted = /* @__PURE__ */ new WeakMap();
  const scratch = mkdtempSync(join(tmpdir(), "tflite-gate-base-"));
  process.once("exit", () => rmSync(scratch, { recursive: true, force: true }));
  return {
    async evaluate(input) {
      const { settings } = input;
      const outputDir = input.outputDir ? join(input.outputDir, "tflite", dirname(input.model)) : join(scratch, `${input.ref}`.replace(/\W+/g, "-"), dirname(input.model));
      const evaluated = await evaluateWithReference({
        model: input.model,
        bytes: input.bytes,
        ref: input.ref,
        dataset: input.datasetPath,
        datasetName: settings.dataset,
        data: { ...settings.preprocessing, ...dataKeys(settings), ...settings.seed !== void 0 ? { seed: settings.seed } : {}, root: input.workspace },
        limits: input.limits,
        variants: input.variants,
        samples: settings.samples,
        latencyRuns: input.latencyRuns,
        sequenceLength: settings.sequenceLength,
        ...settings.nhwc ? { nhwc: true } : {},
        ...input.externalFiles ? { externalFiles: input.externalFiles } : {},
        reference: settings.reference ?? false,
        ...input.representativeDatasetPath ? { int8: { dataset: input.representativeDatasetPath, datasetName: settings.representativeDataset } } : {},
        outputDir,
        ...onProgress ? { onProgress: (p) => onProgress(`${input.model} (${input.ref})`, p) } : {}
      });
      const { evaluation } = evaluated;
      done.set(input, evaluation);
      predicted.set(input, topPredictions(evaluated));
      const named = settings.dataset ? { ...evaluation, dataset: settings.dataset } : evaluation;
      if (input.outputDir) return named;
      return { ...named, variants: named.variants.map(({ tflitePath: _, ...v }) => v) };
    },
    async comparePredictions(base, head) {
      const [a, b] = [predicted.get(base), predicted.get(head)];
      return a && b ? pairPredictions(a, b) : [];
    },
    async compareLatency(base, head) {
      const a = done.get(base);
      const b = done.get(head);
      if (!a || !b) return [];
      const baseFiles = variantFiles(a);
      const out = [];
      for (const [variant, headPath] of variantFiles(b)) {
        const basePath = baseFiles.get(variant);
        if (!basePath) continue;
        const runs = head.latencyRuns ?? DEFAULT_RUNS;
        const timings = await measureInterleaved(
          { bytes: readFileSync(basePath), file: base.model },
          { bytes: readFileSync(headPath), file: head.model },
          { runs, warmup: Math.min(10, runs) }
        );
        out.push(compareLatency(b.variants.find((v) => v.variant === variant).variant, timings.base.runsMs, timings.head.runsMs));
      }
      return out;
    }
  };
}

export {
  liteRtEvaluator
};
