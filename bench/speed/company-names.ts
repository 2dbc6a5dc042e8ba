/**
 * Company names for the query mix: listed names with their legal form changed, and made-up names of
 * the shape payments carry ("Golden Harbor Trading LLC").
 */
import { pick, type Random } from './random.js';

/** Legal forms as they are written in names, in the spellings payments use. */
export const LEGAL_FORMS = [
  'LLC', 'Ltd', 'Limited', 'Inc', 'Corp', 'Co', 'Co Ltd', 'GmbH', 'AG', 'SA', 'S.A.', 'OOO', 'OAO', 'ZAO', 'PJSC', 'JSC',
  'LLP', 'PLC', 'FZE', 'FZCO', 'Company', 'Corporation', 'Sdn Bhd', 'Pte Ltd', 'BV', 'SRL',
] as const;

const FORM_KEYS = new Set(LEGAL_FORMS.map(formKey));

function formKey(s: string): string {
  return s.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The name with its legal form changed: a trailing (or leading, as in "OOO Romashka") legal form is
 * replaced by another; a name without one gets one appended.
 */
export function changeLegalForm(name: string, rng: Random): string {
  const tokens = name.trim().split(/\s+/);
  const other = (current: string) => {
    let form: string = pick(rng, LEGAL_FORMS);
    for (let i = 0; i < 8 && formKey(form) === formKey(current); i++) form = pick(rng, LEGAL_FORMS);
    return form;
  };
  // Two-token forms first ("CO LTD", "SDN BHD"), then one token.
  for (const width of [2, 1]) {
    if (tokens.length > width) {
      const tail = tokens.slice(-width).join(' ');
      if (FORM_KEYS.has(formKey(tail))) return [...tokens.slice(0, -width), other(tail)].join(' ');
    }
  }
  if (tokens.length > 1 && FORM_KEYS.has(formKey(tokens[0]))) return [other(tokens[0]), ...tokens.slice(1)].join(' ');
  return `${name.trim().replace(/[,.]$/, '')} ${pick(rng, LEGAL_FORMS)}`;
}

const FIRST = [
  'Global', 'Northern', 'Pacific', 'Blue', 'Golden', 'United', 'Star', 'Prime', 'Atlas', 'Delta', 'Silver', 'Eastern',
  'Royal', 'Green', 'Summit', 'Harbor', 'Alpine', 'Crescent', 'Orient', 'Baltic', 'Sunrise', 'Meridian', 'Falcon',
  'Emerald', 'Liberty', 'Phoenix', 'Coastal', 'Vertex', 'Nova', 'Zenith', 'Horizon', 'Continental', 'Red Sea', 'Caspian',
];
const SECTOR = [
  'Trading', 'Logistics', 'Shipping', 'Holdings', 'Industries', 'Technologies', 'Foods', 'Textiles', 'Energy',
  'Capital', 'Marine', 'Electronics', 'Consulting', 'Construction', 'Pharma', 'Agro', 'Metals', 'Petroleum',
  'Machinery', 'Chemicals', 'Investments', 'Aviation', 'Telecom', 'Minerals', 'Freight', 'Supplies',
];

/** A made-up company name: one or two descriptive words, a sector, and usually a legal form. */
export function randomCompanyName(rng: Random): string {
  const words = [pick(rng, FIRST)];
  if (rng() < 0.3) words.push(pick(rng, FIRST));
  words.push(pick(rng, SECTOR));
  if (rng() < 0.85) words.push(pick(rng, LEGAL_FORMS));
  return words.join(' ');
}
