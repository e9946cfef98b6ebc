/**
 * Every ONNX operator the converter handles, by op_type, and the check that runs before any conversion:
 * all unsupported operators (and unsupported attributes) of a model, in one error.
 */
import { GateError } from '../../errors.js';
import type { OnnxNode } from '../types.js';
import { activationHandlers } from './activations.js';
import { constantHandlers } from './constants.js';
import { convHandlers } from './conv.js';
import { elementwiseHandlers } from './elementwise.js';
import { erfHandlers } from './erf.js';
import { matmulHandlers } from './matmul.js';
import { normalizationHandlers } from './normalization.js';
import { poolingHandlers } from './pooling.js';
import { reduceHandlers } from './reduce.js';
import { resizeHandlers } from './resize.js';
import { shapeHandlers } from './shape.js';
import { slicingHandlers } from './slicing.js';
import type { OnnxHandler } from './types.js';

const ALL: OnnxHandler[] = [
  ...activationHandlers, ...constantHandlers, ...convHandlers, ...elementwiseHandlers, ...erfHandlers, ...matmulHandlers,
  ...normalizationHandlers, ...poolingHandlers, ...reduceHandlers, ...resizeHandlers, ...shapeHandlers, ...slicingHandlers,
];

export const HANDLERS: ReadonlyMap<string, OnnxHandler> = new Map(ALL.flatMap((h) => h.ops.map((op) => [op, h] as const)));

export function supportedOnnxOps(): string[] {
  return [...HANDLERS.keys()].sort();
}

function reason(node: OnnxNode, opset: number): string | undefined {
  if (node.domain !== '' && node.domain !== 'ai.onnx') return `operator ${node.domain}.${node.opType} (custom domain) is not supported`;
  const handler = HANDLERS.get(node.opType);
  if (!handler) return `operator ${node.opType} is not supported`;
  return handler.check?.(node, opset);
}

/** Throws one GateError listing every node that cannot be converted, grouped by reason. */
export function assertSupportedNodes(nodes: OnnxNode[], opset: number): void {
  const byReason = new Map<string, string[]>();
  for (const node of nodes) {
    const why = reason(node, opset);
    if (why) byReason.set(why, [...(byReason.get(why) ?? []), node.name]);
  }
  if (byReason.size === 0) return;
  const lines = [...byReason].map(([why, names]) => `${why}: ${names.slice(0, 5).map((n) => `"${n}"`).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`);
  const count = [...byReason.values()].reduce((s, l) => s + l.length, 0);
  throw new GateError('unsupported', `${count} node${count > 1 ? 's' : ''} cannot be converted:\n  ${lines.join('\n  ')}`, { where: 'graph' },
    `Supported operators: ${supportedOnnxOps().join(', ')}.`);
}
