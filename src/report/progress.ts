/**
 * Progress of long work on stderr. On a terminal: one line redrawn at most every 100 ms, with a bar when the
 * work counts (samples, latency runs). Elsewhere (CI logs, pipes): a plain line at most every few seconds,
 * with done/total and the rate, so a log shows the run is alive without flooding it; short runs print nothing.
 */
export interface Progress {
  stage: string;
  /** What the stage works on, e.g. a variant. */
  item?: string;
  done?: number;
  total?: number;
  /** What a counted item is called in the rate ("samples"); else the reporter's `units` for the stage. */
  unit?: string;
}

export interface ProgressReporter {
  update: (p: Progress) => void;
  clear: () => void;
}

export interface ReporterOptions {
  isTTY: boolean;
  write: (text: string) => void;
  /** Non-TTY: least time between two lines (default 5 s). */
  intervalMs?: number;
  /** The clock (tests). */
  now?: () => number;
  /** What a counted item is called in the rate ("samples/s", "runs/s"), by stage. */
  units?: Record<string, string>;
}

const bar = (done: number, total: number) => `[${'#'.repeat(Math.round((done / total) * 30)).padEnd(30, '.')}] ${done}/${total}`;

function ttyReporter(o: ReporterOptions): ProgressReporter {
  const now = o.now ?? (() => performance.now());
  let last = -Infinity;
  let drawn = false;
  return {
    update(p) {
      const t = now();
      if (p.done !== undefined && p.done !== p.total && t - last < 100) return;
      last = t;
      const label = [p.stage, p.item].filter(Boolean).join(' ');
      o.write(`\r\x1b[2K${label}${p.total ? ` ${bar(p.done ?? 0, p.total)}` : ''}`);
      drawn = true;
    },
    clear: () => drawn && o.write('\r\x1b[2K'),
  };
}

function logReporter(o: ReporterOptions): ProgressReporter {
  const now = o.now ?? (() => performance.now());
  const interval = o.intervalMs ?? 5000;
  let key = '';
  let stageStart = now();
  let last = now();
  return {
    update(p) {
      const t = now();
      const k = `${p.stage} ${p.item ?? ''}`;
      if (k !== key) [key, stageStart] = [k, t];
      if (p.done === undefined || !p.total || t - last < interval) return;
      last = t;
      const seconds = (t - stageStart) / 1000;
      const rate = seconds > 0 ? `, ${(p.done / seconds).toFixed(p.done / seconds < 10 ? 1 : 0)} ${p.unit ?? o.units?.[p.stage] ?? 'items'}/s` : '';
      o.write(`${[p.stage, p.item].filter(Boolean).join(' ')}: ${p.done}/${p.total} (${Math.floor((p.done / p.total) * 100)}%)${rate}\n`);
    },
    clear: () => undefined,
  };
}

export function progressReporter(o: ReporterOptions): ProgressReporter {
  return o.isTTY ? ttyReporter(o) : logReporter(o);
}
