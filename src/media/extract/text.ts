/**
 * Boilerplate removal for raw scraped text (no markup): the whole visible text of a page, menus and
 * footers included. Steps:
 * 1. split into lines, collapse whitespace; a line that repeats an earlier long line is dropped (the
 *    same article printed twice in one page) and a short line seen before counts as furniture (menus
 *    repeated in header and footer);
 * 2. score each line: prose (long, with sentence punctuation) scores its word count, furniture
 *    (cookie, app-store, share, copyright, related-articles lines) and short link-like lines score
 *    negative;
 * 3. the main block is the contiguous run of lines with the largest total score (maximum-sum segment);
 *    a comment-section heading is a barrier, and once the page has had some prose, prose after it
 *    counts for a quarter;
 * 4. within it, furniture lines and trailing "related" lists are removed.
 */
import { isBoilerplateLine, isSectionEnd, wordCount } from './boilerplate.js';
import { filterLines } from './line-filter.js';

export interface TextExtractionOptions {
  /** Score of a short line that is not prose (negative). Default -10. */
  shortLinePenalty?: number;
  /** Words from which a line with sentence punctuation counts as prose. Default 8. */
  proseWords?: number;
}

export interface TextExtraction { lines: string[]; removedRepeats: number }

const SECTION_END_SCORE = -40;
const SENTENCE_END = /[.!?。！？…]["'”’»)]*$/;
const SENTENCE_INNER = /[.!?。！？][\s"'”’»)]/;

/** Score of one line for the main-block search. */
export function lineScore(line: string, seenShort: boolean, opts: Required<TextExtractionOptions>): number {
  if (isSectionEnd(line)) return SECTION_END_SCORE;
  if (isBoilerplateLine(line)) return -5;
  const w = wordCount(line);
  const punctuated = SENTENCE_END.test(line) || SENTENCE_INNER.test(line) || /[,;]/.test(line);
  if (w >= opts.proseWords && punctuated) return w;
  if (w >= 20) return w / 2;
  if (seenShort) return opts.shortLinePenalty * 2;
  return opts.shortLinePenalty;
}

/** The [start, end) range of the maximum-sum run of scores (Kadane). */
export function maxSumRange(scores: number[]): [number, number] {
  let best = -Infinity, bestStart = 0, bestEnd = 0, sum = 0, start = 0;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) { sum = 0; start = i; }
    sum += scores[i];
    if (sum > best) { best = sum; bestStart = start; bestEnd = i + 1; }
  }
  return best > 0 ? [bestStart, bestEnd] : [0, 0];
}

/** The article lines of a raw scraped text page. */
export function extractFromText(raw: string, options: TextExtractionOptions = {}): TextExtraction {
  const opts: Required<TextExtractionOptions> = { shortLinePenalty: -10, proseWords: 8, ...options };
  const seen = new Set<string>();
  const lines: string[] = [];
  const scores: number[] = [];
  let removedRepeats = 0;
  let afterComments = false;
  let proseSoFar = 0;
  for (const rawLine of raw.split(/\r?\n/)) {
    const line = rawLine.replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    const key = line.toLowerCase();
    const repeat = seen.has(key);
    seen.add(key);
    if (repeat && wordCount(line) >= 8) { removedRepeats++; continue; }
    lines.push(line);
    const score = lineScore(line, repeat, opts);
    // Prose after the comment section opens is readers' comments: it counts for a quarter.
    scores.push(afterComments && score > 0 ? score / 4 : score);
    if (score > 0) proseSoFar += score;
    if (score === SECTION_END_SCORE && proseSoFar >= 80) afterComments = true;
  }
  const [start, end] = maxSumRange(scores);
  return { lines: filterLines(lines.slice(start, end)), removedRepeats };
}
