/**
 * Text rendering of screening results and pair comparisons: a ranked table, and under each hit the
 * features that moved its score, each with its contribution and the sentence an analyst reads.
 */
import type { FeatureExplanation, PairComparison, ScreeningResult } from '../../matching/types.js';
import type { DatasetVersion } from '../../storage/ports.js';
import { printLine } from '../output.js';

const score = (n: number): string => n.toFixed(3);
const signed = (n: number): string => `${n >= 0 ? '+' : '-'}${Math.abs(n).toFixed(3)}`;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function programmes(programs: string[]): string {
  if (programs.length <= 3) return programs.join(',');
  return `${programs.slice(0, 3).join(',')} +${programs.length - 3}`;
}

/** A feature the engine could not compare for want of data says so ("no birth date to compare"). */
const NOT_COMPARED = /^no .* to compare$/;

/**
 * The lines explaining one hit or pair: each compared feature with its contribution and sentence,
 * largest effect first, then one line naming the features that had no data to compare.
 */
export function featureLines(features: FeatureExplanation[], indent = '    ', listIdle = true): string[] {
  const shown = features
    .filter((f) => f.contribution !== 0 || !NOT_COMPARED.test(f.detail))
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  const idle = features.filter((f) => !shown.includes(f)).map((f) => f.feature);
  const width = Math.max(0, ...shown.map((f) => f.feature.length));
  const lines = shown.map((f) => `${indent}${f.feature.padEnd(width)}  ${signed(f.contribution)}  ${f.detail}`);
  if (idle.length && listIdle) lines.push(`${indent}not compared (no data): ${idle.join(', ')}`);
  return lines;
}

/** Print a screening result as a ranked table with explanations under each row. */
export function printScreening(result: ScreeningResult): void {
  const q = result.query;
  const asked = [q.schema, q.birthDate && `born ${q.birthDate}`, q.countries?.join('/'), q.gender, q.identifiers?.length && `ids ${q.identifiers.join(', ')}`]
    .filter(Boolean)
    .join(', ');
  printLine(`screening '${q.name}'${asked ? ` (${asked})` : ''}: ${countHits(result)} (threshold ${result.threshold}, ${result.candidates} candidates, algorithm ${result.algorithm})`);
  if (!result.matches.length) return;
  const header = ['#', 'score', 'entity id', 'caption', 'schema', 'programmes', 'source'];
  const rows = result.matches.map((m, i) => [
    String(i + 1), score(m.score) + (m.match ? '' : ' ·'), m.entityId, clip(m.caption, 48), m.schema, programmes(m.programs), m.source,
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]): string => cells.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd();
  printLine();
  printLine(line(header));
  result.matches.forEach((m, i) => {
    printLine(line(rows[i]));
    for (const l of featureLines(m.features)) printLine(l);
  });
}

function countHits(result: ScreeningResult): string {
  const hits = result.matches.filter((m) => m.match).length;
  const below = result.matches.length - hits;
  return `${hits === 0 ? 'no' : hits} hit${hits === 1 ? '' : 's'}${below ? ` and ${below} below the threshold (marked ·)` : ''}`;
}


/** The footer: which list versions the result comes from, and how long the engine took to build. */
export function printVersionsFooter(versions: DatasetVersion[], buildMs: number, entities: number): void {
  printLine();
  printLine(`lists: ${versions.map((v) => `${v.source} ${v.label} (version ${v.id})`).join(', ')}`);
  printLine(`engine: ${entities} entities, built in ${buildMs} ms`);
}

/** Print a pair comparison. */
export function printComparison(c: PairComparison): void {
  printLine(`'${c.name1}' ~ '${c.name2}'${c.schema ? ` as ${c.schema}` : ''}: score ${score(c.score)}, ${c.match ? 'a match' : 'no match'} (threshold ${c.threshold})`);
  for (const l of featureLines(c.features, '  ', false)) printLine(l);
}
