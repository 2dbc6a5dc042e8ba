/**
 * Event extraction benchmark: `node --import tsx bench/events.ts` (npm run bench:events).
 *
 * (a) test/fixtures/media/events-labelled.jsonl: sentences we wrote in the styles of OFAC and BIS
 *     releases, EU/UK notices, Reuters, the FT, the Kyiv Independent and bne IntelliNews, a third of them
 *     negatives that use sanctions words without an event. Each has its events (type, actor, target).
 *     Scored per class: an event is found when a predicted event of its class is in its sentence (one to
 *     one); actor and target are then checked (the same words, or one inside the other, ignoring case and a
 *     leading "the"). Rows 3, 6, 9, ... are held out: the rules were tuned on the other rows only.
 * (b) PLOVER_GSR_CAMEO.json (../shared/data/news/ner/plover-gsr-cameo): the 14 SANCTION records are the
 *     positives, the 308 others the negatives. PLOVER SANCTION is any reduction of relations (expelling
 *     diplomats, halting aid, withdrawing peacekeepers), much wider than our classes, so recall there is
 *     expected to be low; what matters is that our classes fire on the sanctions and embargo sentences and
 *     not on the rest. Also scored: our SANCTIONS_THREATENED against PLOVER THREATEN.
 * `--errors` lists misses and false alarms of the development rows and of PLOVER.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildClassifier } from '../src/goods/index.js';
import { loadGoodsTables } from '../src/goods/load.js';
import { EVENT_CLASSES, type EventType } from '../src/media/nlp/event-classes.js';
import { extractEvents, type SanctionsEvent } from '../src/media/nlp/events.js';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = process.env.CHOKEPOINT_SHARED_DATA ?? resolve(ROOT, '../shared/data');
const SHOW = process.argv.includes('--errors');
const goods = buildClassifier(loadGoodsTables(resolve(SHARED, 'goods')));
const classifyGoods = (t: string) => goods.classify(t, { top: 1 });
const TYPES = Object.keys(EVENT_CLASSES) as EventType[];

interface GoldEvent { type: EventType; actor: string | null; target: string | null }
interface Row { id: string; style: string; text: string; events: GoldEvent[] }

const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
function agrees(gold: string | null, got: string | undefined): boolean | undefined {
  if (gold === null) return undefined;
  if (!got) return false;
  const g = norm(gold);
  const p = norm(got);
  return p.length > 0 && (g.includes(p) || p.includes(g));
}

interface Tally { tp: number; fp: number; fn: number; actorOk: number; actorN: number; targetOk: number; targetN: number }
const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0, actorOk: 0, actorN: 0, targetOk: 0, targetN: 0 });
const pct = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(1) : '-');

function scoreRows(rows: Row[], label: string, showErrors: boolean): void {
  const t = Object.fromEntries([...TYPES, 'ALL'].map((k) => [k, empty()])) as Record<EventType | 'ALL', Tally>;
  let negatives = 0;
  let negativesClean = 0;
  for (const r of rows) {
    const got = extractEvents(r.text, { classifyGoods });
    if (r.events.length === 0) {
      negatives++;
      if (got.length === 0) negativesClean++;
    }
    const left = [...got];
    for (const g of r.events) {
      const i = left.findIndex((e) => e.type === g.type);
      if (i < 0) {
        t[g.type].fn++;
        if (showErrors) console.log(`  MISS ${g.type} [${r.id}] ${r.text}`);
        continue;
      }
      const e = left.splice(i, 1)[0];
      t[g.type].tp++;
      const a = agrees(g.actor, e.actor?.text);
      const b = agrees(g.target, e.target?.text);
      if (a !== undefined) {
        t[g.type].actorN++;
        if (a) t[g.type].actorOk++;
      }
      if (b !== undefined) {
        t[g.type].targetN++;
        if (b) t[g.type].targetOk++;
      }
      if (showErrors && (a === false || b === false)) console.log(`  ROLE ${g.type} [${r.id}] actor ${g.actor} / got ${e.actor?.text}; target ${g.target} / got ${e.target?.text}`);
    }
    for (const e of left) {
      t[e.type].fp++;
      if (showErrors) console.log(`  FALSE ${e.type} (${e.pattern}: '${e.trigger.text}') [${r.id}] ${r.text}`);
    }
  }
  for (const k of TYPES) for (const f of Object.keys(t.ALL) as (keyof Tally)[]) t.ALL[f] += t[k][f];
  console.log(`\n${label}: ${rows.length} sentences, ${rows.reduce((a, r) => a + r.events.length, 0)} events, ${negatives} negatives (${negativesClean} with no event predicted)`);
  console.log('class                 code                    precision  recall    F1   tp  fp  fn   actor ok   target ok');
  for (const k of [...TYPES, 'ALL'] as const) {
    const x = t[k];
    const p = x.tp / (x.tp + x.fp);
    const r = x.tp / (x.tp + x.fn);
    const code = k === 'ALL' ? '' : EVENT_CLASSES[k].code;
    console.log(`${k.padEnd(21)} ${code.padEnd(22)} ${pct(p).padStart(9)} ${pct(r).padStart(7)} ${pct((2 * p * r) / (p + r)).padStart(6)} ${String(x.tp).padStart(4)} ${String(x.fp).padStart(3)} ${String(x.fn).padStart(3)}   ${`${x.actorOk}/${x.actorN}`.padStart(7)}   ${`${x.targetOk}/${x.targetN}`.padStart(8)}`);
  }
}

const rows = readFileSync(resolve(ROOT, 'test/fixtures/media/events-labelled.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
const dev = rows.filter((_, i) => i % 3 !== 2);
const held = rows.filter((_, i) => i % 3 === 2);
scoreRows(dev, '(a) own labelled set, development rows', SHOW);
scoreRows(held, '(a) own labelled set, held-out rows (every third)', false);
scoreRows(rows, '(a) own labelled set, all rows', false);

// (b) PLOVER / CAMEO gold standard records.
interface Plover { id: string; event: string; text: string; mode?: string; source?: { actorText: string }[]; target?: { actorText: string }[] | string }
const plover = (JSON.parse(readFileSync(resolve(SHARED, 'news/ner/plover-gsr-cameo/PLOVER_GSR_CAMEO.json'), 'utf8')) as Plover[]).filter((r) => r.event !== 'DOCUMENT');
const REDUCE: ReadonlySet<EventType> = new Set(['SANCTIONS_IMPOSED', 'ENTITY_LISTED', 'EXPORT_BAN', 'ASSET_FREEZE', 'PAYMENT_RESTRICTED']);
// Keyed by record, not id: two PLOVER records share an id.
const predicted = new Map<Plover, SanctionsEvent[]>(plover.map((r) => [r, extractEvents(r.text, { classifyGoods })]));
const fires = (r: Plover, set: ReadonlySet<EventType>) => predicted.get(r)!.some((e) => set.has(e.type));
function binary(label: string, isGold: (r: Plover) => boolean, set: ReadonlySet<EventType>): void {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of plover) {
    const g = isGold(r);
    const f = fires(r, set);
    if (g && f) tp++;
    else if (f) {
      fp++;
      if (SHOW) console.log(`  FALSE [${r.id}] ${[...new Set(predicted.get(r)!.map((e) => e.type))].join(',')}: ${r.text}`);
    } else if (g) {
      fn++;
      if (SHOW) console.log(`  MISS [${r.id}] ${r.text}`);
    }
  }
  const p = tp / (tp + fp);
  const rc = tp / (tp + fn);
  console.log(`${label.padEnd(72)} P ${pct(p).padStart(5)}  R ${pct(rc).padStart(5)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
}
const SANCTION_WORDS = /\b(sanction\w*|embargo\w*|blockade|boycott\w*|ban|prohibit\w*|freez\w*)\b/i;
console.log(`\n(b) PLOVER gold standard records: ${plover.length} sentences, ${plover.filter((r) => r.event === 'SANCTION').length} SANCTION`);
binary('our reduce-relations classes (163 and CP-*) vs PLOVER SANCTION', (r) => r.event === 'SANCTION', REDUCE);
binary('the same, gold restricted to SANCTION sentences naming sanctions/bans', (r) => r.event === 'SANCTION' && SANCTION_WORDS.test(r.text), REDUCE);
binary('our 1312 SANCTIONS_THREATENED vs PLOVER THREATEN', (r) => r.event === 'THREATEN', new Set<EventType>(['SANCTIONS_THREATENED']));
binary('the same, gold restricted to THREATEN sentences naming sanctions/bans', (r) => r.event === 'THREATEN' && SANCTION_WORDS.test(r.text), new Set<EventType>(['SANCTIONS_THREATENED']));
// Where each of our classes fired, by PLOVER event.
console.log('\nour class fired on PLOVER records, by PLOVER event:');
for (const k of TYPES) {
  const by = new Map<string, number>();
  for (const r of plover) if (predicted.get(r)!.some((e) => e.type === k)) by.set(r.event, (by.get(r.event) ?? 0) + 1);
  if (by.size) console.log(`  ${k.padEnd(21)} ${[...by].sort((a, b) => b[1] - a[1]).map(([e, n]) => `${e} ${n}`).join(', ')}`);
}
console.log('\nPLOVER sentences that name sanctions, embargoes, boycotts or bans, and what fired:');
for (const r of plover.filter((x) => SANCTION_WORDS.test(x.text))) {
  const evs = predicted.get(r)!;
  const src = r.source?.map((s) => s.actorText).join('; ') ?? '';
  const tar = Array.isArray(r.target) ? r.target.map((s) => s.actorText).join('; ') : '';
  console.log(`  ${r.event.padEnd(10)} ${(evs.map((e) => `${e.type}(${e.actor?.text ?? '-'} -> ${e.target?.text ?? '-'})`).join(' ') || 'none').padEnd(70)} gold ${src} -> ${tar}`);
  if (SHOW) console.log(`             ${r.text}`);
}
