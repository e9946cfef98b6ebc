/** The release version (`tflite-gate --version`); __tests__/cli/help.test.ts checks it matches package.json. */
export const VERSION = '0.1.0';
