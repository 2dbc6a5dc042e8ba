/**
 * Company legal forms in many languages and scripts, each mapped to a generic form. A legal form says
 * what kind of body a name belongs to, not which: it is taken out of the name before names are
 * compared, and compared on its own (ООО and LLC, 有限公司 and Co., Ltd., GmbH, AG).
 * Phrases are written as folded ASCII (see fold.ts), so Cyrillic and Chinese forms appear transliterated.
 */
const FORMS: Record<string, string[]> = {
  LLC: [
    'llc', 'l l c', 'ltd', 'limited', 'limited liability company', 'limited liability co', 'co ltd', 'company limited',
    'co limited', 'pvt ltd', 'private limited', 'private limited company', 'pte ltd', 'pty ltd', 'sdn bhd', 'bhd',
    'ooo', 'obshchestvo s ogranichennoi otvetstvennostiu', 'obshchestvo s ogranichennoy otvetstvennostyu',
    'obschestvo s ogranichennoi otvetstvennostiu', 'tov', 'too', 'mchj', 'mmc', 'mchs', 'tsk', 'mmk',
    'gmbh', 'gesellschaft mit beschrankter haftung', 'sarl', 's a r l', 'srl', 's r l', 'sro', 's r o', 'spolka z o o',
    'sp z o o', 'kft', 'bv', 'b v', 'doo', 'd o o', 'eood', 'ood', 'sia', 'uab', 'ou', 'oy', 'aps', 'ab', 'as',
    'you xian gong si', 'you xian ze ren gong si', 'yugen gaisha', 'yk', 'limitada', 'ltda', 'ltee', 'sl', 's l',
    'sociedad limitada', 'sociedad de responsabilidad limitada', 'ehf', 'fze', 'fzco', 'fzc', 'fz llc', 'l l p', 'llp', 'lp',
    'sherkat ba masouliat mahdoud', 'shirkat', 'sharikat', 'tnhh', 'cong ty tnhh', 'pt', 'cv',
  ],
  JSC: [
    'jsc', 'j s c', 'joint stock company', 'joint stock co', 'open joint stock company', 'closed joint stock company',
    'public joint stock company', 'pjsc', 'ojsc', 'cjsc', 'zao', 'oao', 'pao', 'ao', 'nao', 'aktsionernoe obshchestvo',
    'aktsionernoye obshchestvo', 'otkrytoe aktsionernoe obshchestvo', 'zakrytoe aktsionernoe obshchestvo',
    'publichnoe aktsionernoe obshchestvo', 'pat', 'prat', 'vat', 'zat', 'at', 'ag', 'aktiengesellschaft', 'sa', 's a',
    'societe anonyme', 'sociedad anonima', 'spa', 's p a', 'societa per azioni', 'nv', 'n v', 'plc', 'p l c',
    'public limited company', 'inc', 'incorporated', 'corp', 'corporation', 'kk', 'kabushiki kaisha', 'kabushiki gaisha',
    'gu fen you xian gong si', 'ad', 'a d', 'dd', 'd d', 'as', 'asa', 'oyj', 'abp', 'tbk', 'pcl', 'sab de cv', 'sa de cv',
    's a de c v', 'sapi de cv', 'sas', 's a s', 'jsc cb', 'pjsc cb', 'cb', 'kb', 'akb', 'ojsc cb',
  ],
  COOP: ['coop', 'cooperative', 'kooperativ', 'eg', 'eg', 'pk', 'sps'],
  GOV: ['fgup', 'gup', 'mup', 'fgbu', 'fgku', 'fku', 'gbu', 'gku', 'ano', 'nko', 'oo', 'fond', 'foundation', 'gmbh co kg', 'kg', 'ohg'],
};

export interface LegalFormHit {
  /** The words as they stood in the name. */
  text: string;
  /** Generic form: LLC, JSC, COOP, GOV. */
  generic: string;
}

/** Phrases by word count, longest first, for greedy matching at the ends of a name. */
const PHRASES: { words: string[]; generic: string }[] = Object.entries(FORMS)
  .flatMap(([generic, list]) => list.map((p) => ({ words: p.split(' '), generic })))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * Strip legal forms from the start and the end of an organisation's folded words
 * ("ooo romashka" -> ["romashka"], LLC; "huawei technologies co ltd" -> [...], LLC).
 * Never strips every word: a name that is only a legal form keeps it. Without `shortForms` (a name of
 * unknown kind), two-letter forms such as AS, SA or AG are left alone: in a person's name they are words.
 */
export function stripLegalForms(words: string[], opts: { shortForms?: boolean } = {}): { words: string[]; forms: LegalFormHit[] } {
  const allowed = (p: { words: string[] }) => opts.shortForms !== false || p.words.join('').length >= 3;
  const forms: LegalFormHit[] = [];
  let w = words;
  let changed = true;
  while (changed && w.length > 1) {
    changed = false;
    for (const p of PHRASES) {
      const n = p.words.length;
      if (n >= w.length || !allowed(p)) continue;
      if (p.words.every((x, i) => w[w.length - n + i] === x)) {
        forms.push({ text: w.slice(w.length - n).join(' '), generic: p.generic });
        w = w.slice(0, w.length - n);
        changed = true;
        break;
      }
      if (p.words.every((x, i) => w[i] === x)) {
        forms.push({ text: w.slice(0, n).join(' '), generic: p.generic });
        w = w.slice(n);
        changed = true;
        break;
      }
    }
  }
  return { words: w, forms };
}
