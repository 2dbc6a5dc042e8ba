/**
 * The matching-case files the benchmark draws on: yente's synthetic negatives (people on no list)
 * and the pairs OFAC's own search tool scored (nomenklatura's fixture).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { NegativePerson } from './query-mix.js';

export const NEGATIVE_FILES = ['yente/negatives_global_1k.csv', 'yente/negatives_us_1k.csv'];
export const OFAC_PAIRS_FILE = 'nomenklatura/ofac_search_tool_scores.csv';

function rows(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true });
}

export function loadNegatives(casesDir: string): NegativePerson[] {
  return NEGATIVE_FILES.flatMap((f) =>
    rows(resolve(casesDir, f)).map((r) => ({
      name: r.full_name,
      birthDate: /^\d{4}(-\d{2}(-\d{2})?)?$/.test(r.date_of_birth ?? '') ? r.date_of_birth : undefined,
      gender: r.gender === 'male' || r.gender === 'female' ? r.gender : undefined,
    })),
  );
}

export interface ScoredPair {
  query: string;
  candidate: string;
  /** OFAC's score, 0-100. */
  ofacScore: number;
}

export function loadOfacPairs(casesDir: string): ScoredPair[] {
  return rows(resolve(casesDir, OFAC_PAIRS_FILE)).map((r) => ({ query: r.query_name, candidate: r.result_name, ofacScore: Number(r.ofac_score) }));
}
