/** Plain-text tables for the terminal: columns padded to their widest cell, a rule under the header. */

/** Rows as aligned lines: the first column left-aligned, the others right-aligned (or all left with `left`). */
export function textTable(header: string[] | undefined, rows: string[][], options: { left?: boolean; indent?: string } = {}): string[] {
  const all = header ? [header, ...rows] : rows;
  if (!all.length) return [];
  const widths = all[0]!.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const pad = (c: string, i: number) => (i === 0 || options.left ? c.padEnd(widths[i]!) : c.padStart(widths[i]!));
  const line = (r: string[]) => `${options.indent ?? ''}${r.map(pad).join('  ')}`.trimEnd();
  const rule = `${options.indent ?? ''}${widths.map((w) => '─'.repeat(w)).join('  ')}`;
  return header ? [line(header), rule, ...rows.map(line)] : rows.map(line);
}

/** A class as the dataset names it ("7", or "cat (3)" when the dataset has class names). */
export function className(cls: number, names?: string[]): string {
  const name = names?.[cls];
  return name === undefined ? String(cls) : `${name} (${cls})`;
}
