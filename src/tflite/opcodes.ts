/**
 * Operator codes of a model, as the converter writes them: one per op type, in order of first use, with
 * the highest version any op of that type needs.
 */
import type { Op } from '../graph/ir.js';
import { OPS } from './ops.js';

export interface Opcode {
  type: string;
  code: number;
  version: number;
}

export function planOpcodes(ops: Op[], versions: number[]): { codes: Opcode[]; indexOfOp: number[] } {
  const codes: Opcode[] = [];
  const index = new Map<string, number>();
  const indexOfOp = ops.map((op, i) => {
    const version = versions[i] ?? 1;
    let at = index.get(op.type);
    if (at === undefined) {
      at = codes.length;
      index.set(op.type, at);
      codes.push({ type: op.type, code: OPS[op.type]?.code ?? -1, version });
    }
    const code = codes[at] as Opcode;
    code.version = Math.max(code.version, version);
    return at;
  });
  return { codes, indexOfOp };
}
