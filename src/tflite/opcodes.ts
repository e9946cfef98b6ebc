/** Operator codes of a model: one per distinct (op type, version), in order of first use, as the converter does. */
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
    const key = `${op.type}@${version}`;
    let at = index.get(key);
    if (at === undefined) {
      at = codes.length;
      index.set(key, at);
      codes.push({ type: op.type, code: OPS[op.type]?.code ?? -1, version });
    }
    return at;
  });
  return { codes, indexOfOp };
}
