/** The action's entry point (bundled to dist/index.js): everything happens in main.ts. */
import { run } from './main.js';

await run();
