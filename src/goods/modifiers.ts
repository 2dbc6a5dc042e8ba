/**
 * Head and modifier: in "spindle for CNC machining centre" the goods are the spindle; the machining
 * centre only says what the spindle is for. Evidence found in a modifier phrase counts less. A modifier
 * runs from "for", "für", "pour", "para", "для", "用于" ... to the next comma, semicolon, colon or bracket
 * (or the end); in Chinese a phrase
 * ending in 用 ("加工中心用", for machining centres) is a modifier too.
 */

const OPENER = /(?<![\p{L}\p{N}])(?:for|fur|für|pour|para|для|к|suitable for|used in|intended for|zum|zur)(?![\p{L}\p{N}])|用于|适用于/u;
const CJK_FOR = /[\u3400-\u9fff]+用(?![\u3400-\u9fff])/gu;

/**
 * Packing on an invoice line ("pallet 1", "20 cartons", "500 PCS/CTN", "в коробках по 15 кг"): a
 * packing word beside a number says how the goods travel, not what they are.
 */
const PACKING_WORD = String.raw`(?:pallets?|cartons?|ctns?|boxes|box|bags?|sacks?|drums?|crates?|cases|bales?|paletten?|kartons?|kisten?|palettes?|cajas?|bultos?|палет\p{L}*|паллет\p{L}*|короб\p{L}*|мешк\p{L}*|ящик\p{L}*|koli|kutu|çuval|托盘|纸箱|箱)`;
const PACKING = new RegExp(String.raw`(?<![\p{L}])(?:\d[\d.,]*\s*(?:pcs\s*\/\s*)?${PACKING_WORD}|${PACKING_WORD}\s*(?:of\s*|x\s*|по\s*|de\s*)?\d[\d.,]*)(?![\p{L}])`, 'giu');

export type ModifierSpans = [number, number][];

/** Spans of a lower-cased text that are modifiers rather than the head. */
export function modifierSpans(lowerText: string): ModifierSpans {
  const spans: ModifierSpans = [];
  const m = OPENER.exec(lowerText);
  if (m) {
    const stop = /[,;:()|]/.exec(lowerText.slice(m.index));
    spans.push([m.index, stop ? m.index + stop.index : lowerText.length]);
  }
  for (const c of lowerText.matchAll(CJK_FOR)) spans.push([c.index, c.index + c[0].length]);
  for (const p of lowerText.matchAll(PACKING)) spans.push([p.index, p.index + p[0].length]);
  return spans;
}

/** Weight of evidence found in a modifier. */
export const MODIFIER_FACTOR = 0.35;

/** The factor for evidence found at `index`. */
export function positionFactor(index: number, spans: ModifierSpans): number {
  return spans.some(([s, e]) => index >= s && index < e) ? MODIFIER_FACTOR : 1;
}

/** The text with modifier spans cut out, and the modifier text alone. */
export function splitHead(text: string, spans: ModifierSpans): { head: string; modifier: string } {
  let head = '';
  let modifier = '';
  for (let i = 0; i < text.length; i++) {
    if (spans.some(([s, e]) => i >= s && i < e)) modifier += text[i];
    else head += text[i];
  }
  return { head, modifier };
}
