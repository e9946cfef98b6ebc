/** Reads the Config from inputs with the config file resolved against a repository root (I/O edge). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parseConfig, type ParseOptions } from './parse.js';
import type { Config, InputReader } from './types.js';

export function fileReaderAt(root: string): (path: string) => string | undefined {
  return (path) => {
    const full = isAbsolute(path) ? path : join(root, path);
    if (!existsSync(full) || !statSync(full).isFile()) return undefined;
    return readFileSync(full, 'utf8');
  };
}

export function loadConfig(read: InputReader, root: string, label?: ParseOptions['label']): Config {
  return parseConfig(read, { readFile: fileReaderAt(root), label });
}
