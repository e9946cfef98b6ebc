/** The action's entry point (bundled to dist/index.js): everything happens in main.ts. */
import { run } from './main.js';
import { abandonedWork } from './util/deadline.js';

await run();
// a model abandoned at its deadline may still hold worker threads open: the report is out, so stop here
if (abandonedWork() > 0) process.exit();
