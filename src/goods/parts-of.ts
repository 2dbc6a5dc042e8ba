/**
 * "Frame kit for a quadcopter", "T-Con-Platine für LED-Fernseher": a part named by what it is for. The
 * HS nomenclature says where the parts of each heading go, in its own words ("parts ... of the machines
 * of headings 8456 to 8465", "parts of goods of heading 8801, 8802 or 8806", "Pumps; parts"), so the map
 * from a machine's heading to its parts subheadings is read from the texts, not written by hand. Pure.
 */
import type { HsNode } from './types.js';

/** Words that make the head of a description a part rather than the machine ("frame", "Ersatzteil", "запчасти"). */
export const PART_WORDS = new RegExp(
  String.raw`(?<![\p{L}])(?:parts?|spares?|spare parts?|components?|accessor(?:y|ies)|frames?|housings?|casings?|brackets?|covers?|` +
    String.raw`ersatzteile?|bauteile?|teile|platine|gehäuse|pi[eè]ces?(?: d[eé]tach[eé]es)?|repuestos?|piezas?|accesorios?|` +
    String.raw`запчаст\p{L}*|запасн\p{L}* част\p{L}*|детал\p{L}*|комплектующ\p{L}*|корпус\p{L}*|рам\p{L}{0,2}|yedek parça\p{L}*|parça\p{L}*)(?![\p{L}])` +
    String.raw`|配件|零件|部件|机架|外壳`,
  'iu',
);

/** Heading numbers a text refers to: "heading no. 8407 or 8408", "headings 8456-8465", "84.70 to 84.72". */
export function headingReferences(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/headings?(?:\s+no\.?)?\s+((?:\d{2}\.?\d{2}(?:\s*(?:-|–|to|,|or|and)\s*)?)+)/gi)) {
    const nums = [...m[1].matchAll(/(\d{2})\.?(\d{2})/g)].map((n) => Number(n[1] + n[2]));
    const seps = m[1].split(/\d{2}\.?\d{2}/).slice(1, -1);
    nums.forEach((n, i) => {
      out.add(String(n));
      // A range ("8456-8465", "8470 to 8472") within one chapter.
      if (i > 0 && /-|–|to/.test(seps[i - 1] ?? '') && Math.floor(nums[i - 1] / 100) === Math.floor(n / 100)) {
        for (let k = nums[i - 1] + 1; k < n; k++) out.add(String(k));
      }
    });
  }
  return [...out];
}

/** For each heading, the subheadings its parts are classified in (most specific first). */
export function buildPartsMap(hs: readonly HsNode[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const n of hs) if (n.level === 6) children.set(n.parent, [...(children.get(n.parent) ?? []), n.code]);
  const specific = new Map<string, string[]>();
  const general = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, heading: string, codes: string[]) => map.set(heading, [...new Set([...(map.get(heading) ?? []), ...codes])]);
  for (const n of hs) {
    if (!/\bparts?\b/i.test(n.description)) continue;
    const refs = headingReferences(n.description);
    if (n.level === 6) {
      if (refs.length) for (const h of refs) add(specific, h, [n.code]);
      // "Pumps; parts of pumps": the heading's own parts subheading.
      else add(general, n.parent, [n.code]);
    } else if (n.level === 4) {
      for (const h of refs) add(general, h, children.get(n.code) ?? []);
    }
  }
  const out = new Map<string, string[]>();
  for (const h of new Set([...specific.keys(), ...general.keys()])) out.set(h, [...(specific.get(h) ?? []), ...(general.get(h) ?? [])]);
  return out;
}
