/** Printing for the accuracy benchmark: numbers, tables, and the summary against the targets. */

export const pct = (x: number, digits = 2): string => (Number.isNaN(x) ? '-' : `${(x * 100).toFixed(digits)}%`);
export const num = (x: number | undefined, digits = 3): string => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(digits));
export const ratio = (hits: number, total: number): string => `${hits}/${total}`;

export function heading(title: string): void {
  console.log(`\n== ${title} ==`);
}

/** A plain-text table: columns padded to their widest cell, numbers right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const right = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || /^[-\d.,/%]+$/.test(String(r[i]))));
  const line = (r: string[]) => r.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function printTable(header: string[], rows: (string | number)[][]): void {
  console.log(table(header, rows));
}

/** One line of the closing summary: a figure, its target, and whether it met it. */
export interface SummaryLine {
  figure: string;
  value: string;
  target: string;
  /** undefined for figures without a target. */
  pass?: boolean;
}

/** `>=` / `<=` targets; NaN never passes. */
export function atLeast(value: number, target: number): boolean {
  return !Number.isNaN(value) && value >= target;
}

export function atMost(value: number, target: number): boolean {
  return !Number.isNaN(value) && value <= target;
}

export function summaryTable(lines: SummaryLine[]): string {
  return table(
    ['figure', 'value', 'target', 'result'],
    lines.map((l) => [l.figure, l.value, l.target, l.pass === undefined ? 'info' : l.pass ? 'PASS' : 'MISS']),
  );
}

/** A query as one short line: name plus the fields it carried. */
export function describeQuery(q: { name: string; birthDate?: string; countries?: string[]; gender?: string }): string {
  const extras = [q.birthDate, q.countries?.join('/'), q.gender].filter(Boolean);
  return extras.length ? `${q.name} [${extras.join(', ')}]` : q.name;
}

/** Stderr progress every `every` items, and the elapsed time at the end. */
export function progress(label: string, total: number, every = 10_000): { tick(): void; done(): number } {
  const started = performance.now();
  let n = 0;
  return {
    tick() {
      if (++n % every === 0) {
        const s = (performance.now() - started) / 1000;
        process.stderr.write(`  ${label}: ${n}/${total} (${s.toFixed(1)} s)\n`);
      }
    },
    done() {
      return (performance.now() - started) / 1000;
    },
  };
}
