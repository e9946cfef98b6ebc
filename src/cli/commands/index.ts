import type { Command } from '../command.js';

/** Every CLI command, in the order `--help` lists them. One file per command beside this one. */
export const commands: Command[] = [];
