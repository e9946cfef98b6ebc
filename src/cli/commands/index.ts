import type { Command } from '../command.js';
import { convertCommand } from './convert.js';
import { inspectCommand } from './inspect.js';
import { evaluateCommand } from './evaluate.js';
import { gateCommand } from './gate.js';

/** Every CLI command, in the order `--help` lists them. One file per command beside this one. */
export const commands: Command[] = [convertCommand, inspectCommand, evaluateCommand, gateCommand];
