/**
 * Progress of a file run on stderr: a bar (cli-progress) when stderr is a terminal, otherwise one line
 * every 10,000 rows, so that logs of a million-row run stay short. Also the end-of-run summary and, when
 * CHOKEPOINT_REPORT_RSS=1, the peak resident memory of the process.
 */
import cliProgress from 'cli-progress';
import { performance } from 'node:perf_hooks';

export const LINE_EVERY = 10_000;

export interface FileProgress {
  /** After each row: rows done, rows invalid, bytes of the input read so far. */
  tick(rows: number, invalid: number, bytes: number): void;
  /** Stop the bar and print the summary. */
  done(rows: number, invalid: number, extra?: string): void;
}

export function fileProgress(verb: string, totalBytes: number, tty = Boolean(process.stderr.isTTY)): FileProgress {
  const started = performance.now();
  const rate = (rows: number): number => Math.round(rows / Math.max((performance.now() - started) / 1000, 1e-3));
  let bar: cliProgress.SingleBar | undefined;
  if (tty) {
    bar = new cliProgress.SingleBar(
      { format: `${verb} |{bar}| {percentage}% | {rows} rows | {invalid} invalid | {rate} rows/s`, stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(Math.max(totalBytes, 1), 0, { rows: 0, invalid: 0, rate: 0 });
  }
  return {
    tick(rows, invalid, bytes) {
      if (bar) {
        if (rows % 100 === 0) bar.update(Math.min(bytes, totalBytes), { rows, invalid, rate: rate(rows) });
      } else if (rows % LINE_EVERY === 0) {
        process.stderr.write(`${verb}: ${rows} rows (${invalid} invalid), ${rate(rows)} rows/s\n`);
      }
    },
    done(rows, invalid, extra) {
      if (bar) {
        bar.update(totalBytes, { rows, invalid, rate: rate(rows) });
        bar.stop();
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stderr.write(`${verb}: ${rows} rows in ${seconds} s (${rate(rows)} rows/s)${extra ? `, ${extra}` : ''}\n`);
      if (invalid) process.stderr.write(`${invalid} row(s) were invalid: see the error column/field of the output\n`);
      reportRss();
    },
  };
}

/** With CHOKEPOINT_REPORT_RSS=1 (read at the edge, for tests and benchmarks): print the peak RSS. */
export function reportRss(env: NodeJS.ProcessEnv = process.env): void {
  if (env.CHOKEPOINT_REPORT_RSS !== '1') return;
  const kb = process.resourceUsage().maxRSS;
  process.stderr.write(`peak RSS: ${(kb / 1024).toFixed(1)} MB (${kb} kB)\n`);
}
