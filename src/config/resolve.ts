/** Per-model settings: the run's defaults with every matching .tflite-gate.yml rule applied in order. */
import { minimatch } from 'minimatch';
import type { Config, ModelSettings } from './types.js';
import { mergeThresholds } from './thresholds.js';

/** True when a repository-relative path matches a glob the way the `models` input means it. */
export function matchesGlob(path: string, glob: string): boolean {
  return minimatch(path, glob, { dot: true, matchBase: !glob.includes('/') });
}

export function settingsFor(config: Config, modelPath: string): ModelSettings {
  const settings: ModelSettings = {
    dataset: config.dataset,
    dataKeys: config.dataKeys,
    preprocessing: config.preprocessing,
    thresholds: { ...config.thresholds },
    requested: { ...config.requestedThresholds },
    samples: config.samples,
    seed: config.seed,
    reference: config.reference ?? false,
    ...(config.representativeDataset ? { representativeDataset: config.representativeDataset } : {}),
  };
  for (const rule of config.rules) {
    if (!matchesGlob(modelPath, rule.path)) continue;
    settings.dataset = rule.dataset ?? settings.dataset;
    settings.dataKeys = rule.dataKeys ?? settings.dataKeys;
    settings.preprocessing = rule.preprocessing ?? settings.preprocessing;
    settings.thresholds = mergeThresholds(settings.thresholds, rule.thresholds);
    settings.requested = mergeThresholds(settings.requested, rule.thresholds);
    settings.samples = rule.samples ?? settings.samples;
    settings.seed = rule.seed ?? settings.seed;
    settings.sequenceLength = rule.sequenceLength ?? settings.sequenceLength;
    settings.nhwc = rule.nhwc ?? settings.nhwc;
    settings.reference = rule.reference ?? settings.reference;
    if (rule.representativeDataset) settings.representativeDataset = rule.representativeDataset;
  }
  return settings;
}
