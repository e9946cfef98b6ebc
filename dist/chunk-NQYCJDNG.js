import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  compareLatency,
  evaluateModel,
  measureInterleaved
} from "./chunk-MGHX6NVE.js";
import {
  NO_SOURCE_NOTE
} from "./chunk-QZNKZ5XA.js";
import {
  GateError
} from "./chunk-7QFZB7WA.js";

// src/pipeline/gate-evaluator.ts
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
var DEFAULT_RUNS = 100;
function variantFiles(e) {
  return new Map(e.variants.flatMap((v) => v.tflitePath ? [[v.variant, v.tflitePath]] : []));
}
function dataKeys({ dataKeys: keys }) {
  return { ...keys?.x ? { xKeys: keys.x } : {}, ...keys?.y ? { yKey: keys.y, yKeyExplicit: true } : {} };
}
async function evaluateWithReference(options) {
  if (!options.reference) return evaluateModel(options);
  let stage;
  const onProgress = (progress) => {
    stage = progress.stage;
    options.onProgress?.(progress);
  };
  try {
    return await evaluateModel({ ...options, onProgress });
  } catch (error) {
    if (!(error instanceof GateError) || error.kind !== "unsupported" || stage !== "reference") throw error;
    const evaluation = await evaluateModel({ ...options, reference: false });
    return { ...evaluation, notes: [...evaluation.notes, `${NO_SOURCE_NOTE}${error.message}`] };
  }
}
function liteRtEvaluator() {
  const done = /* @__PURE__ */ new WeakMap();
  const scratch = mkdtempSync(join(tmpdir(), "tflite-gate-base-"));
  process.once("exit", () => rmSync(scratch, { recursive: true, force: true }));
  return {
    async evaluate(input) {
      const { settings } = input;
      const outputDir = input.outputDir ? join(input.outputDir, "tflite", dirname(input.model)) : join(scratch, `${input.ref}`.replace(/\W+/g, "-"), dirname(input.model));
      const evaluation = await evaluateWithReference({
        model: input.model,
        bytes: input.bytes,
        ref: input.ref,
        dataset: input.datasetPath,
        datasetName: settings.dataset,
        data: { ...settings.preprocessing, ...dataKeys(settings) },
        variants: input.variants,
        samples: settings.samples,
        latencyRuns: input.latencyRuns,
        sequenceLength: settings.sequenceLength,
        reference: settings.reference ?? false,
        outputDir
      });
      done.set(input, evaluation);
      const named = settings.dataset ? { ...evaluation, dataset: settings.dataset } : evaluation;
      if (input.outputDir) return named;
      return { ...named, variants: named.variants.map(({ tflitePath: _, ...v }) => v) };
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
  evaluateWithReference,
  liteRtEvaluator
};
