export * from './types.js';
export { configPath, parseConfig, type ParseOptions } from './parse.js';
export { parseConfigFile, type ConfigFile } from './file.js';
export { settingsFor, matchesGlob } from './resolve.js';
export { loadConfig, fileReaderAt, checkDatasets, checkOutputDir, checkInsideRepository, datasetError, datasetPath, namedDatasets } from './load.js';
export { thresholdName, THRESHOLD_KEYS } from './thresholds.js';
export { readLimits } from './limits.js';
