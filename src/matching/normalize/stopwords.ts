/**
 * Words that say what a person is rather than who (titles and honorifics in several languages), and
 * particles that join name parts. Titles are dropped from person names; particles are kept with a low
 * weight, since "al", "bin" and "van" carry little of a name's identity.
 */
export const PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mister', 'madam', 'madame', 'mme', 'monsieur', 'herr', 'frau', 'senor', 'senora',
  'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'hon', 'honorable', 'honourable',
  'president', 'presidente', 'prezident', 'prezydent', 'prasident', 'praesident', 'presiden', 'presedintele',
  'predsjednik', 'predsednik', 'elnok', 'prezidentas', 'prezidents', 'prezidente', 'presidentti',
  'minister', 'ministre', 'ministro', 'general', 'gen', 'colonel', 'col', 'major', 'maj', 'captain', 'capt',
  'lieutenant', 'lt', 'admiral', 'adm', 'sergeant', 'sgt', 'commander', 'cdr', 'brigadier', 'marshal',
  'sheikh', 'shaikh', 'sheik', 'shaykh', 'haji', 'hajji', 'hadji', 'mullah', 'mawlawi', 'maulawi', 'maulvi',
  'mawlana', 'maulana', 'qari', 'imam', 'ayatollah', 'hojatoleslam', 'emir', 'amir', 'prince', 'princess',
  'king', 'queen', 'sultan', 'rev', 'reverend', 'father', 'bishop', 'metropolitan', 'patriarch', 'archbishop',
  'senator', 'sen', 'deputy', 'governor', 'mayor', 'judge', 'justice', 'ambassador', 'chairman', 'director',
  'sayyid', 'sayed', 'sayyed', 'seyyed', 'prezidentu', 'prezidentom', 'presidenten', 'presidentin', 'tovarishch', 'gospodin', 'gospozha',
]);

/** Titles that are also surnames or given names: dropped before a name only, never after it. */
export const NAME_LIKE_TITLES = new Set([
  'king', 'bishop', 'major', 'judge', 'general', 'prince', 'princess', 'queen', 'father', 'deputy', 'marshal', 'justice',
  'lord', 'lady', 'dame', 'mayor', 'director', 'sultan', 'emir', 'amir', 'imam', 'qari', 'haji', 'hajji', 'sayed',
  'sayyed', 'senator', 'governor', 'captain', 'colonel', 'chairman', 'minister', 'patriarch', 'metropolitan', 'admiral',
]);

/** Name particles: kept, but weighed lightly. */
export const PARTICLES = new Set([
  'al', 'el', 'ul', 'bin', 'ibn', 'ben', 'bint', 'binti', 'abu', 'abou', 'umm', 'ould', 'ag', 'oglu', 'ogly', 'kyzy', 'uulu',
  'de', 'del', 'della', 'der', 'den', 'di', 'da', 'do', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'y', 'e', 'zu', 'ter', 'ten',
  'mac', 'mc', 'st', 'san', 'santa', 'bar', 'bat', 'the', 'of', 'and', 'for',
]);
