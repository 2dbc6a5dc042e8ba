/**
 * Generated payments for bench:payments, in the CSV layout of docs/payments-csv.md: customers drawn
 * from a pool (people on no list and invented companies, with their countries), about 1 in 200
 * payments naming a listed entity, banks drawn from the real BIC directory, and remittance lines that
 * mix invoices for ordinary and high-priority goods with salaries, rents and services. Seeded.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pick, randomInt, seeded, type Random } from '../speed/random.js';

const COMPANY_WORDS = ['Nordic', 'Atlas', 'Silk Road', 'Pacific', 'Baltic', 'Golden', 'Orion', 'Delta', 'Vector', 'Summit', 'Eastern', 'Alpine', 'Crescent', 'Harbor', 'Union'];
const COMPANY_KINDS = ['Trading', 'Logistics', 'Components', 'Industries', 'Machinery', 'Electronics', 'Foods', 'Textiles', 'Holdings', 'Supply'];
const FORMS = ['LLC', 'Ltd', 'GmbH', 'SARL', 'Co., Ltd.', 'OOO', 'AB', 'BV', 'LLP', 'JSC'];
const COUNTRIES = ['DE', 'FR', 'NL', 'IT', 'ES', 'PL', 'SE', 'GB', 'US', 'CN', 'HK', 'TR', 'AE', 'KZ', 'KG', 'AM', 'GE', 'UZ', 'IN', 'RU', 'BY', 'JP', 'KR', 'SG'];
const GOODS = [
  'spare parts for packaging line', 'office furniture', 'cotton t-shirts', 'frozen fish fillets', 'ceramic floor tiles', 'coffee beans, green',
  'deep groove ball bearings 6205-2RS', 'STM32F407VGT6 microcontrollers', 'CNC vertical machining centre', 'GNSS receiver modules', 'tantalum capacitors',
  'printed circuit boards, populated', 'hydraulic pumps', 'wooden pallets', 'steel pipes, seamless', 'laptop computers', 'polyethylene granules',
];
const OTHER = ['salary', 'rent', 'consulting services', 'loan repayment', 'dividend', 'insurance premium', 'software licence fee'];

export interface GenerateOptions {
  count: number;
  seed: number;
  /** Names of listed entities, a few of which appear as parties. */
  listedNames: string[];
  /** People on no list. */
  people: string[];
  bics: string[];
}

export async function generatePayments(file: string, o: GenerateOptions): Promise<void> {
  const rng = seeded(o.seed);
  const customers = Array.from({ length: 20_000 }, (_, i) => customer(rng, o.people, i));
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write('message_id,value_date,amount,currency,ordering_name,ordering_country,ordering_bank_bic,intermediary_bank_bics,beneficiary_name,beneficiary_country,beneficiary_bank_bic,remittance\n');
  for (let i = 0; i < o.count; i++) {
    const a = pick(rng, customers);
    const b = rng() < 0.005 ? { name: pick(rng, o.listedNames), country: pick(rng, COUNTRIES) } : pick(rng, customers);
    const inter = rng() < 0.3 ? pick(rng, o.bics) : '';
    const remittance = rng() < 0.7 ? `INV ${100000 + randomInt(rng, 900000)} ${pick(rng, GOODS)}` : `${pick(rng, OTHER)} ${1 + randomInt(rng, 12)}/2026`;
    const amount = (100 + randomInt(rng, 5_000_000) / 100).toFixed(2);
    await write(`P${i},2026-11-${String(1 + randomInt(rng, 28)).padStart(2, '0')},${amount},${pick(rng, ['EUR', 'USD', 'CNY', 'GBP'])},${csv(a.name)},${a.country},${pick(rng, o.bics)},${inter},${csv(b.name)},${b.country},${pick(rng, o.bics)},${csv(remittance)}\n`);
  }
  out.end();
  await once(out, 'finish');
}

function customer(rng: Random, people: string[], i: number): { name: string; country: string } {
  const name = i % 3 === 0 && people.length
    ? pick(rng, people)
    : `${pick(rng, COMPANY_WORDS)} ${pick(rng, COMPANY_KINDS)} ${pick(rng, FORMS)}`;
  return { name, country: pick(rng, COUNTRIES) };
}

function csv(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
