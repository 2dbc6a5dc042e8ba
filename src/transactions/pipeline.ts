/**
 * Screening a stream of payments: the dependencies of the decision core (name screening, BIC directory,
 * goods classifier) wired to an engine, with memos for what payments repeat — the same counterparties,
 * banks and remittance texts recur all day in a bank's flow, so each is screened once per run.
 */
import type { ScreeningEngine, ScreeningMatch, ScreeningQuery } from '../matching/types.js';
import type { PaymentScreeningDeps, GoodsCandidate } from './decide.js';
import type { BicDirectory } from './parse/bic.js';

/** A map that forgets its oldest entries beyond `max`, so that a run of any length stays in bounded memory. */
class Memo<V> {
  private readonly map = new Map<string, V>();
  hits = 0;
  misses = 0;
  constructor(private readonly max: number) {}

  get(key: string, make: () => V): V {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.hits++;
      return v;
    }
    this.misses++;
    const made = make();
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as string);
    this.map.set(key, made);
    return made;
  }
}

export interface PipelineStats {
  names: { hits: number; misses: number };
  goods: { hits: number; misses: number };
}

export function paymentDeps(
  engine: ScreeningEngine,
  bics: BicDirectory | undefined,
  classify: ((text: string) => GoodsCandidate[]) | undefined,
  memoSize = 100_000,
): { deps: PaymentScreeningDeps; stats: () => PipelineStats } {
  const names = new Memo<ScreeningMatch[]>(memoSize);
  // Remittance texts repeat far less than counterparties (invoice numbers differ): a small memo.
  const goods = new Memo<GoodsCandidate[]>(Math.min(memoSize, 20_000));
  const deps: PaymentScreeningDeps = {
    screen: (q: ScreeningQuery, threshold: number) => names.get(`${threshold}\u0001${JSON.stringify(q)}`, () => engine.screen(q, { threshold }).matches),
    bank: (bic) => {
      const e = bics?.lookup(bic);
      return e && { name: e.institution, country: e.country };
    },
    ...(classify ? { classifyGoods: (text: string) => goods.get(text, () => classify(text)) } : {}),
  };
  return { deps, stats: () => ({ names: { hits: names.hits, misses: names.misses }, goods: { hits: goods.hits, misses: goods.misses } }) };
}
