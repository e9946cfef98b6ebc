export * from './types.js';
export { parseConfig, type ParseOptions } from './parse.js';
export { parseConfigFile, type ConfigFile } from './file.js';
export { settingsFor, matchesGlob } from './resolve.js';
export { loadConfig, fileReaderAt, checkDatasets, checkOutputDir, datasetPath } from './load.js';
export { thresholdName, THRESHOLD_KEYS } from './thresholds.js';
export { readLimits } from './limits.js';
