/**
 * Raw scraped text -> Article: the boilerplate remover for the body, the first line as the title
 * when it reads like one, and a date from the URL or the text around the top of the main block.
 */
import { articleId, type Article } from '../article.js';
import { removeRepeatedParagraphs } from '../dedup/repeats.js';
import { isBoilerplateLine, wordCount } from './boilerplate.js';
import { dateFromUrl, normalizeDate, type DateOrigin } from './metadata.js';
import { extractFromText } from './text.js';

export interface TextArticleOptions { url?: string | null; title?: string | null; source?: string | null; published?: string | null }

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+((?:19|20)\\d{2})\\b`, 'i');
const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;

const pad = (n: string | number) => String(n).padStart(2, '0');
const monthNumber = (m: string) => MONTHS.indexOf(m.slice(0, 3).toLowerCase()) + 1;

/** The first English-style or ISO date written in a line ("Nov. 19, 2019", "19 November 2019", "2019-11-19"). */
export function dateInText(line: string): string | null {
  const iso = ISO.exec(line);
  if (iso) return normalizeDate(iso[0]);
  const mdy = MDY.exec(line);
  if (mdy) return normalizeDate(`${mdy[3]}-${pad(monthNumber(mdy[1]))}-${pad(mdy[2])}`);
  const dmy = DMY.exec(line);
  if (dmy) return normalizeDate(`${dmy[3]}-${pad(monthNumber(dmy[2]))}-${pad(dmy[1])}`);
  return null;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try { return new URL(url).hostname.replace(/^www\./, '') || null; } catch { return null; }
}

/** A line that can be a headline: a few words, no menu separators, no boilerplate, no dateline. */
function headlineLike(line: string): boolean {
  const words = wordCount(line);
  return words >= 3 && words <= 25 && !/^(by|von|par|por|from|автор)\s/i.test(line) && (line.match(/\s[|•·]\s/g) ?? []).length < 2 && !isBoilerplateLine(line) && !dateInText(line) && !/[.:;,]$/.test(line);
}

/** The headline: the nearest headline-like line above the body, else the first line when it is one. */
function findTitle(lines: string[], firstParagraph: string | undefined): string | null {
  const start = firstParagraph ? lines.indexOf(firstParagraph) : -1;
  for (let i = start - 1; i >= Math.max(0, start - 6); i--) if (headlineLike(lines[i])) return lines[i];
  const first = lines[0];
  return first && headlineLike(first) ? first.replace(/\s+[|\-–—]\s+[^|\-–—]{1,40}$/, '') : null;
}

/** Extracts the article from raw scraped text (menus, banners and footers included). Pure. */
export function extractArticleFromText(raw: string, options: TextArticleOptions = {}): Article {
  const warnings: string[] = [];
  const body = extractFromText(raw);
  const { paragraphs, removed } = removeRepeatedParagraphs(body.lines);
  if (body.removedRepeats + removed > 0) warnings.push(`repeats-removed:${body.removedRepeats + removed}`);
  if (paragraphs.length === 0) warnings.push('no-text');

  const allLines = raw.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const title = options.title ?? findTitle(allLines, paragraphs[0]);

  let published = options.published ?? null;
  let publishedFrom: DateOrigin | null = published ? 'meta' : null;
  if (!published && options.url) {
    published = dateFromUrl(options.url);
    if (published) publishedFrom = 'url';
  }
  if (!published) {
    // Datelines sit just above the body: look from 15 lines before its first paragraph into its first lines.
    const start = paragraphs.length > 0 ? allLines.indexOf(paragraphs[0]) : -1;
    const window = start >= 0 ? allLines.slice(Math.max(0, start - 15), start + 3) : allLines.slice(0, 40);
    for (const line of window) {
      const d = dateInText(line);
      if (d) { published = d; publishedFrom = 'time'; break; }
    }
  }

  const text = paragraphs.join('\n\n');
  const url = options.url ?? null;
  return {
    id: articleId(url ?? text),
    url,
    source: options.source ?? hostOf(url),
    title,
    published,
    publishedFrom,
    language: null,
    text,
    paragraphs,
    extractor: 'text',
    warnings,
  };
}
