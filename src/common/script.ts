/** Detect the writing system of a name from its letters. Pure. */
import type { Script } from '../model/entity.js';

const TESTS: [Script, RegExp][] = [
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Han', /\p{Script=Han}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
];

/** The dominant non-Latin script if any letter is in one, else Latin (or Other with no Latin letters). */
export function detectScript(text: string): Script {
  for (const [script, re] of TESTS) if (re.test(text)) return script;
  return /\p{Script=Latin}/u.test(text) ? 'Latin' : 'Other';
}
