/** Issue 3's targets for the speed benchmark, and the PASS/MISS summary of a run. Pure. */

export interface SpeedFigures {
  buildMs: number;
  rssMb: number;
  p99Ms: number;
  qpsOneCore: number;
  /** Combined queries/s on all workers divided by the number of workers. */
  qpsPerCoreParallel?: number;
}

export interface SummaryRow {
  figure: string;
  value: number;
  unit: string;
  target: string;
  pass: boolean;
}

export const TARGETS = { buildMs: 5_000, rssMb: 600, p99Ms: 2, qpsPerCore: 5_000 } as const;

export function summarize(f: SpeedFigures): SummaryRow[] {
  const rows: SummaryRow[] = [
    { figure: 'index build', value: f.buildMs / 1000, unit: 's', target: `<= ${TARGETS.buildMs / 1000} s`, pass: f.buildMs <= TARGETS.buildMs },
    { figure: 'RSS, engine process', value: f.rssMb, unit: 'MB', target: `<= ${TARGETS.rssMb} MB`, pass: f.rssMb <= TARGETS.rssMb },
    { figure: 'latency p99', value: f.p99Ms, unit: 'ms', target: `<= ${TARGETS.p99Ms} ms`, pass: f.p99Ms <= TARGETS.p99Ms },
    { figure: 'throughput, 1 core', value: f.qpsOneCore, unit: 'q/s', target: `>= ${TARGETS.qpsPerCore} q/s`, pass: f.qpsOneCore >= TARGETS.qpsPerCore },
  ];
  if (f.qpsPerCoreParallel !== undefined) {
    const v = f.qpsPerCoreParallel;
    rows.push({ figure: 'throughput per core, all workers', value: v, unit: 'q/s', target: `>= ${TARGETS.qpsPerCore} q/s`, pass: v >= TARGETS.qpsPerCore });
  }
  return rows;
}

function format(value: number, unit: string): string {
  const digits = unit === 'q/s' || unit === 'MB' ? 0 : unit === 's' ? 2 : 3;
  return `${value.toFixed(digits)} ${unit}`;
}

export function formatSummary(rows: readonly SummaryRow[]): string[] {
  const width = Math.max(...rows.map((r) => r.figure.length));
  return rows.map((r) => `  ${r.figure.padEnd(width)}  ${format(r.value, r.unit).padStart(12)}  ${r.target.padEnd(14)} ${r.pass ? 'PASS' : 'MISS'}`);
}
