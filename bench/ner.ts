/**
 * Entity recognition benchmark: `node --import tsx bench/ner.ts` (npm run bench:ner).
 * Runs the adverse-media recogniser (src/media/nlp/entities.ts) on the labelled sets in
 * ../shared/data/news/ner and prints precision, recall and F1 per type, exact span match.
 *
 * re3d (JSON Lines with a BOM, offsets into documents.text): Organisation -> ORG, Person -> PER,
 * Location -> LOC, Nationality -> LOC (our NATIONALITY). re3d tags governments as Organisation ("The
 * United States condemns"): a gold Organisation whose words are a country name is scored as LOC, since
 * we type it COUNTRY. Other re3d types (Temporal, Weapon, Quantity, Money, ...) are not scored; our
 * predictions on them count as false positives. Where gold spans overlap (re3d has nested duplicates),
 * the most confident, then the longest, is kept.
 * wikigold (CoNLL, IO tags): I-PER, I-ORG, I-LOC scored; I-MISC ignored, and so are predictions that
 * overlap a MISC span (our NATIONALITY is MISC in wikigold and is not scored there).
 * Both sides: a leading "the" and a trailing "'s" or full stop are dropped before spans are compared.
 * re3d also tags pronouns ("We", "I") and common-noun phrases ("mourners", "the victims' families"), which a
 * name recogniser does not look for; a last table restricts its gold to names (a capital after "the").
 * Rules were tuned on even-numbered documents (dev); odd-numbered documents (held out) were not read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { recognise } from '../src/media/nlp/entities.js';
import { countryByName } from '../src/media/nlp/gazetteer/countries.js';
import type { EntityType } from '../src/media/nlp/types.js';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = process.env.CHOKEPOINT_SHARED_DATA ?? resolve(ROOT, '../shared/data');
const NER = resolve(SHARED, 'news/ner');
const TYPES = ['PER', 'ORG', 'LOC'] as const;
type T = (typeof TYPES)[number];

interface Gold { start: number; end: number; type: T | 'IGNORE' }
interface Doc { id: string; text: string; gold: Gold[]; split: 'dev' | 'holdout' }

const OURS: Partial<Record<EntityType, T>> = { PERSON: 'PER', ORGANIZATION: 'ORG', COUNTRY: 'LOC', LOCATION: 'LOC', NATIONALITY: 'LOC' };

function jsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

function re3d(): Doc[] {
  const docs: Doc[] = [];
  for (const subset of readdirSync(resolve(NER, 're3d'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const dir = resolve(NER, 're3d', subset);
    const ents = jsonl(resolve(dir, 'entities.json')) as { begin: number; end: number; type: string; value: string; documentId: string; confidence: number }[];
    for (const d of jsonl(resolve(dir, 'documents.json')) as { _id: string; text: string }[]) {
      const mine = ents.filter((e) => e.documentId === d._id).map((e) => {
        let type: T | 'IGNORE' = e.type === 'Person' ? 'PER' : e.type === 'Location' || e.type === 'Nationality' ? 'LOC' : e.type === 'Organisation' ? 'ORG' : 'IGNORE';
        if (type === 'ORG' && countryByName(e.value)) type = 'LOC';
        return { start: e.begin, end: e.end, type, confidence: e.confidence };
      });
      // Keep one of overlapping gold spans: most confident, then longest.
      mine.sort((a, b) => b.confidence - a.confidence || (b.end - b.start) - (a.end - a.start));
      const kept: typeof mine = [];
      for (const g of mine) if (!kept.some((k) => g.start < k.end && g.end > k.start)) kept.push(g);
      docs.push({ id: `re3d/${subset}/${d._id}`, text: d.text, gold: kept, split: docs.length % 2 === 0 ? 'dev' : 'holdout' });
    }
  }
  return docs;
}

function wikigold(): Doc[] {
  const docs: Doc[] = [];
  let text = '';
  let gold: Gold[] = [];
  let open: Gold | undefined;
  const flush = () => {
    if (text.trim()) docs.push({ id: `wikigold/${docs.length}`, text, gold, split: docs.length % 2 === 0 ? 'dev' : 'holdout' });
    text = '';
    gold = [];
  };
  for (const line of readFileSync(resolve(NER, 'wikigold/wikigold.conll.txt'), 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      open = undefined;
      flush();
      continue;
    }
    if (!line.trim()) {
      open = undefined;
      if (text && !text.endsWith('\n')) text += '\n';
      continue;
    }
    const at = line.lastIndexOf(' ');
    const tok = line.slice(0, at);
    const tag = line.slice(at + 1);
    if (text && !text.endsWith('\n')) text += ' ';
    const start = text.length;
    text += tok;
    const type: T | 'IGNORE' | undefined = tag === 'I-PER' ? 'PER' : tag === 'I-ORG' ? 'ORG' : tag === 'I-LOC' ? 'LOC' : tag === 'I-MISC' ? 'IGNORE' : undefined;
    if (type && open?.type === type) open.end = text.length;
    else if (type) gold.push((open = { start, end: text.length, type }));
    else open = undefined;
  }
  flush();
  return docs;
}

/** Span key after dropping a leading "the" and a trailing possessive or stop. */
function key(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  const m = /^(the|The|THE)\s+/.exec(text.slice(s, e));
  if (m) s += m[0].length;
  const tail = /(['’]s|\.|,)$/.exec(text.slice(s, e));
  if (tail) e -= tail[0].length;
  return `${s}:${e}`;
}

interface Counts { tp: number; fp: number; fn: number; /** Relaxed: same type and one span inside the other. */ rtp: number; rfp: number; rfn: number }
/** `--errors`: list false positives and misses of the dev documents, with what typed each prediction. */
const SHOW = process.argv.includes('--errors');
const errors: string[] = [];
/** Gold spans that are names: a capitalised word after a leading "the", not a pronoun ("I", "We"). */
const PRONOUN = /^(i|we|us|our|you|your|he|she|they|them|their|it|its|his|her|me|my)$/i;
function namesOnly(d: Doc): Doc {
  return { ...d, gold: d.gold.filter((g) => {
    const text = d.text.slice(g.start, g.end).replace(/^the\s+/i, '');
    return g.type === 'IGNORE' || (/^\p{Lu}/u.test(text) && !PRONOUN.test(text));
  }) };
}

function score(docs: Doc[]): Record<T | 'ALL', Counts> {
  const c = Object.fromEntries([...TYPES, 'ALL'].map((t) => [t, { tp: 0, fp: 0, fn: 0, rtp: 0, rfp: 0, rfn: 0 }])) as Record<T | 'ALL', Counts>;
  for (const d of docs) {
    const gold = new Map(d.gold.filter((g) => g.type !== 'IGNORE').map((g) => [key(d.text, g.start, g.end), g.type as T]));
    const ignore = d.gold.filter((g) => g.type === 'IGNORE');
    const wiki = d.id.startsWith('wikigold');
    const seen = new Set<string>();
    const predicted = recognise(d.text);
    // Relaxed match: the same type and one span inside the other ("President Obama" and "Obama"), one to one.
    const relaxedGold = d.gold.filter((g) => g.type !== 'IGNORE').map((g) => ({ ...g, used: false }));
    for (const m of predicted) {
      const t = OURS[m.type];
      if (!t || (wiki && m.type === 'NATIONALITY')) continue;
      const g = relaxedGold.find((x) => !x.used && x.type === t && ((m.start >= x.start && m.end <= x.end) || (x.start >= m.start && x.end <= m.end)));
      if (g) {
        g.used = true;
        c[t].rtp++;
      } else if (!(wiki && ignore.some((x) => m.start < x.end && m.end > x.start))) c[t].rfp++;
    }
    for (const g of relaxedGold) if (!g.used) c[g.type as T].rfn++;
    for (const m of predicted) {
      const t = OURS[m.type];
      if (!t || (wiki && m.type === 'NATIONALITY')) continue;
      const k = key(d.text, m.start, m.end);
      if (seen.has(k)) continue;
      seen.add(k);
      if (gold.get(k) === t) {
        c[t].tp++;
        gold.delete(k);
      } else if (!(wiki && ignore.some((g) => m.start < g.end && m.end > g.start))) {
        c[t].fp++;
        if (SHOW && d.split === 'dev') errors.push(`FP ${t} "${m.text}" [${m.evidence}]${[...gold.entries()].some(([gk]) => gk === k) ? ' (gold: ' + gold.get(k) + ')' : ''}`);
      }
    }
    for (const [k, t] of gold) {
      c[t].fn++;
      if (SHOW && d.split === 'dev') errors.push(`FN ${t} "${d.text.slice(Number(k.split(':')[0]), Number(k.split(':')[1]))}"`);
    }
  }
  for (const t of TYPES) for (const f of ['tp', 'fp', 'fn', 'rtp', 'rfp', 'rfn'] as const) c.ALL[f] += c[t][f];
  return c;
}

const pct = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(1) : '-');
function report(name: string, docs: Doc[]): void {
  console.log(`\n${name}: ${docs.length} documents, ${docs.reduce((a, d) => a + d.gold.filter((g) => g.type !== 'IGNORE').length, 0)} gold PER/ORG/LOC spans`);
  console.log('      exact span                 relaxed span (nested, same type)');
  console.log('type  precision  recall    F1   precision  recall    F1     tp    fp    fn');
  const c = score(docs);
  for (const t of [...TYPES, 'ALL'] as const) {
    const p = c[t].tp / (c[t].tp + c[t].fp);
    const r = c[t].tp / (c[t].tp + c[t].fn);
    const rp = c[t].rtp / (c[t].rtp + c[t].rfp);
    const rr = c[t].rtp / (c[t].rtp + c[t].rfn);
    console.log(`${t.padEnd(5)} ${pct(p).padStart(8)} ${pct(r).padStart(8)} ${pct((2 * p * r) / (p + r)).padStart(6)} ${pct(rp).padStart(10)} ${pct(rr).padStart(8)} ${pct((2 * rp * rr) / (rp + rr)).padStart(6)} ${String(c[t].tp).padStart(6)} ${String(c[t].fp).padStart(5)} ${String(c[t].fn).padStart(5)}`);
  }
}

const started = performance.now();
const sets = { re3d: re3d(), wikigold: wikigold() };
for (const [name, docs] of Object.entries(sets)) {
  report(`${name} (dev, even documents)`, docs.filter((d) => d.split === 'dev'));
  report(`${name} (held out, odd documents)`, docs.filter((d) => d.split === 'holdout'));
  report(`${name} (all)`, docs);
  if (name === 're3d') report(`${name} (all, gold restricted to names: no pronouns or common-noun phrases)`, docs.map(namesOnly));
}
if (SHOW) console.log([...new Set(errors)].join('\n'));
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);
