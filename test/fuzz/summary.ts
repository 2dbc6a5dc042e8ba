/**
 * Judging a fuzz run: server errors, 4xx bodies that are not the API's error shape, body-validation
 * errors that name no field, connections lost where the server had no reason to drop them; and the
 * counts by status, mutation kind and authentication that the run prints.
 */
import type { Outcome } from './send.js';

export interface Finding {
  outcome: Outcome;
  problem: string;
  /** What findings of the same cause share: "400 FST_ERR_BAD_URL", "ECONNRESET on body-oversize". */
  signature: string;
}

export interface Summary {
  total: number;
  elapsedMs: number;
  byStatus: Record<string, number>;
  byKind: Record<string, Record<string, number>>;
  byAuth: Record<string, number>;
  serverErrors: Finding[];
  shapeViolations: Finding[];
  fieldViolations: Finding[];
  /** Informational: a field named, but not the one the mutation changed. */
  fieldMismatches: Finding[];
  /** No (complete) answer where the server had no reason to close the connection. */
  lostConnections: Finding[];
  /** Connections closed on oversized bodies or headers and unknown methods: allowed. */
  expectedResets: number;
}

/** Our API's routes, held to the error shape {"error": {"code", "message", "field"?}}. */
export const isOurs = (path: string) => /^\/v1(\/|\?|$)/.test(path);

/** What is wrong with a 4xx body, and a signature of it ("400 FST_ERR_BAD_URL"); undefined when nothing. */
function errorShapeProblem(o: Outcome): { problem: string; signature: string } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(o.body);
  } catch {
    return { problem: `body is not JSON (${o.contentType ?? 'no content type'}): ${o.body.slice(0, 120)}`, signature: `${o.status} not JSON` };
  }
  const top = (parsed ?? {}) as { error?: unknown; code?: unknown; message?: unknown };
  const signature = `${o.status} ${String(top.code ?? top.message ?? 'unknown body')}`;
  const error = top.error as { code?: unknown; message?: unknown } | undefined;
  if (typeof error !== 'object' || error === null) return { problem: `no "error" object: ${o.body.slice(0, 160)}`, signature };
  if (typeof error.code !== 'string' || !error.code) return { problem: `error.code missing: ${o.body.slice(0, 160)}`, signature };
  if (typeof error.message !== 'string' || !error.message) return { problem: `error.message missing: ${o.body.slice(0, 160)}`, signature };
  return undefined;
}

const bump = (m: Record<string, number>, k: string) => { m[k] = (m[k] ?? 0) + 1; };

/** "body.queries.0.name" and "queries.0.name" name the same field; a parent or a child counts too. */
function sameField(named: string, mutated: string): boolean {
  const strip = (s: string) => s.replace(/^body\.?/, '');
  const a = strip(named);
  const b = strip(mutated);
  return a === '' || b === '' || a === b || b.startsWith(`${a}.`) || a.startsWith(`${b}.`);
}

export function summarize(outcomes: Outcome[], elapsedMs: number): Summary {
  const s: Summary = { total: outcomes.length, elapsedMs, byStatus: {}, byKind: {}, byAuth: {}, serverErrors: [], shapeViolations: [], fieldViolations: [], fieldMismatches: [], lostConnections: [], expectedResets: 0 };
  for (const o of outcomes) {
    const status = o.error ? (o.status ? `${o.status}+${o.error}` : o.error.split(' ')[0]) : String(o.status);
    bump(s.byStatus, status);
    bump((s.byKind[o.kind] ??= {}), status);
    bump(s.byAuth, o.auth);
    if (o.status >= 500) s.serverErrors.push({ outcome: o, problem: `${o.status}: ${o.body.slice(0, 200)}`, signature: `${o.status} on ${o.operation} ${o.kind}` });
    if (o.error) {
      if (o.mayReset && !o.error.startsWith('TIMEOUT') && !o.error.startsWith('CLIENT_REFUSED')) s.expectedResets++;
      else s.lostConnections.push({ outcome: o, problem: o.error, signature: `${o.error.split(' ')[0]} on ${o.kind}` });
    }
    const bodyExpected = o.method !== 'HEAD' && !o.error;
    if (!isOurs(o.path) || o.status < 400 || o.status >= 500 || !bodyExpected) continue;
    const shape = errorShapeProblem(o);
    if (shape) {
      s.shapeViolations.push({ outcome: o, ...shape });
      continue;
    }
    if (o.target !== 'body' || o.status !== 400 || !o.field) continue;
    const field = (JSON.parse(o.body) as { error: { field?: unknown } }).error.field;
    const signature = `${o.operation} ${o.kind}`;
    if (typeof field !== 'string' || !field) s.fieldViolations.push({ outcome: o, problem: `no error.field: ${o.body.slice(0, 160)}`, signature });
    else if (!sameField(field, o.field)) s.fieldMismatches.push({ outcome: o, problem: `names ${field}, mutated ${o.field}`, signature });
  }
  return s;
}

function table(rows: [string, number][], width = 44): string[] {
  return rows.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `  ${k.padEnd(width)} ${String(v).padStart(6)}`);
}

/** Problems grouped by what went wrong, each with a request to replay. */
export function groupFindings(findings: Finding[], max = 12): string[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    groups.set(f.signature, [...(groups.get(f.signature) ?? []), f]);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length).slice(0, max).map((g) => {
    const f = g[0];
    return `  ${String(g.length).padStart(5)} x ${f.signature}: ${f.problem.slice(0, 150)}\n          e.g. ${f.outcome.label.slice(0, 160)}\n          ${f.outcome.method} ${f.outcome.path.slice(0, 140)}`;
  });
}

export function formatSummary(s: Summary, catalogueSize: number): string {
  const lines = [
    `fuzz: ${s.total} malformed requests in ${(s.elapsedMs / 1000).toFixed(1)} s (${Math.round(s.total / (s.elapsedMs / 1000))}/s); catalogue of ${catalogueSize} mutations`,
    'by status:', ...table(Object.entries(s.byStatus)),
    'by authentication:', ...table(Object.entries(s.byAuth)),
    'by mutation kind (total: statuses):',
    ...Object.entries(s.byKind).sort((a, b) => a[0].localeCompare(b[0])).map(([kind, statuses]) => {
      const total = Object.values(statuses).reduce((a, b) => a + b, 0);
      return `  ${kind.padEnd(24)} ${String(total).padStart(5)}: ${Object.entries(statuses).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ')}`;
    }),
    `5xx responses: ${s.serverErrors.length}`, ...groupFindings(s.serverErrors),
    `connections lost without reason: ${s.lostConnections.length}`, ...groupFindings(s.lostConnections),
    `connections closed on oversized bodies/headers or unknown methods (allowed): ${s.expectedResets}`,
    `/v1 4xx bodies not {"error":{"code","message"}}: ${s.shapeViolations.length}`, ...groupFindings(s.shapeViolations),
    `/v1 body-validation 400s without error.field: ${s.fieldViolations.length}`, ...groupFindings(s.fieldViolations),
    `/v1 body-validation 400s naming another field than the one mutated (informational): ${s.fieldMismatches.length}`, ...groupFindings(s.fieldMismatches, 6),
  ];
  return lines.join('\n');
}
