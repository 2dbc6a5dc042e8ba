import { describe, expect, it } from 'vitest';
import { guessSchema, looksLikeOrganization, looksLikePerson } from './schema-guess.js';

describe('guessSchema', () => {
  it('finds organisations by legal form, organisational word, coined stem, digits or a single word', () => {
    for (const n of ['INFOCOM CORPORATION, INC', 'KOTO COMMERCIO IBERICA, S.L.', 'YARRA ANSTALT A.G.', 'ELMONT AG', 'Huawei Cloud Berlin',
      'Abtronics', 'Aviazapchast Trading', 'JSC 558 ARP', 'SYNAPTIX.NET', 'P&P COMPUTERS', 'Kalashnikov Concern', 'Tavrik']) {
      expect([n, guessSchema(n, 'Person')]).toEqual([n, 'Organization']);
    }
  });

  it('finds persons by given name, initials, suffix, "SURNAME, Given", family name or surname ending', () => {
    for (const n of ['Ivan Zubarev', 'George K. Cheng', 'A.H. Shamnad', 'ABEL HERNANDEZ, JR.', 'KHAN, Tariq', 'Chen Qu',
      'Olga Nikolaevna Smirnova', 'Dr. Artush Parsi', 'Zulkefli bin Yusuf', 'IHSAN MEDHAT "SAMMY" ELASHI']) {
      expect([n, guessSchema(n, 'Organization')]).toEqual([n, 'Person']);
    }
  });

  it('falls back to the list default only for names that read like personal names', () => {
    expect(guessSchema('Nasosy Ampika', 'Organization')).toBe('Organization');
    expect(guessSchema('NEDIM SULYAK', 'Person')).toBe('Person');
    expect(guessSchema('NEDIM SULYAK', 'Organization')).toBe('Organization');
    expect(guessSchema('ROGER SOBRADO', 'Organization')).toBe('Person');
  });

  it('keeps dotted initials that look like legal forms as a person', () => {
    expect(looksLikeOrganization('A.G. SMITHSON')).toBe(false);
    expect(looksLikePerson('A.G. SMITHSON')).toBe(true);
    expect(looksLikeOrganization('OCTAVIA RAMOS')).toBe(false);
  });
});
