/**
 * Where the EU OJ annex data comes from.
 *
 * The Official Journal publishes the sanctions annexes only as legal acts (HTML/PDF on EUR-Lex); the
 * publisher offers no bulk CSV of them. The CSVs this importer reads are OpenSanctions' transcription
 * (datasets/eu/journal_sanctions), licensed CC BY-NC 4.0: non-commercial test data only, which must never
 * ship or be fetched by the product. Hence no remote files.
 */
import type { RemoteFile } from '../types.js';

export const remote: readonly RemoteFile[] = [];
