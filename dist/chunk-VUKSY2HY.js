import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);

// src/util/dist-file.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function distFileCandidates(relative) {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, relative), join(here, "..", "dist", relative), join(here, "..", "..", "dist", relative)];
}
function findDistFile(relative) {
  return distFileCandidates(relative).find((candidate) => existsSync(candidate));
}

export {
  distFileCandidates,
  findDistFile
};
