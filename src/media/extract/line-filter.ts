/**
 * Post-filter for extracted lines: drops furniture lines, and a trailing "related articles" section
 * (a related-heading followed only by short headline-like lines up to the end).
 */
import { isBoilerplateLine, isRelatedHeading, wordCount } from './boilerplate.js';

/** A headline-like line: short and not ending like a sentence (a headline may end in ? or !). */
export function isHeadlineLike(line: string): boolean {
  return wordCount(line) <= 20 && !/[.:;。…"”»]$/.test(line.trim());
}

export function filterLines(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isRelatedHeading(line)) {
      // A related list: skip the heading and the short headline-like lines after it.
      let j = i + 1;
      while (j < lines.length && (isHeadlineLike(lines[j]) || isBoilerplateLine(lines[j])) && !isRelatedHeading(lines[j])) j++;
      i = j - 1;
      continue;
    }
    if (isBoilerplateLine(line)) continue;
    out.push(line);
  }
  return out;
}
